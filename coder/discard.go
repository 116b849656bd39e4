package coder

import (
	"strings"

	"annals/text"
)

// Discard is a phrase that drops a sentence, or with Story the whole
// article, from coding (the discards of classic dictionaries: sports
// results, film reviews, "the team beat").
type Discard struct {
	Phrase []string // lower-case words
	Story  bool
	Pos    string // file:line
}

// discards indexes phrases by their first word.
type discards map[string][]Discard

func compileDiscards(ds []Discard) discards {
	if len(ds) == 0 {
		return nil
	}
	m := discards{}
	for _, d := range ds {
		if len(d.Phrase) > 0 {
			w := strings.ToLower(d.Phrase[0])
			m[w] = append(m[w], d)
		}
	}
	return m
}

// match returns the first discard phrase in the sentence, if any.
func (m discards) match(toks []text.Token) (Discard, bool) {
	for i := range toks {
		for _, d := range m[toks[i].Norm] {
			if i+len(d.Phrase) > len(toks) {
				continue
			}
			ok := true
			for k, w := range d.Phrase[1:] {
				t := &toks[i+1+k]
				if t.Norm != w && t.Lemma != w {
					ok = false
					break
				}
			}
			if ok {
				return d, true
			}
		}
	}
	return Discard{}, false
}
