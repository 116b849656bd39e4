package article

import (
	"strings"
	"testing"

	"annals/timex"
)

func TestParseSeed(t *testing.T) {
	tests := []struct {
		name, file, in string
		id, date, text string
		line           int
		err            string // substring of the error; "" means success
		errLine        int
	}{
		{name: "same line", file: "gold.txt", in: "date 2025-01-21 Russian President Vladimir Putin spoke.",
			id: "gold", date: "2025-01-21", text: "Russian President Vladimir Putin spoke.", line: 1},
		{name: "body on following lines", file: "dir/000_ab.txt", in: " date 2025-01-21\n\nHeadline here\n\nFirst paragraph.\n\n",
			id: "000_ab", date: "2025-01-21", text: "Headline here\n\nFirst paragraph.", line: 1},
		{name: "leading blank lines", file: "a.txt", in: "\n\n  date\t2024-02-29\tLeap day text.  \n",
			id: "a", date: "2024-02-29", text: "Leap day text.", line: 3},
		{name: "date on next line", file: "b", in: "date\n2020-03-01\nBody", id: "b", date: "2020-03-01", text: "Body", line: 1},
		{name: "byte order mark", file: "c.txt", in: "\uFEFFdate 2019-06-30 Body.", id: "c", date: "2019-06-30", text: "Body.", line: 1},
		{name: "crlf", file: "d.txt", in: "date 2019-06-30\r\n\r\nBody.\r\n", id: "d", date: "2019-06-30", text: "Body.", line: 1},
		{name: "unicode body", file: "e.txt", in: "date 2023-10-07 “Quoted” – Zürich.", id: "e", date: "2023-10-07", text: "“Quoted” – Zürich.", line: 1},

		{name: "not seed", file: "x.txt", in: "Some plain text.", err: msgNoDate, errLine: 1},
		{name: "date prefix word", file: "x.txt", in: "dated 2025-01-01 text", err: msgNoDate, errLine: 1},
		{name: "missing date", file: "x.txt", in: "date", err: "missing date", errLine: 1},
		{name: "missing date blank after", file: "x.txt", in: "date   \n\n", err: "missing date", errLine: 3},
		{name: "bad date shape", file: "x.txt", in: "date 2025-1-21 text", err: `bad date "2025-1-21"`, errLine: 1},
		{name: "date glued to body", file: "x.txt", in: "date 2025-01-21Russian", err: "bad date", errLine: 1},
		{name: "impossible date", file: "x.txt", in: "date 2025-02-30 text", err: "impossible date", errLine: 1},
		{name: "impossible month", file: "x.txt", in: "\ndate 2025-13-01 text", err: "impossible date", errLine: 2},
		{name: "empty text", file: "x.txt", in: "date 2025-01-21 \n\n", err: msgEmptyTxt, errLine: 1},
		{name: "empty file", file: "x.txt", in: "", err: msgEmpty, errLine: 1},
		{name: "blank file", file: "x.txt", in: " \n\t\n", err: msgEmpty, errLine: 1},
		{name: "binary", file: "x.txt", in: "date 2025-01-21\nab\x00cd", err: "binary file", errLine: 2},
		{name: "not utf8", file: "x.txt", in: "date 2025-01-21\n\nabc\xff\xfe", err: "not valid UTF-8", errLine: 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseSeed(tt.file, []byte(tt.in))
			if tt.err != "" {
				checkErr(t, err, tt.file, tt.errLine, tt.err)
				return
			}
			if err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			if a.ID != tt.id || a.Date.String() != tt.date || a.Text != tt.text || a.Line != tt.line || a.File != tt.file {
				t.Errorf("got id=%q date=%q text=%q line=%d file=%q; want %q %q %q %d %q",
					a.ID, a.Date, a.Text, a.Line, a.File, tt.id, tt.date, tt.text, tt.line, tt.file)
			}
		})
	}
}

func TestParseText(t *testing.T) {
	day := timex.Ymd(2022, 2, 24)
	a, err := ParseText("notes/kyiv.txt", []byte("\n\nTroops crossed the border.\n"), day)
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != "kyiv" || a.Date != day || a.Text != "Troops crossed the border." || a.Line != 3 {
		t.Errorf("got %+v", a)
	}
	_, err = ParseText("x.txt", []byte("text"), timex.Date{})
	checkErr(t, err, "x.txt", 1, msgNoDate)
}

// checkErr asserts that err is an *Error at file:line whose message
// contains msg.
func checkErr(t *testing.T, err error, file string, line int, msg string) {
	t.Helper()
	e, ok := err.(*Error)
	if !ok {
		t.Fatalf("got error %v (%T), want *Error containing %q", err, err, msg)
	}
	if e.File != file || e.Line != line || !strings.Contains(e.Msg, msg) {
		t.Errorf("got %q, want %s:%d: ...%s...", e.Error(), file, line, msg)
	}
}
