package article

import (
	"fmt"
	"strings"
	"testing"

	"annals/timex"
)

// result is one item of a parser's output, flattened for comparison:
// "id date line text" for an article, "ERR file:line: msg" for an error.
func results(seq func(func(Article, error) bool)) []string {
	var out []string
	for a, err := range seq {
		if err != nil {
			out = append(out, "ERR "+err.Error())
			continue
		}
		out = append(out, fmt.Sprintf("%s %s %d %s", a.ID, a.Date, a.Line, a.Text))
	}
	return out
}

func TestParseJSONL(t *testing.T) {
	tests := []struct {
		name, file, in string
		opt            Options
		want           []string // an "ERR" item matches by prefix
	}{
		{name: "one article keeps plain id", file: "feed.jsonl",
			in:   `{"date":"2025-01-21","text":"Putin spoke with Xi."}`,
			want: []string{"feed 2025-01-21 1 Putin spoke with Xi."}},
		{name: "several articles get line numbers", file: "feed.jsonl",
			in:   "{\"date\":\"2025-01-21\",\"text\":\"A.\"}\n\n{\"id\":\"x1\",\"date\":\"2025-01-22\",\"text\":\"B.\"}\n{\"date\":\"2025-01-23\",\"text\":\"C.\"}\n",
			want: []string{"feed#1 2025-01-21 1 A.", "x1 2025-01-22 3 B.", "feed#4 2025-01-23 4 C."}},
		{name: "all fields", file: "f.ndjson",
			in:   `{"id":"a","date":"2024-06-01","title":"T","text":"Body","source":"wire","url":"http://x","language":"en","extra":1}`,
			want: []string{"a 2024-06-01 1 Body"}},
		{name: "numeric id", file: "f.jsonl", in: `{"id":42,"date":"2024-06-01","text":"Body"}`,
			want: []string{"42 2024-06-01 1 Body"}},
		{name: "rfc3339 date part as written", file: "f.jsonl", in: `{"id":"a","date":"2024-06-01T23:30:00-05:00","text":"Body"}`,
			want: []string{"a 2024-06-01 1 Body"}},
		{name: "timestamp with fraction", file: "f.jsonl", in: `{"id":"a","date":"2024-06-01T08:00:00.123Z","text":"Body"}`,
			want: []string{"a 2024-06-01 1 Body"}},
		{name: "option date for undated", file: "f.jsonl", in: `{"id":"a","text":"Body"}`,
			opt: Options{Date: timex.Ymd(2020, 1, 3)}, want: []string{"a 2020-01-03 1 Body"}},
		{name: "own date wins over option", file: "f.jsonl", in: `{"id":"a","date":"2021-02-01","text":"Body"}`,
			opt: Options{Date: timex.Ymd(2020, 1, 3)}, want: []string{"a 2021-02-01 1 Body"}},
		{name: "crlf and byte order mark", file: "f.jsonl", in: "\uFEFF{\"id\":\"a\",\"date\":\"2021-02-01\",\"text\":\"Body\"}\r\n",
			want: []string{"a 2021-02-01 1 Body"}},
		{name: "stdin name", file: "-", in: `{"date":"2021-02-01","text":"Body"}`, want: []string{"stdin 2021-02-01 1 Body"}},

		{name: "missing date", file: "f.jsonl", in: `{"id":"a","text":"Body"}`, want: []string{"ERR f.jsonl:1: missing date"}},
		{name: "impossible date", file: "f.jsonl", in: `{"id":"a","date":"2025-02-30","text":"Body"}`,
			want: []string{`ERR f.jsonl:1: impossible date "2025-02-30"`}},
		{name: "impossible timestamp", file: "f.jsonl", in: `{"id":"a","date":"2025-02-30T10:00:00Z","text":"Body"}`,
			want: []string{`ERR f.jsonl:1: impossible date`}},
		{name: "bad timestamp", file: "f.jsonl", in: `{"id":"a","date":"2025-02-03 noonish","text":"Body"}`,
			want: []string{`ERR f.jsonl:1: bad date`}},
		{name: "date not a string", file: "f.jsonl", in: `{"id":"a","date":20250101,"text":"Body"}`,
			want: []string{`ERR f.jsonl:1: field "date": want a string, got number`}},
		{name: "malformed line, rest goes on", file: "f.jsonl",
			in:   "{\"id\":\"a\",\"date\":\"2025-01-01\",\"text\":\"A\"}\n{\"id\": \"b\", oops}\n{\"id\":\"c\",\"date\":\"2025-01-02\",\"text\":\"C\"}",
			want: []string{"a 2025-01-01 1 A", "ERR f.jsonl:2: malformed JSON", "c 2025-01-02 3 C"}},
		{name: "two values on a line", file: "f.jsonl", in: `{"id":"a"} {"id":"b"}`, want: []string{"ERR f.jsonl:1: malformed JSON"}},
		{name: "not an object", file: "f.jsonl", in: "[1,2]\n\"text\"\nnull\n7",
			want: []string{"ERR f.jsonl:1: JSON value is not an object (got array)", "ERR f.jsonl:2: JSON value is not an object (got string)",
				"ERR f.jsonl:3: JSON value is not an object (got null)", "ERR f.jsonl:4: JSON value is not an object (got number)"}},
		{name: "missing text", file: "f.jsonl", in: `{"id":"a","date":"2025-01-01"}`, want: []string{"ERR f.jsonl:1: missing text"}},
		{name: "empty text", file: "f.jsonl", in: `{"id":"a","date":"2025-01-01","text":"  \n "}`, want: []string{"ERR f.jsonl:1: empty text"}},
		{name: "nul in text", file: "f.jsonl", in: `{"id":"a","date":"2025-01-01","text":"a\u0000b"}`, want: []string{"ERR f.jsonl:1: text contains a NUL"}},
		{name: "not utf8", file: "f.jsonl", in: "{\"id\":\"a\",\"date\":\"2025-01-01\",\"text\":\"caf\xe9\"}\n{\"id\":\"b\",\"date\":\"2025-01-01\",\"text\":\"ok\"}",
			want: []string{"ERR f.jsonl:1: not valid UTF-8", "b 2025-01-01 2 ok"}},
		{name: "binary stops the file", file: "f.jsonl", in: "{\"id\":\"a\",\"date\":\"2025-01-01\",\"text\":\"ok\"}\n\x00\x01\x02\n{\"id\":\"c\"}",
			want: []string{"a 2025-01-01 1 ok", "ERR f.jsonl:2: binary data"}},
		{name: "empty stream", file: "f.jsonl", in: "", want: []string{"ERR f.jsonl:1: empty file"}},
		{name: "blank stream", file: "f.jsonl", in: "\n \n\t\n", want: []string{"ERR f.jsonl:1: empty file"}},
		{name: "long line skipped", file: "f.jsonl", opt: Options{MaxLine: 42},
			in:   `{"id":"a","date":"2025-01-01","text":"` + strings.Repeat("x", 100) + "\"}\n{\"id\":\"b\",\"date\":\"2025-01-01\",\"text\":\"ok\"}",
			want: []string{"ERR f.jsonl:1: line longer than 42 bytes; skipped", "b 2025-01-01 2 ok"}},
		{name: "line at the limit", file: "f.jsonl", opt: Options{MaxLine: 42},
			in: `{"id":"b","date":"2025-01-01","text":"ok"}` + "\r\n", want: []string{"b 2025-01-01 1 ok"}},
		{name: "line one byte over the limit", file: "f.jsonl", opt: Options{MaxLine: 41},
			in: `{"id":"b","date":"2025-01-01","text":"ok"}` + "\n", want: []string{"ERR f.jsonl:1: line longer than 41 bytes"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := results(ParseJSONL(tt.file, strings.NewReader(tt.in), tt.opt))
			if len(got) != len(tt.want) {
				t.Fatalf("got %d results %q, want %q", len(got), got, tt.want)
			}
			for i := range got {
				if strings.HasPrefix(tt.want[i], "ERR ") && strings.HasPrefix(got[i], tt.want[i]) {
					continue
				}
				if got[i] != tt.want[i] {
					t.Errorf("result %d: got %q, want %q", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestParseJSONLFields(t *testing.T) {
	in := `{"id":"a","date":"2024-06-01","title":"T","text":"Body","source":"wire","url":"http://x","language":"en"}`
	for a, err := range ParseJSONL("f.jsonl", strings.NewReader(in), Options{}) {
		if err != nil {
			t.Fatal(err)
		}
		want := Article{ID: "a", Date: timex.Ymd(2024, 6, 1), Title: "T", Text: "Body", Source: "wire",
			URL: "http://x", Language: "en", File: "f.jsonl", Line: 1}
		if a != want {
			t.Errorf("got %+v, want %+v", a, want)
		}
	}
}

func TestParseJSONLStopsEarly(t *testing.T) {
	in := strings.Repeat(`{"date":"2024-06-01","text":"Body"}`+"\n", 10)
	n := 0
	for range ParseJSONL("f.jsonl", strings.NewReader(in), Options{}) {
		n++
		if n == 3 {
			break
		}
	}
	if n != 3 {
		t.Errorf("got %d, want 3", n)
	}
}
