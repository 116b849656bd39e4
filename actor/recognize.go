package actor

import (
	"strings"

	"annals/text"
	"annals/timex"
)

// item is a raw dictionary or title match before composition.
type item struct {
	i, j   int // token range
	p      *phrase
	office string // title match
	state  bool   // a place chosen over a country of the same name after "CITY," ("Atlanta, Georgia")
}

// Recognizer finds mentions sentence by sentence in one article, keeping
// the article's discourse state (who was mentioned, for surnames and
// pronouns). Use one Recognizer per article.
type Recognizer struct {
	d       *Dict
	persons []*seen // most recent last
	// countries named so far: how often, in the order first named
	countryN     map[string]int
	led          bool // the lead's subject has been counted
	countryOrder []string
	date         timex.Date
	intro        map[string]*introduced // people introduced by a role, by surname (intro.go)
	// the latest explicit pair "A and B" and recent actors, for group
	// references (group.go)
	pair        []pairMember
	pairSent    int
	pairSubj    bool
	pluralSince bool
	duo         []pairMember
	duoSent     int
	orgs        []orgSeen // organisations named so far, for "the alliance" (orgref.go)
}

type seen struct {
	e        *Entry
	sentence int
	subject  bool
}

// NewRecognizer starts a recognizer for one article.
func (d *Dict) NewRecognizer() *Recognizer { return &Recognizer{d: d} }

// Sentence returns the mentions of a tagged sentence, in text order.
func (r *Recognizer) Sentence(s text.Sentence) []Mention {
	toks := s.Tokens
	items := r.match(toks)
	ms := r.compose(toks, items)
	ms = r.introduce(toks, ms)
	ms = r.surnames(toks, ms)
	ms = r.hyphenated(toks, ms)
	ms = r.coordinate(toks, ms)
	ms = r.pronouns(s.Index, toks, ms)
	ms = r.groups(s.Index, toks, ms)
	ms = r.orgRefs(s.Index, toks, ms)
	ms = r.nonActors(toks, ms)
	ledAgents(toks, ms)
	ms = r.placeAgents(toks, ms)
	r.remember(toks, s.Index, SubjectStart(toks), ms)
	r.rememberPair(s.Index, toks, ms)
	return ms
}

func (r *Recognizer) match(toks []text.Token) []item {
	var out []item
	for i := 0; i < len(toks); {
		if isDateline(toks, i) || toks[i].Kind != text.Word {
			i++
			continue
		}
		best := item{}
		var cands []*phrase
		for k := range r.d.index[toks[i].Norm] {
			p := &r.d.index[toks[i].Norm][k]
			if best.p != nil && len(p.toks) < best.j-best.i {
				break
			}
			if n := matchPhrase(toks, i, p, attached(toks, out, i)); n > 0 && (best.p == nil || n == best.j-best.i) {
				best = item{i: i, j: i + n, p: p}
				cands = append(cands, p)
			}
		}
		if len(cands) > 1 {
			best.p = choose(toks, out, i, cands)
			best.state = best.p.how == "place"
		}
		if t, n := r.title(toks, i); n > 0 && n >= best.j-best.i {
			best = item{i: i, j: i + n, office: t}
		}
		if best.p != nil && best.p.how == "not" {
			i = best.j // "Guinea pigs": a longer phrase that is not the actor
			continue
		}
		if best.p != nil && best.p.entry.Kind == Agent && underMods[toks[i].Norm] && best.j == i+1 {
			if _, n := r.title(toks, i+1); n > 0 {
				i++ // "deputy foreign minister": a modifier of the title, not an agent
				continue
			}
		}
		if best.j > best.i {
			out = append(out, best)
			i = best.j
			continue
		}
		i++
	}
	return out
}

// attached reports whether token i follows a country adjective, a
// possessive or a name item: "Ukrainian forces", "Russia's army".
func attached(toks []text.Token, items []item, i int) bool {
	if i > 0 && toks[i-1].Tag == "POS" {
		return true
	}
	if len(items) > 0 {
		last := items[len(items)-1]
		return last.j == i && last.p != nil && last.p.entry.Kind != Agent
	}
	return false
}

func matchPhrase(toks []text.Token, i int, p *phrase, after bool) int {
	if i+len(p.toks) > len(toks) {
		return 0
	}
	for k, w := range p.toks {
		t := &toks[i+k]
		if t.Norm != w {
			return 0
		}
	}
	first := &toks[i]
	if p.exact != "" {
		if strings.Join(textsOf(toks[i:i+len(p.toks)]), " ") != p.exact && first.Text != p.exact {
			return 0
		}
	} else if !p.lower && !first.IsCap() {
		return 0
	}
	n := len(p.toks)
	if p.how == "agent" || p.how == "agents" {
		// agent words are common nouns: not when used as verbs (unless a
		// country adjective or possessive says otherwise: "Ukrainian forces
		// pushed"), nor as adjectives ("general strike"), nor inside a
		// longer proper name ("General Assembly")
		last := &toks[i+n-1]
		if strings.HasPrefix(last.Tag, "VB") && !after || n == 1 && last.Tag == "JJ" && nominalAt(toks, i+n) {
			return 0
		}
		if i+n < len(toks) && toks[i+n].Kind == text.Word && toks[i+n].IsCap() && toks[i].IsCap() && toks[i+n].Tag == "NNP" {
			// but a role before a person's name: "Law Minister Anisul Huq"
			if !personRoles[last.Norm] || p.how != "agent" {
				return 0
			}
			if a, _ := nameTokens(toks, nil, i+n, false); a < 0 {
				return 0
			}
		}
		// nor at the end of one: "Howard University", "Kenya Airways"
		if !after && i > 0 && toks[i].IsCap() && toks[i-1].Kind == text.Word && toks[i-1].IsCap() && toks[i-1].Tag == "NNP" && !toks[i-1].Dateline {
			return 0
		}
	}
	return n
}

// nominalAt reports a noun or adjective at token i: what makes a word
// tagged JJ before it a modifier ("general strike", "military operation")
// rather than a noun the tagger took for an adjective ("the military
// said", "Israel's military called up").
func nominalAt(toks []text.Token, i int) bool {
	if i >= len(toks) || toks[i].Kind != text.Word {
		return false
	}
	switch toks[i].Tag {
	case "NN", "NNS", "NNP", "NNPS", "JJ", "VBG", "CD":
		return true
	}
	return false
}

func textsOf(toks []text.Token) []string {
	out := make([]string, len(toks))
	for i := range toks {
		out[i] = toks[i].Text
	}
	return out
}

// title matches a title phrase of up to 5 tokens at i.
func (r *Recognizer) title(toks []text.Token, i int) (string, int) {
	best, bn := "", 0
	var b strings.Builder
	for n := 1; n <= 5 && i+n <= len(toks); n++ {
		if n > 1 {
			b.WriteByte(' ')
		}
		b.WriteString(toks[i+n-1].Norm)
		if o, ok := r.d.titles[b.String()]; ok {
			best, bn = o, n
		}
	}
	if bn == 1 && best == "leader" && i+1 < len(toks) && toks[i+1].IsCap() {
		return "", 0
	}
	return best, bn
}
