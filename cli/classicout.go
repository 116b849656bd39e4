package cli

import (
	"fmt"
	"io"
	"strings"

	"annals/actor"
	"annals/timex"
)

// writeClassicActors writes actor entries in the PETRARCH-2 actor format:
// NAME [CODE] with +SYNONYM lines and dated codes [CODE YYYYMMDD-YYYYMMDD].
// Countries carry their names, adjectives and capitals as synonyms; places
// code as the bare country.
func writeClassicActors(w io.Writer, es []*actor.Entry) {
	fmt.Fprintln(w, "# Converted from annals' dictionaries (PETRARCH-2 actor format).")
	for _, e := range es {
		switch e.Kind {
		case actor.Country:
			var places []string
			first := true
			for _, n := range e.Names() {
				switch n.How {
				case "place":
					places = append(places, n.Text)
					continue
				case "capital", "seat":
					continue
				}
				if first {
					fmt.Fprintf(w, "%s [%s]\n", classicName(n.Text), e.Code)
					first = false
				} else {
					fmt.Fprintf(w, "+%s\n", classicName(n.Text))
				}
			}
			for _, n := range e.Names() {
				if n.How == "capital" || n.How == "seat" {
					fmt.Fprintf(w, "%s [%sGOV]\n", classicName(n.Text), e.Code)
				}
			}
			for _, p := range places {
				fmt.Fprintf(w, "%s [%s]\n", classicName(p), e.Code)
			}
		case actor.Person, actor.Org:
			ns := e.Names()
			if len(ns) == 0 {
				continue
			}
			if e.Code != "" && len(e.Codes) == 0 {
				fmt.Fprintf(w, "%s [%s]\n", classicName(ns[0].Text), e.Code)
			} else {
				fmt.Fprintf(w, "%s\n", classicName(ns[0].Text))
			}
			for _, n := range ns[1:] {
				fmt.Fprintf(w, "+%s\n", classicName(n.Text))
			}
			for i, c := range e.Codes {
				fmt.Fprintf(w, "\t[%s%s]\n", c.Code, classicRange(c.From, c.To))
				// annals derives "former" (ELI) status between and after
				// offices; the classic format needs it written out
				if c.Place == "" || len(c.Place) != 3 || c.To.IsZero() {
					continue
				}
				if c.To.Prec != timex.Day {
					continue
				}
				end := c.To.AddDays(1)
				var next timex.Date
				if i+1 < len(e.Codes) && !e.Codes[i+1].From.IsZero() && e.Codes[i+1].From.Prec == timex.Day {
					next = e.Codes[i+1].From.AddDays(-1)
					if next.Before(end) {
						continue
					}
				}
				fmt.Fprintf(w, "\t[%sELI%s]\n", c.Place, classicRange(end, next))
			}
		}
	}
}

// writeClassicAgents writes agents as `WORD [~ROLE]` lines.
func writeClassicAgents(w io.Writer, es []*actor.Entry) {
	fmt.Fprintln(w, "# Converted from annals' dictionaries (PETRARCH agents format).")
	for _, e := range es {
		if e.Kind != actor.Agent {
			continue
		}
		for _, n := range e.Names() {
			sing, plural, ok := strings.Cut(n.Text, "/")
			if ok {
				fmt.Fprintf(w, "%s {%s} [~%s]\n", classicName(sing), classicName(plural), e.Code)
			} else {
				fmt.Fprintf(w, "%s [~%s]\n", classicName(sing), e.Code)
			}
		}
	}
}

func classicName(s string) string {
	return strings.ToUpper(strings.Join(strings.Fields(strings.TrimSpace(s)), "_"))
}

func classicRange(from, to timex.Date) string {
	day := func(d timex.Date, end bool) string {
		switch d.Prec {
		case timex.Year:
			if end {
				return fmt.Sprintf("%04d1231", d.Y)
			}
			return fmt.Sprintf("%04d0101", d.Y)
		case timex.Month:
			if end {
				last := timex.Ymd(d.Y, d.M, 1).Time().AddDate(0, 1, -1).Day()
				return fmt.Sprintf("%04d%02d%02d", d.Y, d.M, last)
			}
			return fmt.Sprintf("%04d%02d01", d.Y, d.M)
		}
		return fmt.Sprintf("%04d%02d%02d", d.Y, d.M, d.D)
	}
	switch {
	case from.IsZero() && to.IsZero():
		return ""
	case from.IsZero():
		// "<D" means up to the day before D
		return " <" + dayAfter(to)
	case to.IsZero():
		return " >" + day(from, false)
	}
	return " " + day(from, false) + "-" + day(to, true)
}

// dayAfter is the day after an inclusive range end, for "<D" bounds.
func dayAfter(to timex.Date) string {
	var last timex.Date
	switch to.Prec {
	case timex.Year:
		last = timex.Ymd(to.Y, 12, 31)
	case timex.Month:
		last = timex.DayOf(timex.Ymd(to.Y, to.M, 1).Time().AddDate(0, 1, -1))
	default:
		last = to
	}
	n := last.AddDays(1)
	return fmt.Sprintf("%04d%02d%02d", n.Y, n.M, n.D)
}
