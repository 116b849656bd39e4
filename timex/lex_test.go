package timex

import (
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	tg := New()
	tests := []struct {
		text string
		want string // tokens joined by " | "
		cls  uint64 // class expected on the first token
	}{
		{"Jan. 6, 2021", "Jan | . | 6 | , | 2021", cMonth | cCap},
		{"at 4 a.m. GMT", "at | 4 | a.m. | GMT", cWord},
		{"10:30pm", "10:30pm", cTime},
		{"2021-01-06", "2021-01-06", cISO},
		{"2021-13-06", "2021 | - | 13 | - | 06", cYear},
		{"the 1990s", "the | 1990s", cWord},
		{"21st", "21st", cOrd | cDay},
		{"47th", "47th", cOrd},
		{"Tuesday's", "Tuesday | 's", cWday},
		{"Year’s", "Year | ’s", cUnit},
		{"mid-2024", "mid | - | 2024", cWord},
		{"1,500 troops", "1,500 | troops", cWord},
		{"12.5%", "12.5 | %", cWord},
		{"COVID-19", "COVID | - | 19", cWord},
		{"G20", "G20", cWord},
		{"U.S. troops", "U.S. | troops", cWord},
		{"may", "may", cWord},
		{"«Ukraine»", "« | Ukraine | »", cPunct},
		{"twenty-five years", "twenty-five | years", cNum},
	}
	for _, tc := range tests {
		toks := tg.tokenize(tc.text, nil)
		var parts []string
		for _, tk := range toks {
			parts = append(parts, tc.text[tk.start:tk.end])
		}
		if got := strings.Join(parts, " | "); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
			continue
		}
		if toks[0].cls&tc.cls != tc.cls {
			t.Errorf("%q: first token classes %b lack %b", tc.text, toks[0].cls, tc.cls)
		}
	}
	if toks := tg.tokenize("may", nil); toks[0].cls&cMonth != 0 {
		t.Error("lower-case may is a month")
	}
}

func TestSentences(t *testing.T) {
	tg := New()
	toks := tg.tokenize("He came on Jan. 6. She left.\nThen Mr. X spoke", nil)
	var sents []int32
	for _, tk := range toks {
		sents = append(sents, tk.sent)
	}
	// He came on Jan . 6 . | She left . | Then Mr . X spoke
	starts := map[int]bool{7: true, 10: true}
	if len(sents) != 15 {
		t.Fatalf("got %v", sents)
	}
	for k := 1; k < len(sents); k++ {
		if (sents[k] != sents[k-1]) != starts[k] {
			t.Fatalf("sentence numbers %v: boundary wrong at token %d", sents, k)
		}
	}
}

func TestCompileErrors(t *testing.T) {
	tg := &Tagger{lex: newLexicon()}
	for _, pat := range []string{"@nosuch", "<in>", "a <b> c", "x||y", "@event|a b"} {
		if _, err := tg.compile(0, spec{name: "bad", pat: pat, res: rRef}); err == nil {
			t.Errorf("pattern %q compiled", pat)
		}
	}
}

func TestParseEvents(t *testing.T) {
	for _, bad := range []string{"inaugurat 2025-01-20", "x 2025-02-30 -", "x 20250120 -"} {
		if _, err := parseEvents(bad); err == nil {
			t.Errorf("%q parsed", bad)
		}
	}
	evs, err := parseEvents(eventsData)
	if err != nil || len(evs) < 20 {
		t.Fatalf("events.txt: %d events, %v", len(evs), err)
	}
}

func TestCalendar(t *testing.T) {
	tests := []struct {
		got, want string
	}{
		{iso(easter(2024)), "2024-03-31"},
		{iso(easter(2025)), "2025-04-20"},
		{iso(thanksgiving(2024)), "2024-11-28"},
		{weekValue(Ymd(2021, 1, 3)), "2020-W53"},
		{iso(weekDate(Ymd(2025, 1, 21))), "2025-01"},
		{iso(weekDate(Ymd(2025, 1, 29))), "2025"},
		{iso(Ymd(987, 3, 4)), "0987-03-04"},
		{yearValue(12000), ""},
	}
	for k, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("case %d: got %q, want %q", k, tc.got, tc.want)
		}
	}
	if y, m := addMonths(2025, 1, -2); y != 2024 || m != 11 {
		t.Errorf("addMonths: %d-%d", y, m)
	}
}
