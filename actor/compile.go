package actor

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"annals/text"
	"annals/timex"
)

// phrase is one name form of an entry, as normalised tokens.
type phrase struct {
	toks  []string
	entry *Entry
	how   string // name, also, adj, people, capital, seat, place, agent
	exact string // non-empty: the text must match this case exactly (US, UN)
	lower bool   // the form starts in lower case (al-Sharaa, agents): no capital needed
}

type agentPhrase struct {
	role   string
	plural bool
}

// titleWords maps title phrases to offices. "leader" resolves to the
// country's leading office.
var titleWords = map[string]string{
	"president": "president", "vice president": "vice-president", "vice-president": "vice-president",
	"prime minister": "prime-minister", "premier": "prime-minister", "pm": "prime-minister",
	"deputy prime minister": "deputy-prime-minister", "chancellor": "chancellor",
	"king": "king", "queen": "queen", "emir": "emir", "sultan": "sultan", "monarch": "monarch",
	"crown prince": "crown-prince", "supreme leader": "supreme-leader", "head of state": "head-of-state",
	"foreign minister": "foreign-minister", "foreign secretary": "foreign-minister", "secretary of state": "foreign-minister",
	"minister of foreign affairs": "foreign-minister", "top diplomat": "foreign-minister",
	"defence minister": "defence-minister", "defense minister": "defence-minister", "defence secretary": "defence-minister",
	"defense secretary": "defence-minister", "secretary of defense": "defence-minister", "minister of defence": "defence-minister",
	"minister of defense": "defence-minister", "war secretary": "defence-minister",
	"interior minister": "interior-minister", "home secretary": "interior-minister", "minister of interior": "interior-minister",
	"homeland security secretary": "interior-minister",
	"finance minister":            "finance-minister", "treasury secretary": "finance-minister", "chancellor of the exchequer": "finance-minister",
	"speaker": "speaker", "president-elect": "president-elect", "opposition leader": "opposition-leader",
	"leader": "leader", "secretary-general": "secretary-general", "secretary general": "secretary-general",
	"army chief": "army-chief", "chief of staff": "army-chief",
}

// leaderOffices are tried in order when a country's "leader" office is not
// set or has no holder on the date.
var leaderOffices = []string{"president", "prime-minister", "chancellor", "supreme-leader", "king", "queen", "emir", "sultan", "head-of-state", "head-of-government", "monarch"}

// Compile builds the indexes over the entries of all sources. Errors name
// file:line; entries with errors are skipped, the rest are compiled.
func Compile(srcs ...Source) (*Dict, error) {
	var errs ErrorList
	var all []*Entry
	for _, s := range srcs {
		es, e := Parse(s)
		errs = append(errs, e...)
		all = append(all, es...)
	}
	d := Build(all)
	return d, errs.Err()
}

// Build indexes parsed entries. People (and organisations) written in
// several files under the same name are merged into one entry.
func Build(entries []*Entry) *Dict {
	entries = mergeSameName(entries)
	d := &Dict{
		Entries:  entries,
		byCode:   map[string]*Entry{},
		offices:  map[string][]officeSpan{},
		byOffice: map[string][]officeSpan{},
		index:    map[string][]phrase{},
		surname:  map[string][]*Entry{},
		titles:   titleWords,
		agentIx:  map[string]agentPhrase{},
		generic:  map[string][]*Entry{},
		given:    map[string]byte{},
	}
	for _, e := range entries {
		if e.Kind == Country {
			d.byCode[e.Code] = e
		}
		d.addGiven(e)
		for _, c := range e.Codes {
			if c.Office != "" {
				k := c.Place + "/" + c.Office
				d.offices[k] = append(d.offices[k], officeSpan{e, c.Range})
				d.byOffice[c.Office] = append(d.byOffice[c.Office], officeSpan{e, c.Range})
			}
		}
		for _, nf := range e.names {
			if e.Kind == Agent {
				d.addAgent(e, nf.text)
				continue
			}
			if nf.how == "generic" {
				w := strings.ToLower(nf.text)
				d.generic[w] = append(d.generic[w], e)
				continue
			}
			d.add(e, nf.text, nf.how)
		}
		if e.Kind == Person {
			d.addSurnames(e)
		}
	}
	for k, ps := range d.index {
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].toks) > len(ps[j].toks) })
		d.index[k] = ps
	}
	return d
}

func normTokens(s string) []string {
	toks := text.Tokenize(s, 0, len(s))
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		out = append(out, t.Norm)
	}
	if len(out) > 1 && out[0] == "the" {
		out = out[1:]
	}
	return out
}

func (d *Dict) add(e *Entry, name, how string) {
	toks := normTokens(name)
	if len(toks) == 0 {
		return
	}
	p := phrase{toks: toks, entry: e, how: how}
	if isShortCaps(name) {
		p.exact = name
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimPrefix(name, "the "))
	p.lower = unicode.IsLower(r)
	d.index[toks[0]] = append(d.index[toks[0]], p)
}

// isShortCaps: an all-capitals name of 2-5 letters (US, UN, EU, ANC).
func isShortCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		} else if r != '.' {
			return false
		}
	}
	return n >= 2 && n <= 5 && !strings.Contains(s, ".")
}

func (d *Dict) addAgent(e *Entry, form string) {
	sing, plural, ok := strings.Cut(form, "/")
	sing = strings.TrimSpace(sing)
	toks := normTokens(sing)
	if len(toks) == 0 {
		return
	}
	d.agentIx[strings.Join(toks, " ")] = agentPhrase{role: e.Code}
	p := phrase{toks: toks, entry: e, how: "agent", lower: true}
	d.index[toks[0]] = append(d.index[toks[0]], p)
	var pl []string
	if ok {
		pl = normTokens(strings.TrimSpace(plural))
	} else {
		pl = append(append([]string{}, toks[:len(toks)-1]...), pluralize(toks[len(toks)-1]))
	}
	if len(pl) > 0 && strings.Join(pl, " ") != strings.Join(toks, " ") {
		d.agentIx[strings.Join(pl, " ")] = agentPhrase{role: e.Code, plural: true}
		d.index[pl[0]] = append(d.index[pl[0]], phrase{toks: pl, entry: e, how: "agents", lower: true})
	}
}

// AgentWords lists the words of the generic agent phrases ("security",
// "forces", "protesters"), singular and plural: common nouns the tagger
// should not read as names at the start of a sentence.
func (d *Dict) AgentWords() []string {
	seen := map[string]bool{}
	var out []string
	for k := range d.agentIx {
		for _, w := range strings.Fields(k) {
			if !seen[w] && len(w) > 2 {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	sort.Strings(out)
	return out
}

func pluralize(w string) string {
	switch {
	case strings.HasSuffix(w, "y") && len(w) > 2 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	case strings.HasSuffix(w, "man"):
		return w[:len(w)-3] + "men"
	}
	return w + "s"
}

// particles that do not make a surname on their own
var nameParticles = map[string]bool{"al": true, "el": true, "bin": true, "ibn": true, "de": true, "da": true, "van": true, "von": true, "der": true, "la": true, "le": true, "di": true, "du": true, "dos": true, "bint": true, "abu": true}

// places whose names put the family name first (Xi Jinping, Kim Jong Un)
var familyNameFirst = map[string]bool{"CHN": true, "TWN": true, "HKG": true, "MAC": true, "KOR": true, "PRK": true}

// addSurnames indexes the last word of each multi-word name (and the
// hyphenated particle form al-Sharaa) for mentions after the first.
func (d *Dict) addSurnames(e *Entry) {
	seen := map[string]bool{}
	familyFirst := false
	for _, c := range e.Codes {
		familyFirst = familyFirst || familyNameFirst[c.Place]
	}
	for _, nf := range e.names {
		if nf.how == "not" {
			continue
		}
		toks := normTokens(nf.text)
		if len(toks) < 2 || slices.Contains(toks, "of") {
			continue // "King Abdullah of Jordan" has no surname "Jordan"
		}
		last := toks[len(toks)-1]
		if familyFirst {
			last = toks[0]
		}
		if f := strings.Fields(nf.text); isRoman(f[len(f)-1]) {
			continue // Elizabeth II, Felipe VI
		}
		if nameParticles[last] || seen[last] || len(last) < 2 {
			continue
		}
		seen[last] = true
		d.surname[last] = append(d.surname[last], e)
	}
}

// Country returns the country entry of a code.
func (d *Dict) Country(code string) *Entry { return d.byCode[code] }

// Holder returns who held an office of a place on a date.
func (d *Dict) Holder(place, office string, date timex.Date) *Entry {
	if office == "leader" {
		var tries []string
		if c := d.byCode[place]; c != nil && c.Leader != "" {
			tries = append(tries, c.Leader)
		}
		tries = append(tries, leaderOffices...)
		for _, o := range tries {
			if h := d.Holder(place, o, date); h != nil {
				return h
			}
		}
		return nil
	}
	var best *Entry
	for _, s := range d.offices[place+"/"+office] {
		if s.Covers(date) {
			best = s.who
		}
	}
	return best
}

// Stats counts what the dictionary holds.
type Stats struct {
	Countries, People, Orgs, Agents, Names, Offices, DatedCodes int
}

// Stats returns counts over the dictionary.
func (d *Dict) Stats() Stats {
	var s Stats
	for _, e := range d.Entries {
		switch e.Kind {
		case Country:
			s.Countries++
		case Person:
			s.People++
		case Org:
			s.Orgs++
		case Agent:
			s.Agents++
		}
		s.Names += len(e.names)
		for _, c := range e.Codes {
			s.DatedCodes++
			if c.Office != "" {
				s.Offices++
			}
		}
	}
	return s
}

func isRoman(w string) bool {
	for i := 0; i < len(w); i++ {
		if !strings.ContainsRune("IVXLC", rune(w[i])) {
			return false
		}
	}
	return len(w) > 0
}

// mergeSameName folds later person and org entries into the first entry of
// the same kind and name.
func mergeSameName(entries []*Entry) []*Entry {
	first := map[string]*Entry{}
	out := entries[:0:0]
	for _, e := range entries {
		if e.Kind != Person && e.Kind != Org {
			out = append(out, e)
			continue
		}
		k := e.Kind.String() + "\x00" + e.Name
		f, ok := first[k]
		if !ok {
			first[k] = e
			out = append(out, e)
			continue
		}
		m := *f
		m.names = append(append([]nameForm{}, f.names...), e.names[1:]...)
		m.Codes = append(append([]Coding{}, f.Codes...), e.Codes...)
		sort.SliceStable(m.Codes, func(i, j int) bool { return m.Codes[i].From.Before(m.Codes[j].From) })
		if m.Gender == 0 {
			m.Gender = e.Gender
		}
		if m.Code == "" {
			m.Code = e.Code
		}
		*f = m
	}
	return out
}
