package article

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"annals/timex"
)

// Messages shared by the parsers and their tests.
const (
	msgNoDate   = "no date: give --date or use the seed format"
	msgBinary   = "binary file (NUL byte); not coded"
	msgNotUTF8  = "not valid UTF-8 text; not coded"
	msgEmpty    = "empty file"
	msgEmptyTxt = "empty text"
)

// ParseSeed parses one seed-format document: the token "date" (after
// optional leading white space), an ISO date YYYY-MM-DD, then the body.
// name is the file name; the document id is its base name without the
// extension. Text is the body after the date header, trimmed of leading
// and trailing white space. Every error is an *Error with Line >= 1.
func ParseSeed(name string, data []byte) (Article, error) {
	s, line, err := checkText(name, data)
	if err != nil {
		return Article{}, err
	}
	if !isSeed([]byte(s)) {
		return Article{}, &Error{File: name, Line: line, Msg: msgNoDate}
	}
	a := Article{ID: docBase(name), File: name, Line: line}
	rest := s[len("date"):]
	dateLine := line + countLines(rest[:len(rest)-len(trimSpaceLeft(rest))])
	rest = trimSpaceLeft(rest)
	end := strings.IndexFunc(rest, unicode.IsSpace)
	if end < 0 {
		end = len(rest)
	}
	tok := rest[:end]
	if tok == "" {
		return Article{}, &Error{File: name, Line: dateLine, Msg: `missing date after "date"`}
	}
	d, err := parseISODay(tok)
	if err != nil {
		return Article{}, &Error{File: name, Line: dateLine, Msg: err.Error()}
	}
	a.Date = d
	a.Text = strings.TrimRightFunc(trimSpaceLeft(rest[end:]), unicode.IsSpace)
	if a.Text == "" {
		return Article{}, &Error{File: name, Line: dateLine, Msg: msgEmptyTxt}
	}
	return a, nil
}

// ParseText parses one plain-text document that carries no date of its
// own: the whole text, trimmed of surrounding white space, is the body and
// date is its date (which must not be zero).
func ParseText(name string, data []byte, date timex.Date) (Article, error) {
	s, line, err := checkText(name, data)
	if err != nil {
		return Article{}, err
	}
	if date.IsZero() {
		return Article{}, &Error{File: name, Line: line, Msg: msgNoDate}
	}
	return Article{
		ID:   docBase(name),
		Date: date,
		Text: strings.TrimRightFunc(s, unicode.IsSpace),
		File: name,
		Line: line,
	}, nil
}

// checkText rejects empty, binary and non-UTF-8 documents. It returns the
// text without a byte order mark and leading white space, and the 1-based
// line on which that text starts.
func checkText(name string, data []byte) (string, int, error) {
	data = bytes.TrimPrefix(data, bom)
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return "", 0, &Error{File: name, Line: 1 + bytes.Count(data[:i], nl), Msg: msgBinary}
	}
	if !utf8.Valid(data) {
		return "", 0, &Error{File: name, Line: 1 + bytes.Count(data[:invalidAt(data)], nl), Msg: msgNotUTF8}
	}
	s := string(data)
	t := trimSpaceLeft(s)
	line := 1 + countLines(s[:len(s)-len(t)])
	if t == "" {
		return "", 0, &Error{File: name, Line: 1, Msg: msgEmpty}
	}
	return t, line, nil
}

var nl = []byte{'\n'}

// isSeed reports whether the first token of data is "date".
func isSeed(data []byte) bool {
	t := bytes.TrimLeftFunc(bytes.TrimPrefix(data, bom), unicode.IsSpace)
	if !bytes.HasPrefix(t, []byte("date")) {
		return false
	}
	if len(t) == 4 {
		return true
	}
	r, _ := utf8.DecodeRune(t[4:])
	return unicode.IsSpace(r)
}

// parseISODay checks the exact shape YYYY-MM-DD, then the calendar.
func parseISODay(s string) (timex.Date, error) {
	if !isISODay(s) {
		return timex.Date{}, fmt.Errorf("bad date %q: want YYYY-MM-DD", s)
	}
	return timex.ParseDay(s)
}

func isISODay(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i != 4 && i != 7 && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}

func trimSpaceLeft(s string) string { return strings.TrimLeftFunc(s, unicode.IsSpace) }

func countLines(s string) int { return strings.Count(s, "\n") }

// invalidAt is the offset of the first byte that is not valid UTF-8.
func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}
