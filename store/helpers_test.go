package store

import (
	"errors"
	"testing"

	"annals/article"
)

func TestCursorRoundTrip(t *testing.T) {
	for _, tt := range []struct {
		date string
		id   int64
	}{{"2025-01-17", 42}, {"", 1}, {"2025", 9007199254740993}} {
		d, id, err := DecodeCursor(EncodeCursor(tt.date, tt.id))
		if err != nil || d != tt.date || id != tt.id {
			t.Errorf("round trip %q %d: %q %d %v", tt.date, tt.id, d, id, err)
		}
	}
	for _, bad := range []string{"!!", "bm8", "MjAyNXwwCg", "MjAyNXwtMQ"} {
		if _, _, err := DecodeCursor(bad); !errors.Is(err, ErrBadFilter) {
			t.Errorf("DecodeCursor(%q) = %v, want ErrBadFilter", bad, err)
		}
	}
}

func TestPrefixRange(t *testing.T) {
	tests := []struct {
		p, lo, hi string
		ok        bool
	}{
		{"", "", "", false},
		{"RUS", "RUS", "RUT", true},
		{"04", "04", "05", true},
		{"A\xff", "A\xff", "B", true},
	}
	for _, tt := range tests {
		lo, hi, ok := PrefixRange(tt.p)
		if lo != tt.lo || hi != tt.hi || ok != tt.ok {
			t.Errorf("PrefixRange(%q) = %q, %q, %v", tt.p, lo, hi, ok)
		}
		if ok && !(lo+"ZZZ" < hi) {
			t.Errorf("PrefixRange(%q): extension sorts after %q", tt.p, hi)
		}
	}
}

func TestPeriods(t *testing.T) {
	tests := []struct {
		interval, period, start, end string
	}{
		{Day, "2025-01-17", "2025-01-17", "2025-01-17"},
		{Week, "2025-12-29", "2025-12-29", "2026-01-04"},
		{Month, "2024-02", "2024-02-01", "2024-02-29"},
		{Month, "2025-12", "2025-12-01", "2025-12-31"},
	}
	for _, tt := range tests {
		s, e := PeriodBounds(tt.interval, tt.period)
		if s != tt.start || e != tt.end {
			t.Errorf("PeriodBounds(%s, %s) = %s..%s, want %s..%s", tt.interval, tt.period, s, e, tt.start, tt.end)
		}
	}
	for day, want := range map[string]string{"2025-01-13": "2025-01-13", "2025-01-19": "2025-01-13", "2025-01-01": "2024-12-30"} {
		if got, err := WeekStart(day); err != nil || got != want {
			t.Errorf("WeekStart(%s) = %s, %v; want %s", day, got, err, want)
		}
	}
}

func TestFilterCheck(t *testing.T) {
	good := []Filter{{}, {From: "2025", To: "2025-02"}, {QuadClass: 4}, {Dyad: [2]string{"A", "B"}},
		{Cursor: EncodeCursor("2025-01-01", 3)}}
	for _, f := range good {
		if err := f.Check(); err != nil {
			t.Errorf("Check(%+v) = %v", f, err)
		}
	}
	bad := []Filter{{From: "2025-1"}, {To: "20250101"}, {QuadClass: -1}, {Dyad: [2]string{"", "B"}}, {Cursor: "x"}}
	for _, f := range bad {
		if err := f.Check(); !errors.Is(err, ErrBadFilter) {
			t.Errorf("Check(%+v) = %v, want ErrBadFilter", f, err)
		}
	}
}

func TestArticleKey(t *testing.T) {
	if k := ArticleKey(&article.Article{ID: "x", Text: "t"}); k != "x" {
		t.Errorf("key with id = %q", k)
	}
	a, b := ArticleKey(&article.Article{Text: "t"}), ArticleKey(&article.Article{Text: "u"})
	if len(a) != len("sha256:")+64 || a == b {
		t.Errorf("hash keys %q %q", a, b)
	}
}

func TestLimit(t *testing.T) {
	for in, want := range map[int]int{0: DefaultLimit, -5: DefaultLimit, 7: 7, MaxLimit + 1: MaxLimit} {
		if got := Limit(in); got != want {
			t.Errorf("Limit(%d) = %d, want %d", in, got, want)
		}
	}
}
