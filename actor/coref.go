package actor

import (
	"sort"
	"strings"

	"annals/text"
	"annals/timex"
)

// coveredBy marks the tokens of a sentence of n tokens that mentions
// cover.
func coveredBy(n int, ms []Mention) []bool {
	covered := make([]bool, n)
	for _, m := range ms {
		for t := m.Tok[0]; t < m.Tok[1]; t++ {
			covered[t] = true
		}
	}
	return covered
}

// surnames adds mentions for bare surnames of people mentioned before in
// the article ("Putin" after "Vladimir Putin"), or of the one person the
// dictionary knows by that surname.
func (r *Recognizer) surnames(toks []text.Token, ms []Mention) []Mention {
	covered := coveredBy(len(toks), ms)
	added := false
	for i := range toks {
		t := &toks[i]
		if covered[i] || t.Dateline || !t.IsCap() {
			continue
		}
		if t.Tag == "NNP" {
			if e, start := r.introducedAt(toks, covered, i); e != nil {
				m := Mention{Tok: [2]int{start, i + 1}, Entry: e, Via: "surname", Pos: e.Pos}
				ms = append(ms, r.finish(toks, m))
				added = true
				continue
			}
		}
		modal := t.Tag == "MD" && r.modalSurname(toks, i)
		if t.Tag != "NNP" && !modal {
			continue
		}
		cands := r.d.surname[t.Norm]
		if len(cands) == 0 {
			continue
		}
		if i+1 < len(toks) && toks[i+1].Tag == "NNP" && toks[i+1].IsCap() && !covered[i+1] {
			continue // part of a longer unknown name
		}
		if p := i - 1; p >= 0 && toks[p].Tag == "NNP" && toks[p].IsCap() && !covered[p] && !toks[p].Dateline {
			if _, title := r.d.titles[toks[p].Norm]; !title && !honorifics[toks[p].Norm] && !nameParticles[toks[p].Norm] {
				continue // another person's first name: "Hunter Biden", "Michael Jordan"
			}
		}
		e := r.pick(cands)
		if modal {
			e = r.mentioned(cands)
		}
		if e == nil {
			continue
		}
		start := i
		if i > 0 && !covered[i-1] {
			if o, ok := r.d.titles[toks[i-1].Norm]; ok && o != "" {
				start = i - 1 // "President Putin"
			}
		}
		m := Mention{Tok: [2]int{start, i + 1}, Entry: e, Via: "surname", Pos: e.Pos}
		ms = append(ms, r.finish(toks, m))
		added = true
	}
	if added {
		sort.SliceStable(ms, func(a, b int) bool { return ms[a].Tok[0] < ms[b].Tok[0] })
	}
	return ms
}

// honorifics may stand before a surname: "Mr Biden".
var honorifics = map[string]bool{"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true,
	"dr": true, "dr.": true, "sir": true, "dame": true, "lord": true, "lady": true, "sen.": true, "rep.": true,
	"gen.": true, "general": true, "sheikh": true}

// modalSurname reports a capitalised modal that may be a surname: at the
// start of the sentence and followed by a verb in the past or present
// ("May said she would stay"), not the modal ("May I ...", "May God ...").
func (r *Recognizer) modalSurname(toks []text.Token, i int) bool {
	if i != 0 || i+1 >= len(toks) {
		return false
	}
	switch toks[i+1].Tag {
	case "VBD", "VBZ":
		return true
	}
	return false
}

// mentioned returns the candidate mentioned most recently in the article,
// if any.
func (r *Recognizer) mentioned(cands []*Entry) *Entry {
	for k := len(r.persons) - 1; k >= 0; k-- {
		for _, c := range cands {
			if r.persons[k].e == c {
				return c
			}
		}
	}
	return nil
}

// pick chooses among people sharing a surname: the one mentioned most
// recently in the article, else the only one.
func (r *Recognizer) pick(cands []*Entry) *Entry {
	if e := r.mentioned(cands); e != nil {
		return e
	}
	if len(cands) == 1 && !commonWordSurname[strings.ToLower(cands[0].Name[strings.LastIndexByte(cands[0].Name, ' ')+1:])] {
		return cands[0]
	}
	if len(cands) > 1 && !commonWordSurname[strings.ToLower(cands[0].Name[strings.LastIndexByte(cands[0].Name, ' ')+1:])] {
		// "Aliyev", "Koizumi": the one in an office on the article's
		// date, if only one is
		var in *Entry
		for _, e := range cands {
			if inOffice(e, r.date) {
				if in != nil {
					return nil
				}
				in = e
			}
		}
		return in
	}
	return nil
}

// inOffice reports a person holding a dated office on a date.
func inOffice(e *Entry, date timex.Date) bool {
	if date.IsZero() {
		return false
	}
	for i := range e.Codes {
		if c := &e.Codes[i]; c.Office != "" && c.Covers(date) {
			return true
		}
	}
	return false
}

// surnames that are also common words or titles: only after a first mention
var commonWordSurname = map[string]bool{"pope": true, "lake": true, "ping": true, "king": true, "may": true, "rice": true,
	"brown": true, "white": true, "black": true, "green": true, "young": true, "long": true, "hill": true, "wood": true,
	"bush": true, "ball": true, "power": true, "rich": true, "gates": true, "major": true, "price": true, "page": true,
	"kim": true, "lee": true, "khan": true, "ali": true, "park": true, "wang": true, "li": true, "zhang": true, "chen": true,
	"singh": true, "hassan": true, "ahmed": true, "mohammed": true, "muhammad": true, "smith": true, "jones": true,
	"johnson": true, "wilson": true, "rose": true, "love": true, "hope": true, "church": true, "hunt": true, "cook": true}

// pronouns resolves he/him/his/she/her to people by salience: a subject
// pronoun to the subject of the sentence so far or of the last sentence
// that named someone; an object pronoun to the last person in the sentence
// who is not its subject.
func (r *Recognizer) pronouns(sent int, toks []text.Token, ms []Mention) []Mention {
	var out []Mention
	k := 0
	for i := range toks {
		for k < len(ms) && ms[k].Tok[0] <= i {
			out = append(out, ms[k])
			k++
		}
		w := toks[i].Norm
		var gender byte
		switch w {
		case "he", "him", "his":
			gender = 'm'
		case "she", "her":
			gender = 'f'
		default:
			continue
		}
		if inside(ms, i) {
			continue
		}
		if w == "her" && toks[i].Tag == "PRP$" {
			w = "his" // possessive: like "his"
		}
		e := r.antecedent(out, SubjectStart(toks), w, gender)
		if e == nil {
			continue
		}
		m := Mention{Tok: [2]int{i, i + 1}, Entry: e, Via: "pronoun", Pos: e.Pos}
		out = append(out, r.finish(toks, m))
	}
	out = append(out, ms[k:]...)
	return out
}

func inside(ms []Mention, i int) bool {
	for _, m := range ms {
		if m.Tok[0] <= i && i < m.Tok[1] {
			return true
		}
	}
	return false
}

func (r *Recognizer) personOf(m *Mention) *Entry {
	if m.Entry != nil && m.Entry.Kind == Person {
		return m.Entry
	}
	if m.Office != "" && m.Country != "" {
		return r.d.Holder(m.Country, m.Office, r.date)
	}
	return nil
}

// SubjectStart is the first token of the main clause: after an opening
// participle or prepositional phrase closed by a comma ("Addressing Xi
// from his residence, Putin greeted ...").
func SubjectStart(toks []text.Token) int {
	if len(toks) == 0 {
		return 0
	}
	switch toks[0].Tag {
	case "VBG", "VBN", "IN", "RB":
		for i := range toks {
			if toks[i].Tag == "," {
				return i + 1
			}
		}
	}
	return 0
}

func (r *Recognizer) antecedent(before []Mention, start int, w string, g byte) *Entry {
	// people introduced by the article (no dictionary names) must have a
	// known gender: a pronoun is no evidence of it
	fits := func(e *Entry) bool { return e != nil && (e.Gender == 0 && e.names != nil || e.Gender == g) }
	var subj *Entry
	for i := range before {
		if before[i].Tok[0] < start {
			continue
		}
		if e := r.personOf(&before[i]); e != nil {
			subj = e
			break
		}
	}
	switch w {
	case "him", "her":
		// the last person in the sentence that is not its subject
		for i := len(before) - 1; i >= 0; i-- {
			if e := r.personOf(&before[i]); fits(e) && e != subj {
				return e
			}
		}
	default:
		if fits(subj) {
			return subj
		}
	}
	// previous sentences: the subject of the latest sentence naming someone
	last := -1
	for k := len(r.persons) - 1; k >= 0; k-- {
		p := r.persons[k]
		if last >= 0 && p.sentence != last {
			break
		}
		if fits(p.e) && (w != "him" && w != "her" || p.e != subj) {
			last = p.sentence
			if p.subject {
				return p.e
			}
		}
	}
	for k := len(r.persons) - 1; k >= 0; k-- {
		if fits(r.persons[k].e) && r.persons[k].e != subj {
			return r.persons[k].e
		}
	}
	return nil
}

// remember records the people of a sentence for later surnames and pronouns.
func (r *Recognizer) remember(toks []text.Token, sent int, start int, ms []Mention) {
	first := true
	for i := range ms {
		if m := &ms[i]; m.name[1] > 0 && m.Entry == nil && m.Country != "" {
			r.introducePerson(toks, m, m.Country+m.Role) // a role whose country came from the context
		}
		e := r.personOf(&ms[i])
		if e == nil {
			continue
		}
		if ms[i].Tok[0] < start {
			r.persons = append(r.persons, &seen{e: e, sentence: sent})
			continue
		}
		r.persons = append(r.persons, &seen{e: e, sentence: sent, subject: first})
		first = false
	}
}

// SetDate sets the article date used to resolve titles for salience.
func (r *Recognizer) SetDate(d timex.Date) { r.date = d }
