package actor

import (
	"annals/diag"

	"io/fs"
	"path"
	"sort"
	"strings"

	"annals/timex"
)

// Kind is the kind of a dictionary entry.
type Kind uint8

const (
	Country Kind = iota + 1
	Person
	Org
	Agent
)

func (k Kind) String() string {
	return [...]string{"", "country", "person", "org", "agent"}[k]
}

// Range is an inclusive date range; a zero end is open.
type Range struct{ From, To timex.Date }

// Covers reports whether d lies in the range (at d's precision).
func (r Range) Covers(d timex.Date) bool {
	if d.IsZero() {
		return r.To.IsZero()
	}
	if !r.From.IsZero() && d.Compare(r.From) < 0 {
		return false
	}
	if !r.To.IsZero() && d.Compare(r.To) > 0 {
		return false
	}
	return true
}

// Coding is a code an entry carries over a date range. For an office, Place
// and Office are set and Code is Place+role.
type Coding struct {
	Code   string
	Place  string
	Office string
	Range
}

// Entry is one dictionary entry.
type Entry struct {
	Kind    Kind
	Name    string
	Code    string   // undated code (country code, org code, agent role)
	Codes   []Coding // dated codes and offices, in file order
	Gender  byte     // 'm', 'f' or 0
	Leader  string   // countries: office that leads the executive
	Country string   // places: the country code
	Pos     string   // file:line of the entry
	names   []nameForm
}

type nameForm struct {
	text string
	how  string // name, also, adj, people, capital, seat, place, surname, agent, not, generic
}

// Dict is a compiled set of actor dictionaries. It is immutable after
// compilation and safe for concurrent use.
type Dict struct {
	Entries  []*Entry
	byCode   map[string]*Entry       // country code -> country entry
	offices  map[string][]officeSpan // PLACE+"/"+office -> holders
	byOffice map[string][]officeSpan // office -> holders in every place
	index    map[string][]phrase     // first token -> phrases, longest first
	surname  map[string][]*Entry     // surname token -> people
	titles   map[string]string       // title phrase -> office
	agentIx  map[string]agentPhrase  // agent phrase -> role
	generic  map[string][]*Entry     // generic agent word -> orgs it stands for in their country
	given    map[string]byte         // first name -> gender of the people bearing it ('?' when both)
}

type officeSpan struct {
	who *Entry
	Range
}

// Error is a problem in a dictionary file: "file:line: message".
type Error = diag.Error

// ErrorList collects the errors of a load.
type ErrorList = diag.List

// Source is one dictionary file.
type Source struct {
	Name string // file name used in positions
	Text string
}

// ReadFS reads every *.txt file under dir of fsys whose name says it is an
// actor dictionary (.countries, .people, .orgs, .agents), in name order.
func ReadFS(fsys fs.FS, dir string) ([]Source, error) {
	var out []Source
	err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !IsActorFile(p) {
			return nil
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		out = append(out, Source{Name: p, Text: string(b)})
		return nil
	})
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, err
}

// IsActorFile reports whether a file name is one of annals' actor dictionary kinds.
func IsActorFile(name string) bool {
	b := path.Base(name)
	for _, k := range []string{".countries.txt", ".people.txt", ".orgs.txt", ".agents.txt"} {
		if strings.HasSuffix(b, k) {
			return true
		}
	}
	return false
}

// NameForm is one way an entry is written, and what kind of name it is
// (name, also, adj, people, capital, seat, place, agent).
type NameForm struct{ Text, How string }

// Names lists the entry's name forms in dictionary order.
func (e *Entry) Names() []NameForm {
	out := make([]NameForm, len(e.names))
	for i, n := range e.names {
		out[i] = NameForm{n.text, n.how}
	}
	return out
}
