// Package diag holds the diagnostics of every reader of outside text
// (articles, annals and classic dictionaries): an Error names the file and
// line as "file:line: message", and a List collects a load's errors so that
// the rest of the input can still be used.
package diag

import (
	"fmt"
	"strings"
)

// Error is a problem at a line of a file; Line 0 means the whole file.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// List is every error of a load, in input order.
type List []*Error

func (l List) Error() string {
	s := make([]string, len(l))
	for i, e := range l {
		s[i] = e.Error()
	}
	return strings.Join(s, "\n")
}

// Err returns nil for an empty list, else the list.
func (l List) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
