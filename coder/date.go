package coder

import (
	"fmt"

	"annals/text"
	"annals/timex"
	"annals/verb"
)

// eventDate chooses the date of a candidate event: the temporal expression
// of its sentence nearest to the trigger (one that gives a date), else the
// article date. It returns the date, the expression text and the reason.
func eventDate(s text.Sentence, xs []timex.Expr, c verb.Candidate, doc timex.Date) (timex.Date, string, string) {
	trig := s.Tokens[c.Trigger].Start
	best, bestDist := -1, 1<<30
	for k, x := range xs {
		if x.Date.IsZero() || x.Type != "DATE" && x.Type != "TIME" {
			continue
		}
		d := x.Start - trig
		if d < 0 {
			d = trig - x.End
		}
		if d < bestDist {
			best, bestDist = k, d
		}
	}
	if best >= 0 {
		x := xs[best]
		return x.Date, x.Text, fmt.Sprintf("nearest expression %q (%s, rule %s)", x.Text, x.Value, x.Rule)
	}
	return doc, "", "no dated expression in the sentence: the article date"
}
