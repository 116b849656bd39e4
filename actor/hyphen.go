package actor

import (
	"sort"
	"strings"

	"annals/text"
)

// hyphenated finds countries and organisations inside hyphenated words
// ("Russian-Chinese partnership", "U.S.-led", "U.N.-brokered"): each part
// that names a country or organisation becomes a mention of its own,
// spanning just that part.
func (r *Recognizer) hyphenated(toks []text.Token, ms []Mention) []Mention {
	added := false
	for i := range toks {
		t := &toks[i]
		if t.Kind != text.Word || !strings.Contains(t.Text, "-") || inside(ms, i) {
			continue
		}
		off := 0
		for _, part := range strings.Split(t.Text, "-") {
			start := t.Start + off
			off += len(part) + 1
			norm := normalize(part)
			for k := range r.d.index[norm] {
				p := &r.d.index[norm][k]
				if len(p.toks) != 1 || p.how == "agent" || p.how == "agents" || p.entry.Kind == Person {
					continue
				}
				if p.exact != "" && part != p.exact || !p.lower && p.exact == "" && !isCapWord(part) {
					continue
				}
				m := Mention{Tok: [2]int{i, i + 1}, Entry: p.entry, Via: "compound", Pos: p.entry.Pos}
				if p.entry.Kind == Country {
					m.Country = p.entry.Code
				}
				m.Span = text.Span{Start: start, End: start + len(part)}
				m.Text = part
				ms = append(ms, m)
				added = true
				break
			}
		}
	}
	if added {
		sort.SliceStable(ms, func(a, b int) bool { return ms[a].Start < ms[b].Start })
	}
	return ms
}

func isCapWord(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

func normalize(s string) string {
	toks := text.Tokenize(s, 0, len(s))
	if len(toks) == 1 {
		return toks[0].Norm
	}
	return strings.ToLower(s)
}
