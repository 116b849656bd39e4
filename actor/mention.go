package actor

import (
	"annals/event"
	"annals/text"
	"annals/timex"
)

// Mention is an actor mention in a sentence. Its code is resolved for a
// date by Actor.
type Mention struct {
	Tok        [2]int // token range [start, end) in the sentence
	text.Span         // byte span in the article
	Text       string
	Entry      *Entry // the person, organisation or country named, if any
	Country    string // country code (countries, places, adjectives, attached agents, titles)
	Office     string // a title: resolved to the holder of Country's office on the date
	Role       string // agent role (GOV, MIL, COP...) or role implied by a metonym (capital, seat: GOV)
	Via        string // name, adj, people, capital, seat, place, title, surname, pronoun, agent
	Plural     bool
	Possessive bool // followed by 's
	NoContext  bool // an agent that must not take a country from the context ("U.S.-led forces")
	Pos        string
	name       [2]int // tokens of a person's name introduced by the mention's role ("spokesman Dmitry Peskov")
}

// IsActor reports whether the mention can be an event participant: a bare
// adjective modifying a non-actor noun ("Russian translation") cannot.
func (m *Mention) IsActor() bool { return m.Via != "adj" }

// CodeAt returns the code an entry carries on a date, and the dictionary
// range that gave it.
func (e *Entry) CodeAt(date timex.Date) (code, office string) {
	var last *Coding
	for i := range e.Codes {
		c := &e.Codes[i]
		if c.Covers(date) {
			last = c
		}
	}
	if last != nil {
		return last.Code, last.Office
	}
	if e.Kind == Person {
		// former office-holders (and future ones) are elites of the place
		var prev, next *Coding
		for i := range e.Codes {
			c := &e.Codes[i]
			if c.Place == "" {
				continue
			}
			if !c.To.IsZero() && !date.IsZero() && c.To.Before(date) {
				if prev == nil || prev.To.Before(c.To) {
					prev = c
				}
			} else if next == nil {
				next = c
			}
		}
		switch {
		case prev != nil:
			return eliCode(prev.Place), "former " + prev.Office
		case next != nil:
			return eliCode(next.Place), ""
		}
		if len(e.Codes) > 0 {
			return e.Codes[len(e.Codes)-1].Code, ""
		}
	}
	if e.Code != "" {
		return e.Code, ""
	}
	if len(e.Codes) > 0 {
		// an undated code set with no cover: nearest in time
		best := e.Codes[0]
		for _, c := range e.Codes {
			if !c.From.IsZero() && !date.IsZero() && !date.Before(c.From) {
				best = c
			}
		}
		return best.Code, best.Office
	}
	return "", ""
}

func eliCode(place string) string {
	if len(place) == 3 {
		return place + "ELI"
	}
	return place
}

// Actor resolves the mention on a date into the record's actor.
func (m *Mention) Actor(d *Dict, date timex.Date) event.Actor {
	a := event.Actor{Text: m.Text, Start: m.Start, End: m.End, Via: m.Via, Entry: m.Pos}
	code, role := "", m.Role
	switch {
	case m.Entry != nil && m.Entry.Kind != Country:
		code, _ = m.Entry.CodeAt(date)
		a.Name = m.Entry.Name
	case m.Office != "" && m.Country != "":
		if h := d.Holder(m.Country, m.Office, date); h != nil {
			code, _ = h.CodeAt(date)
			a.Name = h.Name
			if h.Pos != "" {
				a.Entry = h.Pos
			}
		}
		if code == "" || code[:min(3, len(code))] != m.Country[:min(3, len(m.Country))] {
			off := m.Office
			if off == "leader" {
				off = "president"
			}
			code = m.Country + officeRole[off]
		}
	case m.Country != "":
		code = m.Country + role
		if c := d.byCode[m.Country]; c != nil {
			a.Name = c.Name
			if a.Entry == "" {
				a.Entry = c.Pos
			}
		}
	}
	if m.Entry != nil && m.Entry.Kind == Country {
		code = m.Entry.Code + role
		a.Name = m.Entry.Name
	}
	a.Code = code
	fillParts(&a)
	return a
}

var roles = map[string]bool{"GOV": true, "MIL": true, "REB": true, "OPP": true, "COP": true, "CVL": true, "ELI": true,
	"JUD": true, "LEG": true, "MED": true, "BUS": true, "HLH": true, "REF": true, "PTY": true, "CRM": true, "EDU": true,
	"AGR": true, "LAB": true, "SPY": true, "UAF": true, "ENV": true, "HRI": true, "INS": true, "SEP": true, "REL": true,
	"MOD": true, "RAD": true, "IGO": true, "NGO": true, "IMG": true, "MNC": true, "DEV": true, "PRO": true}

// fillParts splits a code into country, org and role segments.
func fillParts(a *event.Actor) {
	code := a.Code
	if len(code) < 3 {
		return
	}
	first := code[:3]
	rest := code[3:]
	switch first {
	case "IGO", "NGO", "IMG", "MNC":
		org := ""
		var rs string
		for i := 3; i+3 <= len(code); i += 3 {
			seg := code[i : i+3]
			if roles[seg] && org != "" {
				rs += seg
			} else if org == "" {
				org = seg
			}
		}
		if org == "" {
			org = first
		}
		a.Org = org
		a.Role = first + rs
		return
	}
	a.Country = first
	var rs string
	for i := 0; i+3 <= len(rest); i += 3 {
		rs += rest[i : i+3]
	}
	a.Role = rs
}
