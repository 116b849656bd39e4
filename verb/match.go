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
	Reported string // "according to X": mention text
	// Discourse names the action the event is about ("the move") when the
	// target is not in the sentence: the coder takes the action's author
	// from the article.
	Discourse string
}

// Attempt records a pattern tried at a trigger, for --explain.
type Attempt struct {
	Trigger int
	Pattern *Pattern
	Reason  string // "" when it fired
}

func (a Attempt) String() string {
	r := a.Reason
	if r == "" {
		r = "fired"
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
	var res Result
	at := mentionStarts(toks, ms)
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
		} else if strings.HasPrefix(t.Tag, "NN") || t.Tag == "JJ" {
			ps = d.byNoun[t.Lemma]
			if len(ps) == 0 && t.Lemma != t.Norm {
				ps = d.byNoun[t.Norm]
			}
		}
		for _, p := range ps {
			m, ok := p.match(toks, ms, at, i)
			if !ok {
				res.Tried = append(res.Tried, Attempt{i, p, "words after the trigger do not match"})
				continue
			}
			c, reason := d.assign(toks, ms, p, i, m)
			res.Tried = append(res.Tried, Attempt{i, p, reason})
			if reason != "" {
				continue
			}
			for k := m.end - 1; k > i; k-- {
				if m.litUsed[k-i] {
					used[k] = true
				}
			}
			res.Candidates = append(res.Candidates, c)
			break
		}
	}
	return res
}

// matched is the outcome of matching a pattern's elements.
type matched struct {
	end     int // token after the match
	targets []int
	sources []int
	litUsed [64]bool // relative to trigger
	// discourse: a target slot held an action noun ("criticised the move")
	discourse string
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
	var m matched
	end, ok := p.matchFrom(toks, ms, at, 0, i+1, i, &m)
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
	case gap:
		for skip := 0; skip <= 6 && pos+skip <= len(toks); skip++ {
			if pos+skip < len(toks) && isBoundary(&toks[pos+skip]) {
				break
			}
			save := *m
			if end, ok := p.matchFrom(toks, ms, at, e+1, pos+skip, trig, m); ok {
				return end, true
			}
			*m = save
		}
		return pos, false
	case target, source:
		q := skipFillers(toks, skipTime(toks, pos), 3)
		k := -1
		if q < len(at) {
			k = at[q]
		}
		if k < 0 && el.kind == target && e == len(p.elems)-1 {
			// "rejected an Australian ultimatum": the nation of the thing
			if a := adjBefore(toks, ms, q); a >= 0 {
				m.targets = append(m.targets, a)
				return ms[a].Tok[1] + 1, true
			}
		}
		if k < 0 {
			if n, end := actionNP(toks, pos); n != "" && el.kind == target && discourseCode(p.Code) {
				m.discourse = n
				return p.matchFrom(toks, ms, at, e+1, end, trig, m)
			}
			return pos, false
		}
		ids := []int{k}
		next := ms[k].Tok[1]
		// compounds: + and +, +, + and +
		for next+1 < len(toks) && (toks[next].Norm == "and" || toks[next].Norm == ",") {
			n := at[skipFillers(toks, next+1, 1)]
			if n < 0 {
				break
			}
			ids = append(ids, n)
			next = ms[n].Tok[1]
		}
		if el.kind == target {
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
	for skip := 0; skip <= 3; skip++ {
		q := pos + skip
		if skip > 0 && (q-1 >= len(toks) || !fillers[toks[q-1].Tag] || at[q-1] >= 0 && ms[at[q-1]].Via != "pronoun") {
			break
		}
		for _, alt := range el.alts {
			if q+len(alt) > len(toks) {
				continue
			}
			ok := true
			for w, word := range alt {
				t := &toks[q+w]
				if t.Lemma != word && t.Norm != word {
					ok = false
					break
				}
			}
			if !ok {
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

func skipFillers(toks []text.Token, pos, n int) int {
	for k := 0; k < n && pos < len(toks); k++ {
		if toks[pos].Tag != "DT" && toks[pos].Tag != "``" {
			break
		}
		pos++
	}
	return pos
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
