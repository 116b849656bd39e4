package verb

import (
	"strings"

	"annals/actor"
	"annals/text"
)

// This file holds the readings that find an event's actors beyond its
// clause's subject and object, or that decide its modality from the
// construction around it: conditions of threats, relative and coordinated
// clauses, causatives, accusations, "let", compounds through collectives,
// "its", adjunct meetings, places that house troops, nations of things
// acted on, and the domestic acts whose target is the source's people.

// housed finds the actor a target place houses: after the target's noun
// phrase, "housing", "hosting" or "used by" and an actor of another
// country ("an air base hosting American forces"); -1 if none.
func housed(toks []text.Token, ms []actor.Mention, t int) int {
	m := &ms[t]
	if m.Via != "adj" && m.Via != "place" && m.Via != "people" {
		return -1
	}
	k := m.Tok[1]
	for k < len(toks) && k < m.Tok[1]+3 && !inMention(ms, k) &&
		(toks[k].Tag == "NN" || toks[k].Tag == "NNS" || toks[k].Tag == "NNP" || toks[k].Tag == "VBZ" && strings.HasSuffix(toks[k].Norm, "s")) {
		k++ // "bases", however tagged
	}
	if k+1 < len(toks) && (toks[k].Norm == "in" || toks[k].Norm == "at") {
		// "the Al Udeid air base in Qatar, which hosts"
		if n := mentionAt(ms, k+1); n >= 0 && ms[n].Entry != nil && ms[n].Entry.Kind == actor.Country {
			k = ms[n].Tok[1]
		}
	}
	if k+2 < len(toks) && toks[k].Norm == "," && (toks[k+1].Norm == "which" || toks[k+1].Norm == "that") {
		k += 2 // "the air base in Qatar, which hosts"
	}
	if k >= len(toks) || toks[k].Lemma != "house" && toks[k].Lemma != "host" && toks[k].Norm != "housing" && toks[k].Norm != "hosting" {
		return -1
	}
	for n := range ms {
		if ms[n].Tok[0] > k && ms[n].Tok[0] <= k+2 && ms[n].Country != m.Country && (ms[n].IsActor() || ms[n].Via == "adj") {
			return n
		}
	}
	return -1
}

// negatedInside finds a negation among the first words a verb pattern
// matched after its trigger ("had not held talks with"), or -1.
func negatedInside(toks []text.Token, i, end int) int {
	for k := i + 1; k < end && k <= i+3; k++ {
		if toks[k].Lemma == "not" || toks[k].Norm == "never" || toks[k].Norm == "n't" {
			return k
		}
	}
	return -1
}

// conditionActor is the first actor of an "if" or "unless" clause that
// follows the match in the sentence, or -1.
func conditionActor(toks []text.Token, ms []actor.Mention, end int, not []int) int {
	for t := end; t < len(toks); t++ {
		if toks[t].Norm == ";" {
			return -1
		}
		if toks[t].Norm != "if" && toks[t].Norm != "unless" {
			continue
		}
		for k := range ms {
			if ms[k].Tok[0] > t && ms[k].Tok[0] <= t+4 && ms[k].IsActor() && !contains(not, k) {
				return k
			}
		}
		return -1
	}
	return -1
}

// hostile reports the codes of force and coercion (14-20) that a warning
// can threaten.
func hostile(code string) bool {
	return len(code) >= 2 && code[:2] >= "14" && code[:2] <= "20"
}

// WarnedBefore reports a verb of warning or threatening before token i
// in its sentence, not past a semicolon: "warned that Tehran would block
// the corridor".
func WarnedBefore(toks []text.Token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if toks[k].Norm == ";" {
			return false
		}
		if isVerbTag(toks[k].Tag) && (toks[k].Lemma == "warn" || toks[k].Lemma == "threaten" || toks[k].Lemma == "vow") {
			return true
		}
	}
	return false
}

// domestic reports codes whose act, without a named target, falls on the
// source's own country: force posture (15x), curfews, states of
// emergency and bans imposed (172x) or eased (081x), dissent eased (082)
// and demands met (083: "the president resigned amid protests"); and a
// demand (10x) of a group inside a country, which falls on its state
// ("students demanded an end to the quota system").
func domestic(code string) bool {
	return strings.HasPrefix(code, "15") || strings.HasPrefix(code, "172") || strings.HasPrefix(code, "081") ||
		strings.HasPrefix(code, "082") || strings.HasPrefix(code, "083") || strings.HasPrefix(code, "10")
}

// nationOf finds a national adjective among the words a pattern matched
// after its trigger, or in the noun phrase right after them, of another
// country than the sources': the owner of the thing acted on; -1 if none.
func nationOf(toks []text.Token, ms []actor.Mention, i, end int, sources []int) int {
	own := map[string]bool{}
	for _, k := range sources {
		own[ms[k].Country] = true
	}
	limit := end
	for limit < len(toks) && limit < end+4 && !isBoundary(&toks[limit]) && !isVerbTag(toks[limit].Tag) &&
		(toks[limit].Tag == "DT" || toks[limit].Tag == "JJ" || toks[limit].Tag == "NNP" || toks[limit].Tag == "CD" || limit == end && toks[limit].Tag == "IN") {
		limit++
	}
	for k := range ms {
		m := &ms[k]
		if m.Via != "adj" || m.Tok[0] <= i || m.Tok[1] > limit || m.Country == "" || own[m.Country] {
			continue
		}
		if n := m.Tok[1]; n < len(toks) && (toks[n].Tag == "NN" || toks[n].Tag == "NNS" || toks[n].Tag == "JJ") {
			return k
		}
	}
	return -1
}

// inRelative reports a source that is the subject of a relative clause
// ("whose jurisdiction Venezuela rejects"): the clause's object is its
// antecedent, not an act someone asked for.
func inRelative(toks []text.Token, ms []actor.Mention, sources []int) bool {
	if len(sources) == 0 {
		return false
	}
	a := ms[sources[0]].Tok[0]
	for k := a - 1; k >= 0 && k >= a-3; k-- {
		switch toks[k].Norm {
		case "whose", "which", "that", "who", "whom":
			return true
		}
	}
	return false
}

// clauseEnds reports that nothing follows a match in its clause.
func clauseEnds(toks []text.Token, end int) bool {
	if end >= len(toks) {
		return true
	}
	switch toks[end].Norm {
	case ".", ",", ";", ":", "and", "but", "?", "!":
		return true
	}
	return false
}

// placeAfter is a place or country named after "in" within a few words
// after the match, or -1.
func placeAfter(toks []text.Token, ms []actor.Mention, end int) int {
	for k := range ms {
		m := &ms[k]
		if m.Tok[0] < end || m.Tok[0] > end+4 || m.Entry == nil || m.Entry.Kind != actor.Country {
			continue
		}
		if p := m.Tok[0] - 1; p >= 0 && (toks[p].Norm == "in" || p >= 1 && toks[p].Tag == "DT" && toks[p-1].Norm == "in") {
			return k
		}
	}
	return -1
}

// mentionOver is the actor mention that covers token t, or -1.
func mentionOver(ms []actor.Mention, t int) int {
	for k := range ms {
		if ms[k].IsActor() && ms[k].Tok[0] <= t && t < ms[k].Tok[1] {
			return k
		}
	}
	return -1
}

// reducedSubject finds the subject of a relative clause with no pronoun
// whose object is an action noun before it ("a charge Kampala denied", "a
// move Ali denounced"): the mention right before the verb group at g
// that follows such a noun; -1 if none.
func reducedSubject(toks []text.Token, ms []actor.Mention, g int) int {
	k := mentionEnding(ms, g)
	if k < 0 {
		return -1
	}
	n := ms[k].Tok[0] - 1
	if n >= 0 && (toks[n].Norm == "that" || toks[n].Norm == "which") {
		n--
	}
	if n >= 0 && (toks[n].Tag == "NN" || toks[n].Tag == "NNS") && actionNouns[toks[n].Lemma] {
		return k
	}
	return -1
}

// relativeObject returns the action noun that a relative clause whose
// subject is the source refers back to ("a charge that Paris denied"), or
// "".
func relativeObject(toks []text.Token, ms []actor.Mention, sources []int) string {
	if len(sources) == 0 {
		return ""
	}
	k := ms[sources[0]].Tok[0] - 1
	for k >= 0 && toks[k].Tag == "DT" {
		k--
	}
	rel := k >= 0 && (toks[k].Norm == "that" || toks[k].Norm == "which")
	if rel {
		k--
	}
	if k >= 0 && (toks[k].Tag == "NN" || toks[k].Tag == "NNS") && actionNouns[toks[k].Lemma] {
		return toks[k].Lemma
	}
	if !rel {
		return ""
	}
	// "a visit to a remote military base on the island that Denmark
	// condemned": the action heads the noun phrase the clause follows
	for j := k; j >= 0 && j >= k-12; j-- {
		t := &toks[j]
		switch {
		case (t.Tag == "NN" || t.Tag == "NNS") && actionNouns[t.Lemma]:
			return t.Lemma
		case t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "NNP" || t.Tag == "CD" ||
			t.Norm == "to" || t.Norm == "on" || t.Norm == "of" || t.Norm == "in" || t.Norm == "at":
		default:
			return ""
		}
	}
	return ""
}

// sourceBeyond is the source of a non-classic pattern: an actor the
// pattern's words before the verb lie in ("after Ecuadorian police
// raided"), the subject of a relative clause with no pronoun ("a charge
// Kampala denied"), a causative's object ("prompting Washington to
// ease"), else the clause's subject.
func sourceBeyond(toks []text.Token, ms []actor.Mention, p *Pattern, m *matched, g, i int) []int {
	if len(p.pre) > 0 && !p.hasSrc {
		if k := mentionOver(ms, m.preStart); k >= 0 {
			return []int{k}
		}
	}
	if k := reducedSubject(toks, ms, g); k >= 0 {
		return []int{k}
	}
	if k := causee(toks, ms, i); k >= 0 {
		return []int{k}
	}
	return subject(toks, ms, g)
}

// mentionAt is the mention starting at token k, or -1.
func mentionAt(ms []actor.Mention, k int) int {
	for j := range ms {
		if ms[j].Tok[0] == k {
			return j
		}
	}
	return -1
}

// including returns the actors listed as ", including A, B and C," right
// before the verb group at g after a plural agent ("governments across
// Latin America, including Brazil, ..."), or nil.
func including(toks []text.Token, ms []actor.Mention, g int) []int {
	if g < 2 || toks[g-1].Norm != "," {
		return nil
	}
	inc := -1
	for k := g - 2; k > 0 && k >= g-14; k-- {
		if toks[k].Norm == "including" && toks[k-1].Norm == "," {
			inc = k
			break
		}
	}
	if inc < 0 {
		return nil
	}
	var out []int
	agent := false
	for n := range ms {
		m := &ms[n]
		switch {
		case m.Tok[0] > inc && m.Tok[1] < g && m.IsActor():
			out = append(out, n)
		case m.Tok[1] <= inc-1 && m.Plural && (m.Via == "agent" || m.Via == "agent+context"):
			agent = true
		}
	}
	if !agent {
		return nil
	}
	return out
}

// collectives are the collective nouns a compound may name its second
// member through (actor.CollectiveGap).
var collectives = map[string]bool{"alliance": true, "coalition": true, "group": true, "bloc": true, "union": true,
	"front": true, "network": true, "federation": true}

// ownedByIts reports "its" or "their" opening the noun phrase of the
// noun at i ("its mediation efforts").
func ownedByIts(toks []text.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch {
		case toks[k].Norm == "its" || toks[k].Norm == "their":
			return true
		case toks[k].Tag == "JJ" || toks[k].Tag == "NN" || toks[k].Tag == "VBN":
		default:
			return false
		}
	}
	return false
}

// sentenceSubject is the actor that opens the sentence's main clause
// before its first verb, with the rest of its compound; nil if none.
func sentenceSubject(toks []text.Token, ms []actor.Mention) []int {
	start := actor.SubjectStart(toks)
	for k := range ms {
		if ms[k].Tok[0] < start || !ms[k].IsActor() {
			continue
		}
		for t := start; t < ms[k].Tok[0]; t++ {
			if isVerbTag(toks[t].Tag) {
				return nil
			}
		}
		ids := []int{k}
		for n := k + 1; n < len(ms) && ms[n].Tok == ms[k].Tok; n++ {
			ids = append(ids, n)
		}
		return ids
	}
	return nil
}

// adjunctVerb finds the verb of the clause a noun is an adjunct of ("signed
// a deal at a summit", "agreed after two days of talks"), or -1.
func adjunctVerb(toks []text.Token, i int) int {
	k := i - 1
	for k >= 0 && i-k <= 6 && !adjunctPreps[toks[k].Norm] {
		switch t := toks[k].Tag; {
		case t == "DT" || t == "JJ" || t == "CD" || t == "NN" || t == "NNS" || t == "PRP$" || toks[k].Norm == "of":
			k--
		default:
			return -1
		}
	}
	if k < 0 || !adjunctPreps[toks[k].Norm] {
		return -1
	}
	for v := k - 1; v >= 0; v-- {
		if isBoundary(&toks[v]) {
			return -1
		}
		if t := toks[v].Tag; t == "VBD" || t == "VBZ" || t == "VBP" {
			return v
		}
	}
	return -1
}

var adjunctPreps = map[string]bool{"at": true, "after": true, "during": true, "following": true, "before": true, "amid": true}

// complementGovernor finds the verb whose "that" clause holds the verb
// group at g ("determined that the RSF have committed"), or -1.
func complementGovernor(toks []text.Token, g int) int {
	for k := g - 1; k > 0 && k >= g-14; k-- {
		switch {
		case toks[k].Norm == "that":
			// "determined that", "determined on Tuesday that"
			j := k - 1
			for j > 0 && k-j <= 3 && (toks[j].Tag == "NNP" || toks[j].Tag == "IN" || toks[j].Tag == "DT" || toks[j].Tag == "JJ" || toks[j].Tag == "NN") {
				j--
			}
			if isVerbTag(toks[j].Tag) {
				return j
			}
			return -1
		case isBoundary(&toks[k]) || toks[k].Norm == ";":
			return -1
		}
	}
	return -1
}

// tenseShift reports a perfect verb group at a ("have committed")
// followed by a simple past at b ("and imposed").
func tenseShift(toks []text.Token, a, b int) bool {
	perfect := false
	for k := a; k < len(toks) && k <= a+2; k++ {
		if toks[k].Lemma == "have" {
			perfect = true
		}
	}
	return perfect && toks[b].Tag == "VBD" && toks[b].Lemma != "have"
}

// letComplement reports a verb after "let" or "make" and its object
// ("let monitors visit", "made Kyiv withdraw"), however it is tagged.
func letComplement(toks []text.Token, i int) bool {
	if t := toks[i].Tag; t != "VB" && t != "VBP" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		t := &toks[k]
		if isVerbTag(t.Tag) {
			return (t.Lemma == "let" || t.Lemma == "make") && k < i-1
		}
		if isBoundary(t) {
			return false
		}
	}
	return false
}

// accusedOf reports a gerund after "of" under a verb of accusing
// ("accused Kyiv of shelling", "suspected of having armed").
func accusedOf(toks []text.Token, i int) bool {
	if toks[i].Tag != "VBG" && toks[i].Tag != "VBN" {
		return false
	}
	k := i - 1
	for k >= 0 && (toks[k].Norm == "having" || toks[k].Norm == "been" || toks[k].Tag == "RB") {
		k--
	}
	if k < 1 || toks[k].Norm != "of" {
		return false
	}
	for v := k - 1; v >= 0 && v >= k-8; v-- {
		if isVerbTag(toks[v].Tag) {
			switch toks[v].Lemma {
			case "accuse", "suspect", "blame", "charge", "allege", "convict":
				return true
			}
		}
		if isBoundary(&toks[v]) {
			return false
		}
	}
	return false
}

// causee is the mention a causative verb brought to act at the
// infinitive trigger i ("prompting Washington to ease"), or -1.
func causee(toks []text.Token, ms []actor.Mention, i int) int {
	if i < 3 || toks[i-1].Tag != "TO" || !realizedGov(toks, i-1) {
		return -1
	}
	k := mentionEnding(ms, i-1)
	if k < 0 || !ms[k].IsActor() {
		return -1
	}
	if v := ms[k].Tok[0] - 1; v >= 0 && isVerbTag(toks[v].Tag) && causatives[toks[v].Lemma] {
		return k
	}
	return -1
}

// causatives bring about the act of their object ("prompted X to").
var causatives = map[string]bool{"prompt": true, "force": true, "compel": true, "lead": true, "cause": true,
	"oblige": true, "spur": true, "drive": true}

// aspectual verbs govern a gerund that is their event ("resume shelling").
var aspectual = map[string]bool{"resume": true, "continue": true, "keep": true, "start": true, "begin": true, "stop": true, "halt": true}

// commaBetween reports a comma in (from, to): the condition "if either
// country is attacked, during Putin's visit" ends at it.
func commaBetween(toks []text.Token, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if toks[k].Norm == "," {
			return true
		}
	}
	return false
}
