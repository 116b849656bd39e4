package cli

import (
	"fmt"
	"io"
	"strings"

	"annals/article"
	"annals/coder"
)

// writeExplain prints the per-sentence trace of every stage.
func writeExplain(w io.Writer, cd *coder.Coder, a article.Article, r coder.Result) {
	fmt.Fprintf(w, "== %s (%s)\n", a.ID, a.Date)
	for _, t := range r.Trace {
		s := t.Sentence
		fmt.Fprintf(w, "-- sentence %d [%d:%d]%s\n   %s\n", s.Index, s.Start, s.End, map[bool]string{true: " (headline)"}[s.Headline], s.Text)
		var b strings.Builder
		for _, tk := range s.Tokens {
			fmt.Fprintf(&b, " %s/%s", tk.Text, tk.Tag)
			if tk.Lemma != tk.Norm && tk.Lemma != "" {
				fmt.Fprintf(&b, "(%s)", tk.Lemma)
			}
		}
		fmt.Fprintf(w, "   tokens:%s\n", b.String())
		for _, x := range t.Timex {
			fmt.Fprintf(w, "   timex: %q [%d:%d] %s %s date=%s rule=%s\n", x.Text, x.Start, x.End, x.Type, x.Value, x.Date, x.Rule)
		}
		for _, m := range t.Mentions {
			code := m.Actor(cd.Actors, a.Date).Code
			note := ""
			if !m.IsActor() {
				note = " (modifier, not an actor)"
			}
			fmt.Fprintf(w, "   actor: %q [%d:%d] %s via %s entry=%s%s\n", m.Text, m.Start, m.End, code, m.Via, m.Pos, note)
		}
		for _, at := range t.Match.Tried {
			fmt.Fprintf(w, "   pattern at %q: %s\n", s.Tokens[at.Trigger].Text, at)
		}
		for _, e := range t.Events {
			c := e.Candidate
			state := fmt.Sprintf("kept %d", e.Kept)
			if e.Dropped != "" {
				state += ", dropped: " + e.Dropped
			}
			fmt.Fprintf(w, "   event %s by %s: sources=%v targets=%v negated=%v hedged=%v %s; date: %s\n", c.Code, c.Pattern.Pos, c.Sources, c.Targets, c.Negated, c.Hedged, state, e.DateWhy)
		}
	}
}
