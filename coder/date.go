package coder

import (
	"fmt"
	"strconv"
	"strings"

	"annals/text"
	"annals/timex"
	"annals/verb"
)

// eventDate chooses the date of a candidate event: the temporal expression
// of its sentence nearest to the trigger (one that gives a date), leaving
// out expressions of a relative clause that does not hold the trigger
// ("Trump, who takes office on January 20, threatened last month"); else
// the date of the news the article is telling (lead, see below); else the
// article date. An event inside "N days after ..." is dated N days before
// the news. rel holds the sentence's relative clauses (relativeSpans).
// It returns the date, the expression text and the reason.
func eventDate(s text.Sentence, xs []timex.Expr, rel [][2]int, c verb.Candidate, doc, lead timex.Date) (timex.Date, string, string) {
	trig := s.Tokens[c.Trigger].Start
	inRel := func(a, b int) int {
		for k, r := range rel {
			if a >= r[0] && b <= r[1] {
				return k
			}
		}
		return -1
	}
	trigRel := inRel(trig, trig+1)
	best, bestDist := -1, 1<<30
	for k, x := range xs {
		if x.Date.IsZero() || x.Type != "DATE" && x.Type != "TIME" {
			continue
		}
		if r := inRel(x.Start, x.End); r >= 0 && r != trigRel {
			continue // a relative clause dates its own verb
		}
		d := x.Start - trig
		if d < 0 {
			d = trig - x.End
		}
		if d < bestDist {
			best, bestDist = k, d
		}
	}
	base := doc
	if !lead.IsZero() {
		base = lead
	}
	if best >= 0 {
		x := xs[best]
		if n, unit, ok := sinceBefore(x.Text); ok && x.End <= trig && base.Prec == timex.Day {
			// "five days after Russia fired": the firing came five days
			// before the news
			d := base.AddDays(-n * unit)
			return d, x.Text, fmt.Sprintf("%q before the news of %s: %s", x.Text, base, d)
		}
		return x.Date, x.Text, fmt.Sprintf("nearest expression %q (%s, rule %s)", x.Text, x.Value, x.Rule)
	}
	if !lead.IsZero() {
		return lead, "", "no dated expression in the sentence: the date of the news told before (" + lead.String() + ")"
	}
	return doc, "", "no dated expression in the sentence: the article date"
}

// relativeSpans are the byte spans of relative clauses: from "who",
// "whom", "whose", "which" or a relative "that" to the next comma or the
// sentence end.
func relativeSpans(toks []text.Token) [][2]int {
	var out [][2]int
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if !(t.Norm == "who" || t.Norm == "whom" || t.Norm == "whose" || t.Norm == "which" || t.Norm == "that" && t.Tag == "WDT") {
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].Norm != "," && toks[j].Norm != ";" {
			j++
		}
		end := toks[len(toks)-1].End
		if j < len(toks) {
			end = toks[j].Start
		}
		out = append(out, [2]int{t.Start, end})
		i = j
	}
	return out
}

// sinceBefore reads "five days after", "a week after", "two months
// after": the count and the unit in days; ok is false for anything else.
func sinceBefore(s string) (n, unit int, ok bool) {
	f := strings.Fields(strings.ToLower(s))
	if len(f) != 3 || f[2] != "after" {
		return 0, 0, false
	}
	units := map[string]int{"day": 1, "days": 1, "week": 7, "weeks": 7}
	unit, ok = units[f[1]]
	if !ok {
		return 0, 0, false
	}
	words := map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
		"seven": 7, "eight": 8, "nine": 9, "ten": 10}
	if n, ok = words[f[0]]; !ok {
		v, err := strconv.Atoi(f[0])
		if err != nil || v <= 0 || v > 60 {
			return 0, 0, false
		}
		n = v
	}
	return n, unit, true
}

// newsDate reports whether a date is the day news of the article tells:
// a day within the week before the article date.
func newsDate(d, doc timex.Date) bool {
	if d.Prec != timex.Day || doc.Prec != timex.Day {
		return false
	}
	days := int(doc.Time().Sub(d.Time()).Hours() / 24)
	return days >= 0 && days <= 7
}
