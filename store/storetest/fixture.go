package storetest

import (
	"fmt"
	"strings"

	"annals/article"
	"annals/event"
	"annals/store"
	"annals/timex"
)

// actor describes one side of a fixture event.
type actor struct{ code, country, role, name, text string }

var (
	putin   = actor{"RUSGOV", "RUS", "GOV", "Vladimir Putin", "Vladimir Putin"}
	xi      = actor{"CHNGOV", "CHN", "GOV", "Xi Jinping", "Xi Jinping"}
	rusMil  = actor{"RUSMIL", "RUS", "MIL", "", "Russian troops"}
	ukrMil  = actor{"UKRMIL", "UKR", "MIL", "", "Ukrainian positions"}
	kyiv    = actor{"UKRGOV", "UKR", "GOV", "", "Kyiv"}
	moscow  = actor{"RUSGOV", "RUS", "GOV", "", "Moscow"}
	beijing = actor{"CHNGOV", "CHN", "GOV", "", "Beijing"}
	wash    = actor{"USAGOV", "USA", "GOV", "", "Washington"}
	un      = actor{"IGOUNO", "", "", "United Nations", "The United Nations"}
	ukr     = actor{"UKR", "UKR", "", "Ukraine", "Ukraine"}
)

// code describes the CAMEO side of a fixture event.
type code struct {
	cameo, name string
	goldstein   float64
	quad        int
}

var (
	consult = code{"040", "Consult", 1.0, 1}
	fight   = code{"195", "Employ aerial weapons", -10, 4}
	accuse  = code{"112", "Accuse", -2, 3}
	coop    = code{"061", "Cooperate economically", 6.4, 2}
	intent  = code{"036", "Express intent to meet or negotiate", 4, 1}
	aid     = code{"070", "Provide aid", 7, 2}
)

// mk builds an event reported in sentence sent of text, locating the actor
// and evidence spans by searching the sentence.
func mk(a *article.Article, sentID int, sent string, src, tgt actor, c code, evidence, date string, mentions int) event.Event {
	base := strings.Index(a.Text, sent)
	if base < 0 {
		panic(fmt.Sprintf("fixture: sentence %q not in article %s", sent, a.ID))
	}
	span := func(s string) (int, int) {
		i := strings.Index(sent, s)
		if i < 0 {
			panic(fmt.Sprintf("fixture: %q not in sentence %q", s, sent))
		}
		return base + i, base + i + len(s)
	}
	ev := event.Event{
		DocID:         a.ID,
		SentenceID:    sentID,
		DatePrecision: "none",
		DocDate:       a.Date.String(),
		Cameo:         c.cameo,
		CameoRoot:     c.cameo[:2],
		CameoName:     c.name,
		Goldstein:     c.goldstein,
		QuadClass:     c.quad,
		Plover:        event.Plover{EventType: "CONSULT"},
		Sentence:      sent,
		SentenceStart: base,
		SentenceEnd:   base + len(sent),
		Evidence:      evidence,
		Pattern:       "verbs.txt:1",
		Mentions:      mentions,
	}
	if date != "" {
		d := date
		ev.Date = &d
		ev.DatePrecision = map[int]string{4: "year", 7: "month", 10: "day"}[len(date)]
	}
	for _, side := range []struct {
		dst *event.Actor
		a   actor
	}{{&ev.Source, src}, {&ev.Target, tgt}} {
		s, e := span(side.a.text)
		*side.dst = event.Actor{Code: side.a.code, Country: side.a.country, Role: side.a.role,
			Name: side.a.name, Text: side.a.text, Start: s, End: e}
		if side.a.country == "" {
			side.dst.Org = strings.TrimPrefix(side.a.code, "IGO")
		}
	}
	ev.EvidenceStart, ev.EvidenceEnd = span(evidence)
	ev.EventID = event.ID(a.ID, sentID, src.code, tgt.code, c.cameo)
	return ev
}

// Fixture returns four coded articles:
//
//	a1 (Reuters, 2025-01-15): RUSGOV>CHNGOV 040 on 2025-01-15; RUSMIL>UKRMIL
//	    195 on 2025-01-14, reported twice in the article.
//	a2 (AP, 2025-01-16): the same 040 event again; UKRGOV>RUSGOV 112.
//	a3 (Reuters, 2025-02-03): the 040 event a third time; CHNGOV>RUSGOV 061.
//	a4 (no id, no source, 2025-03-10): USAGOV>RUSGOV 036 dated "2025-03";
//	    IGOUNO>UKR 070 with no date.
//
// Stored, they make six distinct events; the 040 event has 3 mentions, 3
// articles and 2 sources; the 195 event has 2 mentions.
func Fixture() []store.Coded {
	a1 := article.Article{ID: "a1", Date: timex.Ymd(2025, 1, 15), Source: "Reuters", Title: "Putin meets Xi",
		URL: "https://example.org/a1",
		Text: "Russian President Vladimir Putin met Xi Jinping in Moscow on Wednesday. " +
			"Russian troops shelled Ukrainian positions on Tuesday, officials said. " +
			"Again, Russian troops shelled Ukrainian positions near the river."}
	a2 := article.Article{ID: "a2", Date: timex.Ymd(2025, 1, 16), Source: "AP", Title: "Talks in Moscow",
		Text: "Vladimir Putin and Xi Jinping held talks on Wednesday. Kyiv accused Moscow of lying."}
	a3 := article.Article{ID: "a3", Date: timex.Ymd(2025, 2, 3), Source: "Reuters", Title: "Trade deal",
		Text: "Recalling that Vladimir Putin met Xi Jinping on January 15, analysts said Beijing agreed to expand trade with Moscow today."}
	a4 := article.Article{Date: timex.Ymd(2025, 3, 10), Title: "Untitled",
		Text: "Washington said it would meet Moscow this month. The United Nations sent aid to Ukraine."}
	c := []store.Coded{{Article: a1}, {Article: a2}, {Article: a3}, {Article: a4}}
	c[0].Events = []event.Event{
		mk(&a1, 0, "Russian President Vladimir Putin met Xi Jinping in Moscow on Wednesday.", putin, xi, consult, "met", "2025-01-15", 1),
		mk(&a1, 1, "Russian troops shelled Ukrainian positions on Tuesday, officials said.", rusMil, ukrMil, fight, "shelled", "2025-01-14", 1),
		mk(&a1, 2, "Again, Russian troops shelled Ukrainian positions near the river.", rusMil, ukrMil, fight, "shelled", "2025-01-14", 0),
	}
	c[1].Events = []event.Event{
		mk(&a2, 0, "Vladimir Putin and Xi Jinping held talks on Wednesday.", putin, xi, consult, "held talks", "2025-01-15", 1),
		mk(&a2, 1, "Kyiv accused Moscow of lying.", kyiv, moscow, accuse, "accused", "2025-01-16", 1),
	}
	c[2].Events = []event.Event{
		mk(&a3, 0, "Recalling that Vladimir Putin met Xi Jinping on January 15, analysts said Beijing agreed to expand trade with Moscow today.", putin, xi, consult, "met", "2025-01-15", 1),
		mk(&a3, 0, "Recalling that Vladimir Putin met Xi Jinping on January 15, analysts said Beijing agreed to expand trade with Moscow today.", beijing, moscow, coop, "agreed to expand trade", "2025-02-03", 1),
	}
	c[3].Events = []event.Event{
		mk(&a4, 0, "Washington said it would meet Moscow this month.", wash, moscow, intent, "would meet", "2025-03", 1),
		mk(&a4, 1, "The United Nations sent aid to Ukraine.", un, ukr, aid, "sent aid", "", 1),
	}
	return c
}
