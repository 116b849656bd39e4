package verb

import (
	"strings"

	"annals/actor"
	"annals/text"
)

// quantityNouns head a partitive ("thousands of Georgians", "members of
// the opposition"): the actor after "of" is what the phrase names.
var quantityNouns = map[string]bool{"dozen": true, "dozens": true, "hundred": true, "hundreds": true, "thousand": true,
	"thousands": true, "million": true, "millions": true, "score": true, "scores": true, "ten": true, "tens": true,
	"group": true, "groups": true, "member": true, "members": true, "crowd": true, "crowds": true, "number": true,
	"some": true, "many": true, "several": true, "most": true, "all": true, "both": true, "each": true, "one": true,
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true,
	"band": true, "bands": true, "unit": true, "units": true, "contingent": true, "delegation": true,
	"batch": true, "deployment": true, "detachment": true, "battalion": true, "wave": true, "convoy": true,
	"team": true, "squad": true, "column": true}

// approx words open a numeric quantity ("nearly 40", "some 300"); "more
// than", "at least" and "up to" are read as pairs.
var approx = map[string]bool{"about": true, "around": true, "nearly": true, "almost": true, "some": true, "over": true,
	"roughly": true, "approximately": true, "another": true, "several": true, "than": true}

// skipModifiers skips what may stand before the head of a noun phrase
// that names an actor: determiners, numbers and quantities ("more than a
// dozen", "at least 20", "hundreds of"), and adjectives that are not
// themselves actor mentions. It stops at an actor mention and returns
// pos itself when what follows is no noun phrase start.
func skipModifiers(toks []text.Token, ms []actor.Mention, at []int, pos int) int {
	k := pos
	for n := 0; n < 8 && k < len(toks); n++ {
		if at[k] >= 0 || inMention(ms, k) {
			return k
		}
		t := &toks[k]
		switch {
		case t.Tag == "DT" || t.Tag == "``" || t.Tag == "CD":
		case t.Tag == "JJ" || t.Tag == "JJR" || t.Tag == "JJS" || t.Tag == "VBN" && k > pos:
		case t.Tag == "NNP" && t.IsCap() && k+1 < len(toks) && at[k+1] >= 0 && ms[at[k+1]].Via == "name":
			// "killed General Qassem Soleimani": a title the name left out
		case t.Tag == "VBG" && k+1 < len(toks) && at[k+1] >= 0 && (k == pos || toks[k-1].Tag == "DT"):
			// "neighbouring Armenia", "the visiting Chinese premier"
		case strings.Contains(t.Text, "-") && (t.Tag == "NN" || t.Tag == "VBN" || t.Tag == "VBD") && k+1 < len(toks) && toks[k+1].Tag != "IN":
			// "war-torn Sudan", "oil-rich Venezuela": a compound adjective
		case approx[t.Norm] && k+1 < len(toks) && quantityStart(&toks[k+1]):
		case pairStart(toks, k):
			k++ // "more than", "at least", "up to"
		case t.Norm == "of" && k > pos && (toks[k-1].Tag == "CD" || quantityNouns[toks[k-1].Norm]):
		case quantityNouns[t.Norm] && k+1 < len(toks) && toks[k+1].Norm == "of":
		default:
			return k
		}
		k++
	}
	return k
}

// quantityStart: a token that may follow "more than", "at least": a
// number, "a" ("a dozen") or a quantity noun.
func quantityStart(t *text.Token) bool {
	return t.Tag == "CD" || t.Norm == "a" || quantityNouns[t.Norm]
}

// pairStart reports a two-word quantity opener at k followed by a
// quantity ("more than a dozen", "at least 20", "up to 300").
func pairStart(toks []text.Token, k int) bool {
	if k+2 >= len(toks) || !quantityStart(&toks[k+2]) {
		return false
	}
	switch a, b := toks[k].Norm, toks[k+1].Norm; {
	case b == "than":
		return a == "more" || a == "less" || a == "fewer"
	case a == "at":
		return b == "least" || b == "most"
	case a == "up":
		return b == "to"
	}
	return false
}

// nounEnd returns the token after the common nouns at k ("border posts"),
// at most three, or k when there is none.
func nounEnd(toks []text.Token, k int) int {
	e := k
	for e < len(toks) && e < k+3 && (toks[e].Tag == "NN" || toks[e].Tag == "NNS") {
		e++
	}
	return e
}

// nounModifier reports a common-noun mention followed by a common noun
// that it modifies ("administration building", "police station").
func nounModifier(toks []text.Token, ms []actor.Mention, k int) bool {
	m := &ms[k]
	e := m.Tok[1]
	if e >= len(toks) || inMention(ms, e) || m.Via == "pronoun" {
		return false
	}
	last := toks[e-1].Tag
	if last != "NN" && last != "NNS" {
		return false
	}
	if toks[e].Tag == "VBG" && e+1 < len(toks) {
		// "administration building and": a gerund with no object is a noun
		n := toks[e+1].Tag
		return n == "CC" || n == "," || n == "." || n == "IN"
	}
	return toks[e].Tag == "NN" || toks[e].Tag == "NNS"
}

// conjoinedSubject finds the subject of a clause coordinated without a
// comma ("Hamas freed three women and Israel released prisoners"): an
// actor just before the verb group at g, after "and" or "but" that
// follow a verb of the clause opened at start.
func conjoinedSubject(toks []text.Token, ms []actor.Mention, start, g int) []int {
	e := backTime(toks, g)
	k := mentionEnding(ms, e)
	if k < 0 || ms[k].Possessive {
		return nil
	}
	b := ms[k].Tok[0] - 1
	for b > start && (toks[b].Tag == "DT" || toks[b].Tag == "JJ") && !inMention(ms, b) {
		b--
	}
	if b <= start || toks[b].Norm != "and" && toks[b].Norm != "but" {
		return nil
	}
	for v := b - 1; v >= start; v-- {
		if t := toks[v].Tag; t == "VBD" || t == "VBZ" || t == "VBP" {
			return firstActor(toks, ms, b+1, g)
		}
	}
	return nil
}

// backTime steps left from g over a time phrase or adverbs between a
// subject and its verb ("Israel on Monday released", "Iran later said").
func backTime(toks []text.Token, g int) int {
	for g > 0 {
		switch {
		case toks[g-1].Tag == "RB":
			g--
		case deictic[toks[g-1].Norm]:
			g--
		case g > 1 && weekdays[toks[g-1].Norm] && toks[g-2].Norm == "on":
			g -= 2
		case g > 1 && (relUnits[toks[g-1].Norm] || weekdays[toks[g-1].Norm]) && (toks[g-2].Norm == "last" || toks[g-2].Norm == "this" || toks[g-2].Norm == "earlier"):
			g -= 2
		default:
			return g
		}
	}
	return g
}

// coordinatedVerb returns the verb coordinated with the verb at i ("armed
// and funded", "condemned or denounced") when the two stand side by side,
// or -1.
func coordinatedVerb(toks []text.Token, i int) int {
	j := i + 2
	if j >= len(toks) || toks[i+1].Norm != "and" && toks[i+1].Norm != "or" {
		return -1
	}
	switch toks[j].Tag {
	case "VBD", "VBN", "VBZ", "VBP":
		if toks[i].Tag == "VBG" {
			return -1
		}
		return j
	case "VBG":
		if toks[i].Tag == "VBG" {
			return j
		}
	}
	return -1
}

// participle returns the verb lemma of an adjective that stands for a
// past participle after "have" ("has armed") or a verb coordinated with a
// finite one ("Iran armed and funded"), when the dictionary has
// patterns for it, or "".
func (d *Dict) participle(toks []text.Token, i int) string {
	t := &toks[i]
	if t.Tag != "JJ" || i == 0 || !strings.HasSuffix(t.Norm, "ed") {
		return ""
	}
	k := i - 1
	for k > 0 && toks[k].Tag == "RB" {
		k--
	}
	coord := i+2 < len(toks) && (toks[i+1].Norm == "and" || toks[i+1].Norm == "or") && (toks[i+2].Tag == "VBD" || toks[i+2].Tag == "VBN")
	if !coord && (toks[k].Lemma != "have" || !isVerbTag(toks[k].Tag)) {
		return ""
	}
	w := t.Norm
	stem := w[:len(w)-2]
	cands := []string{stem, w[:len(w)-1]}
	if n := len(stem); n > 2 && stem[n-1] == stem[n-2] {
		cands = append(cands, stem[:n-1])
	}
	if strings.HasSuffix(stem, "i") {
		cands = append(cands, stem[:len(stem)-1]+"y")
	}
	for _, c := range cands {
		if len(d.byVerb[c]) > 0 {
			return c
		}
	}
	return ""
}

// nounSubject reports a clause in [start, g) with a subject of its own
// that names no actor ("said the strikes had killed"): its event is not
// the previous clause's subject's.
func nounSubject(toks []text.Token, ms []actor.Mention, start, g int) bool {
	if g > 0 && (toks[g-1].Norm == "and" || toks[g-1].Norm == "but") {
		return false // "... and urged": the verbs share an earlier subject
	}
	for k := start; k < g; k++ {
		t := &toks[k]
		if t.Tag == "IN" || t.Tag == "TO" {
			return false // "said on Monday": a phrase before any subject
		}
		if (t.Tag == "NN" || t.Tag == "NNS") && !inMention(ms, k) && !relUnits[t.Norm] {
			return true
		}
	}
	return false
}

// partitiveOf returns the "of" of a partitive before the mention starting
// at k ("thousands of Georgians", "members of the opposition") when the
// quantity opens the noun phrase at or after from, or -1.
func partitiveOf(toks []text.Token, ms []actor.Mention, k, from int) int {
	of := k - 1
	if of > 0 && toks[of].Tag == "DT" {
		of--
	}
	if of < from+1 || toks[of].Norm != "of" {
		return -1
	}
	q := of - 1
	if toks[q].Tag != "CD" && !quantityNouns[toks[q].Norm] || inMention(ms, q) {
		return -1
	}
	// the quantity opens its noun phrase: nothing but modifiers before it
	b := q - 1
	for b >= from {
		t := &toks[b]
		if t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "CD" || approx[t.Norm] {
			b--
		} else if t.Norm == "of" && b > from && (toks[b-1].Tag == "CD" || quantityNouns[toks[b-1].Norm]) {
			b -= 2 // "hundreds of members of"
		} else {
			break
		}
	}
	if b >= from && toks[b].Tag != "," && toks[b].Tag != "CC" && toks[b].Norm != "``" {
		return -1
	}
	return of
}

// parenthetical returns the comma that opens a relative clause closed by
// the comma at k (", which has troops in the north,"), or -1.
func parenthetical(toks []text.Token, k, start int) int {
	if toks[k].Norm != "," {
		return -1
	}
	for j := k - 1; j > start && j >= k-25; j-- {
		switch toks[j].Norm {
		case ",", ";", ":", "(", ")":
			return -1
		case "which", "who", "whom", "whose":
			if toks[j-1].Norm == "," {
				return j - 1
			}
			return -1
		}
	}
	return -1
}

// prenominal reports a name at k that opens a noun phrase: at the start
// of the sentence or after a determiner ("the Hamas attack").
func prenominal(toks []text.Token, k int) bool {
	return k == 0 || toks[k-1].Tag == "DT" || toks[k-1].Tag == "``"
}

// mistaggedNoun reports a present-tense verb right after a common noun
// inside an object ("two artillery shells at", "aid convoys to"): in
// a noun phrase after the verb it is a plural noun or a compound's
// head, not a new clause. The classic coders also take a past tense
// there for a reduced relative ("memos sent by").
func mistaggedNoun(toks []text.Token, ms []actor.Mention, t int, classic bool) bool {
	if p := toks[t-1].Tag; p != "NN" && p != "NNS" || inMention(ms, t-1) {
		return false
	}
	switch toks[t].Tag {
	case "VBZ", "VBP":
		if classic {
			return true
		}
		// "shells at", "convoys to": a plural with a preposition after it
		return t+1 < len(toks) && (toks[t+1].Tag == "IN" || toks[t+1].Tag == "TO") && strings.HasSuffix(toks[t].Norm, "s")
	case "VBD":
		return classic
	}
	return false
}
