package diag

import (
	"errors"
	"testing"
)

func TestList(t *testing.T) {
	var l List
	if l.Err() != nil {
		t.Fatal("empty list is an error")
	}
	l = append(l, &Error{"a.txt", 3, "bad date"}, &Error{"b.txt", 0, "unreadable"})
	if got := l.Error(); got != "a.txt:3: bad date\nb.txt: unreadable" {
		t.Errorf("got %q", got)
	}
	var e *Error
	if !errors.As(error(l[0]), &e) || e.Line != 3 {
		t.Error("errors.As")
	}
}
