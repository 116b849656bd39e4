package verb

import (
	"strings"

	"annals/actor"
	"annals/text"
)

// verbs that, governing an infinitive or gerund, leave its event
// unasserted (hedged) or denied (negated).
var hedgeGov = map[string]bool{"want": true, "hope": true, "wish": true, "plan": true, "intend": true, "seek": true,
	"try": true, "attempt": true, "aim": true, "expect": true, "propose": true, "consider": true, "threaten": true,
	"urge": true, "ask": true, "call": true, "demand": true, "offer": true, "prepare": true, "agree": true,
	"promise": true, "pledge": true, "vow": true, "suggest": true, "discuss": true, "debate": true, "warn": true,
	"push": true, "press": true, "appeal": true, "need": true, "desire": true, "weigh": true, "mull": true,
	"contemplate": true, "insist": true, "encourage": true, "invite": true, "allow": true}
var negGov = map[string]bool{"fail": true, "refuse": true, "decline": true, "reject": true, "deny": true, "avoid": true, "stop": true, "cease": true}
var speechVerbs = map[string]bool{"say": true, "tell": true, "announce": true, "claim": true, "add": true, "state": true,
	"report": true, "confirm": true, "insist": true, "note": true, "write": true, "declare": true, "allege": true, "argue": true}
var hedgeWords = map[string]bool{"may": true, "might": true, "could": true, "would": true, "should": true, "will": true,
	"if": true, "whether": true, "unless": true, "possibly": true, "perhaps": true, "maybe": true, "likely": true, "allegedly": true}

// lightVerbs carry an event noun whose agent is their subject.
var lightVerbs = map[string]bool{"have": true, "hold": true, "launch": true, "wage": true, "conduct": true, "carry": true,
	"stage": true, "make": true, "sign": true, "impose": true, "announce": true, "begin": true, "start": true,
	"continue": true, "step": true, "intensify": true, "escalate": true, "mount": true, "order": true, "pay": true,
	"give": true, "issue": true, "lodge": true, "file": true, "deliver": true, "send": true, "offer": true, "extend": true,
	"host": true, "organise": true, "organize": true, "lead": true, "resume": true, "open": true, "agree": true,
	"reach": true, "seal": true, "strike": true, "unleash": true, "renew": true, "expand": true, "tighten": true,
	"slap": true, "level": true, "express": true, "voice": true, "take": true, "do": true, "perform": true, "approve": true}
var subordinators = map[string]bool{"before": true, "after": true, "while": true, "when": true, "because": true,
	"although": true, "though": true, "as": true, "if": true, "until": true, "unless": true, "whereas": true, "since": true, "once": true}
var suggestVerbs = map[string]bool{"suggest": true, "appear": true, "seem": true, "speculate": true, "believe": true, "fear": true, "predict": true, "expect": true}

// assign finds sources and targets for a matched pattern and decides
// negation and hedging; reason is non-empty when no event results.
func (d *Dict) assign(toks []text.Token, ms []actor.Mention, p *Pattern, i int, m matched) (Candidate, string) {
	c := Candidate{Code: p.Code, Pattern: p, Trigger: i, Evidence: [2]int{i, m.end}}
	g := groupStart(toks, i)
	if len(p.pre) > 0 && m.preStart < g && p.pre[0].kind == lit {
		// the words before the trigger belong to its verb phrase, unless
		// the subject stands among them ("neither A nor B > boycott")
		if pg := groupStart(toks, m.preStart); len(subject(toks, ms, pg)) > 0 {
			g = pg
		}
	}
	passive := !p.Noun && toks[i].Tag == "VBN" && (hasBe(toks, g, i) || coordinatedPassive(toks, g))
	if passive && p.Classic && len(m.sources) == 0 && len(byAgent(toks, ms, m.end)) == 0 {
		// the classic coders see the passive voice by its "by" phrase
		// only: without one the subject is the source
		passive = false
	}
	c.Passive = passive
	switch {
	case len(m.sources) > 0:
		c.Sources = m.sources
	case passive:
		c.Sources = byAgent(toks, ms, m.end)
	case p.Noun:
		c.Sources = nounSource(toks, ms, i)
		if gv := governor(toks, i); len(c.Sources) == 0 && gv != i && lightVerbs[toks[gv].Lemma] {
			// "held talks with", "launched an attack on": the subject of the light verb
			c.Sources = subject(toks, ms, groupStart(toks, gv))
		}
		if len(c.Sources) == 0 && !p.Classic && ownedByIts(toks, i) {
			// "the ministry said ... its mediation efforts": the
			// sentence's subject owns the act
			c.Sources = sentenceSubject(toks, ms)
		}
		if v := adjunctVerb(toks, i); len(c.Sources) == 0 && v >= 0 && reciprocal(p.Code) && !p.Classic && !p.hasTgt {
			// "A and B signed a deal at a summit", "agreed to a truce
			// after talks": the compound subject met
			if subj := subject(toks, ms, groupStart(toks, v)); len(subj) > 1 {
				c.Sources = subj
			}
		}
	case p.Classic && len(mainSubject(toks, ms, g)) > 0:
		c.Sources = mainSubject(toks, ms, g)
	case !p.Classic:
		c.Sources = sourceBeyond(toks, ms, p, &m, g, i)
	default:
		c.Sources = subject(toks, ms, g)
	}
	if p.Mutual {
		if len(c.Sources) < 2 {
			return c, "needs a compound subject (the pattern without its \"with +\")"
		}
		c.Negated, c.Hedged, c.Why, c.HedgedBy = modality(toks, g, i, p.Noun, d.FutureAsserted)
		return c, ""
	}
	head := mentionEnding(ms, m.end) // an actor the match ends on
	switch {
	case len(m.targets) > 0:
		c.Targets = m.targets
	case p.preSrc && p.hasComp && !p.hasTgt:
		// "% > agree": the members of the compound act on each other
	case passive:
		c.Targets = subject(toks, ms, g)
	case p.Classic:
		// the classic coders take the first actor of the verb phrase,
		// also one inside the words a gap skipped
		c.Targets = after(toks, ms, i+1, c.Sources, true)
		if len(c.Targets) == 0 {
			c.Targets = after(toks, ms, m.end, c.Sources, true)
		}
	case len(c.Sources) > 1 && reciprocal(p.Code):
		// "Russia and Ukraine exchanged prisoners": each with the other
	case !p.Classic && head >= 0 && ms[head].Tok[0] > i && !contains(c.Sources, head) && ms[head].Via != "agent+context":
		// "freed four Israeli hostages": the pattern's last word is the
		// head of an actor named with its country, which is the target
		c.Targets = []int{head}
	default:
		c.Targets = after(toks, ms, m.end, c.Sources, false)
		if len(c.Targets) == 1 && reciprocal(p.Code) && plainPlace(toks, ms, c.Targets[0]) {
			// "officials from Armenia and Azerbaijan met in Almaty": the
			// place is where the compound met, not whom it met
			if src := fromCompound(toks, ms, c.Sources, g); len(src) > 1 {
				c.Sources, c.Targets = src, nil
			}
		}
	}
	if p.Classic {
		if len(c.Sources) == 0 && !passive {
			// "Eriador's death toll has risen": the possessor acts
			c.Sources = possessor(toks, ms, g)
		}
		c.Sources = widenCompound(toks, ms, c.Sources, g)
	}
	if len(c.Sources) == 0 && passive && !p.Classic && strings.HasPrefix(p.Code, "17") {
		// "the former minister was detained on Sunday": the state
		// detained him; the coder names it. A place the pattern took as
		// its target is where ("were arrested in Tehran").
		if subj := subject(toks, ms, g); len(subj) > 0 {
			c.StateSource = true
			if len(c.Targets) > 0 && ms[c.Targets[0]].Entry != nil && ms[c.Targets[0]].Entry.Kind == actor.Country && ms[c.Targets[0]].Via != "name" {
				c.Sources = c.Targets[:1]
			} else if k := placeAfter(toks, ms, m.end); k >= 0 {
				c.Sources = []int{k}
			}
			c.Targets = subj
		}
	}
	if len(c.Sources) == 0 && !c.StateSource {
		return c, "no source actor"
	}
	if len(c.Targets) == 0 && !p.Classic {
		// "dismissed Britain's accusations": an owner a gap skipped
		for k := range ms {
			if ms[k].IsActor() && ms[k].Possessive && ms[k].Tok[0] > i && ms[k].Tok[1] <= m.end && !contains(c.Sources, k) {
				c.Targets = []int{k}
				break
			}
		}
	}
	if len(c.Targets) == 0 && !p.Classic && !(len(c.Sources) > 1 && reciprocal(p.Code)) {
		// "froze Russian assets", "seized a Greek tanker", "tariffs on
		// Chinese electric vehicles": the nation a thing belongs to
		if k := nationOf(toks, ms, i, m.end, c.Sources); k >= 0 {
			c.Targets = []int{k}
		}
	}
	if len(c.Targets) == 0 && !(len(c.Sources) > 1 && (reciprocal(p.Code) && !p.Classic || p.preSrc && p.hasComp)) {
		if n := m.discourse; n != "" && discourseCode(p.Code) {
			c.Discourse = n
		} else if n := actionObject(toks, m.end); n != "" && discourseCode(p.Code) {
			// "criticised the move", "rejected the plan": the target is
			// whoever made the move, found in the article by the coder
			c.Discourse = n
		} else if n := relativeObject(toks, ms, c.Sources); n != "" && discourseCode(p.Code) {
			// "a charge that Paris denied", "an accusation the BNP
			// rejected": the relative clause's object is the noun before
			c.Discourse = n
		} else if strings.HasPrefix(p.Code, "12") && !p.Classic && clauseEnds(toks, m.end) && !inRelative(toks, ms, c.Sources) {
			// "the EU demanded that China pay, but Beijing refused": the
			// refusal answers whoever asked, found in the article
			c.Discourse = "demand"
		} else if p.Code == "016" && !p.Classic {
			// "Islamabad has denied any involvement": the denial answers
			// whoever accused the source, found in the article
			c.Discourse = "accusation"
		} else if n := matchedAction(toks, i, m.end); n != "" && discourseCode(p.Code) {
			// "dismissed the allegations": the pattern's own object
			c.Discourse = n
		} else if k := conditionActor(toks, ms, m.end, c.Sources); k >= 0 && (hostile(p.Code) && WarnedBefore(toks, g) || strings.HasPrefix(p.Code, "13")) {
			// "warned that Israel would strike if Hezbollah violated the
			// deal": the threat is aimed at the condition's subject
			c.Targets = []int{k}
		} else if ps := participants(ms, c.Sources); brokers(p.Code) && len(ps) > 0 && !p.Classic {
			// "following mediation by the UAE", "Qatar mediated the
			// deal": the parties are the sentence's other actors
			c.Targets = ps
		} else if domestic(p.Code) {
			// "imposed a curfew", "put the army on alert": the act falls
			// on the source's own country; the coder names its people
			c.Domestic = true
		} else {
			return c, "no target actor"
		}
	}
	if !p.Classic && len(c.Targets) == 1 {
		if k := housed(toks, ms, c.Targets[0]); k >= 0 {
			// "missiles at two Iraqi bases housing U.S. troops": the
			// troops the place houses are the target
			c.Targets = []int{k}
		}
	}
	if !p.Classic {
		c.Negated, c.Hedged, c.Why, c.HedgedBy = modality(toks, g, i, p.Noun, d.FutureAsserted)
		if k := negatedInside(toks, i, m.end); k >= 0 && !c.Negated {
			// "had not held talks": a gap of the pattern skipped the negation
			c.Negated, c.Hedged, c.Why, c.HedgedBy = true, false, "negated by "+toks[k].Text, ""
		}
	}
	return c, ""
}

// actionNouns name what an actor did or proposed; criticising, rejecting
// or demanding about one targets its author.
var actionNouns = map[string]bool{"move": true, "decision": true, "package": true, "measure": true, "restriction": true,
	"sanction": true, "plan": true, "ruling": true, "visit": true, "offer": true, "proposal": true, "deal": true,
	"accusation": true, "allegation": true, "claim": true, "charge": true, "remark": true, "statement": true,
	"comment": true, "order": true, "policy": true, "law": true, "bill": true, "resolution": true, "step": true,
	"action": true, "attack": true, "strike": true, "demand": true, "ultimatum": true, "threat": true, "tariff": true,
	"ban": true, "text": true, "agreement": true, "treaty": true, "announcement": true, "verdict": true, "referendum": true,
	"raid": true, "invasion": true, "incursion": true, "arrest": true, "detention": true, "killing": true,
	"shelling": true, "bombing": true, "seizure": true, "crackdown": true, "offensive": true, "annexation": true,
	"expulsion": true, "execution": true, "assault": true, "airstrike": true, "test": true, "launch": true}

// actionObject returns the head of an object like "the move" or "the new
// restrictions" after a match, or "".
func actionObject(toks []text.Token, from int) string {
	n, _ := actionNP(toks, from)
	return n
}

// actionNP returns the head of an action noun phrase at from and the token
// after it.
func actionNP(toks []text.Token, from int) (string, int) {
	k := from
	for k < len(toks) && k < from+4 && (toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "PRP$" || toks[k].Tag == "``" || toks[k].Tag == "VBN" || toks[k].Tag == "CD") {
		k++
	}
	if k < len(toks) && (toks[k].Tag == "NN" || toks[k].Tag == "NNS") && actionNouns[toks[k].Lemma] {
		return toks[k].Lemma, k + 1
	}
	return "", from
}

// discourseCode: codes whose target may come from the discourse (what was
// criticised, rejected, denied, demanded or threatened).
func discourseCode(code string) bool {
	switch code[:2] {
	case "10", "11", "12", "13":
		return true
	}
	return code == "016" || code == "051"
}

// reciprocal codes: a compound subject with no target acts on itself
// pairwise (met, signed, agreed, exchanged prisoners).
func reciprocal(code string) bool {
	switch code[:2] {
	case "03", "04", "05", "06", "08":
		return true
	}
	return code == "0871" || code == "087" || code == "190" || code == "193" || code == "196"
}

// plainPlace: a mention after "in" or "at" naming a place or country with
// no role ("in Almaty", "at Geneva"), which may be where an event happened.
func plainPlace(toks []text.Token, ms []actor.Mention, k int) bool {
	m := &ms[k]
	if m.Tok[0] == 0 || m.Via != "capital" && (m.Role != "" || m.Via != "place" && m.Via != "name") {
		// a capital after "in" is the place too: "met in Washington"
		return false
	}
	if m.Entry != nil && m.Entry.Kind != actor.Country {
		return false
	}
	switch toks[m.Tok[0]-1].Norm {
	case "in", "at":
		return true
	}
	return false
}

// fromCompound widens a one-actor subject to the compound it is made of:
// the subject itself when it has several actors, else the countries of
// "officials from Armenia and Azerbaijan" before the verb group at g.
func fromCompound(toks []text.Token, ms []actor.Mention, src []int, g int) []int {
	if len(src) != 1 {
		return src
	}
	k := ms[src[0]].Tok[1]
	if k >= g || toks[k].Norm != "from" && toks[k].Norm != "of" {
		return nil
	}
	var out []int
	for k++; k < g; {
		j := mentionAt(ms, k)
		if j < 0 || !ms[j].IsActor() || ms[j].Country == "" {
			return nil
		}
		out = append(out, j)
		k = ms[j].Tok[1]
		for k < g && (toks[k].Norm == "and" || toks[k].Norm == ",") {
			k++
		}
	}
	return out
}

// groupStart walks left from a verb over auxiliaries, modals, adverbs,
// negation and infinitive chains ("has not yet spoken", "wanted to discuss").
func groupStart(toks []text.Token, i int) int {
	g := i
	for g > 0 {
		t := &toks[g-1]
		switch {
		case t.Tag == "MD" || t.Tag == "RB" || t.Tag == "TO" || t.Lemma == "be" || t.Lemma == "have" || t.Lemma == "do":
			g--
		case t.Tag == "CC" && t.Norm == "yet":
			g--
		case g-1 > 0 && toks[g-1].Tag == "TO":
			g--
		case g < len(toks) && toks[g].Tag == "TO" && (isVerbTag(t.Tag)):
			g--
		case g < len(toks) && toks[g].Tag == "VBG" && isVerbTag(t.Tag) && governsGerund(t.Lemma):
			g--
		default:
			return g
		}
	}
	return g
}

func governsGerund(l string) bool {
	return hedgeGov[l] || negGov[l] || l == "begin" || l == "start" || l == "continue" || l == "keep" || l == "finish"
}

func isVerbTag(t string) bool { return len(t) >= 2 && t[:2] == "VB" }

// governor returns the verb that governs a noun trigger (the verb before
// it in its clause: "had a call with", "held talks"), or the noun itself.
func governor(toks []text.Token, i int) int {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if isVerbTag(toks[k].Tag) {
			return k
		}
		if isBoundary(&toks[k]) || toks[k].Tag == "IN" {
			break
		}
	}
	return i
}

// coordinatedPassive: "were freed on Monday and flown to Doha".
func coordinatedPassive(toks []text.Token, g int) bool {
	if g == 0 || toks[g-1].Norm != "and" && toks[g-1].Norm != "," {
		return false
	}
	for k := g - 2; k >= 0 && k >= g-10; k-- {
		if toks[k].Tag == "VBN" {
			return k > 0 && hasBe(toks, max(0, k-3), k)
		}
		if toks[k].Lemma == "have" {
			return false
		}
	}
	return false
}

func hasBe(toks []text.Token, g, i int) bool {
	for k := g; k < i; k++ {
		if toks[k].Lemma == "be" || toks[k].Lemma == "get" {
			return true
		}
	}
	return false
}

// clauseStart finds where the clause of a verb group at g begins, and the
// relative pronoun that opens it (or -1).
func clauseStart(toks []text.Token, g int) (int, int) {
	start := actor.SubjectStart(toks)
	if start > g {
		start = 0
	}
	rel := -1
	for k := g - 1; k >= start; k-- {
		t := &toks[k]
		if j := parenthetical(toks, k, start); j >= 0 {
			// "Turkey, which has troops there, said": skip the relative clause
			k = j
			continue
		}
		switch {
		case t.Norm == ";" || t.Norm == ":" || t.Tag == "IN" && (t.Norm == "that" || subordinators[t.Norm]):
			return k + 1, -1
		case t.Tag == "WDT" || t.Tag == "WP" || t.Norm == "which" || t.Norm == "who":
			return k + 1, k
		case isVerbTag(t.Tag) && speechVerbs[t.Lemma]:
			return k + 1, -1
		}
	}
	return start, rel
}

// subject finds the subject mentions of the verb group starting at g.
func subject(toks []text.Token, ms []actor.Mention, g int) []int {
	if g > 0 && g < len(toks) && toks[g].Tag == "VB" && (toks[g-1].Tag == "NN" || toks[g-1].Tag == "NNS") && !inMention(ms, g-1) {
		return nil // "let monitors visit": the subject is a noun that is not an actor
	}
	if inc := including(toks, ms, g); len(inc) > 0 {
		// "governments across the region, including Brazil and
		// Colombia, condemned": the members named
		return inc
	}
	start, rel := clauseStart(toks, g)
	if s := conjoinedSubject(toks, ms, start, g); len(s) > 0 {
		return s
	}
	// a coordinated clause with its own subject: "..., and India's foreign
	// ministry criticised the move"
	for k := g - 1; k > start; k-- {
		if (toks[k].Norm == "and" || toks[k].Norm == "but") && toks[k-1].Norm == "," {
			if s := firstActor(toks, ms, k+1, g); len(s) > 0 {
				return s
			}
			break
		}
	}
	if g > 1 && toks[g-1].Norm == "and" {
		// "The United States determined that the RSF have committed
		// genocide, and imposed sanctions": the simple past goes back
		// past the perfect of the complement to its governor
		prev := groupStartBefore(toks, g-1)
		if v := complementGovernor(toks, prev); v >= 0 && tenseShift(toks, prev, g) {
			return subject(toks, ms, groupStart(toks, v))
		}
	}
	if s := firstActor(toks, ms, start, g); len(s) > 0 {
		return s
	}
	if rel >= 0 {
		if rel > 0 && (toks[rel-1].Tag == "NN" || toks[rel-1].Tag == "NNS") && !inMention(ms, rel-1) {
			// "floods that have killed": the antecedent is no actor
			return nil
		}
		// the antecedent of the relative pronoun
		for k := len(ms) - 1; k >= 0; k-- {
			if ms[k].IsActor() && ms[k].Tok[1] <= rel && ms[k].Tok[1] >= rel-2 {
				return []int{k}
			}
		}
	}
	if start > 0 && !nounSubject(toks, ms, start, g) {
		// coordinated clause: "Putin has not yet spoken with Trump but congratulated him"
		return subject(toks, ms, groupStartBefore(toks, start))
	}
	return nil
}

func groupStartBefore(toks []text.Token, start int) int {
	for k := start - 1; k >= 0; k-- {
		if isVerbTag(toks[k].Tag) {
			return groupStart(toks, k)
		}
	}
	return 0
}

// firstActor returns the first mention in [from, to) that is not the
// object of a preposition nor a possessive modifier, with its compound
// partners ("Russia and China").
func firstActor(toks []text.Token, ms []actor.Mention, from, to int) []int {
	for k := range ms {
		m := &ms[k]
		if m.Tok[0] < from || m.Tok[1] > to || !m.IsActor() {
			continue
		}
		if of := partitiveOf(toks, ms, m.Tok[0], from); of < 0 {
			if prev := m.Tok[0] - 1; prev >= from && (toks[prev].Tag == "IN" || toks[prev].Tag == "TO") {
				continue
			}
			if prev := m.Tok[0] - 2; prev >= from && toks[prev].Tag == "IN" && toks[prev+1].Tag == "DT" {
				continue
			}
		}
		if m.Possessive {
			continue
		}
		ids := []int{k}
		next := k + 1
		for ; next < len(ms) && ms[next].Tok == m.Tok; next++ {
			ids = append(ids, next) // the members of "both governments", "they"
		}
		for n := next; n < len(ms); n++ {
			gap := ms[n].Tok[0] - ms[n-1].Tok[1]
			j := ms[n-1].Tok[1]
			if ms[n].Tok[1] > to || gap < 1 || !(toks[j].Norm == "and" || toks[j].Norm == "," || toks[j].Norm == "&") {
				break
			}
			if gap > 2 && !actor.CollectiveGap(toks, j+1, ms[n].Tok[0], collectives) {
				break
			}
			if ms[n].IsActor() {
				ids = append(ids, n)
			}
		}
		return ids
	}
	return nil
}

// byAgent finds "by X" after a passive verb.
func byAgent(toks []text.Token, ms []actor.Mention, from int) []int {
	for k := from; k < len(toks) && k < from+8; k++ {
		if isBoundary(&toks[k]) {
			break
		}
		if toks[k].Norm == "by" {
			if a := firstActor(toks, ms, k+1, min(len(toks), k+8)); len(a) > 0 {
				return a
			}
			// "hit by Russian missiles": the nation of the weapons
			for n := range ms {
				m := &ms[n]
				if m.Via == "adj" && m.Tok[0] > k && m.Tok[0] <= k+3 && m.Tok[1] < len(toks) &&
					(toks[m.Tok[1]].Tag == "NN" || toks[m.Tok[1]].Tag == "NNS") {
					return []int{n}
				}
			}
			return nil
		}
	}
	return nil
}

// nounSource: "Putin's visit", "Russian attacks", "a visit by Putin".
func nounSource(toks []text.Token, ms []actor.Mention, i int) []int {
	k := i - 1
	for k >= 0 && (toks[k].Tag == "JJ" || toks[k].Tag == "CD" || toks[k].Tag == "NN" && k < i-0) && i-k < 4 && !inMention(ms, k) {
		k--
	}
	for n := range ms {
		m := &ms[n]
		if m.Tok[1] == k && k >= 0 && toks[k].Tag == "POS" {
			return []int{n}
		}
		if m.Tok[1] == k+1 && m.Tok[1] <= i && (m.Via == "adj" || m.Possessive) {
			return []int{n}
		}
		if m.Tok[1] == k+1 && m.Tok[1] <= i && m.IsActor() && m.Via != "pronoun" && prenominal(toks, m.Tok[0]) {
			// "an al-Shabaab car bomb attack", "the Hamas attack": the
			// organisation named before the noun phrase
			return []int{n}
		}
	}
	for k := i + 1; k < len(toks) && k < i+4; k++ {
		if toks[k].Norm == "by" {
			return firstActor(toks, ms, k+1, min(len(toks), k+6))
		}
	}
	return nil
}

// after finds the first actor after the match, within the clause.
// With classic (the classic coders' conventions), possessive pronouns
// ("his license") are not targets, as those coders resolve no pronouns,
// and a present-tense verb right after a common noun is taken for a
// mistagged plural ("fired two artillery shells at").
func after(toks []text.Token, ms []actor.Mention, from int, not []int, classic bool) []int {
	for k := range ms {
		m := &ms[k]
		if m.Tok[0] < from || !m.IsActor() || contains(not, k) {
			continue
		}
		if classic && m.Via == "pronoun" && toks[m.Tok[0]].Tag == "PRP$" {
			continue
		}
		for t := from; t < m.Tok[0]; t++ {
			if (t > from || !classic && t > 0) && mistaggedNoun(toks, ms, t, classic) {
				// "artillery shells at", "memos sent by": a noun or a
				// reduced relative, not a new clause
				continue
			}
			if classic && toks[t].Tag == "VB" && t > from+1 && toks[t-1].Tag == "TO" && strings.HasPrefix(toks[t-2].Tag, "NN") && !inMention(ms, t-2) {
				continue // "signed an accord to supply Gondor": a noun's infinitive
			}
			if classic && toks[t].Norm == "," {
				return nil // the object of the verb phrase ends at a comma
			}
			if isBoundary(&toks[t]) || isVerbTag(toks[t].Tag) && toks[t].Tag != "VBG" && toks[t].Tag != "VBN" {
				return nil
			}
			if toks[t].Norm == "," && t+1 < len(toks) && toks[t+1].Tag == "VBG" {
				return nil // ", saying ...": a new clause
			}
			if !classic && toks[t].Norm == "," && t+1 < len(toks) && (toks[t+1].Norm == "and" || toks[t+1].Norm == "but") && t+1 < m.Tok[0]-1 {
				return nil // ", and the United States said": a new clause
			}
			if !classic && toks[t].Norm == "that" && t > from && (toks[t-1].Tag == "NN" || toks[t-1].Tag == "NNS") {
				return nil // "the ruling that Rwanda was not safe": a clause of its own
			}
		}
		if m.Tok[0]-from > 12 {
			return nil
		}
		ids := []int{k}
		for n := k + 1; n < len(ms) && ms[n].Tok[0] == m.Tok[0]; n++ {
			ids = append(ids, n) // the parts of "Russian-Chinese"
		}
		sawAnd := false
		for n := k + 1; n < len(ms); n++ {
			j := ms[n-1].Tok[1]
			if ms[n].Tok[0]-j < 1 || ms[n].Tok[0]-j > 2 || !(toks[j].Norm == "and" || toks[j].Norm == ",") {
				break
			}
			if classic && sawAnd {
				break // "A and B, and C and D": a list has one final "and"
			}
			sawAnd = sawAnd || toks[j].Norm == "and" || toks[ms[n].Tok[0]-1].Norm == "and"
			if ms[n].IsActor() {
				ids = append(ids, n)
			}
		}
		return ids
	}
	return nil
}

// mainSubject finds the subject of a main verb that follows a relative
// clause with a verb of its own ("A Pakistani woman who shot at officers
// in Afghanistan was extradited"): the actor before the relative pronoun.
func mainSubject(toks []text.Token, ms []actor.Mention, g int) []int {
	rel := -1
	for k := g - 1; k >= 0; k-- {
		if t := &toks[k]; t.Norm == ";" || t.Norm == ":" || t.Norm == "," || t.Norm == "that" || isVerbTag(t.Tag) && speechVerbs[t.Lemma] {
			return nil
		}
		if toks[k].Tag == "WP" || toks[k].Tag == "WDT" {
			rel = k
			break
		}
	}
	if rel < 0 {
		return nil
	}
	finite := false
	for k := rel + 1; k < g; k++ {
		switch toks[k].Tag {
		case "VB", "VBD", "VBZ", "VBP": // "who shot": finite after the pronoun
			finite = true
		}
	}
	if !finite {
		return nil
	}
	from, _ := clauseStart(toks, rel)
	return firstActor(toks, ms, from, rel)
}

// possessor returns the first possessive actor of the clause before the
// verb group at g.
func possessor(toks []text.Token, ms []actor.Mention, g int) []int {
	start, _ := clauseStart(toks, g)
	for k := range ms {
		if ms[k].IsActor() && ms[k].Possessive && ms[k].Tok[0] >= start && ms[k].Tok[1] <= g {
			return []int{k}
		}
	}
	return nil
}

// modifier: a word that may stand between a conjunction and the next
// member of a compound ("and the evil awful Gondor").
func modifier(toks []text.Token, ms []actor.Mention, k int) bool {
	t := &toks[k]
	switch t.Tag {
	case "DT", "JJ", "JJS", "JJR", "RB":
	case "NN":
		if t.Text == "" || t.Text[0] < 'a' || t.Text[0] > 'z' {
			return false
		}
	default:
		return false
	}
	return !inMention(ms, k)
}

func conjunction(w string) bool { return w == "and" || w == "," || w == "or" || w == "nor" }

// widenCompound adds the members of a compound actor that stand before
// or after ids across modifiers ("Evil Mordor, the awful Fornost, and
// good Gondor"), up to the verb group at g: the classic coders read the
// compound from the parse.
func widenCompound(toks []text.Token, ms []actor.Mention, ids []int, g int) []int {
	if len(ids) == 0 {
		return ids
	}
	out := append([]int{}, ids...)
	first, last := ids[0], ids[len(ids)-1]
	for {
		k := ms[first].Tok[0] - 1
		for n := 0; n < 3 && k >= 0 && modifier(toks, ms, k); n++ {
			k--
		}
		conj := 0
		for k >= 0 && conj < 2 && conjunction(toks[k].Norm) {
			k--
			conj++
		}
		n := mentionEnding(ms, k+1)
		if conj == 0 || n < 0 || contains(out, n) || ms[n].Possessive {
			break
		}
		out = append([]int{n}, out...)
		first = n
	}
	for {
		k := ms[last].Tok[1]
		conj := 0
		for k < g && conj < 2 && conjunction(toks[k].Norm) {
			k++
			conj++
		}
		for n := 0; n < 3 && k < g && modifier(toks, ms, k); n++ {
			k++
		}
		n := -1
		for j := range ms {
			if ms[j].IsActor() && ms[j].Tok[0] == k && ms[j].Tok[1] <= g {
				n = j
				break
			}
		}
		if conj == 0 || n < 0 || contains(out, n) {
			break
		}
		out = append(out, n)
		last = n
	}
	return out
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// realizedGov reports an infinitive whose governing verb asserts it
// happened ("managed to", "went on to", "continued to").
func realizedGov(toks []text.Token, to int) bool {
	if to == 0 {
		return false
	}
	switch toks[to-1].Lemma {
	case "manage", "continue", "go", "proceed", "begin", "start", "move", "help", "succeed", "use", "vote":
		return isVerbTag(toks[to-1].Tag)
	}
	// "prompting Washington to ease sanctions", "forced Kyiv to
	// withdraw": a causative with its object; the act followed
	for k := to - 1; k >= 0 && k >= to-5; k-- {
		if isVerbTag(toks[k].Tag) {
			return causatives[toks[k].Lemma] && toks[k].Tag != "VB" && toks[k].Tag != "MD"
		}
	}
	return false
}

// modality reads negation and hedging in the verb group and the clause.
// by is the lemma of the word that hedges, when one does.
func modality(toks []text.Token, g, i int, noun, future bool) (neg, hedge bool, why, by string) {
	if !noun && i >= 2 && toks[i].Tag == "VBG" && toks[i-1].Norm == "out" && toks[i-2].Lemma == "rule" {
		// "ruled out sending troops": refused
		return true, false, "negated by " + toks[i-2].Text + " out", "refuse"
	}
	if !noun && toks[i].Tag == "VBG" && i >= 2 && isVerbTag(toks[i-1].Tag) && aspectual[toks[i-1].Lemma] {
		// "prepared to resume shelling", "vowed to keep fighting": the
		// gerund shares the modality of its aspectual verb
		return modality(toks, groupStart(toks, i-1), i-1, false, future)
	}
	for k := g; k < i; k++ {
		t := &toks[k]
		switch {
		case t.Lemma == "not" && k > 0 && toks[k-1].Tag == "MD" && (toks[k-1].Lemma == "will" || toks[k-1].Lemma == "would"):
			// "will not accept": a refusal announced
			return true, false, "negated by " + toks[k-1].Text + " " + t.Text, "will"
		case t.Lemma == "not" || t.Norm == "never" || t.Norm == "no":
			return true, false, "negated by " + t.Text, ""
		case isVerbTag(t.Tag) && negGov[t.Lemma]:
			return true, false, "negated by " + t.Text, t.Lemma
		}
	}
	if noun {
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if toks[k].Norm == "no" || toks[k].Norm == "without" {
				return true, false, "negated by " + toks[k].Text, ""
			}
			if isVerbTag(toks[k].Tag) && (negGov[toks[k].Lemma] || toks[k].Lemma == "not") {
				return true, false, "negated by " + toks[k].Text, ""
			}
		}
	}
	for k := g; k < i; k++ {
		t := &toks[k]
		if future && t.Tag == "MD" && (t.Lemma == "will" || t.Lemma == "shall" || t.Lemma == "would") {
			continue
		}
		if hedgeWords[t.Norm] || t.Tag == "MD" || isVerbTag(t.Tag) && hedgeGov[t.Lemma] && k < i {
			return false, true, "hedged by " + t.Text, t.Lemma
		}
	}
	if !noun && g == i && toks[i].Tag == "VB" && i > 0 && (toks[i-1].Tag == "NN" || toks[i-1].Tag == "NNS" || toks[i-1].Tag == "NNP" || toks[i-1].Tag == "PRP") {
		// a bare infinitive after its subject ("let monitors visit"): not asserted
		return false, true, "bare infinitive: not asserted", ""
	}
	if !noun && letComplement(toks, i) {
		// "refusing to let monitors visit": the visit is the complement
		// of letting, not an act reported
		return false, true, "complement of let or make", ""
	}
	if !noun && accusedOf(toks, i) {
		// "accused the WHO of bowing to pressure": alleged, not reported
		return false, true, "what an accusation alleges", ""
	}
	if !noun && i > 0 && toks[i-1].Tag == "TO" && !realizedGov(toks, i-1) {
		// an infinitive states a purpose or plan, not an event that happened
		return false, true, "infinitive: not asserted", ""
	}
	start, _ := clauseStart(toks, g)
	for k := 0; k < g; k++ {
		t := &toks[k]
		if k < start && isVerbTag(t.Tag) && suggestVerbs[t.Lemma] && !adverbialBetween(toks, k+1, g) {
			return false, true, "hedged by " + t.Text, ""
		}
		if (t.Norm == "if" || t.Norm == "unless") && k >= start-1 && !commaBetween(toks, k, g) {
			return false, true, "conditional: " + t.Text, ""
		}
	}
	return false, false, "", ""
}

// adverbialBetween reports a subordinator in [from, to) that opens an
// adverbial clause ("appeared to hold hours after Iran fired"): a verb
// of seeming governs its complement, not such a clause.
func adverbialBetween(toks []text.Token, from, to int) bool {
	for k := from; k < to; k++ {
		if t := &toks[k]; subordinators[t.Norm] && t.Norm != "if" && t.Norm != "unless" && (t.Tag == "IN" || t.Tag == "WRB" || t.Tag == "RB") {
			return true
		}
	}
	return false
}

// matchedAction returns the last action noun among the words a pattern
// matched after its trigger (i, end), or "".
func matchedAction(toks []text.Token, i, end int) string {
	for k := end - 1; k > i; k-- {
		if t := &toks[k]; (t.Tag == "NN" || t.Tag == "NNS") && actionNouns[t.Lemma] {
			return t.Lemma
		}
	}
	return ""
}
