package actor

import (
	"sort"
	"strings"

	"annals/text"
)

// hyphenated finds countries and organisations inside hyphenated words
// ("Russian-Chinese partnership", "U.S.-led", "U.N.-brokered"): each part
// that names a country or organisation becomes a mention of its own,
// spanning just that part.
func (r *Recognizer) hyphenated(toks []text.Token, ms []Mention) []Mention {
	added := false
	for i := range toks {
		t := &toks[i]
		if t.Kind != text.Word || !strings.Contains(t.Text, "-") || inside(ms, i) {
			continue
		}
		off := 0
		for _, part := range strings.Split(t.Text, "-") {
			start := t.Start + off
			off += len(part) + 1
			norm := normalize(part)
			var cands []*phrase
			for k := range r.d.index[norm] {
				p := &r.d.index[norm][k]
				if len(p.toks) != 1 || p.how == "agent" || p.how == "agents" || p.how == "not" || p.entry.Kind == Person {
					continue
				}
				if p.exact != "" && part != p.exact || !p.lower && p.exact == "" && !isCapWord(part) {
					continue
				}
				cands = append(cands, p)
			}
			if len(cands) > 0 {
				p := choose(toks, nil, i, cands)
				m := Mention{Tok: [2]int{i, i + 1}, Entry: p.entry, Via: "compound", Pos: p.entry.Pos}
				if p.entry.Kind == Country {
					m.Country = p.entry.Code
				}
				m.Span = text.Span{Start: start, End: start + len(part)}
				m.Text = part
				ms = append(ms, m)
				added = true
			}
		}
	}
	if added {
		sort.SliceStable(ms, func(a, b int) bool { return ms[a].Start < ms[b].Start })
	}
	return ms
}

func isCapWord(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

func normalize(s string) string {
	toks := text.Tokenize(s, 0, len(s))
	if len(toks) == 1 {
		return toks[0].Norm
	}
	return strings.ToLower(s)
}

// hyphenParticiples make a compound modifier of the actor before them:
// "U.S.-led forces", "Iran-backed militias", "Qatar-brokered truce".
var hyphenParticiples = map[string]bool{"led": true, "backed": true, "brokered": true, "funded": true, "allied": true,
	"sponsored": true, "supported": true, "aligned": true, "armed": true, "trained": true, "installed": true,
	"controlled": true, "run": true, "financed": true, "mediated": true}

// ledAgents marks the agent after "ACTOR-led", "ACTOR-backed" ... as
// taking no country from the context: "U.S.-led forces" are a coalition
// the United States leads, not US forces, and "Russian-backed
// separatists" are not Russian. annals does not code such coalitions (a
// CAMEO code would need the members), so the agent stays uncoded unless
// its own words attach it ("Iran-backed militias in Iraq"); the actor
// before the hyphen stays a mention of its own.
func ledAgents(toks []text.Token, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if m.Via != "agent" || m.Country != "" {
			continue
		}
		if a := m.Tok[0]; a > 0 && hyphenModifier(toks, a-1) && modifierNamesActor(ms, a-1) {
			m.NoContext = true
		}
	}
}

// modifierNamesActor reports whether the compound modifier ending at
// token t starts with a country or organisation ("U.S.-led"), not a
// common word ("opposition-controlled parliament", "state-run media").
func modifierNamesActor(ms []Mention, t int) bool {
	for i := range ms {
		if ms[i].Via == "agent" || ms[i].Via == "agent+context" {
			continue
		}
		if a := ms[i].Tok[0]; a == t || a == t-2 {
			return true
		}
	}
	return false
}

// hyphenModifier reports a compound modifier ending at token t: one token
// "U.S.-led", or three tokens "U.S." "-" "led" written without spaces.
func hyphenModifier(toks []text.Token, t int) bool {
	w := &toks[t]
	if k := strings.LastIndexByte(w.Text, '-'); k > 0 && hyphenParticiples[strings.ToLower(w.Text[k+1:])] {
		return true
	}
	return t >= 2 && hyphenParticiples[w.Norm] && !w.SpaceBefore && toks[t-1].Text == "-" && !toks[t-1].SpaceBefore
}

// isDateline reports a token of a leading dateline ("MOSCOW (Reuters) -"),
// but not the start of a hyphenated compound that the text package took
// for one ("U.S.-led forces ...": no space around the dash).
func isDateline(toks []text.Token, i int) bool {
	if !toks[i].Dateline {
		return false
	}
	k := i
	for k+1 < len(toks) && toks[k+1].Dateline {
		k++
	}
	if toks[k].Text == "-" && !toks[k].SpaceBefore && k+1 < len(toks) && !toks[k+1].SpaceBefore {
		return false
	}
	return true
}
