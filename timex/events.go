package timex

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"
)

//go:embed events.txt
var eventsData string

// event is one line of events.txt.
type event struct {
	trigger string
	date    Date
	context []string
	ctxIDs  []int32 // lexicon ids of context, filled by build
}

func parseEvents(data string) ([]event, error) {
	var evs []event
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 3 {
			return evs, fmt.Errorf("events.txt:%d: want trigger, date, context", n+1)
		}
		d, err := ParseDay(f[1])
		if err != nil {
			return evs, fmt.Errorf("events.txt:%d: %w", n+1, err)
		}
		e := event{trigger: strings.ToLower(f[0]), date: d}
		if f[2] != "-" {
			e.context = strings.Split(strings.ToLower(f[2]), "|")
		}
		evs = append(evs, e)
	}
	sort.SliceStable(evs, func(i, j int) bool { return evs[i].date.Compare(evs[j].date) < 0 })
	return evs, nil
}

// hasPrefixFold reports whether s starts with the lower-case ASCII prefix p,
// ignoring case.
func hasPrefixFold(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for k := 0; k < len(p); k++ {
		if s[k]|0x20 != p[k] && s[k] != p[k] {
			return false
		}
	}
	return true
}

func equalFold(s, p string) bool { return len(s) == len(p) && hasPrefixFold(s, p) }

// eventSpan looks for an event trigger word within the next eight words
// from token ti (not crossing punctuation) and returns the number of tokens
// up to and including it, or 0.
func (t *Tagger) eventSpan(text string, toks []token, ti int) int {
	for k := ti; k < len(toks) && k < ti+8; k++ {
		tk := &toks[k]
		if tk.cls&cPunct != 0 || (k > ti && tk.sent != toks[ti].sent) {
			return 0
		}
		w := text[tk.start:tk.end]
		for e := range t.events {
			if hasPrefixFold(w, t.events[e].trigger) {
				return k - ti + 1
			}
		}
	}
	return 0
}

// rEvent: "a day after Trump was inaugurated", "two days before the
// election". The event instance is the latest one on or before the article
// date whose context words occur in the sentence.
func rEvent(c *rctx) (out, bool) {
	trig := c.text[c.toks[c.j-1].start:c.toks[c.j-1].end]
	a := c.a()
	s := c.toks[c.i].sent
	var best Date
	var seen idSet
	seen.fill(c, s)
	// events are sorted by date: the first fit from the end is the latest
	for k := len(c.t.events) - 1; k >= 0; k-- {
		e := &c.t.events[k]
		if !hasPrefixFold(trig, e.trigger) || e.date.Compare(a) > 0 {
			continue
		}
		if len(e.ctxIDs) > 0 && !seen.any(e.ctxIDs) {
			continue
		}
		best = e.date
		break
	}
	if best.IsZero() {
		return out{}, true
	}
	n, unit, ok := c.unitCount()
	if !ok || n <= 0 || c.has(vagueWords...) {
		return out{event: best}, true
	}
	if c.has("before") {
		n = -n
	}
	var o out
	if unit == uWeek || unit == uFortnight {
		if unit == uFortnight {
			n *= 2
		}
		o = dayOut(best.AddDays(7 * n))
	} else if o, ok = shift(best, unit, n); !ok {
		o = out{}
	}
	o.event = best
	return o, true
}

// idSet marks the lexicon ids of the words near a match (60 tokens either
// way, within its sentence).
type idSet [maxLexIDs / 64]uint64

const maxLexIDs = 2048

func (b *idSet) fill(c *rctx, s int32) {
	lo := c.i
	for lo > 0 && lo > c.i-60 && c.toks[lo-1].sent == s {
		lo--
	}
	for k := lo; k < len(c.toks) && k < c.j+60 && c.toks[k].sent == s; k++ {
		id := c.toks[k].id()
		if c.text[c.toks[k].start:c.toks[k].end] == "US" {
			id = c.t.usID // "US", not the pronoun
		}
		if id > 0 && id < maxLexIDs {
			b[id/64] |= 1 << (id % 64)
		}
	}
}

func (b *idSet) any(ids []int32) bool {
	for _, id := range ids {
		if id > 0 && id < maxLexIDs && b[id/64]&(1<<(id%64)) != 0 {
			return true
		}
	}
	return false
}

// rCampaign: "during his campaign" is the year of the latest election on
// or before the article date (one whose context words occur in the
// sentence if any does), a year's precision: campaigns run up to the vote.
func rCampaign(c *rctx) (out, bool) {
	a := c.a()
	s := c.toks[c.i].sent
	var seen idSet
	seen.fill(c, s)
	var any, fit Date
	for k := len(c.t.events) - 1; k >= 0; k-- {
		e := &c.t.events[k]
		if e.trigger != "election" || e.date.Compare(a) > 0 {
			continue
		}
		if any.IsZero() {
			any = e.date
		}
		if len(e.ctxIDs) > 0 && seen.any(e.ctxIDs) {
			fit = e.date
			break
		}
	}
	if fit.IsZero() {
		fit = any
	}
	if fit.IsZero() {
		return out{}, true
	}
	y := Date{Y: fit.Y, Prec: Year}
	return out{value: iso(y), date: y, event: fit}, true
}
