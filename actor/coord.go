package actor

import (
	"annals/text"
)

// coordinate shares a head between coordinated countries:
//
//   - adjectives share the agent noun of the last one: "Saudi and Emirati
//     officials" are SAUGOV and AREGOV, "Chinese, Russian and Iranian
//     warships" three navies;
//   - a capital coordinated with a capital named as a place is a place
//     too: "felt as far away as Beirut and Cairo";
//   - the places of an of-phrase share its agent: "the security advisers of
//     the United States and Russia" are USAGOV and RUSGOV.
func (r *Recognizer) coordinate(toks []text.Token, ms []Mention) []Mention {
	for i := len(ms) - 2; i >= 0; i-- {
		m, n := &ms[i], &ms[i+1]
		if !onlyConjunctions(toks, m.Tok[1], n.Tok[0]) {
			continue
		}
		if isLoneAdjective(m) && n.Via == "agent" && n.Country != "" && n.Role != "" {
			m.Country, m.Role, m.Via, m.Plural = m.Entry.Code, n.Role, "agent", n.Plural
			continue
		}
		if m.Via == "place" && n.Via == "capital" && n.Role == "GOV" {
			// "as far away as Beirut and Cairo": both places
			n.Role, n.Via = "", "place"
		}
	}
	for i := 0; i+1 < len(ms); i++ {
		m, n := &ms[i], &ms[i+1]
		if m.Via != "agent" || m.Country == "" || m.Role == "" || !ofPlace(toks, m) {
			continue
		}
		if n.Entry == nil || n.Entry.Kind != Country || n.Via != "name" || n.Possessive || n.Role != "" {
			continue
		}
		if !onlyConjunctions(toks, m.Tok[1], n.Tok[0]) {
			continue
		}
		n.Country, n.Role, n.Via, n.Plural = n.Entry.Code, m.Role, "agent", m.Plural
	}
	return ms
}

// isLoneAdjective reports a singular country adjective standing alone
// ("Saudi" in "Saudi and Emirati officials").
func isLoneAdjective(m *Mention) bool {
	return m.Entry != nil && m.Entry.Kind == Country && m.Via == "people" && !m.Plural && m.Role == ""
}

// ofPlace reports an agent attached to its place by "of" ("the army of
// Sudan").
func ofPlace(toks []text.Token, m *Mention) bool {
	for t := m.Tok[0]; t < m.Tok[1]; t++ {
		if toks[t].Norm == "of" {
			return true
		}
	}
	return false
}
