package actor

import (
	"sort"
	"strings"

	"annals/text"
)

// Organisation references. After "NATO leaders met in Brussels" an article
// goes on with "the alliance"; after "the European Union imposed
// sanctions", with "the bloc"; after "Hamas said", with "the group". Such a
// phrase names the latest organisation of its kind in the article, within
// four sentences: international bodies for "alliance", "bloc" and
// "organisation", armed or political groups for "group" and "movement".

// orgNouns maps the noun of "the NOUN" to the kind of organisation it
// names: "igo" an international body, "group" a non-state group.
var orgNouns = map[string]string{"alliance": "igo", "bloc": "igo", "organisation": "igo", "organization": "igo",
	"group": "group", "movement": "group", "militia": "group"}

// orgSeen is an organisation named in the article.
type orgSeen struct {
	e    *Entry
	kind string
	sent int
}

// orgRefs adds a mention for "the alliance", "the bloc", "the group" naming
// the latest organisation of that kind, and records the organisations of
// the sentence.
func (r *Recognizer) orgRefs(sent int, toks []text.Token, ms []Mention) []Mention {
	covered := coveredBy(len(toks), ms)
	added := false
	for i := 0; i+1 < len(toks); i++ {
		kind, ok := orgNouns[toks[i+1].Norm]
		if toks[i].Norm != "the" || !ok || covered[i] || covered[i+1] {
			continue
		}
		if n := i + 2; n < len(toks) && (toks[n].Norm == "of" || toks[n].Norm == "'s" && kind == "group" || toks[n].Tag == "NNP" || toks[n].Tag == "NN" || toks[n].Tag == "NNS") {
			continue // "the group of seven", "the alliance partners"
		}
		if o := r.latestOrg(kind, sent); o != nil {
			ms = append(ms, r.finish(toks, Mention{Tok: [2]int{i, i + 2}, Entry: o, Via: "orgref", Pos: o.Pos}))
			added = true
		}
	}
	if added {
		sort.SliceStable(ms, func(a, b int) bool { return ms[a].Tok[0] < ms[b].Tok[0] })
	}
	for k := range ms {
		if e := ms[k].Entry; e != nil && e.Kind == Org && ms[k].Via != "orgref" {
			code, _ := e.CodeAt(r.date)
			kind := "group"
			if strings.HasPrefix(code, "IGO") || strings.HasPrefix(code, "NGO") {
				kind = "igo"
			}
			r.orgs = append(r.orgs, orgSeen{e: e, kind: kind, sent: sent})
		}
	}
	return ms
}

// latestOrg is the organisation of a kind named last, in this sentence or
// the four before it.
func (r *Recognizer) latestOrg(kind string, sent int) *Entry {
	for k := len(r.orgs) - 1; k >= 0; k-- {
		o := r.orgs[k]
		if sent-o.sent > 4 {
			return nil
		}
		if o.kind == kind {
			return o.e
		}
	}
	return nil
}
