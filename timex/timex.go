package timex

import (
	"fmt"
	"strings"
	"sync"
)

// Type is the TIMEX3 type of an expression.
type Type string

// TIMEX3 types.
const (
	DATE     Type = "DATE"
	TIME     Type = "TIME"
	DURATION Type = "DURATION"
	SET      Type = "SET"
)

// Expr is one temporal expression found in a text.
type Expr struct {
	Start, End int    // byte offsets into the text given to Tag, half-open
	Text       string // text[Start:End]
	Type       Type
	// Value is the TIMEX3 value: "2025-01-17", "2025-01", "2025",
	// "2025-W03", "2025-SU", "2025-H1", "199" (decade), "P3W",
	// "XXXX-WXX-1", "2025-01-21TMO", "PRESENT_REF" ...; "" when unresolved.
	Value string
	// Date is the calendar date the expression pins an event to, at its
	// precision; zero for durations, sets, vague and unresolved expressions.
	// Weeks, seasons, halves and quarters give the coarsest Date containing
	// them.
	Date  Date
	Vague bool   // typed but gives no date ("in recent months")
	Mod   string // TIMEX3 mod: START, MID, END, APPROX, MORE_THAN, LESS_THAN
	Rule  string // name of the rule that matched
	// Event is, for event-anchored expressions ("a day after Trump was
	// inaugurated"), the date of the anchoring event itself (2025-01-20),
	// while Date is the date the expression denotes (2025-01-21).
	Event Date
}

// String renders the expression for --explain.
func (e Expr) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d:%d %q %s", e.Start, e.End, e.Text, e.Type)
	if e.Value == "" {
		b.WriteString(" (unresolved)")
	} else {
		b.WriteString(" " + e.Value)
	}
	if !e.Date.IsZero() {
		fmt.Fprintf(&b, " date=%s/%s", e.Date, e.Date.Prec)
	}
	if e.Mod != "" {
		b.WriteString(" mod=" + e.Mod)
	}
	if e.Vague {
		b.WriteString(" vague")
	}
	if !e.Event.IsZero() {
		b.WriteString(" event=" + e.Event.String())
	}
	b.WriteString(" rule=" + e.Rule)
	return b.String()
}

// Tagger finds and resolves temporal expressions. It is safe for concurrent
// use.
type Tagger struct {
	lex     *lexicon
	rules   []*rule
	byWord  [][]int32 // by lexicon id
	byClass [64][]int32
	byPunct map[string][]int32
	cues    map[int32][][]int32
	events  []event
	usID    int32 // lexicon id of "u.s.", which "US" also stands for
	errs    []error
	pool    sync.Pool
}

// New compiles the rules once.
func New() *Tagger {
	t, _ := build()
	return t
}

// Err reports rules or events that failed to compile when the tagger was
// built (they are left out); nil for the built-in set.
func (t *Tagger) Err() error {
	if len(t.errs) == 0 {
		return nil
	}
	return fmt.Errorf("timex: %d rule errors, first: %w", len(t.errs), t.errs[0])
}

// build compiles the tagger and reports rules that failed to compile
// (they are left out).
func build() (*Tagger, error) {
	t := &Tagger{
		lex:     newLexicon(),
		byPunct: map[string][]int32{},
		cues:    map[int32][][]int32{},
	}
	t.lex.fill()
	for _, phrase := range futureCues {
		var ids []int32
		for _, w := range strings.Fields(phrase) {
			ids = append(ids, t.lex.entry(w).id)
		}
		t.lex.entry(strings.Fields(phrase)[0]).cue = true
		t.cues[ids[0]] = append(t.cues[ids[0]], ids)
	}
	evs, err := parseEvents(eventsData)
	if err != nil {
		t.errs = append(t.errs, err)
	}
	t.usID = t.lex.entry("u.s.").id
	for k := range evs {
		for _, w := range evs[k].context {
			evs[k].ctxIDs = append(evs[k].ctxIDs, t.lex.entry(w).id)
		}
	}
	t.events = evs
	for _, s := range ruleSpecs {
		r, err := t.compile(len(t.rules), s)
		if err != nil {
			t.errs = append(t.errs, err)
			continue
		}
		t.rules = append(t.rules, r)
	}
	t.byWord = make([][]int32, t.lex.n+1)
	for _, r := range t.rules {
		idx := int32(r.idx)
		for _, a := range r.firstAlts() {
			switch {
			case a.cls != 0:
				for b := 0; b < 64; b++ {
					if a.cls&(1<<b) != 0 {
						t.byClass[b] = appendOnce(t.byClass[b], idx)
					}
				}
			case a.word != 0:
				t.byWord[a.word] = appendOnce(t.byWord[a.word], idx)
			default:
				t.byPunct[a.punct] = appendOnce(t.byPunct[a.punct], idx)
			}
		}
	}
	t.lex.index()
	if t.lex.n >= maxLexIDs {
		t.errs = append(t.errs, fmt.Errorf("timex: lexicon of %d words exceeds %d", t.lex.n, maxLexIDs))
	}
	t.pool.New = func() any { s := make([]token, 0, 256); return &s }
	return t, t.Err()
}

func appendOnce(s []int32, v int32) []int32 {
	if len(s) > 0 && s[len(s)-1] == v {
		return s
	}
	return append(s, v)
}

// candidates appends the indices of rules whose first element may match tk.
func (t *Tagger) candidates(text string, tk *token, buf []int32) []int32 {
	if id := tk.id(); id != 0 {
		buf = append(buf, t.byWord[id]...)
	}
	for c := tk.cls &^ (cWord | cPunct | cCap | cAbbr); c != 0; c &= c - 1 {
		b := trailingZeros(c)
		buf = append(buf, t.byClass[b]...)
	}
	if tk.cls&cPunct != 0 {
		buf = append(buf, t.byPunct[text[tk.start:tk.end]]...)
	}
	return buf
}

func trailingZeros(x uint64) int {
	n := 0
	for x&1 == 0 {
		x >>= 1
		n++
	}
	return n
}

type cand struct {
	r   *rule
	end int
}

// Tag finds temporal expressions in text (a whole article body, or one
// sentence) in order, resolving each against anchor, the article date at day
// precision. Relative expressions that refer to a previously mentioned date
// ("the next day", "two days later") resolve against the last resolved
// day-precision date earlier in the same text, else the anchor. Without a
// valid day-precision anchor, expressions that need one are returned
// unresolved.
func (t *Tagger) Tag(text string, anchor Date) []Expr {
	tp := t.pool.Get().(*[]token)
	toks := t.tokenize(text, (*tp)[:0])
	defer func() { *tp = toks[:0]; t.pool.Put(tp) }()

	anchorOK := anchor.Prec == Day && validDay(anchor.Y, anchor.M, anchor.D)
	if !anchorOK {
		anchor = Ymd(2000, 1, 1)
	}
	var out []Expr
	var sents []int32
	var offs map[int]offset // expression index -> pending clause offset
	m := matcher{t: t, text: text, toks: toks}
	c := rctx{t: t, text: text, toks: toks, anchor: anchor, ref: anchor}
	var cbuf [32]int32
	var cands [16]cand
	prevEnd := -1
	for i := 0; i < len(toks); {
		ids := t.candidates(text, &toks[i], cbuf[:0])
		nc := 0
		for _, ri := range ids {
			r := t.rules[ri]
			j := m.apply(r, i, prevEnd)
			if j <= i || nc == len(cands) {
				continue
			}
			cands[nc] = cand{r: r, end: j}
			nc++
		}
		if nc == 0 {
			i++
			continue
		}
		cs := cands[:nc]
		// longest first, then rule order (insertion sort: few candidates)
		for a := 1; a < nc; a++ {
			for b := a; b > 0 && (cs[b].end > cs[b-1].end || cs[b].end == cs[b-1].end && cs[b].r.idx < cs[b-1].r.idx); b-- {
				cs[b], cs[b-1] = cs[b-1], cs[b]
			}
		}
		done := false
		for k := range cs {
			c.i, c.j, c.r, c.used = i, cs[k].end, cs[k].r, false
			o, ok := cs[k].r.res(&c)
			if !ok {
				continue
			}
			if c.used && !anchorOK {
				o.value, o.date, o.event = "", Date{}, Date{}
			}
			typ := cs[k].r.typ
			if o.typ != "" {
				typ = o.typ
			}
			last := c.j - 1
			for last > i && toks[last].cls&cPunct != 0 {
				last-- // "Christmas," when an optional year is absent
			}
			s, e := int(toks[i].start), int(toks[last].end)
			out = append(out, Expr{Start: s, End: e, Text: text[s:e], Type: typ, Value: o.value,
				Date: o.date, Vague: o.vague, Mod: o.mod, Rule: cs[k].r.name, Event: o.event})
			sents = append(sents, toks[i].sent)
			if o.off.n != 0 && anchorOK {
				if offs == nil {
					offs = map[int]offset{}
				}
				offs[len(out)-1] = o.off
			}
			if (typ == DATE || typ == TIME) && o.date.Prec == Day && !o.noRef {
				c.ref = o.date
			}
			prevEnd = c.j
			i = c.j
			done = true
			break
		}
		if !done {
			i++
		}
	}
	attachTimes(out, sents)
	for k, off := range offs {
		clauseDate(out, sents, k, off)
	}
	return out
}

// clauseDate resolves a sentence-initial "Two days before Venezuelans voted
// in a December 3 referendum, ..." from the first day date inside the
// clause (among the next three expressions of the sentence).
func clauseDate(out []Expr, sents []int32, k int, off offset) {
	for q := k + 1; q < len(out) && q <= k+3 && sents[q] == sents[k]; q++ {
		if out[q].Type != DATE || out[q].Date.Prec != Day {
			continue
		}
		d, ok := offsetDate(out[q].Date, off.unit, -off.sign*off.n)
		if !ok {
			return
		}
		out[k].Value, out[k].Date, out[k].Event = iso(d), d, out[q].Date
		return
	}
}

// attachTimes gives clock times without a day of their own the day of the
// nearest day-precision date of the same sentence (at most 20 expressions
// away).
func attachTimes(out []Expr, sents []int32) {
	for k := range out {
		if out[k].Rule != "clock" || out[k].Value == "" {
			continue
		}
		best := -1
		for d := 1; best < 0 && d <= 20; d++ {
			in := false // still inside the sentence on either side
			for _, q := range [2]int{k - d, k + d} {
				if q < 0 || q >= len(out) || sents[q] != sents[k] {
					continue
				}
				in = true
				if out[q].Date.Prec == Day && (out[q].Type == DATE || out[q].Type == TIME) {
					best = q
					break
				}
			}
			if !in {
				break
			}
		}
		if best < 0 {
			continue
		}
		v := out[k].Value
		if p := strings.IndexByte(v, 'T'); p >= 0 {
			out[k].Value = iso(out[best].Date) + v[p:]
			out[k].Date = out[best].Date
		}
	}
}
