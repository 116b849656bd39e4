package verb

import (
	"annals/diag"
	"annals/text"

	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// elemKind is the kind of a pattern element.
type elemKind uint8

const (
	lit      elemKind = iota // alternatives of word sequences
	target                   // +
	source                   // $
	gap                      // *
	compound                 // %: a compound actor of two or more mentions
	skip                     // ^: a gap of at least one token (a phrase skipped)
)

type elem struct {
	kind elemKind
	alts [][]string // for lit: each alternative a word sequence
}

// Pattern is one compiled pattern line.
type Pattern struct {
	Code    string
	Noun    bool   // trigger is an event noun, not a verb
	Trigger string // lemma of the trigger word
	elems   []elem // after the trigger
	pre     []elem // before the trigger ("will not > attack"), in text order
	// Reverse is the code of the paired reverse event (classic [X:Y]):
	// the target does Reverse to the source.
	Reverse string
	// Classic patterns follow the classic coders' semantics: the pattern's
	// own words decide negation and modality, nothing else does.
	Classic bool
	Text    string // the pattern as written
	Example string // example sentence given with "::"
	Pos     string // file:line
	lits    int    // literal words, for specificity
	hasTgt  bool
	hasSrc  bool
	preSrc  bool // a source slot ($ or %) before the trigger
	hasComp bool // a % slot
	// need lists, for each literal element after the trigger, the last
	// words of its alternatives: a sentence that has none of one list
	// cannot match (a filter before matching; see possible).
	need [][]int32 // word ids (Dict.vocab)
	// Mutual marks the variant of a pattern ending in "with +" that drops
	// those words: it applies only to a compound subject, whose members
	// act on each other ("Jordan and Britain agreed to hold joint drills").
	Mutual bool
}

// Dict is a compiled verb dictionary; immutable and safe for concurrent use.
type Dict struct {
	Patterns []*Pattern
	byVerb   map[string][]*Pattern // trigger lemma -> verb patterns, most specific first
	byNoun   map[string][]*Pattern
	vocab    map[string]int32 // the literal words that end alternatives, numbered
	// FutureAsserted codes "will attack" as the event itself (the classic
	// coders' convention) instead of marking it hedged.
	FutureAsserted bool
	// Discards are sentence-level phrases that drop a sentence (classic
	// dictionaries); kept here for the coder.
}

// Error is a bad dictionary line.
type Error = diag.Error

// ErrorList collects the errors of a load.
type ErrorList = diag.List

// Source is one dictionary file.
type Source struct{ Name, Text string }

// IsVerbFile reports whether a file name is an annals verb dictionary.
func IsVerbFile(name string) bool { return strings.HasSuffix(path.Base(name), ".verbs.txt") }

// ReadFS reads every *.verbs.txt under dir.
func ReadFS(fsys fs.FS, dir string) ([]Source, error) {
	var out []Source
	err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !IsVerbFile(p) {
			return err
		}
		b, err := fs.ReadFile(fsys, p)
		if err == nil {
			out = append(out, Source{p, string(b)})
		}
		return err
	})
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, err
}

// Parse reads verb pattern files:
//
//	option classic    # anywhere at the top level: classic semantics for the file
//	code 041          # block: the CAMEO code of the patterns below
//	  verb speak by {phone|telephone} with +   :: Putin spoke by phone with Xi.
//	  noun call with +                         :: Xi had a call with Trump.
func Parse(srcs ...Source) ([]*Pattern, ErrorList) {
	var out []*Pattern
	var errs ErrorList
	for _, src := range srcs {
		code, reverse := "", ""
		classic := hasOption(src.Text, "classic")
		for n, raw := range strings.Split(src.Text, "\n") {
			n++
			line, example, _ := strings.Cut(raw, "::")
			line = stripComment(line)
			if strings.TrimSpace(line) == "" {
				continue
			}
			f := strings.Fields(line)
			bad := func(format string, a ...any) {
				errs = append(errs, &Error{File: src.Name, Line: n, Msg: fmt.Sprintf(format, a...)})
			}
			if line[0] != ' ' && line[0] != '\t' {
				if f[0] == "option" && len(f) == 2 && f[1] == "classic" {
					continue // read by hasOption
				}
				var c, r string
				paired := false
				if len(f) >= 2 {
					c, r, paired = strings.Cut(f[1], ":")
				}
				if f[0] != "code" || len(f) < 2 || !isEventCode(c) || paired && !isEventCode(r) {
					bad("want: code NNN")
					code = ""
					continue
				}
				code, reverse = c, r
				continue
			}
			if code == "" {
				bad("pattern outside a code block")
				continue
			}
			if f[0] != "verb" && f[0] != "noun" {
				bad("pattern must start with verb or noun, got %q", f[0])
				continue
			}
			for _, text := range expandTrigger(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(line), f[0]))) {
				p, err := compilePattern(text, classic)
				if err != "" {
					bad("%s", err)
					break
				}
				p.Code, p.Noun, p.Pos = code, f[0] == "noun", fmt.Sprintf("%s:%d", src.Name, n)
				p.Reverse, p.Classic = reverse, classic
				if !classic && reverse == "" && code == "043" {
					// hosting is paired: whom X hosted visited X
					p.Reverse = "042"
				}
				p.Example = strings.TrimSpace(example)
				out = append(out, p)
				if v := p.mutualVariant(); v != nil {
					out = append(out, v)
				}
			}
		}
	}
	return out, errs
}

// mutualVariant is the pattern without its final "with +", for a
// compound subject; nil when the pattern does not end so or is classic.
// Statements, appeals, demands, disapproval, rejections and threats
// (01x, 02x, 10x-13x) have none: "A and B agreed" is not "agreed with",
// "A and B rejected talks" is not a rejection of each other.
func (p *Pattern) mutualVariant() *Pattern {
	n := len(p.elems)
	if p.Classic || p.Noun || n < 2 || strings.HasPrefix(p.Code, "01") || strings.HasPrefix(p.Code, "02") || p.Code[:2] >= "10" && p.Code[:2] <= "13" || p.elems[n-1].kind != target || p.elems[n-2].kind != lit ||
		len(p.elems[n-2].alts) != 1 || strings.Join(p.elems[n-2].alts[0], " ") != "with" {
		return nil
	}
	v := *p
	v.elems = p.elems[: n-2 : n-2]
	for len(v.elems) > 0 && v.elems[len(v.elems)-1].kind == gap {
		v.elems = v.elems[:len(v.elems)-1]
	}
	v.lits--
	v.hasTgt = false
	v.Mutual = true
	v.Text = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(strings.TrimSuffix(p.Text, "+")), "with")) + "   (compound subject, each with the others)"
	return &v
}

// hasOption reports a top-level line "option NAME" anywhere in a file:
// it applies to every pattern of the file.
func hasOption(text, name string) bool {
	for _, line := range strings.Split(text, "\n") {
		if line == "" || line[0] == ' ' || line[0] == '\t' {
			continue
		}
		if f := strings.Fields(stripComment(line)); len(f) == 2 && f[0] == "option" && f[1] == name {
			return true
		}
	}
	return false
}

func stripComment(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '#' && (i == 0 || s[i-1] == ' ' || s[i-1] == '\t') {
			return strings.TrimRight(s[:i], " \t\r")
		}
	}
	return strings.TrimRight(s, " \t\r")
}

// isEventCode: two CAMEO digits, then up to two digits or letters (the
// classic dictionaries' local codes such as 174K), in capitals.
func isEventCode(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || i >= 2 && c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// expandTrigger turns the trigger's alternative group — the leading one,
// or the one after "> " when words precede the trigger — into one pattern
// per alternative: "{a|b c} rest" gives "a rest" and "b c rest".
func expandTrigger(s string) []string {
	head, body := "", s
	if i := strings.Index(s, "> "); i >= 0 && (i == 0 || s[i-1] == ' ') {
		head, body = s[:i+2], strings.TrimLeft(s[i+2:], " ")
	}
	if !strings.HasPrefix(body, "{") {
		return []string{s}
	}
	end := strings.IndexByte(body, '}')
	if end < 0 {
		return []string{s}
	}
	rest := body[end+1:]
	var out []string
	for _, a := range strings.Split(body[1:end], "|") {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, head+a+rest)
		}
	}
	return out
}

// compilePattern parses "trigger elem elem ..." or, with elements before
// the trigger, "elem ... > trigger elem ...".
//
// A classic pattern's specificity counts every word of a word sequence
// and every actor slot, as the classic coders rank patterns by length.
func compilePattern(s string, classic bool) (*Pattern, string) {
	p := &Pattern{Text: s, Classic: classic}
	toks, err := splitPattern(s)
	if err != "" {
		return nil, err
	}
	var pre []string
	for i, t := range toks {
		if t == ">" {
			pre, toks = toks[:i], toks[i+1:]
			if len(pre) == 0 {
				return nil, "nothing before >"
			}
			break
		}
	}
	if len(toks) == 0 {
		return nil, "empty pattern"
	}
	if strings.ContainsAny(toks[0], "{}+$*|%>^") {
		return nil, "a pattern starts with its trigger word"
	}
	p.Trigger = strings.ToLower(toks[0])
	var why string
	if p.pre, why = p.compileElems(pre, true); why != "" {
		return nil, why
	}
	if k := len(p.pre) - 1; k >= 0 && p.pre[k].kind != lit && p.pre[k].kind != gap && p.pre[k].kind != skip {
		// "+ > verb": the slot stands just before the verb group
		p.pre = append(p.pre, elem{kind: gap})
	}
	if p.elems, why = p.compileElems(toks[1:], false); why != "" {
		return nil, why
	}
	return p, ""
}

// compileElems compiles pattern elements; pre marks those before the
// trigger.
func (p *Pattern) compileElems(toks []string, pre bool) ([]elem, string) {
	var out []elem
	for _, t := range toks {
		switch {
		case t == ">":
			return nil, "more than one >"
		case t == "+":
			out = append(out, elem{kind: target})
			p.hasTgt = true
			p.slotWeight()
		case t == "$":
			out = append(out, elem{kind: source})
			p.hasSrc = true
			p.preSrc = p.preSrc || pre
			p.slotWeight()
		case t == "%":
			out = append(out, elem{kind: compound})
			p.slotWeight()
			p.hasComp = true
			if pre {
				p.hasSrc, p.preSrc = true, true
			} else {
				p.hasTgt = true
			}
		case t == "*":
			out = append(out, elem{kind: gap})
		case t == "^":
			out = append(out, elem{kind: skip})
		case strings.HasPrefix(t, "{"):
			var alts [][]string
			for _, a := range strings.Split(strings.Trim(t, "{}"), "|") {
				w := strings.Fields(strings.ToLower(a))
				if len(w) == 0 {
					return nil, "empty alternative in " + t
				}
				alts = append(alts, w)
			}
			out = append(out, elem{kind: lit, alts: alts})
			p.lits++
			if p.Classic {
				short := len(alts[0])
				for _, a := range alts {
					short = min(short, len(a))
				}
				p.lits += short - 1
			}
		default:
			out = append(out, elem{kind: lit, alts: [][]string{{strings.ToLower(t)}}})
			p.lits++
		}
	}
	return out, ""
}

// splitPattern splits on spaces outside braces.
func splitPattern(s string) ([]string, string) {
	var out []string
	depth, start := 0, -1
	for i := 0; i <= len(s); i++ {
		c := byte(' ')
		if i < len(s) {
			c = s[i]
		}
		switch {
		case c == '{':
			if depth > 0 {
				return nil, "nested braces"
			}
			depth++
			if start < 0 {
				start = i
			}
		case c == '}':
			if depth == 0 {
				return nil, "unbalanced }"
			}
			depth--
		case c == ' ' && depth == 0:
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		default:
			if start < 0 {
				start = i
			}
		}
	}
	if depth != 0 {
		return nil, "unbalanced {"
	}
	return out, ""
}

// slotWeight counts an actor slot in a classic pattern's specificity.
func (p *Pattern) slotWeight() {
	if p.Classic {
		p.lits++
	}
}

// Compile parses and indexes verb files.
func Compile(srcs ...Source) (*Dict, error) {
	ps, errs := Parse(srcs...)
	return Build(ps), errs.Err()
}

// Build indexes patterns by trigger, most specific first. It takes the
// patterns over: their word filter (need) is numbered by this
// dictionary's words, so a pattern belongs to one dictionary.
func Build(ps []*Pattern) *Dict {
	d := &Dict{Patterns: ps, byVerb: map[string][]*Pattern{}, byNoun: map[string][]*Pattern{}}
	for _, p := range ps {
		if p.Noun {
			d.byNoun[p.Trigger] = append(d.byNoun[p.Trigger], p)
		} else {
			d.byVerb[p.Trigger] = append(d.byVerb[p.Trigger], p)
		}
	}
	d.vocab = map[string]int32{}
	for _, p := range ps {
		p.need = nil
		for _, e := range p.elems {
			if e.kind != lit {
				continue
			}
			var last []int32
			for _, a := range e.alts {
				w := a[len(a)-1]
				id, ok := d.vocab[w]
				if !ok {
					id = int32(len(d.vocab))
					d.vocab[w] = id
				}
				last = append(last, id)
			}
			p.need = append(p.need, last)
		}
	}
	for _, m := range []map[string][]*Pattern{d.byVerb, d.byNoun} {
		for _, ps := range m {
			sort.SliceStable(ps, func(i, j int) bool { return ps[i].lits > ps[j].lits })
		}
	}
	return d
}

// sentenceWords is the set of the dictionary's words that stand in a
// sentence, as lower-case form or lemma: a bit per word id.
func (d *Dict) sentenceWords(toks []text.Token) []uint64 {
	set := make([]uint64, (len(d.vocab)+63)/64+1)
	for k := range toks {
		if id, ok := d.vocab[toks[k].Norm]; ok {
			set[id>>6] |= 1 << (id & 63)
		}
		if id, ok := d.vocab[toks[k].Lemma]; ok {
			set[id>>6] |= 1 << (id & 63)
		}
	}
	return set
}

// possible reports whether every literal element of the pattern has an
// alternative whose last word stands in the sentence (words: the bits of
// sentenceWords).
//
// With firstOnly, only the first literal counts: a reduced relative ("a
// deal brokered by Qatar") matches on its head noun and may find its
// parties without the rest of the pattern.
func (p *Pattern) possible(words []uint64, firstOnly bool) bool {
	for n, alts := range p.need {
		if firstOnly && n > 0 {
			break
		}
		ok := false
		for _, w := range alts {
			if words[w>>6]&(1<<(w&63)) != 0 {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// VerbLemmas lists the trigger lemmas of the verb patterns.
func (d *Dict) VerbLemmas() []string {
	out := make([]string, 0, len(d.byVerb))
	for k := range d.byVerb {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// NounTriggers lists the trigger lemmas of the event-noun patterns.
func (d *Dict) NounTriggers() []string {
	out := make([]string, 0, len(d.byNoun))
	for k := range d.byNoun {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
