package actor

import (
	"sort"

	"annals/text"
)

// Group references. After "Russia and Ukraine exchanged prisoners", the
// article goes on with "the two countries", "both sides", "the pair" or
// "they": one phrase for both actors. Such a phrase gives one mention
// per member, all over the same tokens, which the event stage takes
// together as a compound (as it does the parts of "Russian-Chinese").
//
// The members are those of the latest explicit pair of the article, "A
// and B" with A and B of different countries, named in this sentence or
// the two before it; failing one, the subject and the direct object of
// the last sentence when they are of different countries ("Putin met Xi
// in Beijing. The two leaders signed a pact"). The noun says what of each member is meant:
// "the two countries" are the countries, "both governments" their
// governments, "the two leaders" the people (or the governments of
// countries), "both sides" and "the pair" whatever the members were.
// A bare "they" or "them" stands for the pair only when the pair was the
// subject of this sentence or the last, with no plural actor named since.

// groupNouns maps the noun of a group phrase to what it makes of the
// members: "country", "gov", "leader" or "same".
var groupNouns = map[string]string{"countries": "country", "nations": "country", "neighbours": "country",
	"neighbors": "country", "states": "country", "governments": "gov", "administrations": "gov",
	"capitals": "gov", "leaders": "leader", "presidents": "leader", "premiers": "leader", "men": "leader",
	"sides": "same", "parties": "same", "delegations": "gov"}

type pairMember struct {
	m    Mention
	sent int
}

// groupPhrase matches "the two NOUN", "both NOUN", "the pair" at i; it
// returns the end of the phrase and the noun's class.
func groupPhrase(toks []text.Token, i int) (int, string) {
	w := toks[i].Norm
	var j int
	switch {
	case w == "both" && i+1 < len(toks):
		j = i + 1
	case w == "the" && i+2 < len(toks) && toks[i+1].Norm == "two":
		j = i + 2
	case w == "the" && i+1 < len(toks) && toks[i+1].Norm == "pair":
		return i + 2, "same"
	default:
		return -1, ""
	}
	class, ok := groupNouns[toks[j].Norm]
	if !ok {
		return -1, ""
	}
	if j+1 < len(toks) && (toks[j+1].Norm == "of" || toks[j+1].Tag == "NN" || toks[j+1].Tag == "NNS") {
		return -1, "" // "both sides of the border", "the two countries' leaders" is fine, "the two states parties" is not
	}
	return j + 1, class
}

// groups adds the mentions of group references in a sentence.
func (r *Recognizer) groups(sent int, toks []text.Token, ms []Mention) []Mention {
	added := false
	for i := 0; i < len(toks); i++ {
		end, class := groupPhrase(toks, i)
		w := toks[i].Norm
		pronoun := false
		if end < 0 && (w == "they" || w == "them") && r.pairSubject(sent, toks, ms, i) {
			end, class, pronoun = i+1, "same", true
		}
		if end < 0 {
			continue
		}
		members := r.pairFor(sent)
		if len(members) != 2 {
			continue
		}
		// the phrase replaces what was found inside it ("both governments":
		// an agent)
		keep := ms[:0]
		for _, m := range ms {
			if m.Tok[1] <= i || m.Tok[0] >= end {
				keep = append(keep, m)
			}
		}
		ms = keep
		for _, p := range members {
			g := r.groupMember(&p, class)
			g.Tok = [2]int{i, end}
			g.Via = "group"
			if pronoun {
				g.Via = "pronoun"
			}
			ms = append(ms, r.finish(toks, g))
		}
		added = true
		i = end - 1
	}
	if added {
		sort.SliceStable(ms, func(a, b int) bool { return ms[a].Tok[0] < ms[b].Tok[0] })
	}
	return ms
}

// groupMember makes the mention of a pair member for a group noun class.
func (r *Recognizer) groupMember(p *Mention, class string) Mention {
	d := r.d
	c := r.ctxCountry(p)
	switch class {
	case "country":
		return Mention{Entry: d.byCode[c], Country: c, Pos: p.Pos, Plural: true}
	case "gov":
		return Mention{Entry: d.byCode[c], Country: c, Role: "GOV", Pos: p.Pos, Plural: true}
	case "leader":
		if p.Entry != nil && p.Entry.Kind == Person || p.Office != "" {
			return Mention{Entry: p.Entry, Country: p.Country, Office: p.Office, Role: p.Role, Pos: p.Pos}
		}
		return Mention{Entry: d.byCode[c], Country: c, Role: "GOV", Pos: p.Pos}
	}
	return Mention{Entry: p.Entry, Country: p.Country, Office: p.Office, Role: p.Role, Pos: p.Pos, Plural: p.Plural}
}

// pairFor returns the two members a group phrase stands for.
func (r *Recognizer) pairFor(sent int) []Mention {
	if len(r.pair) == 2 && sent-r.pairSent <= 2 {
		return []Mention{r.pair[0].m, r.pair[1].m}
	}
	if len(r.duo) == 2 && sent-r.duoSent <= 1 {
		return []Mention{r.duo[0].m, r.duo[1].m}
	}
	return nil
}

// pairSubject reports whether "they" at token i stands for the pair: the
// pair was the subject of this sentence or the last, and no plural actor
// was named since.
func (r *Recognizer) pairSubject(sent int, toks []text.Token, ms []Mention, i int) bool {
	if len(r.pair) != 2 || !r.pairSubj || sent-r.pairSent > 1 {
		return false
	}
	for k := range ms {
		if ms[k].Tok[0] < i && (ms[k].Plural || ms[k].Via == "agent" || ms[k].Via == "agent+context") {
			return false
		}
	}
	return !r.pluralSince
}

// twoSides reports two actors of one country in different roles (the
// army and the rebels): "the two sides" may stand for them.
func (r *Recognizer) twoSides(a, b *Mention) bool {
	ra, rb := r.roleOf(a), r.roleOf(b)
	return ra != "" && rb != "" && ra != rb
}

// roleOf is a mention's role on the article's date.
func (r *Recognizer) roleOf(m *Mention) string {
	if m.Role != "" {
		return m.Role
	}
	if m.Entry != nil {
		if code, _ := m.Entry.CodeAt(r.date); len(code) > 3 {
			return code[3:]
		}
	}
	return ""
}

// pairCollectives are the collective nouns a pair may name its second
// member through ("the army and an alliance of three rebel groups").
var pairCollectives = map[string]bool{"alliance": true, "coalition": true, "group": true, "bloc": true, "front": true}

// CollectiveGap reports the words from..to as a collective noun of the
// given set before the member it is made of: "an alliance of three",
// "a coalition of" (determiners, numbers and adjectives around it, at
// most five words).
func CollectiveGap(toks []text.Token, from, to int, nouns map[string]bool) bool {
	seen := false
	for k := from; k < to; k++ {
		switch t := &toks[k]; {
		case t.Tag == "DT" || t.Tag == "CD" || t.Tag == "JJ":
		case nouns[t.Norm] && !seen:
			seen = true
		case t.Norm == "of" && seen:
		default:
			return false
		}
	}
	return seen && to-from <= 5
}

// rememberPair records the sentence's explicit pair "A and B" of actors
// of different countries, and whether a plural actor came after the
// article's pair.
func (r *Recognizer) rememberPair(sent int, toks []text.Token, ms []Mention) {
	start := SubjectStart(toks)
	found := false
	for k := 0; k+1 < len(ms); k++ {
		a, b := &ms[k], &ms[k+1]
		if !a.IsActor() || !b.IsActor() || a.Via == "group" || b.Via == "group" || a.Possessive {
			continue
		}
		collective := toks[a.Tok[1]].Norm == "and" && CollectiveGap(toks, a.Tok[1]+1, b.Tok[0], pairCollectives)
		if !collective && (!onlyConjunctions(toks, a.Tok[1], b.Tok[0]) || toks[b.Tok[0]-1].Norm != "and" && !(toks[b.Tok[0]-1].Norm == "the" && toks[b.Tok[0]-2].Norm == "and")) {
			continue
		}
		if k+2 < len(ms) && onlyConjunctions(toks, b.Tok[1], ms[k+2].Tok[0]) {
			continue // three or more
		}
		if k > 0 && onlyConjunctions(toks, ms[k-1].Tok[1], a.Tok[0]) {
			continue
		}
		ca, cb := r.ctxCountry(a), r.ctxCountry(b)
		if ca == "" || cb == "" || ca == cb && !r.twoSides(a, b) {
			continue
		}
		r.pair = []pairMember{{*a, sent}, {*b, sent}}
		r.pairSent = sent
		r.pairSubj = a.Tok[0] >= start && !isModifier(toks, a) && firstAfter(ms, start) == k
		r.pluralSince = false
		found = true
		break
	}
	if !found {
		for k := range ms {
			if ms[k].Via != "group" && ms[k].Via != "pronoun" && (ms[k].Plural || ms[k].Via == "agent" || ms[k].Via == "agent+context") {
				r.pluralSince = true
			}
		}
	}
	r.rememberDuo(sent, toks, ms)
}

// rememberDuo records the subject and the direct object of a sentence
// when they are actors of different countries ("Putin met Xi in
// Beijing"): named together, they are "the two leaders" of the next
// sentence when no explicit pair was named.
func (r *Recognizer) rememberDuo(sent int, toks []text.Token, ms []Mention) {
	s := firstAfter(ms, SubjectStart(toks))
	if s < 0 || !ms[s].IsActor() || ms[s].Possessive || isModifier(toks, &ms[s]) || ms[s].Via == "group" {
		return
	}
	cs := r.ctxCountry(&ms[s])
	verb := false
	for t := SubjectStart(toks); t < ms[s].Tok[0]; t++ {
		if isVerbTag(toks[t].Tag) {
			return
		}
	}
	for k := s + 1; k < len(ms); k++ {
		for t := ms[k-1].Tok[1]; t < ms[k].Tok[0]; t++ {
			switch {
			case isVerbTag(toks[t].Tag):
				verb = true
			case toks[t].Tag == "IN" || toks[t].Tag == "TO" || toks[t].Norm == "," || toks[t].Norm == "and":
				return
			}
		}
		if !verb || !ms[k].IsActor() || ms[k].Tok[0] < ms[s].Tok[1] {
			continue
		}
		if c := r.ctxCountry(&ms[k]); c != "" && cs != "" && c != cs {
			r.duo = []pairMember{{ms[s], sent}, {ms[k], sent}}
			r.duoSent = sent
		}
		return
	}
}

// firstAfter is the index of the first mention starting at or after
// token start, or -1.
func firstAfter(ms []Mention, start int) int {
	for k := range ms {
		if ms[k].Tok[0] >= start {
			return k
		}
	}
	return -1
}
