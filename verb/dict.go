package verb

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// elemKind is the kind of a pattern element.
type elemKind uint8

const (
	lit    elemKind = iota // alternatives of word sequences
	target                 // +
	source                 // $
	gap                    // *
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
	Text    string // the pattern as written
	Example string // example sentence given with "::"
	Pos     string // file:line
	lits    int    // literal words, for specificity
	hasTgt  bool
	hasSrc  bool
}

// Dict is a compiled verb dictionary; immutable and safe for concurrent use.
type Dict struct {
	Patterns []*Pattern
	byVerb   map[string][]*Pattern // trigger lemma -> verb patterns, most specific first
	byNoun   map[string][]*Pattern
	// FutureAsserted codes "will attack" as the event itself (the classic
	// coders' convention) instead of marking it hedged.
	FutureAsserted bool
	// Discards are sentence-level phrases that drop a sentence (classic
	// dictionaries); kept here for the coder.
}

// Error is a bad dictionary line.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// ErrorList is every error of a load.
type ErrorList []*Error

func (l ErrorList) Error() string {
	s := make([]string, len(l))
	for i, e := range l {
		s[i] = e.Error()
	}
	return strings.Join(s, "\n")
}

// Err returns nil for an empty list.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

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
//	code 041          # block: the CAMEO code of the patterns below
//	  verb speak by {phone|telephone} with +   :: Putin spoke by phone with Xi.
//	  noun call with +                         :: Xi had a call with Trump.
func Parse(srcs ...Source) ([]*Pattern, ErrorList) {
	var out []*Pattern
	var errs ErrorList
	for _, src := range srcs {
		code := ""
		for n, raw := range strings.Split(src.Text, "\n") {
			n++
			line, example, _ := strings.Cut(raw, "::")
			line = stripComment(line)
			if strings.TrimSpace(line) == "" {
				continue
			}
			f := strings.Fields(line)
			bad := func(format string, a ...any) {
				errs = append(errs, &Error{src.Name, n, fmt.Sprintf(format, a...)})
			}
			if line[0] != ' ' && line[0] != '\t' {
				if f[0] != "code" || len(f) < 2 || !isEventCode(f[1]) {
					bad("want: code NNN")
					code = ""
					continue
				}
				code = f[1]
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
				p, err := compilePattern(text)
				if err != "" {
					bad("%s", err)
					break
				}
				p.Code, p.Noun, p.Pos = code, f[0] == "noun", fmt.Sprintf("%s:%d", src.Name, n)
				p.Example = strings.TrimSpace(example)
				out = append(out, p)
			}
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

func isEventCode(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// expandTrigger turns a leading alternative group "{a|b c} rest" into one
// pattern per alternative: "a rest", "b c rest".
func expandTrigger(s string) []string {
	if !strings.HasPrefix(s, "{") {
		return []string{s}
	}
	end := strings.IndexByte(s, '}')
	if end < 0 {
		return []string{s}
	}
	rest := s[end+1:]
	var out []string
	for _, a := range strings.Split(s[1:end], "|") {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, a+rest)
		}
	}
	return out
}

// compilePattern parses "trigger elem elem ...".
func compilePattern(s string) (*Pattern, string) {
	p := &Pattern{Text: s}
	toks, err := splitPattern(s)
	if err != "" {
		return nil, err
	}
	if len(toks) == 0 {
		return nil, "empty pattern"
	}
	if strings.ContainsAny(toks[0], "{}+$*|") {
		return nil, "a pattern starts with its trigger word"
	}
	p.Trigger = strings.ToLower(toks[0])
	for _, t := range toks[1:] {
		switch {
		case t == "+":
			p.elems = append(p.elems, elem{kind: target})
			p.hasTgt = true
		case t == "$":
			p.elems = append(p.elems, elem{kind: source})
			p.hasSrc = true
		case t == "*":
			p.elems = append(p.elems, elem{kind: gap})
		case strings.HasPrefix(t, "{"):
			var alts [][]string
			for _, a := range strings.Split(strings.Trim(t, "{}"), "|") {
				w := strings.Fields(strings.ToLower(a))
				if len(w) == 0 {
					return nil, "empty alternative in " + t
				}
				alts = append(alts, w)
			}
			p.elems = append(p.elems, elem{kind: lit, alts: alts})
			p.lits++
		default:
			p.elems = append(p.elems, elem{kind: lit, alts: [][]string{{strings.ToLower(t)}}})
			p.lits++
		}
	}
	return p, ""
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

// Compile parses and indexes verb files.
func Compile(srcs ...Source) (*Dict, error) {
	ps, errs := Parse(srcs...)
	return Build(ps), errs.Err()
}

// Build indexes patterns by trigger, most specific first.
func Build(ps []*Pattern) *Dict {
	d := &Dict{Patterns: ps, byVerb: map[string][]*Pattern{}, byNoun: map[string][]*Pattern{}}
	for _, p := range ps {
		if p.Noun {
			d.byNoun[p.Trigger] = append(d.byNoun[p.Trigger], p)
		} else {
			d.byVerb[p.Trigger] = append(d.byVerb[p.Trigger], p)
		}
	}
	for _, m := range []map[string][]*Pattern{d.byVerb, d.byNoun} {
		for _, ps := range m {
			sort.SliceStable(ps, func(i, j int) bool { return ps[i].lits > ps[j].lits })
		}
	}
	return d
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

// Merge returns a dictionary with the patterns of both (a's first).
func Merge(a, b *Dict) *Dict {
	ps := append(append([]*Pattern{}, a.Patterns...), b.Patterns...)
	return Build(ps)
}
