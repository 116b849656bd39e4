package article

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"
	"time"
	"unicode/utf8"

	"annals/timex"
)

// ParseJSONL reads one stream of JSON lines named name: one object per
// line with the fields id, date, title, text, source, url and language.
// Blank lines are skipped. A bad line yields an *Error with its 1-based
// line number and reading goes on with the next line; a NUL byte or a read
// error ends the stream.
//
// Without an "id" the document id is the file's base name without its
// extension, followed by "#" and the line number when the stream holds
// more than one non-blank line ("feed#3"). "date" is YYYY-MM-DD or an
// RFC 3339 timestamp (its date part is taken as written); without it
// Options.Date is used. "text" is required and kept verbatim.
func ParseJSONL(name string, r io.Reader, opt Options) iter.Seq2[Article, error] {
	return func(yield func(Article, error) bool) {
		lr := newLineReader(r, opt.maxLine())
		cur, err := lr.next()
		if err == io.EOF {
			yield(Article{}, &Error{File: name, Line: 1, Msg: msgEmpty})
			return
		}
		first := true
		for err == nil {
			nxt, nerr := lr.next()
			several := !first || nerr != io.EOF
			first = false
			if !yield(parseRecord(name, cur, several, opt)) {
				return
			}
			if cur.stop {
				return
			}
			cur, err = nxt, nerr
		}
		if err != io.EOF {
			yield(Article{}, &Error{File: name, Line: lr.line + 1, Msg: "cannot read: " + err.Error()})
		}
	}
}

// record is one non-blank line of a JSON lines stream.
type record struct {
	line    int
	data    []byte
	tooLong bool
	stop    bool // the stream cannot go on after this record
}

// lineReader reads lines of bounded length: a longer line is consumed and
// marked, never held in memory.
type lineReader struct {
	r    *bufio.Reader
	max  int
	line int  // lines consumed so far
	done bool // a NUL byte was seen: read no further
}

func newLineReader(r io.Reader, max int) *lineReader {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	return &lineReader{r: br, max: max}
}

// next returns the next non-blank line, or io.EOF, or a read error.
func (lr *lineReader) next() (record, error) {
	for {
		if lr.done {
			return record{}, io.EOF
		}
		rec, blank, err := lr.read()
		if err != nil {
			return rec, err
		}
		if !blank {
			return rec, nil
		}
	}
}

func (lr *lineReader) read() (rec record, blank bool, err error) {
	var buf []byte
	total := 0
	for {
		chunk, rerr := lr.r.ReadSlice('\n')
		total += len(chunk)
		if !rec.tooLong {
			if total > lr.max+2 { // room for "\r\n"
				rec.tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if rerr == bufio.ErrBufferFull {
			continue
		}
		if rerr == io.EOF && total == 0 {
			return record{}, false, io.EOF
		}
		if rerr != nil && rerr != io.EOF {
			return record{}, false, rerr
		}
		break
	}
	lr.line++
	rec.line = lr.line
	buf = bytes.TrimSuffix(buf, nl)
	buf = bytes.TrimSuffix(buf, []byte{'\r'})
	if !rec.tooLong && len(buf) > lr.max {
		rec.tooLong, buf = true, nil
	}
	if rec.tooLong {
		return rec, false, nil
	}
	if bytes.IndexByte(buf, 0) >= 0 {
		lr.done, rec.stop = true, true
	}
	if lr.line == 1 {
		buf = bytes.TrimPrefix(buf, bom)
	}
	rec.data = buf
	return rec, len(bytes.TrimSpace(buf)) == 0, nil
}

// parseRecord turns one JSON line into an Article.
func parseRecord(name string, rec record, several bool, opt Options) (Article, error) {
	fail := func(format string, args ...any) (Article, error) {
		return Article{}, &Error{File: name, Line: rec.line, Msg: fmt.Sprintf(format, args...)}
	}
	switch {
	case rec.tooLong:
		return fail("line longer than %d bytes; skipped", opt.maxLine())
	case rec.stop:
		return fail("binary data (NUL byte); rest of file not coded")
	case !utf8.Valid(rec.data):
		return fail(msgNotUTF8)
	}
	var raw json.RawMessage
	if err := json.Unmarshal(rec.data, &raw); err != nil {
		return fail("malformed JSON: %s", jsonMsg(err))
	}
	if raw[0] != '{' {
		return fail("JSON value is not an object (got %s)", jsonKind(raw[0]))
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(raw, &fields); err != nil {
		return fail("malformed JSON: %s", jsonMsg(err))
	}
	a := Article{File: name, Line: rec.line}
	var date string
	for _, f := range []struct {
		key string
		dst *string
	}{
		{"id", &a.ID}, {"date", &date}, {"title", &a.Title}, {"text", &a.Text},
		{"source", &a.Source}, {"url", &a.URL}, {"language", &a.Language},
	} {
		v, ok := fields[f.key]
		if !ok {
			continue
		}
		s, err := jsonString(v, f.key == "id")
		if err != nil {
			return fail("field %q: %v", f.key, err)
		}
		*f.dst = s
	}
	if strings.TrimSpace(a.ID) == "" {
		a.ID = docBase(name)
		if several {
			a.ID += fmt.Sprintf("#%d", rec.line)
		}
	}
	if strings.TrimSpace(date) == "" {
		if opt.Date.IsZero() {
			return fail(`missing date: add a "date" field or give --date`)
		}
		a.Date = opt.Date
	} else {
		d, err := parseJSONDate(strings.TrimSpace(date))
		if err != nil {
			return fail("%v", err)
		}
		a.Date = d
	}
	if _, ok := fields["text"]; !ok {
		return fail(`missing text: add a "text" field`)
	}
	if strings.TrimSpace(a.Text) == "" {
		return fail(msgEmptyTxt)
	}
	if strings.IndexByte(a.Text, 0) >= 0 {
		return fail("text contains a NUL character; not coded")
	}
	return a, nil
}

// jsonString decodes a string or null; a number is accepted for ids.
func jsonString(v json.RawMessage, numberOK bool) (string, error) {
	v = bytes.TrimSpace(v)
	switch {
	case string(v) == "null":
		return "", nil
	case len(v) > 0 && v[0] == '"':
		var s string
		err := json.Unmarshal(v, &s)
		return s, err
	case numberOK && len(v) > 0 && (v[0] == '-' || v[0] >= '0' && v[0] <= '9'):
		return string(v), nil
	}
	return "", fmt.Errorf("want a string, got %s", jsonKind(v[0]))
}

// parseJSONDate accepts YYYY-MM-DD or an RFC 3339 timestamp, whose date
// part is taken as written (not converted to UTC).
func parseJSONDate(s string) (timex.Date, error) {
	if len(s) <= 10 {
		return parseISODay(s)
	}
	d, err := parseISODay(s[:10])
	if err != nil {
		return d, err
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05Z07:00"} {
		if _, err := time.Parse(layout, s); err == nil {
			return d, nil
		}
	}
	return timex.Date{}, fmt.Errorf("bad date %q: want YYYY-MM-DD or an RFC 3339 timestamp", s)
}

func jsonKind(c byte) string {
	switch c {
	case '[':
		return "array"
	case '{':
		return "object"
	case '"':
		return "string"
	case 't', 'f':
		return "boolean"
	case 'n':
		return "null"
	}
	return "number"
}

func jsonMsg(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("%s (at byte %d)", se.Error(), se.Offset)
	}
	return err.Error()
}
