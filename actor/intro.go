package actor

import (
	"strings"

	"annals/text"
)

// Introduced names. News introduces people the dictionary cannot know by
// a role: "Kremlin spokesman Dmitry Peskov", "Ukraine's human rights
// commissioner, Dmytro Lubinets", "Law Minister Anisul Huq". The role
// gives the code (RUSGOV, UKRGOV, BGDGOV); the name is then remembered for
// the article as a person of that code, so that a later bare surname
// ("Peskov said"), the full name again, or "he"/"she" codes the same.
//
// A title of high office before an unknown name that names no country
// ("Prime Minister Nikol Pashinyan" when the dictionary lacks him) takes
// the country as a bare title does: the nearest country named before it
// in the sentence, else the article's main country, but only when the
// dictionary knows no other holder of that office there on the date (a
// known holder with another name means the person is someone else's
// prime minister).

// introduced is a person introduced in the article.
type introduced struct {
	e     *Entry
	names []string // normalised name tokens, surname last
}

// personRoles are agent head words naming one person, which may stand
// before that person's name.
var personRoles = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "minister": true,
	"secretary": true, "commissioner": true, "ombudsman": true, "ambassador": true, "envoy": true, "governor": true,
	"mayor": true, "commander": true, "chief": true, "adviser": true, "advisor": true, "aide": true, "official": true,
	"diplomat": true, "negotiator": true, "prosecutor": true, "lawmaker": true, "senator": true, "legislator": true,
	"chairman": true, "chairwoman": true, "director": true, "representative": true, "attorney": true}

// nameTokens reports the end of an unknown personal name of two to four
// capitalised proper nouns at j (after an optional comma when comma is
// set), or -1. start is the first token of the name.
func nameTokens(toks []text.Token, ms []Mention, j int, comma bool) (start, end int) {
	if comma && j < len(toks) && toks[j].Norm == "," {
		j++
	}
	k := j
	for k < len(toks) && k-j < 4 && toks[k].Kind == text.Word && toks[k].Tag == "NNP" && toks[k].IsCap() &&
		!inside(ms, k) && !toks[k].Dateline && strings.IndexByte(toks[k].Text, '.') < 0 {
		if _, title := titleWords[toks[k].Norm]; title || honorifics[toks[k].Norm] || weekdays[toks[k].Norm] {
			break
		}
		k++
	}
	if k-j < 2 {
		return -1, -1
	}
	if k < len(toks) && toks[k].Kind == text.Word && toks[k].IsCap() {
		return -1, -1 // a longer proper name
	}
	if j > 0 && toks[j-1].Norm == "," && (k >= len(toks) || toks[k].Norm != "," && !isVerbTag(toks[k].Tag) && toks[k].Norm != ".") {
		return -1, -1 // "commissioner, Dmytro Lubinets, said": an apposition closes
	}
	return j, k
}

var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true}

// personAgent reports an agent mention whose head names one person
// ("spokesman", "law minister").
func personAgent(toks []text.Token, m *Mention) bool {
	return m.Via == "agent" && !m.Plural && m.Entry == nil && personRoles[toks[m.Tok[1]-1].Norm]
}

// introduce extends person agents over the unknown name that follows them
// and introduces the name; names whose country comes from the context
// are introduced by remember.
func (r *Recognizer) introduce(toks []text.Token, ms []Mention) []Mention {
	for i := range ms {
		m := &ms[i]
		if !personAgent(toks, m) {
			continue
		}
		a, b := nameTokens(toks, ms, m.Tok[1], true)
		if a < 0 {
			continue
		}
		m.name = [2]int{a, b}
		m.Tok[1] = b
		*m = r.finish(toks, *m)
		if m.Country != "" {
			r.introducePerson(toks, m, m.Country+m.Role)
		}
	}
	return ms
}

// introducePerson remembers the name of mention m as a person coded code.
func (r *Recognizer) introducePerson(toks []text.Token, m *Mention, code string) {
	if len(code) < 3 || m.name[1] <= m.name[0] {
		return
	}
	names := make([]string, 0, m.name[1]-m.name[0])
	for t := m.name[0]; t < m.name[1]; t++ {
		names = append(names, toks[t].Norm)
	}
	role := m.name[0] - 1
	if role > 0 && toks[role].Norm == "," {
		role--
	}
	e := &Entry{Kind: Person, Name: joinTokens(toks[m.name[0]:m.name[1]]), Code: code, Pos: m.Pos,
		Gender: r.d.genderOf(toks[max(role, 0)].Norm, names[0])}
	if r.intro == nil {
		r.intro = map[string]*introduced{}
	}
	r.intro[names[len(names)-1]] = &introduced{e: e, names: names}
	m.Entry = e
}

// introducedAt finds a name introduced earlier in the article at token i:
// its surname alone, or the full name ending there. It returns the
// person and the first token.
func (r *Recognizer) introducedAt(toks []text.Token, covered []bool, i int) (*Entry, int) {
	in := r.intro[toks[i].Norm]
	if in == nil {
		return nil, i
	}
	n := len(in.names)
	if s := i - n + 1; s >= 0 {
		full := true
		for k := 0; k < n && full; k++ {
			full = !covered[s+k] && toks[s+k].Norm == in.names[k]
		}
		if full {
			return in.e, s
		}
	}
	if i+1 < len(toks) && toks[i+1].Tag == "NNP" && toks[i+1].IsCap() && !covered[i+1] {
		return nil, i // part of a longer name
	}
	if p := i - 1; p >= 0 && toks[p].Tag == "NNP" && toks[p].IsCap() && !covered[p] && !toks[p].Dateline {
		if _, title := r.d.titles[toks[p].Norm]; !title && !honorifics[toks[p].Norm] {
			return nil, i // another person's first name
		}
	}
	return in.e, i
}

// unknownHolder resolves a title of national office before an unknown
// name ("Prime Minister Nikol Pashinyan"): see the comment at the top.
func (r *Recognizer) unknownHolder(toks []text.Token, items []item, k int) (Mention, bool) {
	it := items[k]
	role, ok := officeRole[it.office]
	if it.office == "leader" {
		role, ok = "GOV", true
	}
	if !ok || role == "" || !toks[it.i].IsCap() {
		return Mention{}, false
	}
	a, b := nameTokens(toks, nil, it.j, false)
	if a < 0 || itemStartsAt(items, a) {
		return Mention{}, false
	}
	for t := a; t < b; t++ {
		for _, x := range items {
			if x.i <= t && t < x.j {
				return Mention{}, false
			}
		}
	}
	c := ""
	for n := k - 1; n >= 0 && c == ""; n-- {
		if items[n].isPlace() {
			c = items[n].placeCode()
		}
	}
	if c == "" {
		c = r.articleCountry()
	}
	if c == "" || r.d.byCode[c] == nil {
		return Mention{}, false
	}
	if h := r.d.Holder(c, it.office, r.date); h != nil {
		return Mention{}, false // the office has a known holder: someone else's
	}
	m := Mention{Tok: [2]int{it.i, b}, Country: c, Role: role, Via: "title+name", name: [2]int{a, b}}
	m = r.finish(toks, m)
	r.introducePerson(toks, &m, c+role)
	return m, true
}

// addGiven records the first names of a person of known gender, which
// give the gender of people introduced in articles ("Dmitry Peskov").
func (d *Dict) addGiven(e *Entry) {
	if e.Kind != Person || e.Gender == 0 {
		return
	}
	for _, nf := range e.names {
		if nf.how != "name" && nf.how != "also" {
			continue
		}
		f := normTokens(nf.text)
		if len(f) < 2 {
			continue
		}
		switch g, ok := d.given[f[0]]; {
		case !ok:
			d.given[f[0]] = e.Gender
		case g != e.Gender:
			d.given[f[0]] = '?'
		}
	}
}

// genderOf guesses the gender of an introduced person from the role word
// ("spokeswoman") or from the first name as the dictionary's people bear
// it; 0 when unknown.
func (d *Dict) genderOf(role string, first string) byte {
	switch {
	case strings.HasSuffix(role, "woman"):
		return 'f'
	case strings.HasSuffix(role, "man"):
		return 'm'
	}
	if g := d.given[first]; g == 'm' || g == 'f' {
		return g
	}
	return 0
}
