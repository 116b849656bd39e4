package classic

import (
	"fmt"
	"strings"
	"sync"

	"annals/tag"
	"annals/verb"
)

// tagger is annals' tagger, whose verb lemmas the triggers must match.
var tagger = sync.OnceValue(tag.New)

// Verbs converts a PETRARCH-1 / TABARI verbs file or PETRARCH-2's
// CAMEO.2.0.txt to annals' verb pattern format.
//
// A classic block `--- NAME [code] ---` lists verbs (`ASK [020]`,
// `+ASK_FOR {+ASKED_FOR ...}`) and patterns (`- * (FOR {FINANCIAL AID})
// [0231]`) that apply to every verb of the block. Each pattern becomes
// one annals line whose trigger is the group of the block's verbs
// (lower-case lemmas, with the words that follow a multi-word verb, and
// the irregular forms listed with them), the words before the verb as
// elements before the trigger (`said * would * not > send`), then the
// words after it: literals (a run joined by _ as one word sequence, the
// product of its synonym sets), `*` gaps where a space or a prepositional
// phrase allows words between, `^` for a skipped phrase, `+` target, `$`
// source, `%` compound actor, `{a|b}` for each &SYNSET and for words
// written with slashes (TO/FOR). A paired code [X:Y] becomes `code X:Y`.
// A verb with a code (its own or the block's) also gets a bare `verb
// lemma` line. Patterns that annals cannot express are skipped and
// counted by reason: [---], unknown synonym sets, several * ...
func Verbs(name, text string) (string, ErrorList) {
	var st Stats
	return convertVerbs(name, text, &st)
}

type classicVerb struct {
	alt  string // "ask" or "ask for": the trigger alternative
	code string // own code, "" for the block's
	line int
	// lead holds the words before the verb ("wire" of WIRE_+TAP), forms
	// the verb's listed forms ("tapped", "broke"), matched as written
	lead  string
	forms []string
}

type classicPattern struct {
	body, code string
	line       int
}

type verbBlock struct {
	name, code string
	line       int
	verbs      []classicVerb
	pats       []classicPattern
}

type verbConv struct {
	r    *reader
	st   *Stats
	b    strings.Builder
	sets map[string][]string // synset name -> raw members
	memo map[string]string   // synset name -> "{a|b}" or "" when unusable
	code string              // code of the current annals block
}

func convertVerbs(name, text string, st *Stats) (string, ErrorList) {
	c := &verbConv{r: &reader{name: name}, st: st, sets: map[string][]string{}, memo: map[string]string{}}
	ls := lines(text)
	c.readSynsets(ls)
	fmt.Fprintf(&c.b, "# converted from %s (classic verbs)\n", name)
	var blk *verbBlock
	inSet := false
	for n, raw := range ls {
		n++
		t := strings.TrimSpace(stripComment(raw))
		if t == "" {
			if strings.TrimSpace(raw) == "" {
				inSet = false // a blank line ends a synonym set; a comment does not
			}
			continue
		}
		switch {
		case strings.HasPrefix(t, "---"):
			inSet = false
			c.flush(blk)
			blk = c.header(n, t)
		case t[0] == '&':
			inSet = true
		case t[0] == '+' && inSet:
		case t[0] == '~':
			inSet = false
			st.skip("verb transformation ~")
		case blk == nil:
			c.r.bad(n, "line outside a verb block")
		case t[0] == '-':
			inSet = false
			st.Patterns++
			body, code, ok := splitTrailingCode(t[1:])
			if !ok {
				c.r.bad(n, "pattern without a [code]")
				continue
			}
			blk.pats = append(blk.pats, classicPattern{body: body, code: code, line: n})
		default:
			inSet = false
			c.verbLine(blk, n, t)
		}
	}
	c.flush(blk)
	// last, so that the file still opens with a code block
	c.b.WriteString("\n# the classic coders' semantics apply to the patterns of this file\noption classic\n")
	st.Errors += len(c.r.errs)
	return c.b.String(), c.r.errs
}

// readSynsets collects every `&NAME` set and its `+MEMBER` lines, so that
// sets may be used before they are defined.
func (c *verbConv) readSynsets(ls []string) {
	cur := ""
	for n, raw := range ls {
		t := strings.TrimSpace(stripComment(raw))
		switch {
		case t == "" && strings.TrimSpace(raw) == "":
			cur = ""
		case t == "": // a comment line does not end a set
		case t[0] == '&':
			cur = setKey(t)
			if _, dup := c.sets[cur]; dup {
				c.r.bad(n+1, "synonym set %s defined again; the sets are merged", cur)
			} else {
				c.st.Synsets++
			}
			c.sets[cur] = c.sets[cur][:len(c.sets[cur]):len(c.sets[cur])]
		case t[0] == '+' && cur != "":
			c.sets[cur] = append(c.sets[cur], strings.TrimSpace(t[1:]))
		default:
			cur = ""
		}
	}
}

// setKey normalises a synset name: "&AUXVERB1_ " → "&AUXVERB1".
func setKey(t string) string {
	if f := strings.Fields(t); len(f) > 0 {
		t = f[0]
	}
	return strings.ToUpper(strings.TrimRight(t, "_"))
}

// synset returns the annals group "{a|b c}" of a set, "" when the set is
// unknown or has no usable member.
func (c *verbConv) synset(key string) string {
	if g, ok := c.memo[key]; ok {
		return g
	}
	var alts []string
	seen := map[string]bool{}
	var walk func(k string, depth int)
	walk = func(k string, depth int) {
		ms, ok := c.sets[k]
		if !ok || depth > 8 {
			return
		}
		for _, m := range ms {
			if strings.HasPrefix(m, "&") {
				walk(setKey(m), depth+1)
				continue
			}
			ws := words(strings.ToLower(m))
			ok := len(ws) > 0
			for _, w := range ws {
				ok = ok && verbWord(w)
			}
			if a := strings.Join(ws, " "); ok && !seen[a] {
				seen[a] = true
				alts = append(alts, a)
			}
		}
	}
	c.memo[key] = "" // guards against cycles
	walk(key, 0)
	g := ""
	if len(alts) > 0 {
		g = "{" + strings.Join(alts, "|") + "}"
	}
	c.memo[key] = g
	return g
}

// header reads "--- NAME [code] ---".
func (c *verbConv) header(n int, t string) *verbBlock {
	c.st.VerbBlocks++
	body := strings.TrimSpace(strings.Trim(t, "-"))
	nm, code, ok := splitTrailingCode(body)
	if !ok {
		nm, code = body, "---"
	}
	return &verbBlock{name: strings.TrimSpace(nm), code: code, line: n}
}

// splitTrailingCode splits "BODY [code]" at its last '['.
func splitTrailingCode(s string) (body, code string, ok bool) {
	s = strings.TrimSpace(s)
	i := strings.LastIndexByte(s, '[')
	if i < 0 || !strings.HasSuffix(s, "]") {
		return s, "", false
	}
	return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1 : len(s)-1]), true
}

// verbLine reads "VERB {FORMS} [code]" or "+VERB_WORD {...}".
func (c *verbConv) verbLine(blk *verbBlock, n int, t string) {
	body, code, hasCode := splitTrailingCode(t)
	if !hasCode {
		body, code = t, ""
	}
	forms := ""
	if i := strings.IndexByte(body, '{'); i >= 0 {
		if !strings.Contains(body[i:], "}") {
			c.r.bad(n, "unclosed { in verb forms")
			return
		}
		forms = body[i:]
		body = body[:i] // forms: annals matches verbs by lemma
	}
	ws := words(body)
	if len(ws) == 0 {
		c.r.bad(n, "verb line without a verb")
		return
	}
	at := 0
	for i, w := range ws {
		if strings.HasPrefix(w, "+") {
			at = i
			break
		}
	}
	var lead []string
	if at > 0 {
		// "WIRE_+TAP": the words before the verb lead its patterns
		for _, w := range ws[:at] {
			w = strings.ToLower(w)
			if !verbWord(w) {
				c.r.bad(n, "verb %q cannot be written as an annals trigger", clip(w))
				return
			}
			lead = append(lead, w)
		}
		ws = ws[at:]
	}
	multi := strings.HasPrefix(ws[0], "+")
	ws[0] = strings.TrimPrefix(ws[0], "+")
	for i, w := range ws {
		ws[i] = strings.ToLower(w)
		if !verbWord(ws[i]) {
			c.r.bad(n, "verb %q cannot be written as an annals trigger", clip(w))
			return
		}
	}
	// multi-word verbs are sometimes listed inflected (+KILLED_BY): the
	// trigger is matched on the lemma annals' tagger gives. A single
	// inflected verb (LEFT, RISEN) stays as written: it is a verb of its
	// own, matched on that form only.
	if multi {
		if l, ok := tagger().VerbLemma(ws[0]); ok && l != "" && l != ws[0] {
			ws[0] = l
			c.st.Lemmatised++
		}
	}
	if _, ok := tagger().VerbLemma(ws[0]); !ok {
		c.st.UnknownVerbs++
	}
	c.st.Verbs++
	v := classicVerb{alt: strings.Join(ws, " "), code: code, line: n, lead: strings.Join(lead, " ")}
	v.forms = verbForms(forms, ws)
	blk.verbs = append(blk.verbs, v)
}

// verbForms reads the forms "{WIRE_+TAPPED WIRE_+TAPPING}" of a verb
// whose words are ws: each form's + word with the words after it.
func verbForms(forms string, ws []string) []string {
	var out []string
	for _, f := range strings.Fields(strings.Trim(forms, "{} \t")) {
		fw := words(strings.ToLower(f))
		if len(fw) == 1 && !strings.HasPrefix(fw[0], "+") {
			fw[0] = "+" + fw[0] // "BREAK {BROKE}": a one-word form
		}
		for i, w := range fw {
			if !strings.HasPrefix(w, "+") {
				continue
			}
			fw[i] = strings.TrimPrefix(w, "+")
			alt := strings.Join(fw[i:], " ")
			// a regular form is matched through the verb already
			ok := alt != strings.Join(ws, " ") && !(len(fw)-i == len(ws) &&
				strings.Join(fw[i+1:], " ") == strings.Join(ws[1:], " ") && verb.RegularForm(fw[i], ws[0]))
			for _, x := range fw[i:] {
				ok = ok && verbWord(x)
			}
			if ok {
				out = append(out, alt)
			}
			break
		}
	}
	return out
}

// eventCode checks a classic code: "---" (none), "X" or paired "X:Y".
// It returns the annals code and the paired reverse code, or a reason.
func eventCode(code string) (main, paired, reason string) {
	code = strings.Join(strings.Fields(code), "")
	main, paired, _ = strings.Cut(code, ":")
	if main == "---" || main == "" {
		return "", "", "no code [---]"
	}
	if !eventCodeOK(main) {
		return "", "", "code not 2-4 CAMEO digits"
	}
	if paired != "" && (!verbWord(paired) || strings.Contains(paired, ":")) {
		paired = "?"
	}
	return main, paired, ""
}

// verbWord reports whether w can be written as a word of an annals verb
// pattern: a safe word without the pattern marks %, ^ and >.
func verbWord(w string) bool { return safeWord(w) && !strings.ContainsAny(w, "%^>") }

// eventCodeOK: two CAMEO digits, then up to two digits or capital
// letters (local codes such as 174K).
func eventCodeOK(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !(s[i] >= '0' && s[i] <= '9' || i >= 2 && s[i] >= 'A' && s[i] <= 'Z') {
			return false
		}
	}
	return true
}

func (c *verbConv) flush(blk *verbBlock) {
	if blk == nil {
		return
	}
	fmt.Fprintf(&c.b, "\n# --- %s [%s] ---  line %d\n", oneLine(blk.name), oneLine(blk.code), blk.line)
	c.code = ""
	if len(blk.verbs) == 0 {
		if len(blk.pats) > 0 {
			for range blk.pats {
				c.st.skip("verb pattern in a block without usable verbs")
			}
		}
		return
	}
	var leads []string
	byLead := map[string][]classicVerb{}
	for _, v := range blk.verbs {
		if _, ok := byLead[v.lead]; !ok {
			leads = append(leads, v.lead)
		}
		byLead[v.lead] = append(byLead[v.lead], v)
	}
	for _, l := range leads {
		c.flushVerbs(blk, byLead[l], strings.Fields(l))
	}
}

// flushVerbs writes the bare verbs and the block's patterns for verbs
// that share the words before them (lead).
func (c *verbConv) flushVerbs(blk *verbBlock, verbs []classicVerb, lead []string) {
	withLead := func(pre []string, trig string, elems []string) []string {
		out := append(append(append([]string{}, pre...), lead...), ">", trig)
		return append(out, elems...)
	}
	// bare verbs, grouped by code
	var order []string
	byCode := map[string][]string{}
	paired := map[string]string{}
	first := map[string]int{}
	for _, v := range verbs {
		code := v.code
		if code == "" {
			code = blk.code
		}
		m, p, why := eventCode(code)
		if why != "" {
			continue
		}
		if _, ok := byCode[m]; !ok {
			order = append(order, m)
			first[m] = v.line
		}
		byCode[m] = append(byCode[m], v.alt)
		byCode[m] = append(byCode[m], v.forms...)
		if p != "" {
			paired[m] = p
		}
	}
	for _, m := range order {
		if len(lead) > 0 {
			c.emit(m, paired[m], "", withLead(nil, trigger(byCode[m]), nil), first[m])
			continue
		}
		c.emit(m, paired[m], trigger(byCode[m]), nil, first[m])
	}
	var alts []string
	seen := map[string]bool{}
	for _, v := range verbs {
		for _, a := range append([]string{v.alt}, v.forms...) {
			if !seen[a] {
				seen[a] = true
				alts = append(alts, a)
			}
		}
	}
	trig := trigger(alts)
	for _, p := range blk.pats {
		m, pc, why := eventCode(p.code)
		if why != "" {
			c.st.skip("verb pattern " + why)
			fmt.Fprintf(&c.b, "# skipped (%s): - %s [%s]  line %d\n", why, oneLine(p.body), oneLine(p.code), p.line)
			continue
		}
		pre, elems, why := c.pattern(p)
		if why != "" {
			c.st.skip("verb pattern: " + why)
			fmt.Fprintf(&c.b, "# skipped (%s): - %s [%s]  line %d\n", why, oneLine(p.body), oneLine(p.code), p.line)
			continue
		}
		if len(pre) > 0 || len(lead) > 0 {
			c.st.PreVerb++
			c.emit(m, pc, "", withLead(pre, trig, elems), p.line)
			continue
		}
		c.emit(m, pc, trig, elems, p.line)
	}
}

func trigger(alts []string) string {
	if len(alts) == 1 {
		return alts[0]
	}
	return "{" + strings.Join(alts, "|") + "}"
}

// emit writes one pattern line; trig is "" when elems hold the trigger
// (after words before the verb).
func (c *verbConv) emit(code, paired, trig string, elems []string, line int) {
	if paired != "" && !eventCodeOK(paired) {
		c.st.skip("verb paired code X:Y: reverse event Y not a code")
		paired = ""
	}
	if paired != "" {
		code += ":" + paired
		c.st.Paired++
	}
	if code != c.code {
		fmt.Fprintf(&c.b, "code %s\n", code)
		c.code = code
	}
	c.b.WriteString("  verb")
	if trig != "" {
		c.b.WriteByte(' ')
		c.b.WriteString(trig)
	}
	for _, e := range elems {
		c.b.WriteByte(' ')
		c.b.WriteString(e)
	}
	fmt.Fprintf(&c.b, "  # %d", line)
	c.b.WriteByte('\n')
	c.st.Emitted++
}

// patTokens splits a pattern body into words and the single-character
// tokens ( ) { } * and _; white space separates. A word glued to the *
// is joined to it as if by _.
func patTokens(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		ch := byte(' ')
		if i < len(s) {
			ch = s[i]
		}
		switch ch {
		case ' ', '\t', '_', '\v', '\f', '\r', '(', ')', '{', '}', '*':
			glued := ch == '*' && start >= 0 // "IN*": closed, like "IN_*"
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
			if glued {
				out = append(out, "_")
			}
			if ch != ' ' && ch != '\t' && ch != '\v' && ch != '\f' && ch != '\r' {
				out = append(out, string(ch))
			}
			if ch == '*' && i+1 < len(s) && strings.IndexByte(" \t\v\f\r_(){}", s[i+1]) < 0 {
				out = append(out, "_") // "*SCEPTICAL": closed
			}
		default:
			if start < 0 {
				start = i
			}
		}
	}
	return out
}

// pattern converts the body of a classic pattern to annals elements
// before the trigger (pre, in text order) and after it, or gives the
// reason it cannot be converted. Words joined by _ must be adjacent;
// words separated by a space may have others between them, so the
// converter puts a * gap there before the verb (after it, annals' own
// skipping of determiners and modifiers, and the gaps before
// prepositional phrases, do the same job).
func (c *verbConv) pattern(p classicPattern) (pre, post []string, why string) {
	toks := patTokens(p.body)
	star := -1
	for i, t := range toks {
		if t == "*" {
			if star >= 0 {
				return nil, nil, "several * in one pattern"
			}
			star = i
		}
	}
	if star < 0 {
		return nil, nil, "no * (verb) in the pattern"
	}
	pre, why = c.prePattern(toks[:star])
	if why != "" {
		return nil, nil, why
	}
	post, why = c.postPattern(toks[star+1:])
	return pre, post, why
}

// word converts one classic pattern word: a synonym set, TO/FOR
// alternatives, a plain word or a slot.
func (c *verbConv) word(t string) (string, string) {
	switch {
	case t == "+" || t == "$" || t == "%":
		return t, ""
	case strings.HasPrefix(t, "&"):
		g := c.synset(setKey(t))
		if g == "" {
			return "", "unknown or empty synonym set"
		}
		return g, ""
	case strings.Contains(t, "/"):
		var alts []string
		for _, a := range strings.Split(strings.ToLower(t), "/") {
			if !verbWord(a) {
				return "", "word annals cannot write"
			}
			alts = append(alts, a)
		}
		return "{" + strings.Join(alts, "|") + "}", ""
	}
	w := strings.ToLower(t)
	if !verbWord(w) {
		return "", "word annals cannot write"
	}
	return w, ""
}

// prePattern converts the words before the verb. A lone leading $ is
// the default subject and is dropped.
func (c *verbConv) prePattern(toks []string) ([]string, string) {
	var out []string
	joined := false // the next item is joined to the previous by _
	for i, t := range toks {
		switch t {
		case "(", ")", "{", "}":
			continue
		case "_":
			joined = true
			continue
		case "^":
			if len(out) > 0 && out[len(out)-1] == "*" {
				out = out[:len(out)-1]
			}
			out = append(out, "^")
			joined = true // no * gap besides the skipped phrase
			continue
		}
		if t == "$" && len(out) == 0 {
			joined = false
			continue
		}
		w, why := c.word(t)
		if why != "" {
			return nil, why
		}
		if len(out) > 0 && !joined && out[len(out)-1] != "*" && out[len(out)-1] != "^" {
			out = append(out, "*")
		}
		out = append(out, w)
		joined = false
		_ = i
	}
	if len(out) > 0 && !joined && out[len(out)-1] != "*" && out[len(out)-1] != "^" {
		out = append(out, "*")
	}
	return out, ""
}

// postPattern converts the words after the verb. Words joined by _ form
// one closed run, written as a group of word sequences (the product of
// its synonym sets); runs separated by a space, a ( or a ^ are open: a
// * gap stands between them.
func (c *verbConv) postPattern(toks []string) ([]string, string) {
	var out []string
	var run [][]string // alternatives of the closed run being read
	joined := false
	closeRun := func() string {
		if len(run) == 0 {
			return ""
		}
		var alts []string
		seen := map[string]bool{}
		for _, a := range run {
			if w := strings.Join(a, " "); !seen[w] {
				seen[w] = true
				alts = append(alts, w)
			}
		}
		run = nil
		if len(alts) == 1 {
			out = append(out, alts[0])
		} else {
			out = append(out, "{"+strings.Join(alts, "|")+"}")
		}
		return ""
	}
	gap := func() {
		closeRun()
		if len(out) == 0 || out[len(out)-1] != "*" && out[len(out)-1] != "^" {
			out = append(out, "*")
		}
	}
	depth, first := 0, true
	openStart := len(toks) > 0 && toks[0] != "_"
	for _, t := range toks {
		switch t {
		case "_":
			joined = true
			continue
		case "(":
			depth++
			joined = false
			continue
		case ")":
			depth--
			if depth < 0 {
				return nil, "unbalanced ( )"
			}
			continue
		case "{", "}":
			continue
		case "^":
			closeRun()
			if len(out) > 0 && out[len(out)-1] == "*" {
				out = out[:len(out)-1]
			}
			out = append(out, "^")
			joined = true // no * gap besides the skipped phrase
			continue
		}
		w, why := c.word(t)
		if why != "" {
			return nil, why
		}
		if !joined && (!first || openStart) {
			gap()
		}
		first, joined = false, false
		if w == "+" || w == "$" || w == "%" {
			closeRun()
			out = append(out, w)
			continue
		}
		alts := [][]string{strings.Fields(w)}
		if strings.HasPrefix(w, "{") {
			alts = nil
			for _, a := range strings.Split(strings.Trim(w, "{}"), "|") {
				alts = append(alts, strings.Fields(a))
			}
		}
		if run == nil {
			run = alts
			continue
		}
		if len(run)*len(alts) > 64 {
			return nil, "synonym sets too large in a closed run"
		}
		var next [][]string
		for _, a := range run {
			for _, b := range alts {
				next = append(next, append(append([]string{}, a...), b...))
			}
		}
		run = next
	}
	closeRun()
	if depth != 0 {
		return nil, "unbalanced ( )"
	}
	for len(out) > 0 && (out[len(out)-1] == "*" || out[len(out)-1] == "^") {
		out = out[:len(out)-1]
	}
	return out, ""
}

// oneLine makes s safe inside a comment line.
func oneLine(s string) string {
	return strings.ToValidUTF8(strings.NewReplacer("\n", " ", "\r", " ").Replace(s), "?")
}
