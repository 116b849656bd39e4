package coder

import (
	"strings"
	"sync"

	"annals/actor"
	"annals/article"
	"annals/cameo"
	"annals/event"
	"annals/tag"
	"annals/text"
	"annals/timex"
	"annals/verb"
)

// Coder holds the compiled stages. It is immutable and safe for concurrent use.
type Coder struct {
	Tagger *tag.Tagger
	Timex  *timex.Tagger
	Actors *actor.Dict
	Verbs  *verb.Dict
	Codes  *cameo.Table
	// Discards drop sentences or whole articles (optional).
	Discards []Discard
	// Classic follows the classic dictionaries' conventions: a state named
	// as an actor keeps its bare country code (annals' own convention codes
	// it as its government).
	Classic bool

	once sync.Once
	disc discards
}

// New builds the pipeline over compiled actor and verb dictionaries: the
// tagger knows every verb the patterns name, and the CAMEO table is the
// embedded one.
func New(ad *actor.Dict, vd *verb.Dict, discards []Discard) (*Coder, error) {
	codes, err := cameo.Load()
	if err != nil {
		return nil, err
	}
	nouns := append(ad.AgentWords(), vd.NounTriggers()...)
	return &Coder{Tagger: tag.NewLexicon(vd.VerbLemmas(), nouns), Timex: timex.New(), Actors: ad, Verbs: vd, Codes: codes, Discards: discards}, nil
}

// Options control one run.
type Options struct {
	All     bool // keep negated and hedged events (marked)
	Explain bool // keep the per-sentence trace
}

// Result is the coder's output for one article.
type Result struct {
	Events []event.Event
	Trace  []SentenceTrace
}

// SentenceTrace is what every stage produced for one sentence.
type SentenceTrace struct {
	Sentence text.Sentence
	Timex    []timex.Expr
	Mentions []actor.Mention
	Match    verb.Result
	Events   []EventTrace
	Discard  string // the discard phrase that dropped the sentence (or story)
}

// EventTrace says what became of a candidate.
type EventTrace struct {
	Candidate verb.Candidate
	DateWhy   string
	Kept      int    // events emitted
	Dropped   string // why none were, if so
}

// Code runs the pipeline on one article.
func (c *Coder) Code(a article.Article, opt Options) Result {
	var res Result
	c.once.Do(func() { c.disc = compileDiscards(c.Discards) })
	sents := text.Split(a.Text)
	tagged := make([]text.Sentence, len(sents))
	for i, s := range sents {
		tagged[i] = c.Tagger.Sentence(s)
	}
	storyDrop := ""
	for _, s := range tagged {
		if d, ok := c.disc.match(s.Tokens); ok && d.Story {
			storyDrop = "story discarded by " + strings.Join(d.Phrase, " ") + " (" + d.Pos + ")"
			break
		}
	}
	exprs := c.Timex.Tag(a.Text, a.Date)
	rec := c.Actors.NewRecognizer()
	rec.SetDate(a.Date)
	var evs []event.Event
	var authors []actor.Mention  // who acted, most recent last
	var forceful []actor.Mention // who used force or coercion (17-20), most recent last
	// lead is the day of the news the article tells: the first event
	// dated by its sentence to a day of the week before the article ("on
	// Friday"); later sentences with no date of their own tell that day
	var lead timex.Date
	for _, s := range tagged {
		var newsDay timex.Date // the first day of the week's news an event of the sentence was dated to
		ms := rec.Sentence(s)
		var authored []actor.Mention
		for k := range ms {
			ms[k].Text = ms[k].Span.Of(a.Text)
		}
		sx := within(exprs, s.Span)
		rel := relativeSpans(s.Tokens) // relative clauses, for dating
		drop := storyDrop
		if d, ok := c.disc.match(s.Tokens); ok && drop == "" {
			drop = "sentence discarded by " + strings.Join(d.Phrase, " ") + " (" + d.Pos + ")"
		}
		var m verb.Result
		if drop == "" {
			m = c.Verbs.MatchTrace(s.Tokens, ms, opt.Explain)
		}
		var tr SentenceTrace
		if opt.Explain {
			tr = SentenceTrace{Sentence: s, Timex: sx, Mentions: ms, Match: m, Discard: drop}
		}
		reported := reportedBy(s, ms, a.Text)
		emit := func(cand verb.Candidate) EventTrace {
			et := EventTrace{Candidate: cand}
			var date timex.Date
			var dtext string
			// keep records an event of the candidate
			keep := func(cd verb.Candidate, src, tgt event.Actor) event.Event {
				ev := c.record(a, s, cd, src, tgt, date, dtext)
				ev.ReportedBy = reported
				evs = append(evs, ev)
				et.Kept++
				if newsDay.IsZero() && dtext != "" && newsDate(date, a.Date) {
					newsDay = date
				}
				return ev
			}
			var why string
			date, dtext, why = eventDate(s, sx, rel, cand, a.Date, lead)
			et.DateWhy = why
			// roles are read on the event's date; one that only names the
			// month or year of the article ("this month") is read on the
			// article date
			on := date
			if date.Prec < a.Date.Prec && date.Compare(a.Date) == 0 {
				on = a.Date
			}
			if cand.Pattern.Noun && stateNouns[s.Tokens[cand.Trigger].Lemma] && !newState(s, sx, cand.Trigger) {
				// "Russia's war in Ukraine" with no date: a standing situation
				// the article refers to, not news of the day
				et.Dropped = "an undated reference to an ongoing " + s.Tokens[cand.Trigger].Lemma
				return et
			}
			if ic, ok := intent(s, cand); ok {
				cand = ic
				et.Candidate = cand
			}
			if (cand.Negated || cand.Hedged) && !opt.All {
				et.Dropped = cand.Why
				return et
			}
			pool := ms
			if cand.Discourse != "" {
				// the authors so far, this sentence's events included
				// ("offered talks, but the students rejected the offer")
				code := func(m *actor.Mention) string { return m.Actor(c.Actors, on).Code }
				au, ok := author(append(authors[:len(authors):len(authors)], authored...), ms, cand.Sources, code)
				if forcefulActs[cand.Discourse] {
					// "condemned the raid": whoever used force last
					if fa, ok := answered(forceful, nil, ms, cand.Sources, code); ok {
						au = fa
					}
				}
				if answers[cand.Discourse] {
					// a refusal or a denial answers the latest demand or
					// accusation, this sentence's first
					au, ok = answered(authors, authored, ms, cand.Sources, code)
				}
				if !ok {
					et.Dropped = "no author for " + cand.Discourse + " in the article"
					return et
				}
				pool = append(ms[:len(ms):len(ms)], au)
				cand.Targets = []int{len(ms)}
				et.Candidate = cand
			}
			if cand.StateSource {
				// "was detained on Sunday": the police of the place, else
				// of the country the article is about
				country := rec.MainCountry()
				if len(cand.Sources) > 0 {
					country = c.named(s.Tokens, pool, cand.Sources[0], on).Country
				}
				if country == "" {
					et.Dropped = "no state for an agentless coercion"
					return et
				}
				src := countryActor(country, "COP", "police of ", "implicit")
				for _, t := range cand.Targets {
					tgt := c.named(s.Tokens, pool, t, on)
					if tgt.Code == "" || selfEvent(src, tgt) {
						et.Dropped = "an actor has no country or code, or a self-event"
						continue
					}
					keep(cand, src, tgt)
				}
				return et
			}
			if cand.Domestic && len(cand.Targets) == 0 {
				for _, k := range cand.Sources {
					src := c.named(s.Tokens, pool, k, on)
					if !c.Classic {
						stateActs(&src, &pool[k])
					}
					tgt := population(src)
					switch {
					case strings.HasPrefix(cand.Code, "10"):
						// a demand with no addressee: a group's demand on
						// its own state; a state's has no target to read
						if authority(src) || src.Role == "" || src.Role == "IGO" {
							et.Dropped = "a demand with no addressee"
							continue
						}
						tgt = countryActor(src.Country, "GOV", "government of ", "domestic")
					case !authority(src):
						et.Dropped = "a domestic act needs a state source"
						continue
					}
					keep(cand, src, tgt)
					authored = append(authored, pool[k])
				}
				return et
			}
			for _, pair := range pairs(cand) {
				src := c.named(s.Tokens, pool, pair[0], on)
				tgt := c.named(s.Tokens, pool, pair[1], on)
				if src.Code == "" || tgt.Code == "" {
					et.Dropped = "an actor has no country or code"
					continue
				}
				if !c.Classic && selfEvent(src, tgt) && src.Role == "" && tgt.Role != "" {
					// "Belarus jailed an opposition activist": the state
					// acts on one of its own, before the self-event test;
					// "Thousands of Hungarians rallied against Orban": the
					// people act
					if pool[pair[0]].Via == "people" && strings.HasPrefix(cand.Code, "14") {
						src.Code, src.Role = src.Country+"CVL", "CVL"
					} else {
						stateActs(&src, &pool[pair[0]])
					}
				}
				if !c.Classic && selfEvent(src, tgt) && src.Role != "" && tgt.Role == "" && len(cand.Sources) < 2 && onPeople(cand.Pattern.Code) && placeLike(s.Tokens, &pool[pair[1]]) {
					// "Turkish authorities imposed a curfew in Cizre",
					// "rebels blocked roads into Abidjan": a place of the
					// source's own country stands for its people, or
					// for its state when the source is not the state
					if authority(src) {
						tgt = population(tgt)
					} else {
						tgt.Code, tgt.Role = tgt.Country+"GOV", "GOV"
					}
				}
				if selfEvent(src, tgt) {
					et.Dropped = "self-event"
					continue
				}
				if !c.Classic {
					stateActs(&src, &pool[pair[0]])
					stateActs(&tgt, &pool[pair[1]])
				}
				ev := keep(cand, src, tgt)
				authored = append(authored, pool[pair[0]])
				if r := ev.CameoRoot; r >= "17" && r <= "20" {
					forceful = append(forceful, pool[pair[0]])
				}
			}
			return et
		}
		for _, cand := range m.Candidates {
			et := emit(cand)
			kept := et.Kept
			for _, alt := range cand.Alternatives {
				if kept > 0 || !fallsBack(et.Dropped) {
					break
				}
				// every pair dropped: the next pattern that fired at the
				// trigger may read the sentence's actors differently
				et.Dropped += "; trying the next pattern at the trigger"
				tr.Events = append(tr.Events, et)
				for k, ac := range alt {
					et = emit(ac)
					kept += et.Kept
					if k < len(alt)-1 {
						tr.Events = append(tr.Events, et)
					}
				}
			}
			tr.Events = append(tr.Events, et)
		}
		authors = remember(authors, authored, s, ms)
		if lead.IsZero() {
			lead = newsDay
		}
		if opt.Explain {
			res.Trace = append(res.Trace, tr)
		}
	}
	res.Events = event.Dedup(evs)
	return res
}

// fallsBack: a candidate dropped for its actors (a self-event, an actor
// with no code) gives way to the next pattern fired at its trigger.
func fallsBack(dropped string) bool {
	return dropped == "self-event" || dropped == "an actor has no country or code"
}

// newState reports a standing situation that the sentence reports as news:
// a verb sets it going ("launched an invasion") or a date follows it ("the
// invasion in February 2022"). "Two years since Russia's invasion, the
// United States imposed sanctions on Friday" is a reference, not news.
func newState(s text.Sentence, xs []timex.Expr, trig int) bool {
	for k := trig - 1; k >= 0 && k >= trig-3; k-- {
		if t := s.Tokens[k].Tag; len(t) >= 2 && t[:2] == "VB" && startVerbs[s.Tokens[k].Lemma] {
			return true
		}
	}
	// a date in the noun's own phrase: no comma or clause word between
	for _, x := range xs {
		if x.Date.IsZero() || x.Start < s.Tokens[trig].End {
			continue
		}
		ok := true
		for k := trig + 1; k < len(s.Tokens) && s.Tokens[k].Start < x.Start; k++ {
			switch s.Tokens[k].Norm {
			case ",", ";", ":", "and", "but", "while", "as", "when", "after", "before":
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// startVerbs set a standing situation going.
var startVerbs = map[string]bool{"launch": true, "begin": true, "start": true, "wage": true, "order": true, "mount": true,
	"declare": true, "unleash": true, "resume": true, "escalate": true, "open": true, "initiate": true}

// stateNouns name standing situations rather than events of a day.
var stateNouns = map[string]bool{"war": true, "invasion": true, "occupation": true, "conflict": true, "siege": true, "insurgency": true}

// pairs lists (source, target) mention index pairs of a candidate:
// every source with every target, or each member of a compound subject
// with the others when the event has no separate target ("Russia and
// Ukraine exchanged prisoners").
func pairs(c verb.Candidate) [][2]int {
	var out [][2]int
	if len(c.Targets) == 0 {
		for _, a := range c.Sources {
			for _, b := range c.Sources {
				if a != b {
					out = append(out, [2]int{a, b})
				}
			}
		}
		return out
	}
	for _, s := range c.Sources {
		for _, t := range c.Targets {
			if s != t {
				out = append(out, [2]int{s, t})
			}
		}
	}
	return out
}

func (c *Coder) record(a article.Article, s text.Sentence, cand verb.Candidate, src, tgt event.Actor, date timex.Date, dtext string) event.Event {
	code := c.Codes.Lookup(cand.Code)
	ev := event.Event{
		DocID:         a.ID,
		SentenceID:    s.Index,
		DatePrecision: date.Prec.String(),
		DocDate:       a.Date.String(),
		DateText:      dtext,
		Source:        src,
		Target:        tgt,
		Cameo:         code.Code,
		CameoRoot:     code.Root(),
		CameoName:     code.Name,
		Goldstein:     code.Goldstein,
		QuadClass:     code.QuadClass,
		Plover:        event.Plover{EventType: code.Plover, Mode: code.Mode},
		Negated:       cand.Negated,
		Hedged:        cand.Hedged,
		Sentence:      s.Text,
		SentenceStart: s.Start,
		SentenceEnd:   s.End,
		Pattern:       cand.Pattern.Pos,
		Mentions:      1,
	}
	if !date.IsZero() {
		d := date.String()
		ev.Date = &d
	}
	e0, e1 := s.Tokens[cand.Evidence[0]], s.Tokens[cand.Evidence[1]-1]
	ev.EvidenceStart, ev.EvidenceEnd = e0.Start, e1.End
	ev.Evidence = a.Text[e0.Start:e1.End]
	ev.EventID = event.ID(a.ID, s.Index, src.Code, tgt.Code, code.Code)
	return ev
}

// within returns the expressions inside a span.
func within(xs []timex.Expr, sp text.Span) []timex.Expr {
	var out []timex.Expr
	for _, x := range xs {
		if x.Start >= sp.Start && x.End <= sp.End {
			out = append(out, x)
		}
	}
	return out
}

// reportedBy finds "according to X" in a sentence.
func reportedBy(s text.Sentence, ms []actor.Mention, body string) string {
	for i := 0; i+1 < len(s.Tokens); i++ {
		if s.Tokens[i].Norm == "according" && s.Tokens[i+1].Norm == "to" {
			for k := range ms {
				if ms[k].Tok[0] > i {
					return ms[k].Text
				}
			}
			return strings.TrimSpace(strings.TrimRight(body[s.Tokens[i].Start:s.End], ".\"”"))
		}
	}
	return ""
}

// named is the actor of mention k on the date; a description with no
// code takes the name it introduces ("human rights group Amnesty
// International", "the main rebel group, the FDD,", "leaders of ECOWAS").
func (c *Coder) named(toks []text.Token, pool []actor.Mention, k int, date timex.Date) event.Actor {
	a := pool[k].Actor(c.Actors, date)
	if a.Code != "" || k+1 >= len(pool) || pool[k+1].Tok[0] < pool[k].Tok[1] {
		return a
	}
	gap := toks[pool[k].Tok[1]:pool[k+1].Tok[0]]
	switch {
	case len(gap) == 0:
	case len(gap) == 1 && (gap[0].Norm == "," || gap[0].Norm == "of"):
	case len(gap) == 2 && (gap[0].Norm == "," || gap[0].Norm == "of") && gap[1].Tag == "DT":
	default:
		return a
	}
	if b := pool[k+1].Actor(c.Actors, date); b.Code != "" && pool[k+1].IsActor() && pool[k+1].Via != "pronoun" {
		b.Text = pool[k].Text + " " + b.Text
		return b
	}
	return a
}

// placeLike reports a mention of a place or a country by its name, not a
// person or a group.
// A place must be where the act happens ("a curfew in Cizre", "into
// Abidjan"), not where it goes ("took hostages to Gaza").
func placeLike(toks []text.Token, m *actor.Mention) bool {
	if m.Entry == nil || m.Entry.Kind != actor.Country || m.Via != "place" && m.Via != "name" {
		return false
	}
	k := m.Tok[0] - 1
	for k >= 0 && m.Tok[0]-k <= 4 && (toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "NN" || toks[k].Norm == "of") {
		k--
	}
	if k < 0 || toks[k].Tag != "IN" && toks[k].Tag != "TO" {
		return true // the verb's object: "democratize Serbia"
	}
	if toks[k].Tag == "TO" && k+1 < m.Tok[0] {
		return true // "to democratise Serbia", the verb mistagged a noun
	}
	switch toks[k].Norm {
	case "in", "on", "at", "into", "across", "throughout", "over", "inside", "within":
		return true
	}
	return false
}

// onPeople reports codes whose act can fall on a country's people: aid,
// yielding, investigating, reform, threats, protest, force and coercion;
// not statements, appeals, meetings, diplomacy or disapproval.
func onPeople(code string) bool {
	switch code[:2] {
	case "03", "07", "08", "09", "13", "14", "15", "17", "18", "19", "20":
		return true
	}
	return false
}

// authority reports a state actor: one that can impose a curfew or
// mobilise its army on its own country.
func authority(a event.Actor) bool {
	if a.Country == "" {
		return false
	}
	switch a.Role {
	case "GOV", "MIL", "COP", "JUD", "LEG", "SPY":
		return true
	}
	return false
}

// countryActor is a country's actor in a role that the text implies but
// does not name: its people, its government, its police.
func countryActor(country, role, name, via string) event.Actor {
	return event.Actor{Code: country + role, Country: country, Role: role, Name: name + country, Via: via}
}

// population is the people of an actor's country, the target of a
// domestic act that names none ("imposed a nationwide curfew").
func population(a event.Actor) event.Actor {
	p := countryActor(a.Country, "CVL", "population of ", "domestic")
	if a.Text != "" {
		// a place named in the text: its people, found there
		p.Text, p.Start, p.End, p.Entry = a.Text, a.Start, a.End, a.Entry
	}
	return p
}

// selfEvent: the same code on both sides, or a country acting on itself
// as a bare country ("Putin ... the Russian-Chinese partnership").
func selfEvent(a, b event.Actor) bool {
	if a.Code == b.Code {
		return true
	}
	if a.Country != "" && a.Country == b.Country && (a.Role == "" || b.Role == "") {
		return true
	}
	return a.Org != "" && a.Org == b.Org
}

// stateActs: a state named as an event's actor ("Russia accused",
// "sanctions on China") is its government.
func stateActs(a *event.Actor, m *actor.Mention) {
	if m.Via == "name" && m.Entry != nil && m.Entry.Kind == actor.Country && a.Role == "" && len(a.Code) == 3 {
		a.Code += "GOV"
		a.Role = "GOV"
	}
}

// remember adds a sentence's actors to the authors of the article: the
// sources of its events, else its subject.
func remember(authors, authored []actor.Mention, s text.Sentence, ms []actor.Mention) []actor.Mention {
	if len(authored) > 0 {
		return append(authors, authored...)
	}
	start := actor.SubjectStart(s.Tokens)
	for _, m := range ms {
		if m.IsActor() && m.Tok[0] >= start && (m.Country != "" || m.Entry != nil) {
			return append(authors, m)
		}
	}
	return authors
}

// author finds who made the action an event is about ("criticised the
// move"): the actor of the article's lead (news is about its first
// sentence's action), else the latest author from another country than
// the event's source.
func author(authors, ms []actor.Mention, sources []int, code func(*actor.Mention) string) (actor.Mention, bool) {
	other := otherSide(ms, sources, code)
	if len(authors) > 0 && other(&authors[0]) {
		return authors[0], true
	}
	for i := len(authors) - 1; i >= 0 && i >= len(authors)-6; i-- {
		if other(&authors[i]) {
			return authors[i], true
		}
	}
	return actor.Mention{}, false
}

// otherSide tests a mention for an actor of another side than the
// sources' (sameSide).
func otherSide(ms []actor.Mention, sources []int, code func(*actor.Mention) string) func(*actor.Mention) bool {
	var own []string
	for _, k := range sources {
		own = append(own, code(&ms[k]))
	}
	return func(m *actor.Mention) bool {
		c := code(m)
		if prefix3(c) == "" {
			return false
		}
		for _, o := range own {
			if sameSide(c, o) {
				return false
			}
		}
		return true
	}
}

// forcefulActs are action nouns of force or coercion: their author is
// whoever used force last in the article.
var forcefulActs = map[string]bool{"raid": true, "attack": true, "strike": true, "invasion": true, "incursion": true,
	"arrest": true, "detention": true, "killing": true, "shelling": true, "bombing": true, "seizure": true,
	"crackdown": true, "offensive": true, "annexation": true, "expulsion": true, "execution": true, "assault": true,
	"airstrike": true}

// answers are what a refusal or a denial answers.
var answers = map[string]bool{"demand": true, "accusation": true, "charge": true, "allegation": true, "claim": true,
	"request": true, "call": true}

// answered finds whom a refusal or denial answers: the latest author of
// another side, in this sentence first, then in the article.
func answered(authors, authored, ms []actor.Mention, sources []int, code func(*actor.Mention) string) (actor.Mention, bool) {
	other := otherSide(ms, sources, code)
	for _, pool := range [][]actor.Mention{authored, authors} {
		for i := len(pool) - 1; i >= 0 && i >= len(pool)-6; i-- {
			if other(&pool[i]) {
				return pool[i], true
			}
		}
	}
	return author(authors, ms, sources, code)
}

// sameSide reports two codes of one side: the same country or
// organisation, unless both name different roles in it (students and
// the government of one country are two sides).
func sameSide(a, b string) bool {
	pa, pb := prefix3(a), prefix3(b)
	if pa != pb {
		return false
	}
	return a == b || len(a) <= len(pa) || len(b) <= len(pb)
}

// prefix3 is the country or organisation prefix of a code (IGO codes keep
// their organisation: IGOUNO).
func prefix3(code string) string {
	if len(code) < 3 {
		return ""
	}
	if len(code) >= 6 && (code[:3] == "IGO" || code[:3] == "NGO" || code[:3] == "IMG") {
		return code[:6]
	}
	return code[:3]
}
