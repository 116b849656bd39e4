package actor

import (
	"strings"

	"annals/text"
)

// Agents that name no country ("protesters", "the army") take one from
// the text, in this order of preference:
//
//  1. an explicit attachment (adjective, possessive, "of/in PLACE"): set
//     by compose before this pass; or a person written right before the
//     agent ("the Netanyahu government", "Putin's spokesman", "his
//     army"); "his men" are the leader's own followers and code as he
//     does;
//  2. for civilians, the nearest place of the sentence (they are where
//     they are: "drones struck Belgorod, killing civilians"); for rebels,
//     the nearest place named after a preposition before them;
//  3. the country of the sentence's subject when it comes before the
//     agent, people included ("Ruto deployed the army": KENMIL); a subject
//     that coordinates actors of different countries ("Cambodia and
//     Thailand traded accusations over a temple") leaves the agent
//     uncoded, since any choice is a guess;
//  4. the nearest country named before the agent in the sentence;
//  5. the article's most frequent country so far (the first named on a
//     tie);
//  6. the nearest place named after the agent in the sentence, after a
//     preposition, when nothing came before ("The paramilitaries laid
//     siege to El Fasher", "Rebels swept into Aleppo") — but not for
//     weapons and attackers (MIL, UAF), whose later place is a target ("A
//     drone struck a block in Kyiv"), unless the agent word stands for a
//     group of that place (dictionary `generic` lines).
//
// Some agents never take a country from context: refugees and migrants
// and other incomers (settlers, tourists), whose country is rarely the one
// the story happens in; an institution owned by a following of-phrase
// that names no place ("the presidency of the bloc's council"); agents
// beyond one country ("European governments"); former members ("former
// soldiers": see uses.go); and a coalition led by a named actor ("U.S.-led
// forces": see hyphen.go).

// ctxCountry is the country a mention names or belongs to on the
// article's date, if any.
func (r *Recognizer) ctxCountry(m *Mention) string {
	if m.Country != "" {
		return m.Country
	}
	if m.Entry == nil {
		return ""
	}
	switch m.Entry.Kind {
	case Country:
		return m.Entry.Code
	case Person, Org:
		code, _ := m.Entry.CodeAt(r.date)
		if len(code) >= 3 && r.d.byCode[code[:3]] != nil {
			return code[:3]
		}
	}
	return ""
}

// takesContext reports whether an agent mention may take its country
// from the context.
func takesContext(toks []text.Token, m *Mention) bool {
	if m.Via != "agent" || m.Country != "" || m.NoContext || m.Role == "REF" || incomer(toks, m) {
		return false
	}
	// "the presidency of the bloc's council": an institution owned by a
	// non-place ("supporters of the ruling party" are not owned)
	if j := m.Tok[1]; j+1 < len(toks) && toks[j].Norm == "of" && ownedRoles[m.Role] && isDeterminer(toks[j+1].Norm) {
		return false
	}
	// "European governments", "Western diplomats": beyond one country
	if a := m.Tok[0]; a > 0 && supranational[toks[a-1].Norm] {
		return false
	}
	return true
}

// incomers are people who by definition come from elsewhere than the
// place they are in: like refugees, they take no country from it
// ("Settlers set fire to olive groves in the West Bank").
var incomers = map[string]bool{"settler": true, "settlers": true, "tourist": true, "tourists": true, "foreigner": true,
	"foreigners": true, "expatriate": true, "expatriates": true, "expat": true, "expats": true, "pilgrim": true, "pilgrims": true}

func incomer(toks []text.Token, m *Mention) bool {
	return incomers[toks[m.Tok[1]-1].Norm]
}

// isModifier reports a mention written as the first part of a compound
// modifier ("U.S.-led", "Iran-backed"): it modifies the noun after it and
// is neither the subject nor a context for it.
func isModifier(toks []text.Token, m *Mention) bool {
	b := m.Tok[1]
	if hyphenModifier(toks, b-1) {
		return true
	}
	return b+1 < len(toks) && toks[b].Text == "-" && hyphenModifier(toks, b+1)
}

// supranational modifiers place an agent in no single country.
var supranational = map[string]bool{"european": true, "african": true, "asian": true, "arab": true, "western": true,
	"foreign": true, "international": true, "gulf": true, "latin": true, "nordic": true, "baltic": true, "balkan": true,
	"world": true, "global": true, "other": true, "allied": true, "multinational": true}

// ownedRoles are the roles of institutions, which belong to what an
// of-phrase names.
var ownedRoles = map[string]bool{"GOV": true, "LEG": true, "JUD": true, "MIL": true, "COP": true}

// subjectOf finds the mention that is the subject of the sentence's main
// clause: the first mention from SubjectStart, if no verb comes before
// it. ambiguous reports a subject coordinating actors of different
// countries ("Ghana, Togo and Benin agreed ...").
func (r *Recognizer) subjectOf(toks []text.Token, ms []Mention) (k int, ambiguous bool) {
	start := SubjectStart(toks)
	k = -1
	for i := range ms {
		if ms[i].Tok[0] >= start && !isModifier(toks, &ms[i]) {
			k = i
			break
		}
	}
	if k < 0 {
		return -1, false
	}
	for t := start; t < ms[k].Tok[0]; t++ {
		if isVerbTag(toks[t].Tag) {
			return -1, false
		}
	}
	countries := map[string]bool{}
	if c := r.ctxCountry(&ms[k]); c != "" {
		countries[c] = true
	}
	end := ms[k].Tok[1]
	for l := k + 1; l < len(ms); l++ {
		if ms[l].Tok[0] < end {
			continue // a part of the same token ("Russian-Chinese")
		}
		if !onlyConjunctions(toks, end, ms[l].Tok[0]) {
			break
		}
		if c := r.ctxCountry(&ms[l]); c != "" {
			countries[c] = true
		}
		end = ms[l].Tok[1]
	}
	return k, len(countries) > 1
}

func isVerbTag(t string) bool { return strings.HasPrefix(t, "VB") || t == "MD" }

// onlyConjunctions reports whether the tokens from..to are only commas,
// "and", "or", possessives and articles: the glue of a coordination.
func onlyConjunctions(toks []text.Token, from, to int) bool {
	if from >= to {
		return false
	}
	conj := false
	for t := from; t < to; t++ {
		switch toks[t].Norm {
		case "and", "or", ",":
			conj = true
		case "the", "'s", "'":
		default:
			return false
		}
	}
	return conj
}

// placeAgents gives a country to the agents that name none, and counts
// the countries of the article.
func (r *Recognizer) placeAgents(toks []text.Token, ms []Mention) []Mention {
	if r.countryN == nil {
		r.countryN = map[string]int{}
	}
	subj, ambiguous := r.subjectOf(toks, ms)
	for i := range ms {
		m := &ms[i]
		if !takesContext(toks, m) {
			continue
		}
		c := r.ownerBefore(toks, ms, i)
		if c != "" && followers[toks[m.Tok[1]-1].Norm] {
			// "his men": the leader's own followers, coded as he is
			m.Entry = r.personOf(&ms[i-1])
		}
		if c == "" && m.Role == "CVL" {
			// civilians belong where they are: "drones struck Belgorod,
			// killing civilians", "residents fled the town of Ras al-Ain"
			c = r.nearestPlace(ms, i)
		}
		if c == "" && m.Role == "REB" {
			// rebels fight where they are: "strikes on sites in Pakistan
			// used by militants"
			for k := i - 1; k >= 0 && c == ""; k-- {
				if locative(toks, &ms[k]) {
					c = r.ctxCountry(&ms[k])
				}
			}
		}
		if c == "" && subj >= 0 && subj != i && ms[subj].Tok[1] <= m.Tok[0] {
			if ambiguous {
				continue
			}
			c = r.ctxCountry(&ms[subj])
			if c == "" && r.international(&ms[subj]) && ownedByPronoun(toks, m) {
				// "NATO said it would strengthen its forces": the
				// alliance's, not a country's; leave it
				continue
			}
		}
		for k := i - 1; k >= 0 && c == ""; k-- {
			if !isModifier(toks, &ms[k]) {
				c = r.ctxCountry(&ms[k])
			}
		}
		if c == "" {
			c = r.articleCountry()
		}
		if c == "" {
			// a place after a weapon or an attacker is its target, not
			// its owner ("A drone struck a block in Kyiv"), unless the
			// agent names a group of that place ("The paramilitaries laid
			// siege to El Fasher")
			for k := i + 1; k < len(ms) && c == ""; k++ {
				if locative(toks, &ms[k]) {
					c = r.ctxCountry(&ms[k])
				}
			}
			if (m.Role == "MIL" || m.Role == "UAF") && r.genericOrg(toks, m, c) == nil {
				c = ""
			}
		}
		if c != "" {
			m.Country = c
			m.Via = "agent+context"
		}
	}
	for i := range ms {
		if m := &ms[i]; (m.Via == "agent" || m.Via == "agent+context") && m.Country != "" && m.Entry == nil {
			if e := r.genericOrg(toks, m, m.Country); e != nil {
				m.Entry = e
			}
		}
	}
	for i := range ms {
		if ms[i].Via == "agent+context" && i != subj {
			continue
		}
		if c := r.ctxCountry(&ms[i]); c != "" {
			if r.countryN[c] == 0 {
				r.countryOrder = append(r.countryOrder, c)
			}
			// the subject is what the sentence is about: it weighs as
			// three mentions, as five in the lead ("Myanmar's military
			// agreed ... after talks mediated by China in Kunming,
			// Beijing said": the story is Myanmar's)
			switch {
			case i == subj && !ambiguous && !r.led:
				r.countryN[c] += 5
			case i == subj && !ambiguous:
				r.countryN[c] += 3
			default:
				r.countryN[c]++
			}
		}
	}
	if subj >= 0 {
		r.led = true
	}
	return ms
}

// articleCountry is the most frequent country of the article so far,
// the first named on a tie (news names its main country early).
func (r *Recognizer) articleCountry() string {
	best := ""
	for _, c := range r.countryOrder {
		if best == "" || r.countryN[c] > r.countryN[best] {
			best = c
		}
	}
	return best
}

// MainCountry is the country the article is most about so far (its
// subjects weigh most); "" if none.
func (r *Recognizer) MainCountry() string { return r.articleCountry() }

// nearestPlace is the country of the nearest place or country named
// in the sentence before mention i, else after it (not a person or an
// agent).
func (r *Recognizer) nearestPlace(ms []Mention, i int) string {
	for k := i - 1; k >= 0; k-- {
		if e := ms[k].Entry; e != nil && e.Kind == Country {
			return e.Code
		}
	}
	for k := i + 1; k < len(ms); k++ {
		// after the agent, a national adjective names what something
		// belongs to, not where the agent is ("protesters attacked
		// the French and Rwandan missions")
		if e := ms[k].Entry; e != nil && e.Kind == Country && ms[k].Via != "adj" && ms[k].Via != "people" {
			return e.Code
		}
	}
	return ""
}

// genericOrg is the organisation a generic agent word stands for in a
// country on the date (dictionary "generic" lines: in Sudan from the war
// of 2023, "the paramilitaries" are the Rapid Support Forces), if any.
func (r *Recognizer) genericOrg(toks []text.Token, m *Mention, country string) *Entry {
	if country == "" {
		return nil
	}
	for _, e := range r.d.generic[toks[m.Tok[1]-1].Norm] {
		if code, _ := e.CodeAt(r.date); strings.HasPrefix(code, country) {
			return e
		}
	}
	return nil
}

// international reports a mention of an international organisation or of
// one of its officers (IGO, NGO, IMG, MNC codes) on the date.
func (r *Recognizer) international(m *Mention) bool {
	if m.Entry == nil || m.Entry.Kind == Country {
		return false
	}
	code, _ := m.Entry.CodeAt(r.date)
	return international(code) || strings.HasPrefix(code, "MNC")
}

// followers are generic words that, owned by a person, mean the people
// who follow that person: "Dagalo said his men held the palace".
var followers = map[string]bool{"men": true, "followers": true, "loyalists": true}

// ownerBefore is the country of a person written right before an agent,
// as a modifier or a possessive: "the Netanyahu government", "Putin's
// spokesman" (when the surname pass, not compose, found the person).
func (r *Recognizer) ownerBefore(toks []text.Token, ms []Mention, i int) string {
	if i == 0 {
		return ""
	}
	p := &ms[i-1]
	end := p.Tok[1]
	if end < len(toks) && toks[end].Tag == "POS" {
		end++
	}
	if end != ms[i].Tok[0] || r.personOf(p) == nil {
		return ""
	}
	return r.ctxCountry(p)
}

// locative reports a place or country named after a preposition ("in
// eastern Myanmar", "to El Fasher"): where an agent named before it is.
func locative(toks []text.Token, m *Mention) bool {
	if m.Entry == nil || m.Entry.Kind != Country || m.Role != "" {
		return false
	}
	p := m.Tok[0] - 1
	if p >= 0 && (toks[p].Tag == "JJ" || toks[p].Tag == "DT") {
		p--
	}
	return p >= 0 && (toks[p].Tag == "IN" || toks[p].Tag == "TO")
}

// ownedByPronoun reports an agent after "its" or "their".
func ownedByPronoun(toks []text.Token, m *Mention) bool {
	a := m.Tok[0]
	return a > 0 && (toks[a-1].Norm == "its" || toks[a-1].Norm == "their")
}
