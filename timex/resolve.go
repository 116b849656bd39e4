package timex

import (
	"fmt"
)

// rctx is what a resolver sees: the tokens, the match and the dates to
// resolve against.
type rctx struct {
	t      *Tagger
	text   string
	toks   []token
	i, j   int // body tokens [i, j)
	r      *rule
	anchor Date // article date
	ref    Date // last day-precision date mentioned, else the anchor
	used   bool // the result depends on the anchor
}

// out is a resolver's answer.
type out struct {
	typ   Type // overrides the rule's type when set
	value string
	date  Date
	vague bool
	mod   string
	event Date   // date of the anchoring event
	noRef bool   // do not use as reference for later anaphora
	off   offset // for an unresolved "N days before <clause>"
}

// offset is "N units" before (sign -1) or after (+1) the embedded event,
// seen from the main clause.
type offset struct {
	n    int
	unit int8
	sign int
}

type resolver func(*rctx) (out, bool)

func (c *rctx) a() Date { c.used = true; return c.anchor }
func (c *rctx) rf() Date {
	c.used = true
	return c.ref
}

// find returns the first body token with class cls, or -1.
func (c *rctx) find(cls uint64) int {
	for k := c.i; k < c.j; k++ {
		if c.toks[k].cls&cls != 0 {
			return k
		}
	}
	return -1
}

// w returns the lower-case lexicon form of token k ("" when unknown).
func (c *rctx) w(k int) string {
	if k < 0 || k >= len(c.toks) || c.toks[k].lx == nil {
		return ""
	}
	return c.toks[k].lx.w
}

// has reports whether one of words occurs in the body.
func (c *rctx) has(words ...string) bool {
	for k := c.i; k < c.j; k++ {
		w := c.w(k)
		if w == "" {
			continue
		}
		for _, x := range words {
			if w == x {
				return true
			}
		}
	}
	return false
}

// cueAt reports whether a future cue phrase starts at token k.
func (c *rctx) cueAt(k int) bool {
	lx := c.toks[k].lx
	if lx == nil || !lx.cue {
		return false
	}
	// capitalised inside a sentence it is a name: Theresa May, Will Smith
	if c.toks[k].cls&cCap != 0 && k > 0 && c.toks[k-1].sent == c.toks[k].sent {
		return false
	}
outer:
	for _, ph := range c.t.cues[lx.id] {
		if k+len(ph) > len(c.toks) {
			continue
		}
		for q, id := range ph {
			if c.toks[k+q].id() != id {
				continue outer
			}
		}
		// "could have", "may have been": modal perfect is past
		if n := k + len(ph); n < len(c.toks) && c.w(n) == "have" {
			return false
		}
		return true
	}
	return false
}

// future reports whether a future cue governs the match: one within twelve
// tokens before it in its sentence (scanning back to the nearest past-tense
// verb), or else one within four tokens after it, not across punctuation
// unless the match opens the sentence ("On Friday, he will ..."), and not
// when a past-tense verb stands just before the match ("said on Friday it
// will ...", "signed in December takes effect ...").
func (c *rctx) future() bool {
	s := c.toks[c.i].sent
	pastNear := false
	for k := c.i - 1; k >= 0 && k >= c.i-12 && c.toks[k].sent == s; k-- {
		if c.cueAt(k) {
			return true
		}
		if c.isPast(k) {
			pastNear = k >= c.i-3
			break
		}
	}
	if pastNear {
		return false
	}
	opens := c.i == 0 || c.toks[c.i-1].sent != s || c.i == 1 || c.toks[c.i-2].sent != s
	for k := c.j; k < len(c.toks) && k < c.j+4 && c.toks[k].sent == s; k++ {
		if c.toks[k].cls&cPunct != 0 && !opens {
			break
		}
		if c.cueAt(k) {
			return true
		}
	}
	return false
}

// isPast reports whether token k is a past-tense verb: a known irregular
// form or a word ending in -ed.
func (c *rctx) isPast(k int) bool {
	tk := &c.toks[k]
	if tk.cls&cPunct != 0 {
		return false
	}
	w := c.text[tk.start:tk.end]
	if !(len(w) > 3 && hasPrefixFold(w[len(w)-2:], "ed")) && (tk.lx == nil || !tk.lx.past) {
		return false
	}
	// a participle after a present or bare form of "be" is not past:
	// "is expected", "will be held", "may be freed"
	switch c.w(k - 1) {
	case "be", "been", "being", "is", "are", "am", "'s", "'re":
		return false
	}
	return true
}

// past reports whether the sentence of the match has a past-tense verb
// (looking at most 40 tokens either way).
func (c *rctx) past() bool {
	s := c.toks[c.i].sent
	lo := c.i
	for lo > 0 && lo > c.i-40 && c.toks[lo-1].sent == s {
		lo--
	}
	for k := lo; k < len(c.toks) && k < c.j+40 && c.toks[k].sent == s; k++ {
		if c.isPast(k) {
			return true
		}
	}
	return false
}

// mod reads a TIMEX3 modifier from the body words.
func (c *rctx) mod() string {
	switch {
	case c.has("early", "beginning", "start"):
		return "START"
	case c.has("mid", "middle"):
		return "MID"
	case c.has("late", "end", "close"):
		return "END"
	case c.has("more", "over"):
		return "MORE_THAN"
	case c.has("less", "fewer", "under"):
		return "LESS_THAN"
	case c.has("nearly", "almost"):
		return "LESS_THAN"
	case c.has("about", "around", "roughly", "approximately", "some"):
		return "APPROX"
	case c.has("least"):
		return "EQUAL_OR_MORE"
	case c.has("up", "most"):
		return "EQUAL_OR_LESS"
	}
	return ""
}

// dir reads a direction word: -1 last, +1 next, 0 this; ok false if none.
func (c *rctx) dir() (int, bool) {
	switch {
	case c.has("past", "last", "previous", "preceding"):
		return -1, true
	case c.has("next", "following", "coming"):
		return 1, true
	case c.has("this", "current", "that", "same"):
		return 0, true
	}
	return 0, false
}

func dayOut(d Date) out { return out{value: iso(d), date: d} }

func rISO(c *rctx) (out, bool) {
	tk := c.toks[c.i]
	return dayOut(Ymd(int(tk.val), int(tk.val2), int(tk.val3))), true
}

// monthYear picks the year of a month named without one.
func (c *rctx) monthYear(m int) int {
	a := c.a()
	if c.future() {
		if m >= a.M {
			return a.Y
		}
		return a.Y + 1
	}
	if m <= a.M {
		return a.Y
	}
	return a.Y - 1
}

// rExplicit resolves calendar dates with a month name.
func rExplicit(c *rctx) (out, bool) {
	mk := c.find(cMonth)
	if mk < 0 {
		return out{}, false
	}
	m := int(c.toks[mk].lx.month)
	day := 0
	for k := c.i; k < c.j; k++ {
		tk := &c.toks[k]
		if tk.cls&cDay != 0 {
			day = int(tk.val)
			break
		}
		if tk.cls&cOrdW != 0 && tk.lx != nil {
			day = int(tk.lx.ord)
			break
		}
	}
	y := 0
	if yk := c.find(cYear); yk >= 0 {
		y = int(c.toks[yk].val)
	} else if c.has("year") {
		d, _ := c.dir()
		y = c.a().Y + d
	} else if c.untilBefore() {
		y = c.nearestYear(m, day)
	} else {
		y = c.monthYear(m)
		// A day soon after the article date, in a sentence with no tense
		// cue at all, is upcoming ("takes office on January 20").
		if a := c.a(); day > 0 && !c.future() && !c.past() {
			for _, ny := range []int{a.Y, a.Y + 1} {
				if !validDay(ny, m, day) {
					continue
				}
				if diff := Ymd(ny, m, day).Time().Sub(a.Time()).Hours() / 24; diff > 0 && diff <= 60 {
					y = ny
				}
			}
		}
	}
	o := out{mod: c.mod()}
	if day > 0 {
		if !validDay(y, m, day) {
			return out{}, false
		}
		o.date = Ymd(y, m, day)
	} else {
		o.date = monthDate(y, m)
	}
	o.value = iso(o.date)
	return o, true
}

// untilBefore reports whether the match follows "until", "till" or "by",
// after which a month without a year is the nearest one either way
// ("extended until May 11").
func (c *rctx) untilBefore() bool {
	switch c.w(c.i - 1) {
	case "until", "till", "by", "through":
		return true
	}
	return false
}

// nearestYear picks the year putting month m (day d, or mid-month when 0)
// nearest to the anchor.
func (c *rctx) nearestYear(m, d int) int {
	a := c.a()
	if d == 0 {
		d = 15
	}
	best, bestDiff := a.Y, -1.0
	for _, y := range []int{a.Y - 1, a.Y, a.Y + 1} {
		dd := d
		if dd > daysIn(y, m) {
			dd = daysIn(y, m)
		}
		diff := Ymd(y, m, dd).Time().Sub(a.Time()).Hours()
		if diff < 0 {
			diff = -diff
		}
		if bestDiff < 0 || diff < bestDiff {
			best, bestDiff = y, diff
		}
	}
	return best
}

// rWeekOfMonth: "the first week of January" gives the month, with the
// part as its mod.
func rWeekOfMonth(c *rctx) (out, bool) {
	mk := c.find(cMonth)
	if mk < 0 {
		return out{}, false
	}
	m := int(c.toks[mk].lx.month)
	var y int
	if yk := c.find(cYear); yk >= 0 {
		y = int(c.toks[yk].val)
	} else {
		y = c.monthYear(m)
	}
	d := monthDate(y, m)
	o := out{value: iso(d), date: d, mod: "MID"}
	switch {
	case c.has("first"):
		o.mod = "START"
	case c.has("last", "final"):
		o.mod = "END"
	}
	return o, true
}

// rDayRange: the bare second day of a range ("from June 15 to [17]") is in
// the month of the date just before it.
func rDayRange(c *rctx) (out, bool) {
	ref := c.rf()
	d := int(c.toks[c.i].val)
	if d <= ref.D || !validDay(ref.Y, ref.M, d) {
		return out{}, false
	}
	return dayOut(Ymd(ref.Y, ref.M, d)), true
}

// rMonthRel: "last July", "next March", "this May".
func rMonthRel(c *rctx) (out, bool) {
	mk := c.find(cMonth)
	if mk < 0 {
		return out{}, false
	}
	m := int(c.toks[mk].lx.month)
	a := c.a()
	y := a.Y
	switch d, _ := c.dir(); d {
	case -1:
		if m >= a.M {
			y--
		}
	case 1:
		if m <= a.M {
			y++
		}
	}
	d := monthDate(y, m)
	return out{value: iso(d), date: d, mod: c.mod()}, true
}

// rOrdDay: "the 6th" of the article month (or the month before/after).
func rOrdDay(c *rctx) (out, bool) {
	k := c.find(cOrd)
	if k < 0 {
		return out{}, false
	}
	d := int(c.toks[k].val)
	if d < 1 || d > 31 {
		return out{}, false
	}
	a := c.a()
	y, m := a.Y, a.M
	if c.future() {
		if d < a.D {
			y, m = addMonths(y, m, 1)
		}
	} else if d > a.D {
		y, m = addMonths(y, m, -1)
	}
	if !validDay(y, m, d) {
		return out{}, false
	}
	return dayOut(Ymd(y, m, d)), true
}

// rYear: a year number; arg is the smallest year accepted.
func rYear(c *rctx) (out, bool) {
	k := c.find(cYear)
	if k < 0 {
		return out{}, false
	}
	y := int(c.toks[k].val)
	if y < c.r.arg || (c.r.arg >= 1900 && y > 2100) {
		return out{}, false
	}
	return out{value: yearValue(y), date: yearDate(y), mod: c.mod()}, true
}

func rDecade(c *rctx) (out, bool) {
	k := c.find(cDecade)
	if k < 0 {
		return out{}, false
	}
	return out{value: fmt.Sprintf("%03d", c.toks[k].val/10), mod: c.mod()}, true
}

// rCentury: "the 20th century" is "19".
func rCentury(c *rctx) (out, bool) {
	n := 0
	if k := c.find(cOrd); k >= 0 {
		n = int(c.toks[k].val)
	} else if k := c.find(cOrdW); k >= 0 {
		n = int(c.toks[k].lx.ord)
	}
	if n < 1 || n > 100 {
		return out{}, false
	}
	return out{value: fmt.Sprintf("%02d", n-1), mod: c.mod()}, true
}

// rWday resolves weekdays, with an optional part of the day.
func rWday(c *rctx) (out, bool) {
	k := c.find(cWday)
	if k < 0 {
		return out{}, false
	}
	w := int(c.toks[k].lx.wday)
	a := c.a()
	aw := int(a.Weekday())
	var d Date
	dir, ok := c.dir()
	switch {
	case ok && dir < 0:
		// "last Tuesday" is not yesterday (that would be "on Tuesday")
		off := (aw - w + 7) % 7
		if off <= 1 {
			off += 7
		}
		d = a.AddDays(-off)
	case ok && dir > 0:
		// "next Saturday" is not tomorrow either
		off := (w - aw + 7) % 7
		if off <= 1 {
			off += 7
		}
		d = a.AddDays(off)
	case ok && c.past() && !c.future():
		d = a.AddDays(-((aw - w + 7) % 7)) // "met this Monday"
	case ok:
		d = a.AddDays((w - aw + 7) % 7) // "votes this Thursday"
	case c.future():
		d = a.AddDays((w - aw + 7) % 7)
	case !c.past() && (w-aw+7)%7 < (aw-w+7)%7:
		// no tense cue at all ("South Korea votes on Tuesday", "effective
		// Wednesday"): the nearer one, ties going to the past
		d = a.AddDays((w - aw + 7) % 7)
	default:
		d = a.AddDays(-((aw - w + 7) % 7))
	}
	return withPart(c, d), true
}

// withPart turns a day into a TIME when a part of the day is in the body.
func withPart(c *rctx, d Date) out {
	o := dayOut(d)
	if k := c.find(cPart); k >= 0 {
		o.typ = TIME
		o.value += "T" + partCodes[c.toks[k].lx.part]
	} else if c.has("tonight") {
		o.typ = TIME
		o.value += "TNI"
	}
	return o
}

// rDeictic: today, yesterday, tomorrow, tonight, last night, this morning.
func rDeictic(c *rctx) (out, bool) {
	off := 0
	switch {
	case c.has("yesterday"):
		off = -1
		if c.has("before") {
			off = -2
		}
	case c.has("tomorrow"):
		off = 1
		if c.has("after") {
			off = 2
		}
	case c.has("last"):
		off = -1
	}
	if c.has("overnight") {
		o := dayOut(c.a())
		o.typ, o.value = TIME, o.value+"TNI"
		return o, true
	}
	return withPart(c, c.a().AddDays(off)), true
}

// shift moves base by n units and formats the result at the unit's grain.
func shift(base Date, unit int8, n int) (out, bool) {
	switch unit {
	case uDay:
		return dayOut(base.AddDays(n)), true
	case uWeek, uFortnight:
		if unit == uFortnight {
			n *= 2
		}
		d := base.AddDays(7 * n)
		return out{value: weekValue(d), date: weekDate(d)}, true
	case uWeekend:
		d := weekStart(base.AddDays(7 * n)).AddDays(5)
		return out{value: weekValue(d) + "-WE", date: spanDate(d, d.AddDays(1))}, true
	case uMonth, uQuarter:
		if unit == uQuarter {
			y, m := addMonths(base.Y, base.M, 3*n)
			q := (m-1)/3 + 1
			return out{value: fmt.Sprintf("%04d-Q%d", y, q), date: yearDate(y)}, true
		}
		y, m := addMonths(base.Y, base.M, n)
		d := monthDate(y, m)
		return out{value: iso(d), date: d}, true
	case uYear:
		return out{value: yearValue(base.Y + n), date: yearDate(base.Y + n)}, true
	case uDecade:
		return out{value: fmt.Sprintf("%03d", (base.Y+10*n)/10)}, true
	case uCentury:
		return out{value: fmt.Sprintf("%02d", (base.Y+100*n)/100)}, true
	}
	return out{}, false
}

// rRel: "last week", "this year", "earlier this month", "the end of the
// year", "the following day", "that night". arg selects the base date.
func rRel(c *rctx) (out, bool) {
	base := c.a()
	if c.r.arg == argRef {
		base = c.rf()
	}
	unit := uDay
	if k := c.find(cUnit); k >= 0 {
		unit = c.toks[k].lx.unit
	}
	n, _ := c.dir()
	if c.has("same", "that") {
		n = 0
	}
	if unit == uMinute || unit == uHour {
		return out{}, false
	}
	o, ok := shift(base, unit, n)
	if !ok {
		return o, false
	}
	o.mod = c.mod()
	if unit == uDay {
		p := withPart(c, o.date)
		p.mod = o.mod
		return p, true
	}
	if k := c.find(cPart); k >= 0 {
		return out{}, false
	}
	return o, true
}

// unitCount reads "N units": the count (0 when vague; 1 for "the day")
// and the unit.
func (c *rctx) unitCount() (int, int8, bool) {
	n, the := 0, false
	var unit int8
	for k := c.i; k < c.j && unit == 0; k++ {
		tk := &c.toks[k]
		switch {
		case tk.cls&(cUnit|cUnits) != 0:
			unit = tk.lx.unit
		case tk.cls&cNum != 0 && n == 0:
			n = int(tk.val)
		case c.w(k) == "the":
			the = true
		}
	}
	if n == 0 && the && c.find(cUnit) >= 0 {
		n = 1
	}
	return n, unit, unit != 0
}

// rOffset: "two days later", "a week after.", "five years ago".
func rOffset(c *rctx) (out, bool) {
	n, unit, ok := c.unitCount()
	if !ok || n <= 0 || n > 5000 {
		return out{}, false
	}
	ago := c.has("ago")
	if ago && c.has("today") {
		a := c.a()
		var t = a.Time()
		switch unit {
		case uYear:
			t = t.AddDate(-n, 0, 0)
		case uMonth:
			t = t.AddDate(0, -n, 0)
		case uWeek:
			t = t.AddDate(0, 0, -7*n)
		case uDay:
			t = t.AddDate(0, 0, -n)
		default:
			return out{}, false
		}
		return dayOut(DayOf(t)), true
	}
	var base Date
	if ago || c.r.arg == argAnchor {
		base = c.a()
	} else {
		base = c.rf()
	}
	if ago || c.has("earlier", "before") {
		n = -n
	}
	if !ago && (unit == uWeek || unit == uFortnight) {
		if unit == uFortnight {
			n *= 2
		}
		return dayOut(base.AddDays(7 * n)), true
	}
	if unit == uHour || unit == uMinute {
		o := dayOut(base)
		o.noRef = true
		return o, true
	}
	return shift(base, unit, n)
}

// rWeekend: "over the weekend" is the last weekend (the current one on a
// Saturday or Sunday), or the coming one with a future cue.
func rWeekend(c *rctx) (out, bool) {
	a := c.a()
	aw := int(a.Weekday())
	var sat Date
	switch {
	case aw == 0:
		sat = a.AddDays(-1)
	case c.future():
		sat = a.AddDays(6 - aw)
	default:
		sat = a.AddDays(-aw - 1)
	}
	return out{value: weekValue(sat) + "-WE", date: spanDate(sat, sat.AddDays(1))}, true
}

// offsetDate moves base by n units at the unit's grain (days and weeks
// keep day precision).
func offsetDate(base Date, unit int8, n int) (Date, bool) {
	switch unit {
	case uDay:
		return base.AddDays(n), true
	case uWeek:
		return base.AddDays(7 * n), true
	case uFortnight:
		return base.AddDays(14 * n), true
	case uMonth:
		y, m := addMonths(base.Y, base.M, n)
		return monthDate(y, m), true
	case uYear:
		return yearDate(base.Y + n), true
	}
	return Date{}, false
}

// rClause: "a week after the administration imposed new curbs", with an
// event the table does not know. News writes "X came N days after Y" about
// an X already dated, so the expression takes the reference date and Event
// gets the embedded clause's date, N days before it (after "before", N days
// later). At the start of a sentence ("Two days before Y, X ...") the
// reference says nothing; Tag then looks for a day date inside the clause.
func rClause(c *rctx) (out, bool) {
	n, unit, ok := c.unitCount()
	if !ok || n <= 0 || c.has(vagueWords...) {
		return out{noRef: true}, true
	}
	sign := -1
	if c.has("before") {
		sign = 1
	}
	if c.i == 0 || c.toks[c.i-1].sent != c.toks[c.i].sent {
		return out{noRef: true, off: offset{n: n, unit: unit, sign: sign}}, true
	}
	ref := c.rf()
	ev, ok := offsetDate(ref, unit, sign*n)
	if !ok {
		return out{noRef: true}, true
	}
	o := dayOut(ref)
	o.event, o.noRef = ev, true
	return o, true
}
