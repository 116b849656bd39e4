package verb

import (
	"annals/actor"
	"annals/text"
)

// reducedRelative returns the head noun of a reduced passive relative
// whose verb is at i ("a truce brokered by the United States", "the
// truce, brokered by France,"), or -1: the noun is the verb's object and
// the "by" phrase its agent.
func reducedRelative(toks []text.Token, ms []actor.Mention, i int) int {
	if t := toks[i].Tag; t != "VBN" && t != "VBD" || i < 1 {
		return -1
	}
	if b := skipTime(toks, i+1); b >= len(toks) || toks[b].Norm != "by" {
		return -1
	}
	n := i - 1
	if toks[n].Norm == "," && n > 0 {
		n-- // "the truce, brokered by"
	}
	if t := toks[n].Tag; t != "NN" && t != "NNS" || inMention(ms, n) {
		return -1
	}
	return n
}

// matchReduced matches a pattern at a reduced relative: the words the
// pattern expects after the verb must name the head noun (ending with
// it: "a truce", "deal"), the source is the "by" agent, the targets are
// the parties the rest of the pattern names anywhere after the agent
// ("between A and B") or, for a pattern with nothing after the object,
// the parties named with "between" in the sentence. ok is false when the
// pattern does not apply.
func (d *Dict) matchReduced(toks []text.Token, ms []actor.Mention, at []int, p *Pattern, i, head int) (c Candidate, reason string, ok bool) {
	e := 0
	for e < len(p.elems) && (p.elems[e].kind == gap || p.elems[e].kind == skip) {
		e++
	}
	if e == len(p.elems) || p.elems[e].kind != lit || !endsWithAlt(p, toks, p.elems[e].alts, head) {
		return c, "", false
	}
	c = Candidate{Code: p.Code, Pattern: p, Trigger: i, Evidence: [2]int{head, i + 1}, Passive: true}
	c.Sources = byAgent(toks, ms, i+1)
	if len(c.Sources) == 0 {
		return c, "reduced relative: no agent after by", true
	}
	from := ms[c.Sources[len(c.Sources)-1]].Tok[1]
	if e+1 < len(p.elems) {
		for pos := from; pos < len(toks); pos++ {
			var m matched
			if end, ok := p.matchFrom(toks, ms, at, e+1, pos, i, &m); ok && len(m.targets) > 0 {
				c.Targets, c.Evidence[1] = m.targets, end
				break
			}
		}
	} else {
		for k := from; k < len(toks); k++ {
			if toks[k].Norm == "between" {
				c.Targets = after(toks, ms, k+1, c.Sources, false)
				break
			}
		}
	}
	if len(c.Targets) == 0 && brokers(p.Code) {
		// "a ceasefire after talks mediated by China", "a summit hosted
		// by Trump": the parties are the sentence's other actors
		c.Targets = participants(ms, c.Sources)
	}
	if len(c.Targets) == 0 {
		return c, "reduced relative: no parties named", true
	}
	return c, "", true
}

// brokers reports the codes of a third party bringing others together:
// hosting (043) and mediating (045).
func brokers(code string) bool { return code == "043" || code == "045" }

// participants are the actors of a sentence from other countries than
// the sources', one mention per country, at most four: the parties a
// mediator or host brought together when no "between" names them.
func participants(ms []actor.Mention, sources []int) []int {
	seen := map[string]bool{}
	for _, k := range sources {
		seen[ms[k].Country] = true
	}
	var out []int
	for k := range ms {
		m := &ms[k]
		if !m.IsActor() || m.Country == "" || seen[m.Country] || contains(sources, k) || m.Via == "pronoun" {
			continue
		}
		seen[m.Country] = true
		out = append(out, k)
		if len(out) == 4 {
			break
		}
	}
	return out
}

// endsWithAlt reports whether one of the alternatives ends at the head
// noun, its earlier words standing just before it ("a truce").
func endsWithAlt(p *Pattern, toks []text.Token, alts [][]string, head int) bool {
	for _, alt := range alts {
		q := head - len(alt) + 1
		if q < 0 {
			continue
		}
		ok := true
		for w, word := range alt {
			if !p.wordIs(&toks[q+w], word) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
		// "the truce" for "a truce": the noun alone
		if len(alt) == 2 && p.wordIs(&toks[head], alt[1]) && toks[head-1].Tag == "DT" {
			return true
		}
	}
	return false
}
