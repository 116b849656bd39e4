package article

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"annals/timex"
)

func FuzzParseSeed(f *testing.F) {
	for _, s := range []string{
		"date 2025-01-21 Russian President Vladimir Putin spoke.",
		" date 2025-01-21\n\nHeadline\n\nBody.\n",
		"date 2025-02-30 x", "date", "date\n", "plain", "", "\uFEFFdate 2020-01-01 x",
		"date 2020-01-01 caf\xe9", "date 2020-01-01 \x00", "date\u00a02020-01-01\u2003x",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseSeed("dir/doc.txt", data)
		checkFuzz(t, a, err)
		b, err := ParseText("dir/doc.txt", data, timex.Ymd(2020, 1, 1))
		checkFuzz(t, b, err)
	})
}

func FuzzParseJSONL(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","date":"2025-01-21","text":"Body"}`,
		"{\"date\":\"2025-01-21T10:00:00Z\",\"text\":\"A\"}\n\n{\"text\":\"B\"}\n",
		`{"id":1,"date":null,"text":"x"}`, "[1]\n\"s\"\n{", "\x00", "{\"text\":\"caf\xe9\"}",
		`{"date":"2025-02-30","text":"x"}`, "\uFEFF{}\r\n{}", `{"text":"\ud800\u0000"}`,
	} {
		f.Add([]byte(s), false)
	}
	f.Fuzz(func(t *testing.T, data []byte, dated bool) {
		opt := Options{MaxLine: 64}
		if dated {
			opt.Date = timex.Ymd(2020, 1, 1)
		}
		n := 0
		for a, err := range ParseJSONL("feed.jsonl", bytes.NewReader(data), opt) {
			checkFuzz(t, a, err)
			if n++; n > len(data)+1 {
				t.Fatalf("%d results from %d bytes", n, len(data))
			}
		}
		if n == 0 {
			t.Fatal("no result at all")
		}
	})
}

func checkFuzz(t *testing.T, a Article, err error) {
	t.Helper()
	if err != nil {
		e, ok := err.(*Error)
		if !ok {
			t.Fatalf("error %v is %T, not *Error", err, err)
		}
		if e.Line < 1 {
			t.Fatalf("error %q has line %d", e.Error(), e.Line)
		}
		return
	}
	if a.Text == "" || !utf8.ValidString(a.Text) || a.Date.IsZero() || a.ID == "" || a.Line < 1 {
		t.Fatalf("bad article %+v", a)
	}
}
