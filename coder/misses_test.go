package coder_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"annals/article"
	"annals/coder"
	"annals/timex"
)

// TestCodebookMisses lists each codebook example whose root is not coded,
// with its kind: wrongcode (events of another root), noactor, oneactor,
// nocand (no pattern fired) or dropped (a pattern fired, no event kept).
func TestCodebookMisses(t *testing.T) {
	if os.Getenv("ANNALS_CODEBOOK_MISSES") == "" {
		t.Skip("set ANNALS_CODEBOOK_MISSES=1 to list the codebook misses by kind")
	}
	cd := Builtin(t)
	cat := map[string]int{}
	for _, ex := range codebook(t) {
		a := article.Article{ID: "ex", Date: timex.Ymd(2005, 6, 15), Text: ex.Text}
		r := cd.Code(a, coder.Options{Explain: true, All: true})
		hit := false
		var roots []string
		for _, ev := range r.Events {
			roots = append(roots, ev.Cameo+missFlag(ev.Negated, ev.Hedged))
			if ev.CameoRoot == ex.Code[:2] {
				hit = true
			}
		}
		if hit {
			continue
		}
		nm := 0
		var ms, cands []string
		for _, tr := range r.Trace {
			nm += len(tr.Mentions)
			for _, m := range tr.Mentions {
				ms = append(ms, m.Text)
			}
			for _, e := range tr.Events {
				cands = append(cands, fmt.Sprintf("%s s%v t%v %q", e.Candidate.Code, e.Candidate.Sources, e.Candidate.Targets, e.Dropped))
			}
		}
		c := "other"
		switch {
		case len(r.Events) > 0:
			c = "wrongcode"
		case nm == 0:
			c = "noactor"
		case nm == 1:
			c = "oneactor"
		case len(cands) == 0:
			c = "nocand"
		default:
			c = "dropped"
		}
		cat[c]++
		fmt.Printf("%s\t%s\t%s\tev=%v\tms=%s\tcands=%s\n", c, ex.Code, ex.Text, roots, strings.Join(ms, "|"), strings.Join(cands, " ; "))
	}
	fmt.Println(cat)
}

func missFlag(n, h bool) string {
	if n {
		return "N"
	}
	if h {
		return "H"
	}
	return ""
}
