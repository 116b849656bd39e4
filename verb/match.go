package verb

import (
	"fmt"
	"strings"

	"annals/actor"
	"annals/text"
)

// Candidate is an event found in a sentence, before dating and coding.
type Candidate struct {
	Code     string
	Pattern  *Pattern
	Trigger  int    // token index of the trigger
	Evidence [2]int // token range of the matched phrase
	Sources  []int  // mention indices
	Targets  []int
	Negated  bool
	Hedged   bool
	Passive  bool
	Why      string // why negated or hedged
	// HedgedBy is the lemma of the modal or governing verb that hedges
	// the event ("will", "plan", "threaten"), or of the verb that negates
	// it ("refuse", "fail"), when a word does.
	HedgedBy string
	// Domestic: no target is named and the act (a curfew, a mobilisation)
	// falls on the source's own country.
	Domestic bool
	// StateSource: a coercive act in the passive with no agent ("was
	// detained"): the state acted, the one of the place named (in
	// Sources, if any) or else of the target.
	StateSource bool
	Reported    string // "according to X": mention text
	// Discourse names the action the event is about ("the move") when the
	// target is not in the sentence: the coder takes the action's author
	// from the article.
	Discourse string
	// Alternatives are the events of the later patterns that fired at the
	// same trigger, best first (each with its paired reverse event): the
	// coder tries them in turn when this one yields no event.
	Alternatives [][]Candidate
}

// Attempt records a pattern tried at a trigger, for --explain.
type Attempt struct {
	Trigger int
	Pattern *Pattern
	Reason  string // "" when it fired
	// Alternate: it fired after an earlier pattern at the trigger and is
	// held as a fallback.
	Alternate bool
}

func (a Attempt) String() string {
	r := a.Reason
	if r == "" {
		r = "fired"
		if a.Alternate {
			r = "fired, held as a fallback for the pattern before"
		}
	}
	return fmt.Sprintf("%s [%s] %s: %s", a.Pattern.Pos, a.Pattern.Code, a.Pattern.Text, r)
}

// Result is the event stage's output for one sentence.
type Result struct {
	Candidates []Candidate
	Tried      []Attempt
}

var fillers = map[string]bool{"DT": true, "JJ": true, "PRP$": true, "CD": true, "RB": true, "POS": true, "``": true, "JJR": true, "JJS": true}

// Match finds the events of one tagged sentence with its mentions.
func (d *Dict) Match(toks []text.Token, ms []actor.Mention) Result {
	return d.MatchTrace(toks, ms, true)
}

// MatchTrace is Match; with trace false it does not record the patterns
// tried (Result.Tried stays empty), which saves time when nothing
// explains the result.
func (d *Dict) MatchTrace(toks []text.Token, ms []actor.Mention, trace bool) Result {
	var res Result
	at := mentionStarts(toks, ms)
	words := d.sentenceWords(toks)
	used := make([]bool, len(toks)) // tokens consumed by a fired pattern's literals
	for i := range toks {
		t := &toks[i]
		if used[i] || t.Kind != text.Word || inMention(ms, i) && !strings.HasPrefix(t.Tag, "VB") {
			continue
		}
		var ps []*Pattern
		isVerb := strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD"
		if isVerb {
			ps = d.byVerb[t.Lemma]
			if t.Norm != t.Lemma {
				// a classic verb listed in this very form (LEFT, RISEN)
				// is a verb of its own and replaces the lemma's
				if fs := classicOnly(d.byVerb[t.Norm]); len(fs) > 0 {
					ps = append(fs, nonClassic(ps)...)
				} else if !RegularForm(t.Norm, t.Lemma) {
					// the classic coders match a verb in its regular
					// forms and the forms listed with it, nothing else
					ps = nonClassic(ps)
				}
			}
		} else if l := d.participle(toks, i); l != "" {
			// "has armed and funded": a participle tagged an adjective
			ps, isVerb = nonClassic(d.byVerb[l]), true
		} else if strings.HasPrefix(t.Tag, "NN") || t.Tag == "JJ" {
			ps = d.byNoun[t.Lemma]
			if t.Lemma != t.Norm && len(d.byNoun[t.Norm]) > 0 {
				// "airstrikes" listed as written and "airstrike" as the
				// lemma: both sets apply, most specific first
				ps = mergeBySpecificity(ps, d.byNoun[t.Norm])
			}
		}
		if !isVerb && len(ps) == 0 && (t.Tag == "NN" || t.Tag == "NNS") {
			// "wire tapped" tagged as nouns: a classic multi-word verb
			// whose words before the verb anchor it
			for _, p := range append(d.byVerb[t.Norm], d.byVerb[t.Lemma]...) {
				if p.Classic && len(p.pre) > 0 && p.pre[len(p.pre)-1].kind == lit {
					ps = append(ps, p)
				}
			}
		}
		if !isVerb && len(ps) == 0 && verbContext(toks, i) {
			// "will not ever clash" with clash tagged a noun: the classic
			// patterns of the verb apply
			ps = classicOnly(d.byVerb[t.Norm])
			if len(ps) == 0 {
				ps = classicOnly(d.byVerb[t.Lemma])
			}
		}
		fired, before := -1, len(res.Candidates) // the trigger's event, events before it
		reducedAt := isVerb && len(ps) > 0 && reducedRelative(toks, ms, i) >= 0
		for _, p := range ps {
			if p.Classic && before > 0 && nonfinite(toks, i) {
				if trace {
					res.Tried = append(res.Tried, Attempt{Trigger: i, Pattern: p, Reason: "a non-finite verb under an event already coded"})
				}
				continue
			}
			if !p.possible(words, reducedAt) {
				if trace {
					res.Tried = append(res.Tried, Attempt{Trigger: i, Pattern: p, Reason: "words after the trigger do not match"})
				}
				continue
			}
			c, m, reason, reduced := d.try(toks, ms, at, p, i, isVerb)
			if trace {
				res.Tried = append(res.Tried, Attempt{Trigger: i, Pattern: p, Reason: reason, Alternate: fired >= 0 && reason == ""})
			}
			if reason != "" {
				continue
			}
			if fired >= 0 {
				// a later pattern that fires too: the coder falls back on
				// it when the first yields no event
				res.Candidates[fired].Alternatives = append(res.Candidates[fired].Alternatives, withReverse(c))
				continue
			}
			if !reduced {
				for k := m.end - 1; k > i; k-- {
					if m.litUsed[k-i] {
						used[k] = true
					}
				}
			}
			fired = len(res.Candidates)
			res.Candidates = append(res.Candidates, withReverse(c)...)
		}
	}
	return res
}

// mergeBySpecificity merges two pattern lists, each most specific
// first, into a new one, dropping duplicates.
func mergeBySpecificity(a, b []*Pattern) []*Pattern {
	if len(a) == 0 {
		return b
	}
	out := make([]*Pattern, 0, len(a)+len(b))
	seen := map[*Pattern]bool{}
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		var p *Pattern
		if j >= len(b) || i < len(a) && a[i].lits >= b[j].lits {
			p, i = a[i], i+1
		} else {
			p, j = b[j], j+1
		}
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}

// withReverse is a candidate and, for a paired code [X:Y], the event of
// the target doing Y to the source.
func withReverse(c Candidate) []Candidate {
	out := []Candidate{c}
	if c.Pattern.Reverse != "" && len(c.Targets) > 0 {
		r := c
		r.Code, r.Sources, r.Targets, r.Discourse = c.Pattern.Reverse, c.Targets, c.Sources, ""
		out = append(out, r)
	}
	return out
}

// try matches one pattern at a trigger: the candidate, or why it does not
// apply. reduced says the pattern matched as a reduced relative ("a truce
// brokered by France"), which consumes no words.
func (d *Dict) try(toks []text.Token, ms []actor.Mention, at []int, p *Pattern, i int, isVerb bool) (Candidate, matched, string, bool) {
	m, ok := p.match(toks, ms, at, i)
	if j := coordinatedVerb(toks, i); !ok && isVerb && !p.Classic && j > 0 {
		// "armed and funded Hezbollah": the verbs share the object
		m, ok = p.matchAt(toks, ms, at, i, j+1)
	}
	if h := reducedRelative(toks, ms, i); !ok && isVerb && !p.Classic && h >= 0 && len(p.pre) == 0 {
		// "a truce brokered by France": the noun is the object
		if c, reason, applies := d.matchReduced(toks, ms, at, p, i, h); applies {
			return c, m, reason, true
		}
	}
	if !ok && isVerb && !p.Classic && passiveTransitive(toks, p, i) {
		// "Kyiv was hit by Russian missiles": a bare transitive pattern
		// ("hit +") in the passive; assign takes the by-agent as source
		// and the subject as target
		m, ok = matched{end: i + 1}, true
	}
	if !ok {
		return Candidate{}, m, "words after the trigger do not match", false
	}
	if len(p.pre) > 0 {
		start, ok := p.matchBack(toks, ms, len(p.pre)-1, i, &m)
		if !ok {
			return Candidate{}, m, "words before the trigger do not match", false
		}
		m.preStart = start
	}
	c, reason := d.assign(toks, ms, p, i, m)
	return c, m, reason, false
}

// passiveTransitive reports a pattern that is a verb and its target only
// ("hit +"), at a passive participle with an agent ("was hit by"), or a
// coercive one (17x) with none ("was detained").
func passiveTransitive(toks []text.Token, p *Pattern, i int) bool {
	if len(p.pre) > 0 || len(p.elems) != 1 || p.elems[0].kind != target || toks[i].Tag != "VBN" {
		return false
	}
	if !hasBe(toks, groupStart(toks, i), i) {
		return false
	}
	b := skipTime(toks, i+1)
	// with no agent only coercion: "was detained on Sunday" (the state
	// detained)
	return b < len(toks) && toks[b].Norm == "by" || strings.HasPrefix(p.Code, "17")
}

// nonfinite reports an infinitive or a gerund after a preposition ("to
// stop", "after leaving"): the classic coders code the clause's verb
// phrase once, not the non-finite verbs it governs.
func nonfinite(toks []text.Token, i int) bool {
	if i == 0 {
		return false
	}
	if toks[i].Tag == "VBG" && toks[i-1].Tag == "IN" {
		return true
	}
	for k := groupStart(toks, i); k < i; k++ {
		if toks[k].Tag == "TO" { // "to stop", "to be allowed"
			return true
		}
	}
	return false
}

// RegularForm reports whether w is the verb v or one of its regular
// inflections: -s, -es, -ed, -d, -ing, with y → ie and a doubled final
// consonant.
func RegularForm(w, v string) bool {
	if w == v || v == "" {
		return w == v
	}
	stems := []string{v}
	n := len(v)
	last := v[n-1]
	if n > 1 && strings.IndexByte("aeiou", last) < 0 && strings.IndexByte("aeiou", v[n-2]) >= 0 {
		stems = append(stems, v+string(last)) // stop → stopped
	}
	for _, st := range stems {
		for _, suf := range []string{"ed", "ing"} {
			if w == st+suf {
				return true
			}
		}
	}
	switch {
	case w == v+"s" && last != 's':
		return true
	case w == v+"es" && (strings.HasSuffix(v, "s") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z") ||
		strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "o")):
		return true
	case last == 'e' && (w == v+"d" || w == v[:n-1]+"ing"):
		return true
	case last == 'y' && n > 1 && (w == v[:n-1]+"ies" || w == v[:n-1]+"ied"):
		return true
	}
	return false
}

// classicOnly returns the classic patterns of ps; nonClassic the others.
func classicOnly(ps []*Pattern) []*Pattern {
	var out []*Pattern
	for _, p := range ps {
		if p.Classic {
			out = append(out, p)
		}
	}
	return out
}

func nonClassic(ps []*Pattern) []*Pattern {
	var out []*Pattern
	for _, p := range ps {
		if !p.Classic {
			out = append(out, p)
		}
	}
	return out
}

// verbContext reports a common noun standing where only a verb can: after
// a modal or "to", after "did not", over adverbs ("will not ever
// clash"), or a participle after "have" or "be" ("has called").
func verbContext(toks []text.Token, i int) bool {
	if t := toks[i].Tag; t != "NN" && t != "NNS" {
		return false
	}
	adverbs := 0
	k := i - 1
	for k >= 0 && toks[k].Tag == "RB" {
		k--
		adverbs++
	}
	if k < 0 {
		return false
	}
	switch {
	case toks[k].Tag == "MD" || toks[k].Tag == "TO":
		return true
	case toks[k].Lemma == "do" && adverbs > 0:
		return true
	case (toks[k].Lemma == "have" || toks[k].Lemma == "be") && isVerbTag(toks[k].Tag):
		// "has called", "was shelled": a participle
		n := toks[i].Norm
		return strings.HasSuffix(n, "ed") || strings.HasSuffix(n, "en")
	}
	return false
}

// matched is the outcome of matching a pattern's elements.
type matched struct {
	end     int // token after the match
	targets []int
	sources []int
	litUsed [64]bool // relative to trigger
	// discourse: a target slot held an action noun ("criticised the move")
	discourse string
	preStart  int // first token of the words before the trigger, if any
}

func mentionStarts(toks []text.Token, ms []actor.Mention) []int {
	at := make([]int, len(toks)+1)
	for i := range at {
		at[i] = -1
	}
	for k := range ms {
		if ms[k].IsActor() {
			at[ms[k].Tok[0]] = k
		}
	}
	return at
}

func inMention(ms []actor.Mention, i int) bool {
	for k := range ms {
		if ms[k].Tok[0] <= i && i < ms[k].Tok[1] {
			return true
		}
	}
	return false
}

func (p *Pattern) match(toks []text.Token, ms []actor.Mention, at []int, i int) (matched, bool) {
	return p.matchAt(toks, ms, at, i, i+1)
}

// matchAt matches the pattern's words after the trigger i from token pos.
func (p *Pattern) matchAt(toks []text.Token, ms []actor.Mention, at []int, i, pos int) (matched, bool) {
	var m matched
	end, ok := p.matchFrom(toks, ms, at, 0, pos, i, &m)
	m.end = end
	return m, ok
}

// matchFrom matches elems[e:] from token pos; trig is the trigger index.
func (p *Pattern) matchFrom(toks []text.Token, ms []actor.Mention, at []int, e, pos, trig int, m *matched) (int, bool) {
	if e == len(p.elems) {
		return pos, true
	}
	el := p.elems[e]
	switch el.kind {
	case gap, skip:
		for skip := el.minSkip(); skip <= 6 && pos+skip <= len(toks); skip++ {
			if pos+skip < len(toks) && boundaryAt(toks, pos+skip) {
				// the pattern's own next word may be the boundary word
				// ("called off the strike after talks with")
				if e+1 < len(p.elems) && p.elems[e+1].kind == lit && !p.Classic {
					save := *m
					if end, ok := p.matchFrom(toks, ms, at, e+1, pos+skip, trig, m); ok {
						return end, true
					}
					*m = save
				}
				break
			}
			save := *m
			if end, ok := p.matchFrom(toks, ms, at, e+1, pos+skip, trig, m); ok {
				return end, true
			}
			*m = save
		}
		return pos, false
	case target, source, compound:
		q := skipFillers(toks, skipTime(toks, pos), 3)
		if !p.Classic && (q >= len(at) || at[q] < 0) {
			// "a dozen missiles at two Iraqi bases", "more than 20 rebels"
			q = skipModifiers(toks, ms, at, skipTime(toks, pos))
			if q < len(at) && at[q] >= 0 && nounModifier(toks, ms, at[q]) {
				// "the regional administration building": the mention
				// modifies the head noun, it is no actor of the event
				return pos, false
			}
		}
		k := -1
		if q < len(at) {
			k = at[q]
		}
		if !p.Classic && k >= 0 && el.kind == target && toks[q].Tag == "PRP$" && q+1 < len(at) {
			// "met his Chinese counterpart": the possessive is not the target
			if q2 := skipFillers(toks, q+1, 3); q2 < len(at) && at[q2] >= 0 {
				q, k = q2, at[q2]
			}
		}
		if k < 0 && el.kind == target && e == len(p.elems)-1 {
			// "rejected an Australian ultimatum": the nation of the thing
			if a := adjBefore(toks, ms, q); a >= 0 {
				m.targets = append(m.targets, a)
				return ms[a].Tok[1] + 1, true
			}
		}
		if k < 0 && el.kind == target && !p.Classic {
			// "fired missiles at Iraqi bases from Syria": the nation of
			// the thing, with the pattern going on after the noun
			if a := adjBefore(toks, ms, q); a >= 0 {
				save := *m
				m.targets = append(m.targets, a)
				if end, ok := p.matchFrom(toks, ms, at, e+1, nounEnd(toks, ms[a].Tok[1]), trig, m); ok {
					return end, true
				}
				*m = save
			}
		}
		if k < 0 {
			if n, end := actionNP(toks, pos); n != "" && el.kind == target && discourseCode(p.Code) {
				m.discourse = n
				return p.matchFrom(toks, ms, at, e+1, end, trig, m)
			}
			return pos, false
		}
		if e := ms[k].Tok[1]; !p.Classic && e < len(at) && at[e] >= 0 && (toks[e-1].Tag == "NN" || toks[e-1].Tag == "NNS") && toks[e].Tag == "NNP" {
			// "the opposition National Unity Government": the name is the head
			k = at[e]
		}
		ids := []int{k}
		next := ms[k].Tok[1]
		// compounds: + and +, +, + and +
		for next+1 < len(toks) && (toks[next].Norm == "and" || toks[next].Norm == ",") {
			n := at[skipFillers(toks, next+1, 1)]
			if n < 0 {
				break
			}
			if e := ms[n].Tok[1]; toks[next].Norm == "," && e < len(toks) && (toks[e].Tag == "VBD" || toks[e].Tag == "VBZ") {
				break // "freed inmates, police said": the subject of a new clause
			}
			ids = append(ids, n)
			next = ms[n].Tok[1]
		}
		if el.kind == compound && len(ids) < 2 {
			return pos, false
		}
		if el.kind != source {
			m.targets = append(m.targets, ids...)
		} else {
			m.sources = append(m.sources, ids...)
		}
		if next < len(toks) && toks[next].Tag == "POS" {
			next++
		}
		return p.matchFrom(toks, ms, at, e+1, next, trig, m)
	}
	// literal alternatives; a time phrase and fillers may precede the words
	pos = skipTime(toks, pos)
	if p.Noun && !p.Classic && pos == trig+1 && pos+1 < len(toks) && (toks[pos].Norm == "that" || toks[pos].Norm == "which") &&
		strings.HasPrefix(toks[pos+1].Tag, "VB") {
		// "the drone strike that killed": the noun's relative clause
		pos++
	}
	for skip := 0; skip <= 3; skip++ {
		q := pos + skip
		if skip > 0 && (q-1 >= len(toks) || !fillers[toks[q-1].Tag] || at[q-1] >= 0 && ms[at[q-1]].Via != "pronoun") {
			break
		}
		for _, alt := range el.alts {
			if !p.altAt(toks, q, alt) {
				continue
			}
			save := *m
			for w := range alt {
				if r := q + w - trig; r >= 0 && r < len(m.litUsed) {
					m.litUsed[r] = true
				}
			}
			if end, ok := p.matchFrom(toks, ms, at, e+1, q+len(alt), trig, m); ok {
				return end, true
			}
			*m = save
		}
	}
	return pos, false
}

// matchBack matches pre[:e+1] leftwards, the last of them ending just
// before token pos; it returns the first token of the match.
func (p *Pattern) matchBack(toks []text.Token, ms []actor.Mention, e, pos int, m *matched) (int, bool) {
	if e < 0 {
		return pos, true
	}
	el := p.pre[e]
	switch el.kind {
	case gap, skip:
		for skip := el.minSkip(); skip <= 6 && pos-skip >= 0; skip++ {
			if skip > 0 && isBoundary(&toks[pos-skip]) {
				break
			}
			save := *m
			if start, ok := p.matchBack(toks, ms, e-1, pos-skip, m); ok {
				return start, true
			}
			*m = save
		}
		return pos, false
	case target, source, compound:
		end := pos
		if end > 0 && toks[end-1].Tag == "POS" {
			end--
		}
		if end > 0 && toks[end-1].Norm == ")" {
			// "the European Union (EU)": skip the parenthesis
			for k := end - 2; k >= 0 && k >= end-6; k-- {
				if toks[k].Norm == "(" {
					end = k
					break
				}
			}
		}
		k := mentionEnding(ms, end)
		if k < 0 {
			return pos, false
		}
		ids := widenCompound(toks, ms, []int{k}, end)
		start := ms[ids[0]].Tok[0]
		if el.kind == compound && len(ids) < 2 {
			return pos, false
		}
		save := *m
		if el.kind == target {
			m.targets = append(m.targets, ids...)
		} else {
			m.sources = append(m.sources, ids...)
		}
		if s, ok := p.matchBack(toks, ms, e-1, start, m); ok {
			return s, true
		}
		*m = save
		return pos, false
	}
	for _, alt := range el.alts {
		q := pos - len(alt)
		if q < 0 || !p.altAt(toks, q, alt) {
			continue
		}
		save := *m
		if s, ok := p.matchBack(toks, ms, e-1, q, m); ok {
			return s, true
		}
		*m = save
	}
	return pos, false
}

// minSkip is the fewest tokens a gap skips: one for ^.
func (e elem) minSkip() int {
	if e.kind == skip {
		return 1
	}
	return 0
}

// wordIs matches a pattern word: on the token's lemma or lower-case form;
// for classic patterns on the form only, as the classic coders do not
// stem ("EFFORT" is not "efforts").
func (p *Pattern) wordIs(t *text.Token, word string) bool {
	return t.Norm == word || !p.Classic && t.Lemma == word
}

// mentionEnding returns the actor mention that ends just before token
// end, or -1.
func mentionEnding(ms []actor.Mention, end int) int {
	for k := range ms {
		if ms[k].IsActor() && ms[k].Tok[1] == end {
			return k
		}
	}
	return -1
}

func skipFillers(toks []text.Token, pos, n int) int {
	for k := 0; k < n && pos < len(toks); k++ {
		if toks[pos].Tag != "DT" && toks[pos].Tag != "``" {
			break
		}
		pos++
	}
	return pos
}

// boundaryAt is isBoundary, except for "after" and "before" opening a
// phrase with no verb ("after four years", "before the summit"), which
// ends no clause.
func boundaryAt(toks []text.Token, k int) bool {
	if !isBoundary(&toks[k]) {
		return false
	}
	if toks[k].Norm != "after" && toks[k].Norm != "before" {
		return true
	}
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		t := &toks[j]
		if isVerbTag(t.Tag) && t.Tag != "VBG" && t.Tag != "VBN" || t.Tag == "PRP" {
			return true
		}
		if t.Norm == "," || t.Norm == "." || t.Norm == ";" || t.Norm == "to" {
			return false
		}
	}
	return false
}

// isBoundary: tokens that end a clause for gaps and target search.
func isBoundary(t *text.Token) bool {
	switch t.Norm {
	case ";", ":", "which", "who", "whom", "while", "whereas", "but", "although", "though", "because", "after", "before", "when", "if", "unless", "until", "as", ".", "?", "!":
		return true
	}
	return false
}

var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true}
var deictic = map[string]bool{"today": true, "yesterday": true, "tonight": true, "tomorrow": true}
var relUnits = map[string]bool{"week": true, "month": true, "year": true, "weekend": true, "morning": true, "evening": true, "night": true}

// skipTime skips a time phrase at pos ("on Monday", "today", "last week")
// so that "called on Tuesday for" matches "call for".
func skipTime(toks []text.Token, pos int) int {
	for pos < len(toks) {
		n := toks[pos].Norm
		switch {
		case deictic[n] || weekdays[n]:
			pos++
		case n == "on" && pos+1 < len(toks) && weekdays[toks[pos+1].Norm]:
			pos += 2
		case (n == "last" || n == "this" || n == "next" || n == "earlier" || n == "later") && pos+1 < len(toks) &&
			(relUnits[toks[pos+1].Norm] || weekdays[toks[pos+1].Norm]):
			pos += 2
		default:
			return pos
		}
	}
	return pos
}

// adjBefore finds a country adjective at q that modifies a common noun
// ("an Australian ultimatum").
func adjBefore(toks []text.Token, ms []actor.Mention, q int) int {
	for k := range ms {
		m := &ms[k]
		if m.Tok[0] == q && m.Via == "adj" && m.Tok[1] < len(toks) {
			if t := toks[m.Tok[1]].Tag; t == "NN" || t == "NNS" {
				return k
			}
		}
	}
	return -1
}

// altAt reports whether the words of one alternative stand at q.
func (p *Pattern) altAt(toks []text.Token, q int, alt []string) bool {
	if q < 0 || q+len(alt) > len(toks) {
		return false
	}
	for w, word := range alt {
		if !p.wordIs(&toks[q+w], word) {
			return false
		}
	}
	return true
}
