package actor

import (
	"strings"

	"annals/text"
)

// nonActors removes mentions whose words name an actor but which are used
// as something else in the sentence:
//
//   - an agent noun modifying a following common noun ("air defence
//     systems", "a television interview", "the opposition benches");
//   - an institution after a preposition with no determiner, a place or an
//     idiom rather than an actor ("in parliament", "resigned from
//     parliament", "on television", "in hospital");
//   - an agent in apposition to a person ("Joseph Aoun, the army
//     commander,"): a title of that person, not a second actor;
//   - an agent after "as" ("stay on as a lawmaker"): a predicate;
//   - a singular country adjective naming a language ("in fluent Russian",
//     "translated from Arabic").
//
// It also marks former members ("former soldiers") as taking no country
// from the context: they are no longer the agent the word names.
// Only agents that name no country are filtered: an explicit attachment
// ("Ukraine's defence ministry") says the phrase is an actor.
func (r *Recognizer) nonActors(toks []text.Token, ms []Mention) []Mention {
	out := ms[:0]
	for i := range ms {
		m := ms[i]
		if m.Via == "agent" && m.Country == "" {
			if r.agentNotActor(toks, ms, i) {
				continue
			}
			if p := m.Tok[0] - 1; p >= 0 && (toks[p].Norm == "former" || toks[p].Norm == "ex") {
				m.NoContext = true
			}
		}
		if m.Via == "people" && !m.Plural && m.Entry != nil && m.Entry.Kind == Country && isLanguageUse(toks, m.Tok[0]) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// institutionRoles name agents that are also buildings or media: after a
// bare preposition they are places ("in parliament", "in court").
var institutionRoles = map[string]bool{"LEG": true, "JUD": true, "EDU": true, "MED": true, "HLH": true, "REL": true}

var barePreps = map[string]bool{"in": true, "at": true, "from": true, "on": true, "into": true, "inside": true, "outside": true}

func (r *Recognizer) agentNotActor(toks []text.Token, ms []Mention, i int) bool {
	m := &ms[i]
	a, b := m.Tok[0], m.Tok[1]
	if b < len(toks) {
		if n := &toks[b]; n.Kind == text.Word && !n.IsCap() && (n.Tag == "NN" || n.Tag == "NNS") && !startsMention(ms, b) && !likelyVerb(toks, b) {
			return true
		}
	}
	if a > 0 && !m.Plural && institutionRoles[m.Role] && barePreps[toks[a-1].Norm] {
		return true
	}
	p := a - 1
	if p >= 0 && (toks[p].Norm == "a" || toks[p].Norm == "an") {
		p--
	}
	if p >= 0 && toks[p].Norm == "as" && !m.Plural {
		return true // "as a lawmaker", not "as the rebels advanced"
	}
	if p >= 0 && isDeterminer(toks[p].Norm) {
		p--
	}
	if p >= 0 && toks[p].Tag == "," && i > 0 && ms[i-1].Tok[1] == p && r.personOf(&ms[i-1]) != nil {
		return true
	}
	return false
}

func isDeterminer(w string) bool {
	switch w {
	case "a", "an", "the", "its", "their", "his", "her":
		return true
	}
	return false
}

func startsMention(ms []Mention, t int) bool {
	for i := range ms {
		if ms[i].Tok[0] == t {
			return true
		}
	}
	return false
}

// languageCues precede a language name: "in Russian", "fluent Arabic".
var languageCues = map[string]bool{"in": true, "into": true, "from": true, "fluent": true, "speak": true, "speaks": true,
	"spoke": true, "speaking": true, "native": true, "broken": true, "learn": true, "learning": true, "taught": true}

// isLanguageUse reports a lone singular adjective ("Russian") used as a
// language name.
func isLanguageUse(toks []text.Token, i int) bool {
	return i > 0 && languageCues[toks[i-1].Norm]
}

// likelyVerb reports a word tagged as a noun that is more likely the verb
// of its clause: a past form ("crowds chanted slogans") or a word followed
// by what starts an object or a clause ("her family says she ...").
func likelyVerb(toks []text.Token, i int) bool {
	if strings.HasSuffix(toks[i].Norm, "ed") {
		return true
	}
	if i+1 < len(toks) {
		switch toks[i+1].Tag {
		case "PRP", "PRP$", "DT", "TO", "WDT":
			return true
		}
		if toks[i+1].Norm == "that" {
			return true
		}
	}
	return false
}
