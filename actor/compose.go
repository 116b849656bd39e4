package actor

import (
	"annals/text"
	"strings"
)

func (it *item) kind() Kind {
	if it.p == nil {
		return 0
	}
	return it.p.entry.Kind
}

func (it *item) isPlace() bool { return it.p != nil && it.p.entry.Kind == Country }

// placeCode is the country code an item names (countries, orgs as places for titles).
func (it *item) placeCode() string {
	if it.p == nil {
		return ""
	}
	e := it.p.entry
	switch e.Kind {
	case Country:
		return e.Code
	case Org:
		return e.Code
	}
	return ""
}

// next returns the item index after k if it starts at token j (allowing a
// possessive 's between), and whether a possessive was skipped.
func nextAt(toks []text.Token, items []item, k, j int) (int, bool) {
	if k+1 >= len(items) {
		return -1, false
	}
	poss := false
	if j < len(toks) && toks[j].Tag == "POS" {
		j++
		poss = true
	}
	if items[k+1].i == j {
		return k + 1, poss
	}
	// modifiers before a title: "Britain's new prime minister"
	for j < len(toks) && titleMods[toks[j].Norm] {
		j++
	}
	if items[k+1].i == j && (items[k+1].office != "" || poss && items[k+1].kind() == Agent) {
		return k + 1, poss // "Niger's new rulers"
	}
	return -1, false
}

// under reports a lowering modifier (deputy, vice) between from and to.
func under(toks []text.Token, from, to int) bool {
	for i := max(0, from); i < to && i < len(toks); i++ {
		if underMods[toks[i].Norm] {
			return true
		}
	}
	return false
}

// former reports "former" among the tokens from..to (exclusive).
func former(toks []text.Token, from, to int) bool {
	for i := max(0, from); i < to && i < len(toks); i++ {
		if toks[i].Norm == "former" || toks[i].Norm == "ex" {
			return true
		}
	}
	return false
}

// dayWords are weekdays, which follow a subject without joining its name
// ("Israel Friday reimposed blockades").
var dayWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true}

// inLongerName reports a place or country name that is part of a longer
// proper name: "Paris Hilton", "Michael Jordan", "Indian Ocean", "Gulf of
// Guinea".
func inLongerName(toks []text.Token, items []item, k int) bool {
	it := items[k]
	if it.p == nil || it.p.entry.Kind != Country {
		return false
	}
	startsItem := func(j int) bool {
		for _, x := range items {
			if x.i == j {
				return true
			}
		}
		return false
	}
	if j := it.j; j < len(toks) && toks[j].Kind == text.Word && toks[j].IsCap() && toks[j].Tag == "NNP" && !startsItem(j) {
		if _, title := titleWords[toks[j].Norm]; !title && !dayWords[toks[j].Norm] {
			return true
		}
	}
	if i := it.i; i > 0 && toks[i-1].Kind == text.Word && toks[i-1].IsCap() && toks[i-1].Tag == "NNP" && !toks[i-1].Dateline && i-1 > 0 {
		covered := false
		for _, x := range items {
			if x.i <= i-1 && i-1 < x.j {
				covered = true
			}
		}
		if !covered {
			return true
		}
	}
	if i := it.i; i >= 2 && toks[i-1].Norm == "of" && geoNouns[toks[i-2].Norm] {
		return true
	}
	return false
}

var geoNouns = map[string]bool{"gulf": true, "sea": true, "bay": true, "strait": true, "straits": true, "cape": true,
	"lake": true, "river": true, "isthmus": true, "horn": true}

// locPreps make a capital a plain location ("a drone struck a block in Kyiv").
var locPreps = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "around": true, "across": true,
	"inside": true, "into": true, "throughout": true, "over": true, "toward": true, "towards": true}

// titleMods may stand between a place and a title: "Britain's new prime minister".
var titleMods = map[string]bool{"new": true, "former": true, "outgoing": true, "incoming": true, "then": true, "current": true,
	"acting": true, "interim": true, "caretaker": true, "de": true, "facto": true, "newly": true, "elected": true, "late": true,
	"deputy": true, "vice": true, "assistant": true, "junior": true, "under": true}

// underMods make a title a lower office: "Taiwan's Vice Foreign Minister"
// is a member of the government, not the foreign minister.
var underMods = map[string]bool{"deputy": true, "vice": true, "assistant": true, "junior": true, "under": true}

func (r *Recognizer) compose(toks []text.Token, items []item) []Mention {
	var out []Mention
	for k := 0; k < len(items); k++ {
		it := items[k]
		if inLongerName(toks, items, k) {
			continue
		}
		m := Mention{Tok: [2]int{it.i, it.j}}
		switch {
		case it.isPlace() || it.kind() == Org && it.p.entry.Code != "":
			place := it.placeCode()
			if n, _ := nextAt(toks, items, k, it.j); n >= 0 {
				nx := items[n]
				switch {
				case nx.office != "":
					// [Russia's] [foreign minister] [Name]?
					m.Tok[1] = nx.j
					if p, ok := r.personAfter(toks, items, n); ok {
						m = r.personMention(toks, items[p], m.Tok[0])
						k = p
					} else {
						m.Country, m.Office, m.Via = place, nx.office, "title"
						m.Tok[1] = skipNames(toks, nx.j, &m)
						if former(toks, it.i-1, nx.i) {
							// "the former Japanese prime minister": an elite of the place
							m.Office, m.Role, m.Via = "", "ELI", "title"
						} else if under(toks, it.j, nx.i) && m.Office != "" {
							m.Role, m.Office = officeRole[m.Office], ""
							if m.Role == "" {
								m.Role = "GOV"
							}
						}
						k = n
					}
					out = append(out, r.finish(toks, m))
					continue
				case nx.kind() == Agent && it.kind() == Org:
					// "Hamas fighters": the organisation
					m.Tok[1] = nx.j
					m.Entry, m.Via, m.Pos = it.p.entry, "name", it.p.entry.Pos
					k = n
					out = append(out, r.finish(toks, m))
					continue
				case nx.kind() == Agent:
					if p := n + 1; p < len(items) && items[p].kind() == Person && items[p].i == nx.j {
						// "Russian commander NAME": the person
						out = append(out, r.finish(toks, r.personMention(toks, items[p], it.i)))
						k = p
						continue
					}
					m.Tok[1] = nx.j
					m.Country, m.Role, m.Via, m.Plural = place, nx.p.entry.Code, "agent", nx.p.how == "agents"
					m.Pos = nx.p.entry.Pos
					k = n
					out = append(out, r.finish(toks, m))
					continue
				case nx.kind() == Person:
					// "Russian Vladimir Putin": the person
					m = r.personMention(toks, nx, it.i)
					k = n
					out = append(out, r.finish(toks, m))
					continue
				}
			}
			// adjective + one or two modifiers + agent: "Russian state television"
			if it.p.how == "adj" {
				if a, ok := agentWithin(toks, items, k, 2); ok {
					if p := a + 1; p < len(items) && items[p].kind() == Person && items[p].i == items[a].j {
						// "Bangladeshi interim leader Muhammad Yunus": the person
						out = append(out, r.finish(toks, r.personMention(toks, items[p], it.i)))
						k = p
						continue
					}
					m.Tok[1] = items[a].j
					m.Country, m.Role, m.Via = place, items[a].p.entry.Code, "agent"
					m.Plural, m.Pos = items[a].p.how == "agents", items[a].p.entry.Pos
					k = a
					out = append(out, r.finish(toks, m))
					continue
				}
			}
			e := it.p.entry
			m.Entry, m.Via, m.Pos = e, it.p.how, e.Pos
			if n := k + 1; n < len(items) && e.Kind == Country && items[n].state && items[n].p.entry == e && items[n].i == it.j+1 && toks[it.j].Tag == "," {
				// "Atlanta, Georgia": one place
				m.Tok[1] = items[n].j
				k = n
			}
			if e.Kind == Country {
				m.Country = e.Code
				m.Entry = e
				switch it.p.how {
				case "capital", "seat":
					m.Role = "GOV"
					if it.p.how == "capital" && capitalIsPlace(toks, it.i) {
						m.Role, m.Via = "", "place"
					}
				case "people":
					m.Plural = true
				case "also", "name":
					m.Via = "name"
				case "adj":
					if it.j < len(toks) && isNounTag(toks[it.j].Tag) {
						m.Via = "adj" // modifier of a non-actor noun
					} else {
						m.Via = "people"
					}
				}
			}
			out = append(out, r.finish(toks, m))
		case it.kind() == Person:
			pm := r.personMention(toks, it, it.i)
			if n, poss := nextAt(toks, items, k, it.j); n >= 0 && items[n].kind() == Agent {
				// "the Trump administration", "Putin's spokesman": agents of
				// the person's country; the person stays a mention when
				// written as a possessive
				if c := r.ctxCountry(&pm); c != "" {
					if poss {
						out = append(out, r.finish(toks, pm))
					}
					a := items[n].p
					m := Mention{Tok: [2]int{it.i, items[n].j}, Country: c, Role: a.entry.Code, Via: "agent",
						Plural: a.how == "agents", Pos: a.entry.Pos}
					if poss {
						m.Tok[0] = items[n].i
					}
					k = n
					out = append(out, r.finish(toks, m))
					continue
				}
			}
			out = append(out, r.finish(toks, pm))
		case it.kind() == Org:
			m.Entry, m.Via, m.Pos = it.p.entry, "name", it.p.entry.Pos
			if n, _ := nextAt(toks, items, k, it.j); n >= 0 && items[n].kind() == Agent {
				// "Hayat Tahrir al-Sham fighters": the organisation
				m.Tok[1] = items[n].j
				k = n
			}
			out = append(out, r.finish(toks, m))
		case it.office != "":
			// [President] [Name]
			if p, ok := r.personAfter(toks, items, k); ok {
				out = append(out, r.finish(toks, r.personMention(toks, items[p], it.i)))
				k = p
				continue
			}
			// [the] [president] [of] [France]
			if c, ok := placeAfterPrep(toks, items, k, "of"); ok {
				m.Tok[1] = items[c].j
				m.Country, m.Office, m.Via = items[c].placeCode(), it.office, "title"
				k = c
				out = append(out, r.finish(toks, m))
				continue
			}
			if tm, next, ok := r.bareTitle(toks, items, k); ok {
				k = next
				out = append(out, r.finish(toks, tm))
				continue
			}
		case it.kind() == Agent:
			if p := k + 1; p < len(items) && items[p].kind() == Person && items[p].i == it.j {
				// "rebel leader Mohamed Hamdan Dagalo": the person
				out = append(out, r.finish(toks, r.personMention(toks, items[p], it.i)))
				k = p
				continue
			}
			if p := k + 1; p < len(items) && items[p].kind() == Org && items[p].i == it.j && items[p].p.entry.Code != "" {
				// "the rebel Kurdistan Workers' Party", "rights group
				// Amnesty International": the organisation
				e := items[p].p.entry
				om := Mention{Tok: [2]int{it.i, items[p].j}, Entry: e, Via: "name", Pos: e.Pos}
				out = append(out, r.finish(toks, om))
				k = p
				continue
			}
			m.Role, m.Via, m.Plural, m.Pos = it.p.entry.Code, "agent", it.p.how == "agents", it.p.entry.Pos
			if c, ok := placeAfterPrep(toks, items, k, "in", "of"); ok {
				m.Tok[1] = items[c].j
				m.Country = items[c].placeCode()
				k = c
				if e := items[c].p.entry; items[c].kind() == Org && international(e.Code) {
					// "leaders of ECOWAS", "officials of the UN": the
					// organisation itself, not a country's office in it
					m.Entry, m.Country, m.Role, m.Via, m.Pos = e, "", "", "name", e.Pos
				}
			}
			out = append(out, r.finish(toks, m))
		}
	}
	return out
}

// international reports the code of an international organisation
// (IGO, NGO, IMG).
func international(code string) bool {
	return strings.HasPrefix(code, "IGO") || strings.HasPrefix(code, "NGO") || strings.HasPrefix(code, "IMG")
}

func isNounTag(t string) bool { return t == "NN" || t == "NNS" || t == "JJ" || t == "VBG" }

// personAfter finds a person item right after the title item k (allowing
// an unknown first name between: "President Xi Jinping" is matched whole).
func (r *Recognizer) personAfter(toks []text.Token, items []item, k int) (int, bool) {
	if k+1 < len(items) && items[k+1].kind() == Person && items[k+1].i == items[k].j {
		return k + 1, true
	}
	return -1, false
}

// skipNames extends a title over a following unknown capitalised name
// ("Armenian Prime Minister Nikol Pashinyan" when Pashinyan is not in the
// dictionary): the code then comes from the office, not the holder.
func skipNames(toks []text.Token, j int, m *Mention) int {
	k := j
	for k < len(toks) && toks[k].Tag == "NNP" && toks[k].IsCap() && k-j < 4 {
		k++
	}
	if k > j {
		m.Role = officeRole[m.Office]
		if m.Role == "" && m.Office == "leader" {
			m.Role = "GOV"
		}
		m.Office = ""
		m.Via = "title+name"
	}
	return k
}

func agentWithin(toks []text.Token, items []item, k, gap int) (int, bool) {
	if k+1 >= len(items) || items[k+1].kind() != Agent {
		return -1, false
	}
	from, to := items[k].j, items[k+1].i
	if to-from > gap {
		return -1, false
	}
	for t := from; t < to; t++ {
		switch toks[t].Tag {
		case "JJ", "NN", "VBN", "VBG", "NNP":
		default:
			return -1, false
		}
	}
	return k + 1, true
}

func placeAfterPrep(toks []text.Token, items []item, k int, preps ...string) (int, bool) {
	j := items[k].j
	if j >= len(toks) || k+1 >= len(items) {
		return -1, false
	}
	ok := false
	for _, p := range preps {
		if toks[j].Norm == p {
			ok = true
		}
	}
	if !ok {
		return -1, false
	}
	n := items[k+1]
	if (n.i == j+1 || n.i == j+2 && toks[j+1].Norm == "the") && (n.isPlace() || n.kind() == Org && n.p.entry.Code != "") {
		return k + 1, true
	}
	if n.kind() == Org && n.p.entry.Code != "" && n.i > j+2 && n.i <= j+4 {
		// "leaders of the 16-member Economic Community of West African
		// States": determiners and modifiers before the organisation
		for q := j + 1; q < n.i; q++ {
			if t := toks[q].Tag; t != "DT" && t != "JJ" && t != "CD" && !strings.Contains(toks[q].Text, "-") {
				return -1, false
			}
		}
		return k + 1, true
	}
	return -1, false
}

func (r *Recognizer) personMention(toks []text.Token, it item, start int) Mention {
	e := it.p.entry
	return Mention{Tok: [2]int{start, it.j}, Entry: e, Via: "name", Pos: e.Pos}
}

// finish fills spans and text from the token range.
func (r *Recognizer) finish(toks []text.Token, m Mention) Mention {
	a, b := toks[m.Tok[0]], toks[m.Tok[1]-1]
	m.Span = text.Span{Start: a.Start, End: b.End}
	m.Text = "" // set by caller with the article text; here from tokens
	m.Text = joinTokens(toks[m.Tok[0]:m.Tok[1]])
	if m.Tok[1] < len(toks) && toks[m.Tok[1]].Tag == "POS" {
		m.Possessive = true
	}
	return m
}

func joinTokens(toks []text.Token) string {
	n := 0
	for i := range toks {
		n += len(toks[i].Text) + 1
	}
	b := make([]byte, 0, n)
	for i := range toks {
		if i > 0 && toks[i].SpaceBefore {
			b = append(b, ' ')
		}
		b = append(b, toks[i].Text...)
	}
	return string(b)
}
