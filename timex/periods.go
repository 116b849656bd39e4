package timex

import (
	"fmt"
	"strings"
	"time"
)

// Resolvers for periods (halves, quarters, seasons, holidays), clock times,
// durations, sets and vague references.

// rHalf: "the first half of the year", "the third quarter of 2024", "Q3".
func rHalf(c *rctx) (out, bool) {
	y := 0
	if k := c.find(cYear); k >= 0 {
		y = int(c.toks[k].val)
	} else {
		d, _ := c.dir()
		y = c.a().Y + d
	}
	part, n := "", 0
	for k := c.i; k < c.j; k++ {
		w := c.w(k)
		switch {
		case w == "half":
			part = "H"
		case w == "quarter":
			part = "Q"
		case len(w) == 2 && (w[0] == 'q' || w[0] == 'h') && w[1] >= '1' && w[1] <= '4':
			part, n = strings.ToUpper(w[:1]), int(w[1]-'0')
		case c.toks[k].cls&cOrdW != 0 && n == 0:
			n = int(c.toks[k].lx.ord)
		case c.toks[k].cls&cOrd != 0 && n == 0:
			n = int(c.toks[k].val)
		}
	}
	if part == "" || n < 1 || (part == "H" && n > 2) || n > 4 {
		return out{}, false
	}
	return out{value: fmt.Sprintf("%s-%s%d", yearValue(y), part, n), date: yearDate(y)}, true
}

// rSeason resolves seasons; winter is labelled with the year of its
// December.
func rSeason(c *rctx) (out, bool) {
	k := c.find(cSeason)
	if k < 0 {
		return out{}, false
	}
	s := int(c.toks[k].lx.season)
	mod := c.mod()
	if yk := c.find(cYear); yk >= 0 {
		y := int(c.toks[yk].val)
		return out{value: seasonValue(y, s), date: seasonDate(y, s), mod: mod}, true
	}
	a := c.a()
	cs, cy := seasonOfMonth(a.Y, a.M)
	cur := cy*4 + cs - 1
	off := s - 1
	var idx int
	dir, ok := c.dir()
	switch {
	case ok && dir < 0:
		idx = floorDiv(cur-1-off, 4)*4 + off
	case ok && dir > 0:
		idx = (floorDiv(cur-off, 4)+1)*4 + off
	case ok:
		if s == 4 {
			idx = floorDiv(cur-off+3, 4)*4 + off
		} else {
			idx = a.Y*4 + off
		}
	case c.future():
		idx = floorDiv(cur-off+3, 4)*4 + off
	default:
		idx = floorDiv(cur-off, 4)*4 + off
	}
	y := floorDiv(idx, 4)
	return out{value: seasonValue(y, s), date: seasonDate(y, s), mod: mod}, true
}

// rHoliday: fixed-date holidays and Thanksgiving; arg is month*100+day
// (0 for Thanksgiving).
func rHoliday(c *rctx) (out, bool) {
	switch c.r.arg {
	case -3: // "the Christmas weekend": the weekend of the holiday's week
		a := c.a()
		var h Date
		switch {
		case c.has("christmas"):
			h = Ymd(a.Y, 12, 25)
			if a.M < 6 {
				h = Ymd(a.Y-1, 12, 25)
			}
		case c.has("easter"):
			h = easter(a.Y)
		default:
			h = thanksgiving(a.Y)
		}
		sat := weekStart(h).AddDays(5)
		return out{value: weekValue(sat) + "-WE", date: spanDate(sat, sat.AddDays(1))}, true
	case -4: // "into the new year": next year late in the year, else this one
		a := c.a()
		y := a.Y
		if a.M >= 10 {
			y++
		}
		return out{value: yearValue(y), date: yearDate(y)}, true
	}
	m, d := c.r.arg/100, c.r.arg%100
	if c.has("eve") {
		if c.r.arg == 101 {
			m, d = 12, 31
		} else {
			d--
		}
	}
	on := func(y int) Date {
		switch {
		case c.r.arg == 0:
			return thanksgiving(y)
		case c.r.arg < 0: // Easter-based: -2 Good Friday, -1 Easter (Monday +1)
			e := easter(y)
			if c.has("good") {
				return e.AddDays(-2)
			}
			if c.has("monday") {
				return e.AddDays(1)
			}
			return e
		}
		return Ymd(y, m, d)
	}
	if k := c.find(cYear); k >= 0 {
		return dayOut(on(int(c.toks[k].val))), true
	}
	a := c.a()
	dir, ok := c.dir()
	var h Date
	switch {
	case ok && dir < 0:
		if h = on(a.Y); h.Compare(a) >= 0 {
			h = on(a.Y - 1)
		}
	case ok && dir > 0:
		if h = on(a.Y); h.Compare(a) <= 0 {
			h = on(a.Y + 1)
		}
	case ok:
		h = on(a.Y)
	case c.future():
		if h = on(a.Y); h.Compare(a) < 0 {
			h = on(a.Y + 1)
		}
	default:
		if h = on(a.Y); h.Compare(a) > 0 {
			h = on(a.Y - 1)
		}
	}
	return dayOut(h), true
}

// rClock: "at 4 a.m.", "10:30", "noon".
func rClock(c *rctx) (out, bool) {
	h, m := -1, 0
	for k := c.i; k < c.j; k++ {
		tk := &c.toks[k]
		switch {
		case tk.cls&cTime != 0:
			h, m = int(tk.val), int(tk.val2)
		case tk.cls&cNum != 0 && h < 0:
			h = int(tk.val)
		}
	}
	switch {
	case c.has("noon"):
		h = 12
	case c.has("midnight"):
		h = 24
	}
	if c.has("p.m.", "pm") && h >= 1 && h < 12 {
		h += 12
	}
	if c.has("a.m.", "am") && h == 12 {
		h = 0
	}
	if h < 0 || h > 24 {
		return out{}, false
	}
	// "4 a.m.", "four o'clock": a bare hour must be 1..12
	if c.find(cTime) < 0 && c.has("a.m.", "p.m.", "am", "pm", "o") {
		if v := c.toks[c.i].val; v < 1 || v > 12 {
			return out{}, false
		}
	}
	a := c.a()
	return out{value: iso(a) + "T" + pad2(h) + ":" + pad2(m), date: a, noRef: true}, true
}

var unitCodes = map[int8]string{
	uMinute: "TM", uHour: "TH", uDay: "D", uWeek: "W", uFortnight: "W",
	uMonth: "M", uQuarter: "Q", uYear: "Y", uDecade: "DE", uCentury: "CE",
}

// rDuration: "three weeks", "more than three years", "decades", "for years".
func rDuration(c *rctx) (out, bool) {
	n, unit, ok := c.unitCount()
	if !ok || unit == uWeekend {
		return out{}, false
	}
	code := unitCodes[unit]
	if n == 0 && c.find(cUnit) >= 0 {
		n = 1 // "year-long"
	}
	vague := n <= 0 || c.has(vagueWords...)
	qty := "X"
	if !vague {
		if unit == uFortnight {
			n *= 2
		}
		if unit == uQuarter {
			n, code = n*3, "M"
		}
		qty = numText(n)
	}
	v := "P" + qty + code
	if code[0] == 'T' {
		v = "PT" + qty + code[1:]
	}
	return out{value: v, vague: vague, mod: c.mod()}, true
}

// rSet: "every Monday", "daily", "twice a year", "Mondays".
func rSet(c *rctx) (out, bool) {
	if k := c.find(cWday | cWdays); k >= 0 {
		return out{value: fmt.Sprintf("XXXX-WXX-%d", isoWday(time.Weekday(c.toks[k].lx.wday)))}, true
	}
	if k := c.find(cPart); k >= 0 {
		return out{value: "T" + partCodes[c.toks[k].lx.part]}, true
	}
	if n, unit, ok := c.unitCount(); ok {
		if c.has(vagueWords...) && unitCodes[unit] != "" {
			return out{value: "PX" + unitCodes[unit]}, true
		}
		if c.has("every") && c.find(cNum) >= 0 && n > 0 {
			return out{value: "P" + numText(n) + unitCodes[unit]}, true
		}
		code := unitCodes[unit]
		if code == "" {
			return out{}, false
		}
		if code[0] == 'T' {
			return out{value: "PT1" + code[1:]}, true
		}
		return out{value: "P1" + code}, true
	}
	tk := &c.toks[c.i]
	if tk.cls&cCap != 0 && c.i > 0 && c.toks[c.i-1].sent == tk.sent {
		return out{}, false // "the Daily Mail"
	}
	v := map[string]string{"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
		"monthly": "P1M", "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H"}[c.w(c.i)]
	return out{value: v}, v != ""
}

// rRef: vague references to the present, past or future.
func rRef(c *rctx) (out, bool) {
	v := map[int]string{refPresent: "PRESENT_REF", refPast: "PAST_REF", refFuture: "FUTURE_REF"}[c.r.arg]
	return out{value: v, vague: true}, true
}
