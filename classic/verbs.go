package classic

import (
	"fmt"
	"strings"
	"sync"

	"annals/tag"
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
// (lower-case lemmas, with the words that follow a multi-word verb), then
// the words after `*` as literals, `+` as the target slot and `$` as the
// source slot, a `{a|b}` group for each &SYNSET and for words written
// with slashes (TO/FOR), and `*` gaps before
// prepositional phrases and where `^` skips a phrase. A verb with a code
// (its own or the block's) also gets a bare `verb lemma` line. Patterns
// that annals cannot express are skipped and counted by reason: words
// before the verb, compound actors (%), codes other than CAMEO digits,
// [---]. For a paired code [X:Y] the pattern is written with X; the
// reverse event Y is noted in a comment and counted.
func Verbs(name, text string) (string, ErrorList) {
	var st Stats
	return convertVerbs(name, text, &st)
}

type classicVerb struct {
	alt  string // "ask" or "ask for": the trigger alternative
	code string // own code, "" for the block's
	line int
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
				ok = ok && safeWord(w)
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
	if i := strings.IndexByte(body, '{'); i >= 0 {
		if !strings.Contains(body[i:], "}") {
			c.r.bad(n, "unclosed { in verb forms")
			return
		}
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
	if at > 0 {
		c.st.skip("verb with words before it")
		return
	}
	multi := strings.HasPrefix(ws[0], "+")
	ws[0] = strings.TrimPrefix(ws[0], "+")
	for i, w := range ws {
		ws[i] = strings.ToLower(w)
		if !safeWord(ws[i]) {
			c.r.bad(n, "verb %q cannot be written as an annals trigger", clip(w))
			return
		}
	}
	if multi {
		// multi-word verbs are sometimes listed inflected (+KILLED_BY):
		// the trigger is matched on the lemma annals' tagger gives
		if l, ok := tagger().VerbLemma(ws[0]); ok && l != "" && l != ws[0] {
			ws[0] = l
			c.st.Lemmatised++
		}
	}
	if _, ok := tagger().VerbLemma(ws[0]); !ok {
		c.st.UnknownVerbs++
	}
	c.st.Verbs++
	blk.verbs = append(blk.verbs, classicVerb{alt: strings.Join(ws, " "), code: code, line: n})
}

// eventCode checks a classic code: "---" (none), "X" or paired "X:Y".
// It returns the annals code and the paired reverse code, or a reason.
func eventCode(code string) (main, paired, reason string) {
	code = strings.Join(strings.Fields(code), "")
	main, paired, _ = strings.Cut(code, ":")
	if main == "---" || main == "" {
		return "", "", "no code [---]"
	}
	if len(main) < 2 || len(main) > 4 {
		return "", "", "code not 2-4 CAMEO digits"
	}
	for i := 0; i < len(main); i++ {
		if main[i] < '0' || main[i] > '9' {
			return "", "", "code not 2-4 CAMEO digits"
		}
	}
	if paired != "" && (!safeWord(paired) || strings.Contains(paired, ":")) {
		paired = "?"
	}
	return main, paired, ""
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
	// bare verbs, grouped by code
	var order []string
	byCode := map[string][]string{}
	paired := map[string]string{}
	first := map[string]int{}
	for _, v := range blk.verbs {
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
		if p != "" {
			paired[m] = p
		}
	}
	for _, m := range order {
		c.emit(m, paired[m], trigger(byCode[m]), nil, first[m])
	}
	var alts []string
	seen := map[string]bool{}
	for _, v := range blk.verbs {
		if !seen[v.alt] {
			seen[v.alt] = true
			alts = append(alts, v.alt)
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
		elems, why := c.pattern(p)
		if why != "" {
			c.st.skip("verb pattern: " + why)
			fmt.Fprintf(&c.b, "# skipped (%s): - %s [%s]  line %d\n", why, oneLine(p.body), oneLine(p.code), p.line)
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

func (c *verbConv) emit(code, paired, trig string, elems []string, line int) {
	if code != c.code {
		fmt.Fprintf(&c.b, "code %s\n", code)
		c.code = code
	}
	c.b.WriteString("  verb ")
	c.b.WriteString(trig)
	for _, e := range elems {
		c.b.WriteByte(' ')
		c.b.WriteString(e)
	}
	fmt.Fprintf(&c.b, "  # %d", line)
	if paired != "" {
		fmt.Fprintf(&c.b, " paired %s:%s, reverse event not written", code, paired)
		c.st.skip("verb paired code X:Y: reverse event Y not written")
	}
	c.b.WriteByte('\n')
	c.st.Emitted++
}

// patTokens splits a pattern body into words and the single-character
// tokens ( ) { }; underscores and white space separate.
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
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
			if ch == '(' || ch == ')' || ch == '{' || ch == '}' || ch == '*' {
				out = append(out, string(ch))
			}
		default:
			if start < 0 {
				start = i
			}
		}
	}
	return out
}

// pattern converts the body of a classic pattern to annals elements after
// the trigger, or gives the reason it cannot be converted.
func (c *verbConv) pattern(p classicPattern) ([]string, string) {
	toks := patTokens(p.body)
	star := -1
	for i, t := range toks {
		if t == "*" {
			if star >= 0 {
				return nil, "several * in one pattern"
			}
			star = i
		}
	}
	if star < 0 {
		return nil, "no * (verb) in the pattern"
	}
	target, words := false, false
	for _, t := range toks[:star] {
		switch t {
		case "$", "(", ")", "{", "}": // $ before the verb is the default subject
		case "+":
			target = true
		default:
			words = true
		}
	}
	switch {
	case words:
		return nil, "words before the verb"
	case target:
		return nil, "target + before the verb"
	}
	var out []string
	gap := func() {
		if len(out) == 0 || out[len(out)-1] != "*" {
			out = append(out, "*")
		}
	}
	depth, afterPP := 0, false
	put := func(e string) {
		if afterPP && depth == 0 {
			gap()
		}
		afterPP = false
		out = append(out, e)
	}
	for _, t := range toks[star+1:] {
		switch {
		case t == "(":
			if depth == 0 {
				gap()
				afterPP = false
			}
			depth++
		case t == ")":
			depth--
			if depth < 0 {
				return nil, "unbalanced ( )"
			}
			if depth == 0 {
				afterPP = true
			}
		case t == "{" || t == "}":
		case t == "+" || t == "$":
			put(t)
		case t == "%":
			return nil, "compound actor %"
		case t == "^":
			gap()
		case strings.HasPrefix(t, "&"):
			g := c.synset(setKey(t))
			if g == "" {
				return nil, "unknown or empty synonym set"
			}
			put(g)
		case strings.Contains(t, "/"):
			// TO/FOR: alternatives written with a slash
			var alts []string
			for _, a := range strings.Split(strings.ToLower(t), "/") {
				if !safeWord(a) {
					return nil, "word annals cannot write"
				}
				alts = append(alts, a)
			}
			put("{" + strings.Join(alts, "|") + "}")
		default:
			w := strings.ToLower(t)
			if !safeWord(w) {
				return nil, "word annals cannot write"
			}
			put(w)
		}
	}
	if depth != 0 {
		return nil, "unbalanced ( )"
	}
	for len(out) > 0 && out[len(out)-1] == "*" {
		out = out[:len(out)-1]
	}
	return out, ""
}

// oneLine makes s safe inside a comment line.
func oneLine(s string) string {
	return strings.ToValidUTF8(strings.NewReplacer("\n", " ", "\r", " ").Replace(s), "?")
}
