package coder_test

import (
	"sort"
	"strings"
	"testing"

	"annals/article"
	"annals/coder"
	"annals/timex"
)

// TestFallback: when every pair of an event is dropped, the next pattern
// fired at its trigger is coded, and the trace says so; a compound that
// meets in a place meets itself.
func TestFallback(t *testing.T) {
	cd := Builtin(t)
	tests := []struct {
		body     string
		want     string // "SRC TGT CODE", sorted, ";"-joined
		fallback bool   // the trace shows a fallback
	}{
		{"Police arrested a journalist from Lahore in Karachi.", "PAKCOP PAKMED 173", true},
		{"Officials from Armenia and Azerbaijan met in Almaty.", "ARMGOV AZEGOV 040;AZEGOV ARMGOV 040", false},
		{"Britain and France met at Geneva.", "FRAGOV GBRGOV 040;GBRGOV FRAGOV 040", false},
		{"Pashinyan and Erdogan shook hands in Washington.", "ARMGOV TURGOV 040;TURGOV ARMGOV 040", false},
	}
	for _, tt := range tests {
		res := cd.Code(article.Article{ID: "t", Date: timex.Ymd(2024, 5, 8), Text: tt.body}, coder.Options{Explain: true})
		var got []string
		for _, e := range res.Events {
			got = append(got, e.Source.Code+" "+e.Target.Code+" "+e.Cameo)
		}
		sort.Strings(got)
		if g := strings.Join(got, ";"); g != tt.want {
			t.Errorf("%s\n got %s\nwant %s", tt.body, g, tt.want)
		}
		fb := false
		for _, tr := range res.Trace {
			for _, e := range tr.Events {
				fb = fb || strings.Contains(e.Dropped, "trying the next pattern")
			}
		}
		if fb != tt.fallback {
			t.Errorf("%s: fallback in the trace %v, want %v", tt.body, fb, tt.fallback)
		}
	}
}
