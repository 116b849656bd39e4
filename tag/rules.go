package tag

import (
	"strings"

	"annals/text"
)

var auxForms = map[string][2]string{
	"be": {"VB", "be"}, "is": {"VBZ", "be"}, "are": {"VBP", "be"}, "was": {"VBD", "be"}, "were": {"VBD", "be"},
	"been": {"VBN", "be"}, "being": {"VBG", "be"}, "am": {"VBP", "be"}, "'re": {"VBP", "be"}, "'m": {"VBP", "be"},
	"have": {"VBP", "have"}, "has": {"VBZ", "have"}, "had": {"VBD", "have"}, "having": {"VBG", "have"}, "'ve": {"VBP", "have"},
	"do": {"VBP", "do"}, "does": {"VBZ", "do"}, "did": {"VBD", "do"}, "doing": {"VBG", "do"}, "done": {"VBN", "do"},
}

var adjSuffixes = []string{"ous", "ive", "ical", "ful", "less", "able", "ible", "ary", "ish", "ian", "ese", "al", "ic", "ent", "ant"}

// tag assigns tags and lemmas in place (on the caller's copy).
func (t *Tagger) tag(toks []text.Token) {
	for i := range toks {
		tk := &toks[i]
		w := tk.Norm
		tk.Lemma = w
		switch tk.Kind {
		case text.Punct:
			tk.Tag = punctTag(w)
			continue
		case text.Quote:
			tk.Tag = "``"
			continue
		case text.Number:
			tk.Tag = "CD"
			continue
		}
		prev, prevTok := prevTag(toks, i)
		switch {
		case w == "'s" || w == "'":
			tk.Tag = "POS"
			if w == "'s" && prevTok != nil && (prevTok.Norm == "he" || prevTok.Norm == "she" || prevTok.Norm == "it" || prevTok.Norm == "that" || prevTok.Norm == "there") {
				tk.Tag, tk.Lemma = "VBZ", "be"
			}
			continue
		case w == "n't":
			tk.Tag, tk.Lemma = "RB", "not"
			continue
		}
		if a, ok := auxForms[w]; ok {
			tk.Tag, tk.Lemma = a[0], a[1]
			continue
		}
		if c, ok := t.closed[w]; ok && !(tk.IsCap() && i > 0 && c != "PRP" && c != "DT") && !(w == "us" && tk.IsUpper() && !isAllCapsSentence(toks)) {
			tk.Tag = c
			switch {
			case w == "that":
				tk.Tag = t.thatTag(toks, i, prev)
			case w == "her" && i+1 < len(toks) && isNounish(toks[i+1]):
				tk.Tag = "PRP$"
			case c == "MD":
				tk.Lemma = modalLemma(w)
			}
			if tk.Tag == "JJ" && prev == "DT" && i+1 < len(toks) && !isNounish(toks[i+1]) && toks[i+1].Kind != text.Word {
				tk.Tag = "NN"
			}
			if tk.Tag == "JJ" && nounableAdj[w] && t.finiteNext(toks, i) {
				tk.Tag = "NN" // the military said; Israel's military has
			}
			continue
		}
		if i == 1 && (toks[0].Tag == "NN") && t.nouns[toks[0].Norm] && t.nouns[w] && strings.HasSuffix(w, "s") && !tk.IsCap() {
			// "Security forces in Guinea": the head of the opening noun
			tk.Tag, tk.Lemma = "NNS", NounLemma(w)
			continue
		}
		if i == 0 && tk.IsCap() && !tk.IsUpper() && t.commonNoun(w) && i+1 < len(toks) && (toks[i+1].Kind != text.Word || !toks[i+1].IsCap()) {
			// "Artillery shells hit", "Protesters blocked": a common noun
			// opening the sentence
			tk.Tag, tk.Lemma = "NN", w
			if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && (t.nouns[NounLemma(w)] || !t.nouns[w+"s"]) {
				tk.Tag, tk.Lemma = "NNS", NounLemma(w)
			}
			if w == "police" || w == "military" {
				tk.Tag = "NNS"
			}
			continue
		}
		f := t.verbForm(w)
		if f.tags != 0 && !(tk.IsCap() && i > 0 && !isAllCapsSentence(toks)) {
			tk.Tag, tk.Lemma = t.verbTag(toks, i, f, prev)
			if strings.HasPrefix(tk.Tag, "NN") {
				tk.Lemma = NounLemma(w)
			}
			continue
		}
		if tk.IsCap() && (i > 0 || !t.knownLower(w)) {
			tk.Tag = "NNP"
			if tk.IsUpper() || strings.HasSuffix(w, "s") && len(w) > 3 && t.knownLower(NounLemma(w)) {
				tk.Tag = "NNP"
			}
			continue
		}
		prev, _ = prevTag(toks, i)
		switch {
		case strings.HasSuffix(w, "ly") && len(w) > 4:
			tk.Tag = "RB"
		case strings.HasSuffix(w, "ed") && len(w) > 4 && !strings.HasSuffix(w, "eed"):
			// an unknown -ed word is a verb form ("chanted", "shelled")
			tk.Lemma = guessLemma(w)
			if prev == "DT" || prev == "PRP$" || prev == "POS" {
				tk.Tag = "JJ"
			} else if be, have := auxBefore(toks, i); be || have {
				tk.Tag = "VBN"
			} else {
				tk.Tag = "VBD"
			}
		case strings.HasSuffix(w, "ing") && len(w) > 5 && !(prev == "DT" || prev == "PRP$" || prev == "POS" || prev == "JJ"):
			tk.Tag, tk.Lemma = "VBG", guessLemma(w)
		case hasAdjSuffix(w) && !(i+1 < len(toks) && toks[i+1].Kind != text.Word):
			tk.Tag = "JJ"
		case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && len(w) > 3:
			tk.Tag, tk.Lemma = "NNS", NounLemma(w)
		default:
			tk.Tag = "NN"
		}
	}
}

func isAllCapsSentence(toks []text.Token) bool {
	for i := range toks {
		if toks[i].Kind == text.Word && !toks[i].IsUpper() && !toks[i].IsCap() {
			return false
		}
	}
	return true
}

// commonNoun reports a word the dictionaries know as a common noun, in
// the singular or the plural, and not as a verb form first.
func (t *Tagger) commonNoun(w string) bool {
	if !t.nouns[w] && !t.nouns[NounLemma(w)] {
		return false
	}
	return t.verbForm(w).tags == 0 || t.nouny[NounLemma(w)] || strings.HasSuffix(w, "s")
}

func (t *Tagger) knownLower(w string) bool {
	if _, ok := t.closed[w]; ok {
		return true
	}
	if _, ok := auxForms[w]; ok {
		return true
	}
	return t.verbForm(w).tags != 0
}

// guessLemma strips -ed or -ing from an unknown verb form.
func guessLemma(w string) string {
	stem := w
	switch {
	case strings.HasSuffix(w, "ied"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ed"):
		stem = w[:len(w)-2]
	case strings.HasSuffix(w, "ing"):
		stem = w[:len(w)-3]
	}
	if n := len(stem); n > 2 && stem[n-1] == stem[n-2] && !strings.ContainsRune("lsz", rune(stem[n-1])) {
		return stem[:n-1] // a doubled final consonant: banned -> ban (but shelled -> shell)
	}
	return stem
}

// nounsLikeAdjectives end like adjectives (-ent, -ant, -al) but are nouns.
var nounsLikeAdjectives = map[string]bool{"president": true, "resident": true, "student": true, "agent": true,
	"parent": true, "incident": true, "accident": true, "event": true, "percent": true, "client": true,
	"talent": true, "merchant": true, "assistant": true, "immigrant": true, "migrant": true, "militant": true,
	"defendant": true, "participant": true, "servant": true, "tenant": true, "giant": true, "plant": true,
	"grant": true, "restaurant": true, "applicant": true, "consultant": true, "sergeant": true, "lieutenant": true,
	"precedent": true, "continent": true, "segment": true, "component": true, "opponent": true, "proponent": true,
	"correspondent": true, "constituent": true, "rival": true, "official": true, "general": true, "capital": true,
	"festival": true, "arrival": true, "approval": true, "proposal": true, "withdrawal": true, "survival": true,
	"tribunal": true, "hospital": true, "journal": true, "signal": true, "ritual": true, "trial": true, "deal": true,
	"referral": true, "removal": true, "renewal": true, "refusal": true, "denial": true, "dismissal": true, "criminal": true,
	"arsenal": true, "portal": true, "terminal": true, "canal": true, "cardinal": true, "admiral": true, "marshal": true,
	"clinic": true, "republic": true, "public": true, "traffic": true, "topic": true, "music": true, "critic": true, "logic": true}

func hasAdjSuffix(w string) bool {
	if nounsLikeAdjectives[w] || strings.HasSuffix(w, "ment") {
		return false
	}
	for _, s := range adjSuffixes {
		if strings.HasSuffix(w, s) && len(w) > len(s)+2 {
			return true
		}
	}
	return false
}

func punctTag(w string) string {
	switch w {
	case ".", "!", "?", "...":
		return "."
	case ",":
		return ","
	case "(", "[":
		return "("
	case ")", "]":
		return ")"
	}
	return ":"
}

func modalLemma(w string) string {
	switch w {
	case "ca":
		return "can"
	case "wo", "'ll":
		return "will"
	case "'d":
		return "would"
	}
	return w
}

// prevTag returns the tag of the previous word, skipping adverbs.
func prevTag(toks []text.Token, i int) (string, *text.Token) {
	for j := i - 1; j >= 0; j-- {
		if toks[j].Tag == "RB" && toks[j].Lemma != "not" {
			continue
		}
		if toks[j].Tag == "``" {
			continue
		}
		return toks[j].Tag, &toks[j]
	}
	return "", nil
}

func isNounish(tk text.Token) bool {
	if tk.Kind != text.Word {
		return false
	}
	return true
}

func (t *Tagger) thatTag(toks []text.Token, i int, prev string) string {
	switch {
	case strings.HasPrefix(prev, "VB"):
		return "IN" // said that ...
	case strings.HasPrefix(prev, "NN"):
		if i+1 < len(toks) {
			n := toks[i+1].Norm
			if _, aux := auxForms[n]; aux || t.closed[n] == "MD" || t.verbForm(n).tags&(verbS|verbPast) != 0 {
				return "WDT" // the deal that was signed
			}
		}
		return "IN"
	}
	return "DT"
}

// verbTag chooses between the verb readings of a form and a noun reading.
func (t *Tagger) verbTag(toks []text.Token, i int, f form, prev string) (string, string) {
	w := toks[i].Norm
	nounCtx := prev == "DT" || prev == "PRP$" || prev == "POS" || prev == "JJ" || prev == "CD" || prev == "IN" && toks[i-1].Norm != "to"
	verbCtx := prev == "MD" || prev == "TO" || prev == "PRP" || prev == "WDT" || prev == "WP" || prev == "" && false
	afterBe, afterHave := auxBefore(toks, i)
	switch {
	case f.tags&verbIng != 0:
		if prev == "DT" || prev == "PRP$" || prev == "POS" || prev == "JJ" {
			return "NN", w
		}
		return "VBG", f.lemma
	case f.tags&(verbPast|verbPart) != 0 && f.tags&verbBase == 0:
		switch {
		case afterBe || afterHave:
			return "VBN", f.lemma
		case prev == "DT" || prev == "PRP$" || prev == "POS":
			return "JJ", f.lemma
		case prev == "IN" || prev == ",":
			// "by troops deployed", ", backed by": participle
			if prev == "," && i >= 2 {
				return "VBD", f.lemma
			}
			return "VBN", f.lemma
		}
		if f.tags&verbPast != 0 {
			return "VBD", f.lemma
		}
		return "VBN", f.lemma
	case f.tags&verbS != 0:
		if neverNoun[f.lemma] {
			return "VBZ", f.lemma // says, tells: no noun reading
		}
		if (prev == "NNP" && groupNoun[f.lemma] || prev == "NN") && t.finiteNext(toks, i) {
			// Ukrainian forces; artillery shells hit
			return "NNS", NounLemma(w)
		}
		if nounCtx || t.nouny[f.lemma] && !(prev == "NNP" || prev == "PRP" || prev == "NN" || prev == "WDT" || prev == "RB") {
			return "NNS", NounLemma(w)
		}
		if prev == "NNS" && t.nouny[f.lemma] {
			return "NNS", NounLemma(w)
		}
		return "VBZ", f.lemma
	default: // base form (and irregular pasts equal to the base: cut, hit, put)
		if f.tags&(verbPast|verbPart) != 0 {
			if afterBe || afterHave {
				return "VBN", f.lemma
			}
			if prev == "NNP" || prev == "NNS" || prev == "PRP" || prev == "NN" || prev == "WDT" || prev == "WP" {
				return "VBD", f.lemma // police who set up; the award that set the border
			}
			if prev == "CC" && lastVerbTag(toks, i) == "VBD" {
				return "VBD", f.lemma // stormed the embassy and set fire to it
			}
		}
		switch {
		case verbCtx || prev == "VBD" && toks[i-1].Lemma == "do" || prev == "VBZ" && toks[i-1].Lemma == "do" || prev == "VBP" && toks[i-1].Lemma == "do":
			if prev == "PRP" {
				return "VBP", f.lemma
			}
			return "VB", f.lemma
		case prev == "RB" && i > 0 && toks[i-1].Lemma == "not":
			return "VB", f.lemma
		case strings.HasPrefix(prev, "VB") && (toks[i-1].Lemma == "help" || toks[i-1].Lemma == "let"):
			return "VB", f.lemma // help end the war
		case prev == "NN":
			return "NN", w // a compound: air base, coast guard
		case nounCtx:
			return "NN", w
		case t.nouny[f.lemma]:
			if prev == "NNS" || prev == "NNP" && !t.nouny[w] {
				return "VBP", f.lemma
			}
			return "NN", w
		case prev == "NNS" || prev == "NNP" || prev == "CC":
			return "VBP", f.lemma
		case prev == "" || prev == "VBD" || prev == "VBZ" || prev == "VBP" || prev == "VBN":
			return "NN", w
		}
		return "VB", f.lemma
	}
}

// auxBefore reports a form of be or have before token i, skipping adverbs
// and negation (has not yet spoken; was reportedly killed).
func auxBefore(toks []text.Token, i int) (be, have bool) {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		switch toks[j].Lemma {
		case "be":
			if toks[j].Kind == text.Word {
				return true, false
			}
		case "have":
			return false, true
		}
		if toks[j].Tag != "RB" {
			return false, false
		}
	}
	return false, false
}

// nounableAdj are closed-class adjectives that also head a noun phrase
// ("the military", "a civilian", "the chief").
var nounableAdj = map[string]bool{"military": true, "civilian": true, "chief": true}

// neverNoun are verb lemmas whose -s form is never a plural noun.
var neverNoun = map[string]bool{"say": true, "tell": true, "warn": true, "urge": true, "insist": true,
	"accuse": true, "deny": true, "add": true, "announce": true}

// groupNoun are verb lemmas whose plural names a body of people that acts
// (Ukrainian forces, Israeli forces).
var groupNoun = map[string]bool{"force": true}

// finiteNext reports whether the word after token i is plainly a finite
// verb: a modal, a finite form of be or have, or a past-tense form, so
// that token i ends the subject noun phrase (the military said; artillery
// shells hit).
func (t *Tagger) finiteNext(toks []text.Token, i int) bool {
	j := i + 1
	for j < len(toks) && toks[j].Kind == text.Word && t.closed[toks[j].Norm] == "RB" && toks[j].Norm != "there" {
		j++
	}
	if j >= len(toks) || toks[j].Kind != text.Word || toks[j].IsCap() && !toks[j].IsUpper() {
		return false
	}
	n := toks[j].Norm
	if t.closed[n] == "MD" {
		return true
	}
	if a, ok := auxForms[n]; ok {
		return a[0] == "VBD" || a[0] == "VBZ" || a[0] == "VBP"
	}
	if _, closed := t.closed[n]; closed {
		return false
	}
	f := t.verbForm(n)
	if f.tags&verbS != 0 && neverNoun[f.lemma] {
		return true // the military says
	}
	return f.tags&verbPast != 0 && (f.tags&verbBase == 0 || t.irreg[n].tags&verbPast != 0)
}

// lastVerbTag is the tag of the nearest verb before token i in the sentence.
func lastVerbTag(toks []text.Token, i int) string {
	for j := i - 1; j >= 0; j-- {
		if strings.HasPrefix(toks[j].Tag, "VB") {
			return toks[j].Tag
		}
	}
	return ""
}
