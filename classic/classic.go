package classic

import (
	"annals/diag"

	"fmt"
	"path"
	"sort"
	"strings"
)

// Kind is the kind of a classic dictionary file.
type Kind int

// The kinds of classic dictionary files.
const (
	ActorsFile Kind = iota + 1
	AgentsFile
	VerbsFile
	DiscardsFile
	IssuesFile
)

func (k Kind) String() string {
	switch k {
	case ActorsFile:
		return "actors"
	case AgentsFile:
		return "agents"
	case VerbsFile:
		return "verbs"
	case DiscardsFile:
		return "discards"
	case IssuesFile:
		return "issues"
	}
	return "unknown"
}

// KindOf recognises a classic dictionary file by its name (case is
// ignored): *.actors.txt, *agents*.txt, *verbs*.txt or CAMEO*.txt,
// *discards*.txt and *issue*.txt.
func KindOf(filename string) (Kind, bool) {
	b := strings.ToLower(path.Base(filename))
	if !strings.HasSuffix(b, ".txt") {
		return 0, false
	}
	switch {
	case strings.HasSuffix(b, ".actors.txt"):
		return ActorsFile, true
	case strings.Contains(b, "agents"):
		return AgentsFile, true
	case strings.Contains(b, "verbs") || strings.HasPrefix(b, "cameo"):
		return VerbsFile, true
	case strings.Contains(b, "discards"):
		return DiscardsFile, true
	case strings.Contains(b, "issue"):
		return IssuesFile, true
	}
	return 0, false
}

// ConvertedName is the file name under which the annals text converted
// from a classic file is written: names that annals' ReadFS functions
// recognise (Phoenix.Countries.actors.txt → Phoenix.Countries.orgs.txt,
// CAMEO.2.0.txt → CAMEO.2.0.verbs.txt).
func ConvertedName(name string) string {
	k, _ := KindOf(name)
	dir, b := path.Split(name)
	stem := b
	if i := strings.LastIndexByte(stem, '.'); i >= 0 {
		stem = stem[:i]
	}
	low := strings.ToLower(stem)
	switch k {
	case ActorsFile:
		stem = stem[:len(stem)-len(".actors")]
		return dir + stem + ".orgs.txt"
	case AgentsFile:
		if strings.HasSuffix(low, ".agents") {
			return dir + b
		}
		return dir + stem + ".agents.txt"
	case VerbsFile:
		if strings.HasSuffix(low, ".verbs") {
			return dir + stem + ".txt"
		}
		return dir + stem + ".verbs.txt"
	}
	return name
}

// Error is a bad line of a classic file.
type Error = diag.Error

// ErrorList collects the errors of a load.
type ErrorList = diag.List

// Stats counts what the readers found and what they could not convert.
type Stats struct {
	Entries    int // actor entries converted
	Countries  int // ... of which country blocks
	People     int // ... person blocks (entries with dated codes)
	Orgs       int // ... org blocks
	Names      int // names and synonyms written
	DatedCodes int // dated codes written
	Agents     int // agent lines written
	AgentForms int // agent names (after substitution sets)
	VerbBlocks int // classic verb blocks
	Verbs      int // verbs (triggers) of those blocks
	Patterns   int // classic pattern lines read
	Emitted    int // annals pattern lines written (patterns plus bare verbs)
	PreVerb    int // ... of which patterns with words before the verb
	Paired     int // ... of which patterns with a paired reverse code [X:Y]
	Synsets    int // synonym sets
	// Lemmatised counts multi-word verbs listed inflected (+KILLED_BY)
	// whose trigger was reduced to its lemma; UnknownVerbs the verbs whose
	// lemma annals' tagger does not know as a verb (their patterns fire
	// only where the tagger tags the word as a verb).
	Lemmatised, UnknownVerbs int
	Discards                 int
	Issues                   int
	Errors                   int
	// Skipped counts classic constructs not converted, by reason.
	Skipped map[string]int
}

func (s *Stats) skip(reason string) {
	if s.Skipped == nil {
		s.Skipped = map[string]int{}
	}
	s.Skipped[reason]++
}

// Add adds the counts of o to s.
func (s *Stats) Add(o Stats) {
	s.Entries += o.Entries
	s.Countries += o.Countries
	s.People += o.People
	s.Orgs += o.Orgs
	s.Names += o.Names
	s.DatedCodes += o.DatedCodes
	s.Agents += o.Agents
	s.AgentForms += o.AgentForms
	s.VerbBlocks += o.VerbBlocks
	s.Verbs += o.Verbs
	s.Patterns += o.Patterns
	s.Emitted += o.Emitted
	s.PreVerb += o.PreVerb
	s.Paired += o.Paired
	s.Synsets += o.Synsets
	s.Lemmatised += o.Lemmatised
	s.UnknownVerbs += o.UnknownVerbs
	s.Discards += o.Discards
	s.Issues += o.Issues
	s.Errors += o.Errors
	for k, v := range o.Skipped {
		if s.Skipped == nil {
			s.Skipped = map[string]int{}
		}
		s.Skipped[k] += v
	}
}

// String lists the counts, one per line, skipped reasons sorted.
func (s Stats) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "entries %d (countries %d, people %d, orgs %d), names %d, dated codes %d\n",
		s.Entries, s.Countries, s.People, s.Orgs, s.Names, s.DatedCodes)
	fmt.Fprintf(&b, "agents %d (forms %d)\n", s.Agents, s.AgentForms)
	fmt.Fprintf(&b, "verb blocks %d, verbs %d, patterns %d, emitted %d, synsets %d\n",
		s.VerbBlocks, s.Verbs, s.Patterns, s.Emitted, s.Synsets)
	fmt.Fprintf(&b, "patterns with words before the verb %d, with paired codes %d\n", s.PreVerb, s.Paired)
	fmt.Fprintf(&b, "verbs lemmatised %d, verbs unknown to annals' tagger %d\n", s.Lemmatised, s.UnknownVerbs)
	fmt.Fprintf(&b, "discards %d, issues %d, errors %d\n", s.Discards, s.Issues, s.Errors)
	keys := make([]string, 0, len(s.Skipped))
	for k := range s.Skipped {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "skipped %s: %d\n", k, s.Skipped[k])
	}
	return b.String()
}

// reader walks the lines of one file and collects errors.
type reader struct {
	name string
	errs ErrorList
}

func (r *reader) bad(line int, format string, a ...any) {
	r.errs = append(r.errs, &Error{File: r.name, Line: line, Msg: fmt.Sprintf(format, a...)})
}

// lines splits text into lines without their line ends.
func lines(text string) []string {
	ls := strings.Split(text, "\n")
	for i, l := range ls {
		ls[i] = strings.TrimRight(l, "\r")
	}
	return ls
}

// stripComment removes a classic comment: everything from the first '#',
// and whole lines that start with "<!--" (PETRARCH-1's XML-style
// comments). Trailing white space is removed.
func stripComment(s string) string {
	if strings.HasPrefix(strings.TrimSpace(s), "<!--") {
		return ""
	}
	if i := strings.IndexByte(s, '#'); i >= 0 {
		s = s[:i]
	}
	return strings.TrimRight(s, " \t\r\v\f")
}

// words splits a classic phrase into words: underscores and white space
// separate words.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return r == '_' || r == ' ' || r == '\t' || r == '\v' || r == '\f' || r == '\r'
	})
}

// safeWord reports whether w can be written in annals' formats as a plain
// word: no comment, alternative or pattern metacharacters.
func safeWord(w string) bool {
	if w == "" || strings.HasPrefix(w, "#") || strings.Contains(w, "::") {
		return false
	}
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case '{', '}', '|', '+', '$', '*', '#', '/', '[', ']':
			return false
		}
		if w[i] < ' ' || w[i] == 0x7f {
			return false
		}
	}
	return true
}
