package actor

import (
	"strings"

	"annals/timex"
)

// officeRole gives the CAMEO role of each office; "" means the place code
// alone (organisations).
var officeRole = map[string]string{
	"president": "GOV", "vice-president": "GOV", "prime-minister": "GOV", "deputy-prime-minister": "GOV",
	"chancellor": "GOV", "king": "GOV", "queen": "GOV", "emir": "GOV", "sultan": "GOV", "monarch": "GOV",
	"supreme-leader": "GOV", "head-of-state": "GOV", "head-of-government": "GOV", "foreign-minister": "GOV",
	"defence-minister": "GOV", "interior-minister": "GOV", "finance-minister": "GOV", "minister": "GOV",
	"crown-prince": "GOV", "governor": "GOV",
	"speaker": "LEG", "president-elect": "ELI", "prime-minister-elect": "ELI", "opposition-leader": "OPP",
	"army-chief": "MIL", "rebel-leader": "REB", "secretary-general": "", "head": "",
}

// Parse reads one dictionary file of annals' format. Bad lines are
// reported and skipped; the rest of the file is kept.
func Parse(src Source) ([]*Entry, ErrorList) {
	var (
		out  []*Entry
		errs ErrorList
		cur  *Entry
	)
	bad := func(n int, format string, a ...any) {
		errs = append(errs, &Error{File: src.Name, Line: n, Msg: sprintf(format, a...)})
	}
	for n, raw := range strings.Split(src.Text, "\n") {
		n++
		line := stripComment(raw)
		if strings.TrimSpace(line) == "" {
			continue
		}
		indented := line[0] == ' ' || line[0] == '\t'
		f := strings.Fields(line)
		if !indented {
			cur = nil
			e, err := parseHead(f)
			if err != "" {
				bad(n, "%s", err)
				continue
			}
			e.Pos = sprintf("%s:%d", src.Name, n)
			out = append(out, e)
			if e.Kind != Agent {
				cur = e
			}
			continue
		}
		if cur == nil {
			bad(n, "indented line outside a block")
			continue
		}
		if err := parseAttr(cur, f, strings.TrimSpace(line)); err != "" {
			bad(n, "%s", err)
		}
	}
	return out, errs
}

func stripComment(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '#' && (i == 0 || s[i-1] == ' ' || s[i-1] == '\t') {
			return strings.TrimRight(s[:i], " \t\r")
		}
	}
	return strings.TrimRight(s, " \t\r")
}

func alts(s string) []string {
	var out []string
	for _, a := range strings.Split(s, "|") {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, a)
		}
	}
	return out
}

func parseHead(f []string) (*Entry, string) {
	switch f[0] {
	case "country":
		if len(f) < 3 || !isCode3(f[1]) {
			return nil, "want: country CODE Name"
		}
		name := strings.Join(f[2:], " ")
		return &Entry{Kind: Country, Code: f[1], Name: name, names: []nameForm{{name, "name"}}}, ""
	case "person":
		if len(f) < 2 {
			return nil, "want: person Full Name"
		}
		name := strings.Join(f[1:], " ")
		return &Entry{Kind: Person, Name: name, names: []nameForm{{name, "name"}}}, ""
	case "org":
		if len(f) < 3 {
			return nil, "want: org CODE Name (or org - Name)"
		}
		if f[1] != "-" && !isActorCode(f[1]) {
			return nil, sprintf("bad actor code %q", f[1])
		}
		name := strings.Join(f[2:], " ")
		e := &Entry{Kind: Org, Name: name, names: []nameForm{{name, "name"}}}
		if f[1] != "-" {
			e.Code = f[1]
		}
		return e, ""
	case "agent":
		if len(f) < 3 || !isActorCode(f[1]) {
			return nil, "want: agent ROLE word | word/plural | ..."
		}
		rest := strings.TrimSpace(strings.Join(f[2:], " "))
		e := &Entry{Kind: Agent, Code: f[1], Name: rest}
		for _, a := range alts(rest) {
			e.names = append(e.names, nameForm{a, "agent"})
		}
		return e, ""
	}
	return nil, sprintf("unknown block keyword %q (want country, person, org or agent)", f[0])
}

func parseAttr(e *Entry, f []string, line string) string {
	key := f[0]
	rest := strings.TrimSpace(strings.TrimPrefix(line, key))
	switch key {
	case "also", "adj", "people", "capital", "seat", "place", "not", "generic":
		if rest == "" {
			return sprintf("%s: no names", key)
		}
		if key == "generic" && e.Kind != Org {
			return "generic lines belong to org blocks"
		}
		if key != "also" && key != "not" && key != "generic" && e.Kind != Country {
			return sprintf("%s lines belong to country blocks", key)
		}
		for _, a := range alts(rest) {
			if key == "generic" && strings.ContainsAny(a, " \t") {
				return sprintf("generic: %q: one word per name", a)
			}
			e.names = append(e.names, nameForm{a, key})
		}
		return ""
	case "gender":
		if rest != "m" && rest != "f" {
			return "gender must be m or f"
		}
		e.Gender = rest[0]
		return ""
	case "leader":
		if _, ok := officeRole[rest]; !ok {
			return sprintf("unknown office %q", rest)
		}
		e.Leader = rest
		return ""
	case "code":
		if len(f) < 2 || !isActorCode(f[1]) {
			return "want: code CODE FROM .. TO"
		}
		r, err := parseRange(strings.Join(f[2:], " "))
		if err != "" {
			return err
		}
		e.Codes = append(e.Codes, Coding{Code: f[1], Range: r})
		return ""
	}
	// office line: PLACE office FROM .. TO
	if len(f) >= 2 && isActorCode(f[0]) {
		role, ok := officeRole[f[1]]
		if !ok {
			return sprintf("unknown office %q", f[1])
		}
		r, err := parseRange(strings.Join(f[2:], " "))
		if err != "" {
			return err
		}
		code := f[0] + role
		if strings.HasPrefix(f[0], "IGO") || strings.HasPrefix(f[0], "NGO") {
			code = f[0]
		}
		e.Codes = append(e.Codes, Coding{Code: code, Place: f[0], Office: f[1], Range: r})
		return ""
	}
	return sprintf("unknown attribute %q", key)
}

// parseRange reads "FROM .. TO" with either end optional; a lone date is a
// one-day (or one-month, one-year) range; an empty string is always.
func parseRange(s string) (Range, string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Range{}, ""
	}
	from, to, ok := strings.Cut(s, "..")
	if !ok {
		to = from
	}
	var r Range
	var err error
	if from = strings.TrimSpace(from); from != "" {
		if r.From, err = timex.Parse(from); err != nil {
			return r, err.Error()
		}
	}
	if to = strings.TrimSpace(to); to != "" {
		if r.To, err = timex.Parse(to); err != nil {
			return r, err.Error()
		}
	}
	if !r.From.IsZero() && !r.To.IsZero() && r.To.Before(r.From) {
		return r, sprintf("range ends before it starts: %s", s)
	}
	return r, ""
}

func isCode3(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// isActorCode accepts CAMEO-style actor codes: 3 to 15 upper-case letters
// or digits.
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
