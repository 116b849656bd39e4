package timex

import (
	"fmt"
	"strings"
)

// Pattern syntax (one rule = one pattern, elements separated by spaces):
//
//	word        a word, case-insensitive ("yesterday", "'s")
//	,  (  -     a punctuation mark
//	@class      a token class (see classNames), "@event" an event anchor
//	a|b|@c      alternatives
//	x?          optional element
//	<x>         context: must be there but stays outside the span; before
//	            the first body element it looks behind, after the last one
//	            it looks ahead
//	!x          negative context: must not be there (end of text counts as
//	            absent)
const maxElems = 12

type alt struct {
	word  int32
	cls   uint64
	punct string
}

type elem struct {
	alts []alt
	opt  bool
}

type rule struct {
	spec
	idx     int
	behind  []elem // nearest first
	nbehind []elem // nearest first
	body    []elem
	ahead   []elem
	nahead  []elem
}

func (t *Tagger) compile(idx int, s spec) (*rule, error) {
	r := &rule{spec: s, idx: idx}
	fields := strings.Fields(s.pat)
	seenBody := false
	for _, f := range fields {
		neg, ctx := false, false
		if len(f) > 1 && f[0] == '!' {
			neg, f = true, f[1:]
		} else if len(f) > 2 && f[0] == '<' && f[len(f)-1] == '>' {
			ctx, f = true, f[1:len(f)-1]
		}
		e := elem{}
		if !neg && !ctx && len(f) > 1 && f[len(f)-1] == '?' {
			e.opt, f = true, f[:len(f)-1]
		}
		for _, a := range strings.Split(f, "|") {
			switch {
			case a == "":
				return nil, fmt.Errorf("rule %s: empty alternative in %q", s.name, f)
			case a[0] == '@':
				c, ok := classNames[a[1:]]
				if !ok {
					return nil, fmt.Errorf("rule %s: unknown class %q", s.name, a)
				}
				e.alts = append(e.alts, alt{cls: c})
			case isLetter(a[0]) || a[0] == '\'':
				e.alts = append(e.alts, alt{word: t.lex.entry(strings.ToLower(a)).id})
			default:
				e.alts = append(e.alts, alt{punct: a})
			}
		}
		switch {
		case (neg || ctx) && !seenBody:
			if neg {
				r.nbehind = append([]elem{e}, r.nbehind...)
			} else {
				r.behind = append([]elem{e}, r.behind...)
			}
		case neg || ctx:
			if neg {
				r.nahead = append(r.nahead, e)
			} else {
				r.ahead = append(r.ahead, e)
			}
		default:
			if len(r.ahead)+len(r.nahead) > 0 {
				return nil, fmt.Errorf("rule %s: body element %q after context", s.name, f)
			}
			seenBody = true
			r.body = append(r.body, e)
		}
	}
	if len(r.body) == 0 || len(r.body) > maxElems {
		return nil, fmt.Errorf("rule %s: needs 1..%d body elements", s.name, maxElems)
	}
	for _, e := range r.body {
		for _, a := range e.alts {
			if a.cls == cEvent && len(e.alts) > 1 {
				return nil, fmt.Errorf("rule %s: @event cannot have alternatives", s.name)
			}
		}
	}
	return r, nil
}

// firstAlts lists the alternatives that can match the first body token.
func (r *rule) firstAlts() []alt {
	var out []alt
	for _, e := range r.body {
		out = append(out, e.alts...)
		if !e.opt {
			break
		}
	}
	return out
}

func (a *alt) match(text string, tk *token) bool {
	switch {
	case a.cls != 0:
		return tk.cls&a.cls != 0
	case a.word != 0:
		return tk.lx != nil && tk.lx.id == a.word
	}
	return tk.cls&cPunct != 0 && text[tk.start:tk.end] == a.punct
}

func (e *elem) match(text string, tk *token) bool {
	for k := range e.alts {
		if e.alts[k].match(text, tk) {
			return true
		}
	}
	return false
}

// matcher holds the state of one rule application.
type matcher struct {
	t    *Tagger
	text string
	toks []token
	caps [maxElems]int32
}

// body matches els from token ti on; it returns the end token index or -1.
// Optional elements are taken greedily with backtracking.
func (m *matcher) body(els []elem, ei, ti int) int {
	if ei == len(els) {
		return ti
	}
	e := &els[ei]
	if ti < len(m.toks) {
		if e.alts[0].cls == cEvent {
			if n := m.t.eventSpan(m.text, m.toks, ti); n > 0 {
				m.caps[ei] = int32(ti + n - 1)
				if r := m.body(els, ei+1, ti+n); r >= 0 {
					return r
				}
			}
		} else if e.match(m.text, &m.toks[ti]) {
			m.caps[ei] = int32(ti)
			if r := m.body(els, ei+1, ti+1); r >= 0 {
				return r
			}
		}
	}
	if e.opt {
		m.caps[ei] = -1
		return m.body(els, ei+1, ti)
	}
	return -1
}

// apply tries rule r with its body starting at token i. It returns the end
// token index (exclusive) or -1.
func (m *matcher) apply(r *rule, i, prevEnd int) int {
	for k := range r.behind {
		p := i - 1 - k
		if p < 0 || !r.behind[k].match(m.text, &m.toks[p]) {
			return -1
		}
	}
	for k := range r.nbehind {
		p := i - 1 - k
		if p >= 0 && r.nbehind[k].match(m.text, &m.toks[p]) {
			return -1
		}
	}
	if r.afterExpr && (prevEnd < 0 || prevEnd != i-len(r.behind)) {
		return -1
	}
	j := m.body(r.body, 0, i)
	if j < 0 {
		return -1
	}
	for k := range r.ahead {
		p := j + k
		if p >= len(m.toks) || !r.ahead[k].match(m.text, &m.toks[p]) {
			return -1
		}
	}
	for k := range r.nahead {
		p := j + k
		if p < len(m.toks) && r.nahead[k].match(m.text, &m.toks[p]) {
			return -1
		}
	}
	return j
}
