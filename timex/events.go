package timex

import (
	_ "embed"
	"fmt"
	"strings"
)

//go:embed events.txt
var eventsData string

// event is one line of events.txt.
type event struct {
	trigger string
	date    Date
	context []string
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
	for _, e := range c.t.events {
		if !hasPrefixFold(trig, e.trigger) || e.date.Compare(a) > 0 {
			continue
		}
		if len(e.context) > 0 && !c.sentenceHas(s, e.context) {
			continue
		}
		if best.IsZero() || e.date.Compare(best) > 0 {
			best = e.date
		}
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

// sentenceHas reports whether a word of words occurs in sentence s.
func (c *rctx) sentenceHas(s int32, words []string) bool {
	lo := c.i
	for lo > 0 && c.toks[lo-1].sent == s {
		lo--
	}
	for k := lo; k < len(c.toks) && c.toks[k].sent == s; k++ {
		w := c.text[c.toks[k].start:c.toks[k].end]
		for _, x := range words {
			if equalFold(w, x) {
				return true
			}
		}
	}
	return false
}
