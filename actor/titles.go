package actor

import (
	"annals/text"
)

// bareTitle resolves a title that names no country (compose has tried
// "Kenyan President", "the president of France" and "President William
// Ruto"):
//
//   - a title and a first name: "King Abdullah" is the king of that name
//     on the date, wherever he reigns;
//   - a definite title: "the president" is the latest person of the
//     article holding that office on the date, else the holder of the
//     office in the article's main country; "the king's advisers" are
//     agents of the king's country.
//
// ok is false when the title stays unresolved; next is the last item used.
func (r *Recognizer) bareTitle(toks []text.Token, items []item, k int) (m Mention, next int, ok bool) {
	it := items[k]
	if j := it.j; j < len(toks) && toks[it.i].IsCap() && toks[j].Kind == text.Word && toks[j].IsCap() && toks[j].Tag == "NNP" && !itemStartsAt(items, j) {
		if e := r.holderNamed(it.office, toks[j].Norm, items); e != nil {
			return Mention{Tok: [2]int{it.i, j + 1}, Entry: e, Via: "title+name", Pos: e.Pos}, k, true
		}
		if um, ok := r.unknownHolder(toks, items, k); ok {
			return um, k, true
		}
		return m, k, false // an unknown office-holder
	}
	if it.i == 0 || toks[it.i-1].Norm != "the" {
		return m, k, false
	}
	e := r.recentHolder(it.office)
	if e == nil {
		if c := r.articleCountry(); c != "" {
			e = r.d.Holder(c, it.office, r.date)
		}
	}
	if e == nil {
		return m, k, false
	}
	start := it.i - 1
	if n := k + 1; it.j < len(toks) && toks[it.j].Tag == "POS" && n < len(items) && items[n].kind() == Agent && items[n].i == it.j+1 {
		code, _ := e.CodeAt(r.date)
		if len(code) >= 3 && r.d.byCode[code[:3]] != nil {
			a := items[n].p
			return Mention{Tok: [2]int{start, items[n].j}, Country: code[:3], Role: a.entry.Code, Via: "agent",
				Plural: a.how == "agents", Pos: a.entry.Pos}, n, true
		}
	}
	return Mention{Tok: [2]int{start, it.j}, Entry: e, Via: "title", Pos: e.Pos}, k, true
}

func itemStartsAt(items []item, j int) bool {
	for i := range items {
		if items[i].i == j {
			return true
		}
	}
	return false
}

// holds reports whether a person holds an office on the recognizer's
// date; "leader" is any leading office.
func (r *Recognizer) holds(e *Entry, office string) bool {
	for _, c := range e.Codes {
		if c.Office == "" || !c.Covers(r.date) {
			continue
		}
		if c.Office == office {
			return true
		}
		if office == "leader" {
			for _, o := range leaderOffices {
				if c.Office == o {
					return true
				}
			}
		}
	}
	return false
}

// recentHolder is the latest person of the article holding the office on
// the date.
func (r *Recognizer) recentHolder(office string) *Entry {
	for k := len(r.persons) - 1; k >= 0; k-- {
		if e := r.persons[k].e; r.holds(e, office) {
			return e
		}
	}
	return nil
}

// holderNamed finds the holder of an office on the date, in any place,
// one of whose names has the given word: "King Abdullah". Among several,
// the one whose country the article (or the sentence) names wins;
// otherwise it stays unresolved.
func (r *Recognizer) holderNamed(office, word string, sentence []item) *Entry {
	type cand struct {
		e     *Entry
		place string
	}
	var cs []cand
	for _, s := range r.d.byOffice[office] {
		if !s.Covers(r.date) || !hasNameWord(s.who, word) {
			continue
		}
		code, _ := s.who.CodeAt(r.date)
		cs = append(cs, cand{s.who, code[:min(3, len(code))]})
	}
	if len(cs) == 1 {
		return cs[0].e
	}
	named := func(c string) bool {
		if r.countryN[c] > 0 {
			return true
		}
		for i := range sentence {
			if sentence[i].placeCode() == c {
				return true
			}
		}
		return false
	}
	var found *Entry
	for _, c := range cs {
		if named(c.place) {
			if found != nil && found != c.e {
				return nil
			}
			found = c.e
		}
	}
	return found
}

func hasNameWord(e *Entry, word string) bool {
	for _, nf := range e.names {
		if nf.how == "not" {
			continue
		}
		for _, w := range normTokens(nf.text) {
			if w == word {
				return true
			}
		}
	}
	return false
}
