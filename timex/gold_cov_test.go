package timex

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestGoldDateCoverage reads the hand-annotated dev and seed articles and
// reports how many of the distinct event dates the annotators gave are
// among the values the tagger resolves in the article (a coarse recall of
// the dates the event stage can draw on).
func TestGoldDateCoverage(t *testing.T) {
	tg := New()
	found, total := 0, 0
	for _, path := range []string{"../../shared/gold/dev.jsonl", "../../shared/gold/seed.jsonl"} {
		f, err := os.Open(path)
		if err != nil {
			t.Skip("gold data not available (../../shared/gold): ", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<22)
		for sc.Scan() {
			var a struct {
				ID     string
				Text   string
				Events []struct{ Dates []string }
			}
			if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			rest, ok := strings.CutPrefix(strings.TrimLeft(a.Text, " \t\r\n"), "date")
			rest = strings.TrimLeft(rest, " \t")
			if !ok || len(rest) < 10 {
				continue
			}
			anchor, err := ParseDay(rest[:10])
			if err != nil {
				continue
			}
			vals := map[string]bool{anchor.String(): true}
			for _, e := range tg.Tag(rest[10:], anchor) {
				vals[e.Value] = true
				vals[e.Date.String()] = true
				vals[e.Event.String()] = true
			}
			seen := map[string]bool{}
			for _, ev := range a.Events {
				for _, d := range ev.Dates {
					if seen[d] {
						continue
					}
					seen[d] = true
					total++
					if vals[d] {
						found++
					} else {
						t.Logf("%s: gold date %s not among tagged values", a.ID, d)
					}
				}
			}
		}
		f.Close()
	}
	if total == 0 {
		t.Skip("no gold dates")
	}
	cov := float64(found) / float64(total)
	t.Logf("gold date coverage: %d/%d (%.0f%%)", found, total, 100*cov)
	// Many gold dates are inferred (month of a vague "has refused"), so
	// full coverage is not expected; this guards against regressions.
	if cov < 0.70 {
		t.Errorf("gold date coverage %.0f%% below 70%%", 100*cov)
	}
}
