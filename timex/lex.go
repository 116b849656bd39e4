package timex

import (
	"unicode"
	"unicode/utf8"
)

// Token classes. A token carries the union of the classes it belongs to;
// pattern elements written as @name test one of these bits.
const (
	cWord   uint64 = 1 << iota // any word
	cPunct                     // any punctuation mark
	cNum                       // a cardinal: digits (no separators) or a number word
	cYear                      // four digits 1000..2199
	cDay                       // 1..31 as one or two digits or a digit ordinal ("6th")
	cOrd                       // digit ordinal ("6th", "21st")
	cOrdW                      // ordinal word ("first")
	cTime                      // clock time "10:30" or "4pm"
	cISO                       // "2021-01-06"
	cDecade                    // "1990s"
	cMonth                     // capitalised month name
	cWday                      // capitalised weekday name
	cWdays                     // plural weekday ("Mondays")
	cUnit                      // singular calendar unit
	cUnits                     // plural calendar unit
	cSeason                    // season name
	cPart                      // part of the day
	cNumW                      // number word
	cCap                       // starts with an upper-case letter
	cAbbr                      // abbreviation: a following "." does not end a sentence
	cEvent                     // pseudo class: the @event element
)

var classNames = map[string]uint64{
	"word": cWord, "punct": cPunct, "num": cNum, "year": cYear, "day": cDay,
	"ord": cOrd, "ordw": cOrdW, "time": cTime, "iso": cISO, "decade": cDecade,
	"month": cMonth, "wday": cWday, "wdays": cWdays, "unit": cUnit,
	"units": cUnits, "season": cSeason, "part": cPart, "numw": cNumW,
	"cap": cCap, "event": cEvent,
}

// Calendar units.
const (
	uNone int8 = iota
	uMinute
	uHour
	uDay
	uWeek
	uFortnight
	uMonth
	uQuarter
	uYear
	uDecade
	uCentury
	uWeekend
)

// lexEntry is what the tagger knows about a lower-cased word.
type lexEntry struct {
	id     int32
	w      string
	cls    uint64
	month  int8 // 1..12
	wday   int8 // 0 Sunday .. 6 Saturday
	num    int16
	ord    int8
	unit   int8
	season int8 // index into seasonCodes
	part   int8 // index into partCodes
	cue    bool // may start a future cue phrase
	past   bool // irregular past-tense verb
}

var seasonCodes = [...]string{"", "SP", "SU", "FA", "WI"}
var partCodes = [...]string{"", "MO", "AF", "EV", "NI"}

type lexicon struct {
	words map[string]*lexEntry
	n     int32
	// seen[len][first letter] is set when some word of that length and
	// initial is in the lexicon: a cheap filter before the map lookup.
	seen [lexMaxLen + 1][27]bool
}

const lexMaxLen = 16

// index fills the lookup filter; call after the last entry is added.
func (l *lexicon) index() {
	l.seen = [lexMaxLen + 1][27]bool{}
	for w := range l.words {
		if len(w) <= lexMaxLen {
			l.seen[len(w)][initial(w[0])] = true
		}
	}
}

func initial(c byte) int {
	c |= 0x20
	if c >= 'a' && c <= 'z' {
		return int(c - 'a')
	}
	return 26
}

func newLexicon() *lexicon { return &lexicon{words: make(map[string]*lexEntry, 512)} }

// entry returns the entry for w, creating it.
func (l *lexicon) entry(w string) *lexEntry {
	if e, ok := l.words[w]; ok {
		return e
	}
	l.n++
	e := &lexEntry{id: l.n, w: w}
	l.words[w] = e
	return e
}

func (l *lexicon) fill() {
	months := [][]string{
		{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"},
		{"may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"},
		{"september", "sep", "sept"}, {"october", "oct"}, {"november", "nov"},
		{"december", "dec"},
	}
	for i, ws := range months {
		for j, w := range ws {
			e := l.entry(w)
			e.cls |= cMonth
			e.month = int8(i + 1)
			if j > 0 {
				e.cls |= cAbbr
			}
		}
	}
	for i, w := range []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"} {
		e := l.entry(w)
		e.cls |= cWday
		e.wday = int8(i)
		e = l.entry(w + "s")
		e.cls |= cWdays
		e.wday = int8(i)
	}
	nums := []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
		"eighteen", "nineteen", "twenty"}
	for i, w := range nums {
		e := l.entry(w)
		e.cls |= cNum | cNumW
		e.num = int16(i + 1)
	}
	for w, n := range map[string]int16{"a": 1, "an": 1, "thirty": 30, "forty": 40, "fifty": 50,
		"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100} {
		e := l.entry(w)
		e.cls |= cNum | cNumW
		e.num = n
	}
	ords := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
		"ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
		"sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"}
	for i, w := range ords {
		e := l.entry(w)
		e.cls |= cOrdW
		e.ord = int8(i + 1)
	}
	units := []struct {
		s, p string
		u    int8
	}{
		{"minute", "minutes", uMinute}, {"hour", "hours", uHour}, {"day", "days", uDay},
		{"week", "weeks", uWeek}, {"fortnight", "fortnights", uFortnight},
		{"month", "months", uMonth}, {"year", "years", uYear},
		{"decade", "decades", uDecade}, {"century", "centuries", uCentury},
		{"quarter", "quarters", uQuarter}, {"weekend", "weekends", uWeekend},
	}
	for _, u := range units {
		e := l.entry(u.s)
		e.cls |= cUnit
		e.unit = u.u
		e = l.entry(u.p)
		e.cls |= cUnits
		e.unit = u.u
	}
	for i, w := range []string{"spring", "summer", "autumn", "winter"} {
		e := l.entry(w)
		e.cls |= cSeason
		e.season = int8([]int{1, 2, 3, 4}[i])
	}
	e := l.entry("fall")
	e.cls |= cSeason
	e.season = 3
	for w, p := range map[string]int8{"morning": 1, "afternoon": 2, "evening": 3, "night": 4} {
		e := l.entry(w)
		e.cls |= cPart
		e.part = p
	}
	for _, w := range pastVerbs {
		l.entry(w).past = true
	}
	for _, w := range []string{"mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "sen",
		"rep", "gov", "prof", "jr", "sr", "inc", "corp", "co", "no", "vs", "capt", "maj",
		"adm", "brig", "mt", "ft", "rev", "hon", "est"} {
		l.entry(w).cls |= cAbbr
	}
}

// token is one word, number or punctuation mark of the text.
type token struct {
	start, end int32
	sent       int32 // sentence number, for cue windows
	cls        uint64
	val        int32 // number, year, day or hour
	val2       int32 // minute of a clock time; month of an ISO date
	val3       int32 // day of an ISO date
	lx         *lexEntry
}

func (t *token) id() int32 {
	if t.lx == nil {
		return 0
	}
	return t.lx.id
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

// letterAt reports whether a letter (ASCII or not) starts at s[i] and its
// byte length.
func letterAt(s string, i int) (bool, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return isLetter(c), 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r), n
}

// apostropheAt returns the byte length of an apostrophe at s[i], or 0.
func apostropheAt(s string, i int) int {
	if s[i] == '\'' {
		return 1
	}
	if len(s)-i >= 3 && s[i] == 0xe2 && s[i+1] == 0x80 && s[i+2] == 0x99 {
		return 3
	}
	return 0
}

// lookup finds the lexicon entry of a word, folding ASCII case and the
// typographic apostrophe. No allocation.
func (l *lexicon) lookup(w string) *lexEntry {
	if len(w) > lexMaxLen+2 || len(w) == 0 {
		return nil
	}
	var buf [32]byte
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			if len(w)-i >= 3 && c == 0xe2 && w[i+1] == 0x80 && w[i+2] == 0x99 {
				c = '\''
				i += 2
			} else {
				return nil
			}
		} else if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if n == len(buf) {
			return nil
		}
		buf[n] = c
		n++
	}
	if n > lexMaxLen || !l.seen[n][initial(buf[0])] {
		return nil
	}
	return l.words[string(buf[:n])]
}

// tokenize splits text into tokens, appending to toks.
func (t *Tagger) tokenize(text string, toks []token) []token {
	var sent int32
	n := len(text)
	for i := 0; i < n; {
		c := text[i]
		if c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' {
			i++
			continue
		}
		if c == '\n' {
			sent++
			for i < n && (text[i] == '\n' || text[i] == ' ' || text[i] == '\r' || text[i] == '\t') {
				i++
			}
			continue
		}
		start := i
		if isDigit(c) {
			toks = append(toks, scanNumber(text, &i, sent))
			continue
		}
		if ok, w := letterAt(text, i); ok {
			i += w
			oneLetter := true
			for i < n {
				if b := text[i]; b < utf8.RuneSelf {
					if isLetter(b) || isDigit(b) {
						i++
						oneLetter = false
						continue
					}
				} else if ok, w := letterAt(text, i); ok {
					i += w
					oneLetter = false
					continue
				}
				// dotted abbreviations: a.m., U.S.
				if text[i] == '.' && oneLetter && i+1 < n && isLetter(text[i+1]) &&
					(i+2 >= n || !isLetter(text[i+2])) {
					i += 2
					if i < n && text[i] == '.' {
						i++
					}
					continue
				}
				break
			}
			tk := token{start: int32(start), end: int32(i), sent: sent, cls: cWord}
			word := text[start:i]
			if c >= 'A' && c <= 'Z' {
				tk.cls |= cCap
			}
			if e := t.lex.lookup(word); e != nil {
				tk.lx = e
				cls := e.cls
				if tk.cls&cCap == 0 {
					cls &^= cMonth | cWday
				}
				tk.cls |= cls
				tk.val = int32(e.num)
			}
			if i-start == 1 {
				tk.cls |= cAbbr
			}
			toks = append(toks, tk)
			toks = joinTens(text, toks)
			continue
		}
		if a := apostropheAt(text, i); a > 0 && i+a < n && isLetter(text[i+a]) && start > 0 && isLetter(text[start-1]) {
			// clitic: 's, 'll, 't
			i += a
			for i < n && isLetter(text[i]) {
				i++
			}
			tk := token{start: int32(start), end: int32(i), sent: sent, cls: cWord}
			tk.lx = t.lex.lookup(text[start:i])
			toks = append(toks, tk)
			continue
		}
		w := 1
		if c >= utf8.RuneSelf {
			_, w = utf8.DecodeRuneInString(text[i:])
		}
		i += w
		toks = append(toks, token{start: int32(start), end: int32(i), sent: sent, cls: cPunct})
		if c == '.' || c == '!' || c == '?' || c == ';' {
			if c == '.' && len(toks) > 1 && toks[len(toks)-2].cls&cAbbr != 0 {
				continue
			}
			sent++
		}
	}
	return toks
}

// joinTens merges a written compound number ("twenty-five") ending the
// token list into one number token.
func joinTens(text string, toks []token) []token {
	n := len(toks)
	if n < 3 {
		return toks
	}
	u, h, t := &toks[n-1], &toks[n-2], &toks[n-3]
	if u.cls&cNumW == 0 || u.val < 1 || u.val > 9 || t.cls&cNumW == 0 || t.val < 20 || t.val > 90 || t.val%10 != 0 {
		return toks
	}
	if h.cls&cPunct == 0 || text[h.start:h.end] != "-" || h.start != t.end || u.start != h.end {
		return toks
	}
	t.end, t.val = u.end, t.val+u.val
	t.lx = nil // no longer the word "twenty"
	return toks[:n-2]
}

// scanNumber reads a token starting with a digit at *ip.
func scanNumber(s string, ip *int, sent int32) token {
	i, n := *ip, len(s)
	start := i
	v := 0
	for i < n && isDigit(s[i]) {
		if v < 1e8 {
			v = v*10 + int(s[i]-'0')
		}
		i++
	}
	nd := i - start
	tk := token{start: int32(start), sent: sent, cls: cWord}
	done := func(end int) token {
		*ip = end
		tk.end = int32(end)
		return tk
	}
	next := func(j int) byte {
		if j < n {
			return s[j]
		}
		return 0
	}
	// ISO date 2021-01-06
	if nd == 4 && i+6 <= n && s[i] == '-' && isDigit(s[i+1]) && isDigit(s[i+2]) && s[i+3] == '-' &&
		isDigit(s[i+4]) && isDigit(s[i+5]) && !isDigit(next(i+6)) {
		m := int(s[i+1]-'0')*10 + int(s[i+2]-'0')
		d := int(s[i+4]-'0')*10 + int(s[i+5]-'0')
		if m >= 1 && m <= 12 && d >= 1 && d <= daysIn(v, m) {
			tk.cls = cISO
			tk.val, tk.val2, tk.val3 = int32(v), int32(m), int32(d)
			return done(i + 6)
		}
	}
	// clock 10:30
	if nd <= 2 && next(i) == ':' && isDigit(next(i+1)) && isDigit(next(i+2)) && !isDigit(next(i+3)) {
		mi := int(s[i+1]-'0')*10 + int(s[i+2]-'0')
		if v <= 24 && mi < 60 {
			tk.cls = cTime
			tk.val, tk.val2 = int32(v), int32(mi)
			end := i + 3
			if hasSuffixFold(s, end, "am") || hasSuffixFold(s, end, "pm") {
				if s[end]|0x20 == 'p' && v < 12 {
					tk.val += 12
				}
				end += 2
			}
			return done(end)
		}
	}
	// 4pm
	if nd <= 2 && v >= 1 && v <= 12 && (hasSuffixFold(s, i, "am") || hasSuffixFold(s, i, "pm")) {
		tk.cls = cTime
		tk.val = int32(v)
		if s[i]|0x20 == 'p' && v < 12 {
			tk.val += 12
		}
		if s[i]|0x20 == 'a' && v == 12 {
			tk.val = 0
		}
		return done(i + 2)
	}
	// decade 1990s
	if nd == 4 && v%10 == 0 && next(i) == 's' && !isLetter(next(i+1)) {
		tk.cls = cDecade
		tk.val = int32(v)
		return done(i + 1)
	}
	// ordinal 6th
	if i+2 <= n && !isLetter(next(i+2)) {
		a, b := s[i]|0x20, s[i+1]|0x20
		if a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h' {
			tk.cls = cWord | cOrd
			tk.val = int32(v)
			if v >= 1 && v <= 31 {
				tk.cls |= cDay
			}
			return done(i + 2)
		}
	}
	// grouped or decimal numbers and alphanumerics are plain words
	sep := false
	for i < n {
		if (s[i] == ',' || s[i] == '.') && i+1 < n && isDigit(s[i+1]) {
			sep = true
			i++
			continue
		}
		if isDigit(s[i]) || isLetter(s[i]) {
			sep = true
			i++
			continue
		}
		break
	}
	if sep {
		return done(i)
	}
	tk.cls = cNum | cWord
	tk.val = int32(v)
	if nd <= 2 && v >= 1 && v <= 31 {
		tk.cls |= cDay
	}
	if nd == 4 && v >= 1000 && v <= 2199 {
		tk.cls |= cYear
	}
	return done(i)
}

func hasSuffixFold(s string, i int, suf string) bool {
	if i+len(suf) > len(s) {
		return false
	}
	for k := 0; k < len(suf); k++ {
		if s[i+k]|0x20 != suf[k] {
			return false
		}
	}
	j := i + len(suf)
	return j >= len(s) || !isLetter(s[j]) && !isDigit(s[j])
}
