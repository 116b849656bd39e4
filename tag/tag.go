package tag

import (
	_ "embed"
	"strings"

	"annals/text"
)

//go:embed closed.txt
var closedTxt string

//go:embed verbs.txt
var verbsTxt string

//go:embed irregular.txt
var irregularTxt string

// form is what the lexicon knows about a verb form.
type form struct {
	lemma string
	tags  uint8 // bit set of verbBase, verbS, verbPast, verbPart, verbIng
}

const (
	verbBase = 1 << iota
	verbS
	verbPast
	verbPart
	verbIng
)

// Tagger assigns tags and lemmas. It is immutable after New and safe for
// concurrent use.
type Tagger struct {
	closed map[string]string // word -> tag
	verbs  map[string]bool   // lemma set
	irreg  map[string]form   // irregular past forms
	nouny  map[string]bool   // verb lemmas that are mostly nouns in news
	nouns  map[string]bool   // common nouns known from the dictionaries
}

// New compiles the embedded lexicon.
func New() *Tagger { return NewWith(nil) }

// NewWith compiles the embedded lexicon plus extra verb lemmas (the
// triggers of the verb dictionary in use, so that every verb a pattern
// names is tagged as a verb).
func NewWith(verbs []string) *Tagger { return NewLexicon(verbs, nil) }

// NewLexicon is NewWith plus common nouns (the agent words and event
// nouns of the dictionaries in use): capitalised at the start of a
// sentence before a lower-case word, they are nouns, not names
// ("Artillery shells hit the town", "Protesters blocked roads").
func NewLexicon(verbs, nouns []string) *Tagger {
	t := &Tagger{closed: map[string]string{}, verbs: map[string]bool{}, irreg: map[string]form{}, nouny: map[string]bool{},
		nouns: map[string]bool{}}
	for _, w := range nouns {
		t.nouns[strings.ToLower(w)] = true
	}
	for _, line := range lines(closedTxt) {
		f := strings.Fields(line)
		for _, w := range f[1:] {
			if _, ok := t.closed[w]; !ok {
				t.closed[w] = f[0]
			}
		}
	}
	for _, line := range lines(verbsTxt) {
		for _, w := range strings.Fields(line) {
			t.verbs[w] = true
		}
	}
	for _, line := range lines(irregularTxt) {
		f := strings.Fields(line)
		if len(f) != 3 {
			continue
		}
		t.verbs[f[0]] = true
		for _, p := range strings.Split(f[1], "|") {
			fo := t.irreg[p]
			fo.lemma, fo.tags = f[0], fo.tags|verbPast
			t.irreg[p] = fo
		}
		for _, p := range strings.Split(f[2], "|") {
			fo := t.irreg[p]
			fo.lemma, fo.tags = f[0], fo.tags|verbPart
			t.irreg[p] = fo
		}
	}
	for _, w := range strings.Fields(nounyWords) {
		t.nouny[w] = true
	}
	for _, v := range verbs {
		if v = strings.ToLower(strings.TrimSpace(v)); v != "" && !strings.ContainsAny(v, " _") {
			if _, closed := t.closed[v]; !closed {
				t.verbs[v] = true
			}
		}
	}
	return t
}

// verb lemmas whose bare and -s forms are read as nouns unless the context
// says verb
const nounyWords = `attack talk call visit plan aid ban fire strike protest deal comment report claim sanction force
control order offer raid pledge move step measure bid vote rally demand threat support trade
aim hope fear need promise risk concern result return release rule view work cut change end
price spread test war split stake lead record document issue head struggle face approach answer charge
question reply campaign mine shell rocket bomb blast clash battle range share use power target land
total hit lack range show state mark border house wound air estimate design name list date source
review cost term cause respect process focus purchase trial transfer loan fund dispute exchange
surge shift boost favor favour push pressure access escort patrol levy seal value veto rocket
signal sentence object comfort court back host`

func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if i := strings.Index(l, "#"); i >= 0 {
			l = l[:i]
		}
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// Sentence returns a copy of s's tokens with Tag and Lemma set.
func (t *Tagger) Sentence(s text.Sentence) text.Sentence {
	toks := make([]text.Token, len(s.Tokens))
	copy(toks, s.Tokens)
	t.tag(toks)
	s.Tokens = toks
	return s
}

// VerbLemma returns the verb lemma of a word form and whether it is a verb form.
func (t *Tagger) VerbLemma(w string) (string, bool) {
	f := t.verbForm(w)
	return f.lemma, f.tags != 0
}

// verbForm looks a lower-case word up as a verb form.
func (t *Tagger) verbForm(w string) form {
	if f, ok := t.irreg[w]; ok {
		if t.verbs[w] {
			f.tags |= verbBase
		}
		return f
	}
	if t.verbs[w] {
		return form{w, verbBase}
	}
	n := len(w)
	try := func(stem string, tags uint8) (form, bool) {
		if t.verbs[stem] {
			return form{stem, tags}, true
		}
		return form{}, false
	}
	switch {
	case strings.HasSuffix(w, "ies") && n > 4:
		if f, ok := try(w[:n-3]+"y", verbS); ok {
			return f
		}
	case strings.HasSuffix(w, "es") && n > 3:
		if f, ok := try(w[:n-2], verbS); ok {
			return f
		}
		if f, ok := try(w[:n-1], verbS); ok {
			return f
		}
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && n > 2:
		if f, ok := try(w[:n-1], verbS); ok {
			return f
		}
	case strings.HasSuffix(w, "ied") && n > 4:
		if f, ok := try(w[:n-3]+"y", verbPast|verbPart); ok {
			return f
		}
	case strings.HasSuffix(w, "ed") && n > 3:
		for _, stem := range []string{w[:n-2], w[:n-1], undouble(w[:n-2])} {
			if f, ok := try(stem, verbPast|verbPart); ok {
				return f
			}
		}
	case strings.HasSuffix(w, "ing") && n > 4:
		for _, stem := range []string{w[:n-3], w[:n-3] + "e", undouble(w[:n-3]), strings.TrimSuffix(w[:n-3], "y") + "ie"} {
			if f, ok := try(stem, verbIng); ok {
				return f
			}
		}
	}
	return form{}
}

func undouble(s string) string {
	n := len(s)
	if n > 2 && s[n-1] == s[n-2] {
		return s[:n-1]
	}
	return s
}

// NounLemma singularises a regular plural noun.
func NounLemma(w string) string {
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 4 && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes")):
		return w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:n-1]
	}
	return w
}
