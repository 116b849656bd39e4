package classic

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// nonCountry are three-letter CAMEO codes that are not countries: actor
// types and roles written alone. Entries coded with them become org blocks.
var nonCountry = map[string]bool{
	"IGO": true, "NGO": true, "NGM": true, "MNC": true, "IMG": true, "UIS": true, "UAF": true,
	"ELI": true, "GOV": true, "MIL": true, "REB": true, "OPP": true, "INS": true, "COP": true,
	"BUS": true, "CVL": true, "MED": true, "JUD": true, "LEG": true, "SPY": true, "CRM": true,
	"REF": true, "EDU": true, "HLH": true, "AGR": true, "LAB": true, "ENV": true, "REL": true,
	"MUS": true, "CHR": true, "JEW": true, "HRI": true, "SEP": true, "MOD": true, "RAD": true,
	"INT": true, "TOP": true, "MID": true, "PTY": true, "UNK": true, "SET": true,
}

// datedCode is one code of an actor entry; a zero range is undated.
type datedCode struct {
	code     string
	from, to string // YYYY-MM-DD or ""
	dated    bool
}

type actorEntry struct {
	line  int
	names []string
	codes []datedCode
	null  bool // an undated [---]
}

// Actors converts a TABARI / PETRARCH actors file to annals' actor
// format. Entries with dated codes become person blocks (classic dated
// codes are almost all office holders), entries with a country code
// country blocks, the rest org blocks. Synonyms become `also` names and
// dated codes `code CODE FROM .. TO` lines: `>D` is from D on, `<D` until
// the day before D, `A-B` from A to B inclusive; YYMMDD years 00-30 are
// 20xx, others 19xx.
func Actors(name, text string) (string, ErrorList) {
	var st Stats
	return convertActors(name, text, &st)
}

func convertActors(name, text string, st *Stats) (string, ErrorList) {
	r := &reader{name: name}
	var b strings.Builder
	fmt.Fprintf(&b, "# converted from %s (classic actors)\n\n", name)
	var cur *actorEntry
	flush := func() {
		if cur != nil {
			writeActor(&b, r, cur, st)
		}
		cur = nil
	}
	for n, raw := range lines(text) {
		n++
		line := stripComment(raw)
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		switch {
		case t[0] == '+':
			if cur == nil {
				r.bad(n, "synonym outside an entry")
				continue
			}
			nm, codes := splitCodes(t[1:])
			cur.names = append(cur.names, nm)
			parseActorCodes(r, n, codes, cur)
		case t[0] == '[':
			if cur == nil {
				r.bad(n, "code line outside an entry")
				continue
			}
			parseActorCodes(r, n, t, cur)
		default:
			flush()
			nm, codes := splitCodes(t)
			cur = &actorEntry{line: n, names: []string{nm}}
			parseActorCodes(r, n, codes, cur)
		}
	}
	flush()
	st.Errors += len(r.errs)
	return b.String(), r.errs
}

// splitCodes splits "NAME [CODE] [CODE]" at the first '['.
func splitCodes(s string) (name, codes string) {
	if i := strings.IndexByte(s, '['); i >= 0 {
		return s[:i], s[i:]
	}
	return s, ""
}

// parseActorCodes reads the bracketed codes of s into e.
func parseActorCodes(r *reader, n int, s string, e *actorEntry) {
	for {
		s = strings.TrimSpace(s)
		if s == "" {
			return
		}
		if s[0] != '[' {
			r.bad(n, "unexpected text %q (want [CODE])", clip(s))
			return
		}
		end := strings.IndexByte(s, ']')
		if end < 0 {
			r.bad(n, "unclosed [ in %q", clip(s))
			return
		}
		parseOneCode(r, n, s[1:end], e)
		s = s[end+1:]
	}
}

func parseOneCode(r *reader, n int, s string, e *actorEntry) {
	f := strings.Fields(s)
	if len(f) == 0 {
		r.bad(n, "empty code []")
		return
	}
	code := strings.ToUpper(f[0])
	spec := strings.Join(f[1:], "")
	if strings.HasPrefix(code, "---") && len(code) > 3 {
		// [---<950630] written without a space
		spec, code = code[3:]+spec, "---"
	}
	var dc datedCode
	if spec != "" {
		var err string
		dc.from, dc.to, err = parseDateSpec(spec)
		if err != "" {
			r.bad(n, "%s", err)
			return
		}
		dc.dated = true
	}
	if code == "---" {
		if dc.dated {
			e.codes = append(e.codes, datedCode{code: "---", dated: true})
		} else {
			e.null = true
		}
		return
	}
	if i := strings.IndexByte(code, '/'); i > 0 {
		// TABARI compound code A/B: annals gives an entry one code
		e.codes = append(e.codes, datedCode{code: "/"}) // marker, counted
		code = code[:i]
	}
	if !isActorCode(code) {
		r.bad(n, "bad actor code %q", clip(f[0]))
		return
	}
	dc.code = code
	e.codes = append(e.codes, dc)
}

// parseDateSpec reads ">D", "<D" or "A-B" (spaces removed).
func parseDateSpec(s string) (from, to, err string) {
	switch s[0] {
	case '>':
		d, ok := classicDate(s[1:])
		if !ok {
			return "", "", fmt.Sprintf("bad date %q (want YYMMDD or YYYYMMDD)", clip(s[1:]))
		}
		return d.Format("2006-01-02"), "", ""
	case '<':
		d, ok := classicDate(s[1:])
		if !ok {
			return "", "", fmt.Sprintf("bad date %q (want YYMMDD or YYYYMMDD)", clip(s[1:]))
		}
		return "", d.AddDate(0, 0, -1).Format("2006-01-02"), ""
	}
	a, z, ok := strings.Cut(s, "-")
	if !ok {
		return "", "", fmt.Sprintf("date %q without <, > or a range A-B", clip(s))
	}
	da, ok1 := classicDate(a)
	dz, ok2 := classicDate(z)
	if !ok1 || !ok2 {
		return "", "", fmt.Sprintf("bad date range %q (want YYMMDD-YYMMDD)", clip(s))
	}
	if dz.Before(da) {
		return "", "", fmt.Sprintf("date range %q ends before it starts", clip(s))
	}
	return da.Format("2006-01-02"), dz.Format("2006-01-02"), ""
}

// classicDate reads YYMMDD (00-30 → 20xx, else 19xx) or YYYYMMDD.
func classicDate(s string) (time.Time, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return time.Time{}, false
		}
	}
	var y, m, d int
	switch len(s) {
	case 6:
		y, m, d = atoi(s[:2]), atoi(s[2:4]), atoi(s[4:])
		if y <= 30 {
			y += 2000
		} else {
			y += 1900
		}
	case 8:
		y, m, d = atoi(s[:4]), atoi(s[4:6]), atoi(s[6:])
		if y < 1000 {
			return time.Time{}, false
		}
	default:
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if m < 1 || m > 12 || d < 1 || t.Day() != d || t.Month() != time.Month(m) {
		return time.Time{}, false
	}
	return t, true
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func isActorCode(s string) bool {
	if len(s) < 3 || len(s) > 15 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !(s[i] >= 'A' && s[i] <= 'Z' || s[i] >= '0' && s[i] <= '9') {
			return false
		}
	}
	return true
}

func isCountryCode(s string) bool {
	if len(s) != 3 || nonCountry[s] {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

func writeActor(b *strings.Builder, r *reader, e *actorEntry, st *Stats) {
	var names []string
	seen := map[string]bool{}
	for _, raw := range e.names {
		nm := actorName(raw)
		if nm == "" {
			if strings.TrimSpace(raw) != "" {
				r.bad(e.line, "name %q has no words annals can use", clip(raw))
			}
			continue
		}
		if k := strings.ToLower(nm); !seen[k] {
			seen[k] = true
			names = append(names, nm)
		}
	}
	var undated, dated []datedCode
	for _, c := range e.codes {
		switch {
		case c.code == "/":
			st.skip("actor compound code A/B: first code kept")
		case c.code == "---":
			st.skip("actor dated no-code [--- <D]")
		case c.dated:
			dated = append(dated, c)
		default:
			undated = append(undated, c)
		}
	}
	if len(names) == 0 {
		st.skip("actor entry without a usable name")
		return
	}
	if len(undated) == 0 && len(dated) == 0 {
		if e.null {
			st.skip("actor entry coded [---] (no code)")
		} else {
			st.skip("actor entry without a code")
		}
		return
	}
	also := func() {
		if len(names) > 1 {
			fmt.Fprintf(b, "  also %s\n", strings.Join(names[1:], " | "))
		}
		st.Names += len(names)
	}
	st.Entries++
	switch {
	case len(dated) > 0:
		st.People++
		fmt.Fprintf(b, "person %s  # %d\n", names[0], e.line)
		also()
		if len(undated) > 1 {
			st.skip("actor extra undated code")
		}
		if len(undated) > 0 {
			fmt.Fprintf(b, "  code %s\n", undated[0].code)
		}
		for _, c := range dated {
			fmt.Fprintf(b, "  code %s %s\n", c.code, strings.TrimSpace(c.from+" .. "+c.to))
			st.DatedCodes++
		}
	default:
		code := undated[0].code
		if len(undated) > 1 {
			st.skip("actor extra undated code")
		}
		if isCountryCode(code) {
			st.Countries++
			fmt.Fprintf(b, "country %s %s  # %d\n", code, names[0], e.line)
		} else {
			st.Orgs++
			fmt.Fprintf(b, "org %s %s  # %d\n", code, names[0], e.line)
		}
		also()
	}
	b.WriteByte('\n')
}

// smallWords stay in lower case inside a converted name.
var smallWords = map[string]bool{
	"of": true, "the": true, "and": true, "for": true, "in": true, "on": true, "at": true,
	"to": true, "de": true, "la": true, "del": true, "du": true, "da": true, "van": true, "von": true,
}

// actorName turns a classic name (upper case, underscores) into a name as
// written in news text: words in title case, acronyms kept in capitals, a
// leading "the" dropped.
func actorName(raw string) string {
	raw = strings.ToValidUTF8(raw, "")
	ws := words(strings.NewReplacer("|", " ", "#", " ", "::", " ").Replace(raw))
	for i, w := range ws {
		switch {
		case isAcronym(strings.Trim(w, "()[],.;:\"'"), len(ws) == 1):
		case i > 0 && smallWords[strings.ToLower(w)]:
			ws[i] = strings.ToLower(w)
		default:
			ws[i] = titleWord(w)
		}
	}
	if len(ws) > 1 && strings.EqualFold(ws[0], "the") {
		ws = ws[1:]
	}
	return strings.Join(ws, " ")
}

// isAcronym: a word of 2-5 capitals (or digits) that does not read as a
// word: no vowel or three consonants in a row (ANSF, UNSC), or, for a name
// of one word, at most three letters (UN, ICJ); IRAN and NATO read as
// words. One-word acronyms stay in capitals so that annals matches them
// only in capitals ("US" but not "us").
func isAcronym(w string, single bool) bool {
	n, letters := len(w), 0
	if n < 2 || n > 5 {
		return false
	}
	vowels, run, maxRun := 0, 0, 0
	for i := 0; i < n; i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			letters++
			if strings.IndexByte("AEIOUY", c) >= 0 {
				vowels++
				run = 0
			} else {
				run++
				maxRun = max(maxRun, run)
			}
		case c >= '0' && c <= '9':
			run = 0
		default:
			return false
		}
	}
	if letters == 0 {
		return false
	}
	if smallWords[strings.ToLower(w)] {
		return false
	}
	return single && n <= 3 || vowels == 0 || maxRun >= 3
}

// titleWord lower-cases w and capitalises its first letter and the first
// letter after a hyphen, a full stop, or an apostrophe followed by at
// least two letters (Al-Qaeda, U.N., O'Brien, Apo's).
func titleWord(w string) string {
	low := []rune(strings.ToLower(w))
	up := true
	for i, c := range low {
		if up && unicode.IsLetter(c) {
			low[i] = unicode.ToUpper(c)
		}
		up = false
		switch c {
		case '-', '.', '(':
			up = true
		case '\'':
			up = i+2 < len(low) && unicode.IsLetter(low[i+1]) && unicode.IsLetter(low[i+2])
		}
	}
	return string(low)
}

// clip shortens s for an error message.
func clip(s string) string {
	if len(s) > 40 {
		s = s[:40]
		for !utf8.ValidString(s) && len(s) > 0 {
			s = s[:len(s)-1]
		}
		return s + "..."
	}
	return s
}
