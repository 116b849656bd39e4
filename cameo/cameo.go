package cameo

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
)

//go:embed codes.txt
var codesTxt string

// Code is one CAMEO event code.
type Code struct {
	Code      string
	Name      string
	Goldstein float64
	QuadClass int
	Plover    string // PLOVER event type; "" where PLOVER has none
	Mode      string // PLOVER mode implied by the code, if any
}

// Root is the two-digit root of the code.
func (c Code) Root() string {
	if len(c.Code) < 2 {
		return c.Code
	}
	return c.Code[:2]
}

// Table maps code strings to codes.
type Table struct {
	codes map[string]Code
	order []string
}

// Load parses the embedded table.
func Load() (*Table, error) { return Parse("codes.txt", codesTxt) }

// MustLoad is Load for the embedded table, which tests keep valid.
func MustLoad() *Table {
	t, err := Load()
	if err != nil {
		panic(err)
	}
	return t
}

// Parse reads a table in the codes.txt format; errors name file:line.
func Parse(name, src string) (*Table, error) {
	t := &Table{codes: map[string]Code{}}
	for i, line := range strings.Split(src, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 6 {
			return nil, fmt.Errorf("%s:%d: want 6 tab-separated columns, got %d", name, i+1, len(f))
		}
		g, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: bad goldstein %q", name, i+1, f[1])
		}
		q, err := strconv.Atoi(f[2])
		if err != nil || q < 1 || q > 4 {
			return nil, fmt.Errorf("%s:%d: bad quad class %q", name, i+1, f[2])
		}
		if !IsCode(f[0]) {
			return nil, fmt.Errorf("%s:%d: bad code %q", name, i+1, f[0])
		}
		t.codes[f[0]] = Code{Code: f[0], Goldstein: g, QuadClass: q, Plover: f[3], Mode: f[4], Name: f[5]}
		t.order = append(t.order, f[0])
	}
	return t, nil
}

// IsCode reports whether s has the shape of a CAMEO event code (2 to 4 digits).
func IsCode(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// Get returns the code, or false when the table does not know it.
func (t *Table) Get(code string) (Code, bool) {
	c, ok := t.codes[code]
	return c, ok
}

// Lookup returns the code; a code the table does not know passes through
// named "unknown", with the root's values where the root is known.
func (t *Table) Lookup(code string) Code {
	if c, ok := t.codes[code]; ok {
		return c
	}
	c := Code{Code: code, Name: "unknown"}
	if len(code) >= 2 {
		if r, ok := t.codes[code[:2]]; ok {
			c.Goldstein, c.QuadClass, c.Plover = r.Goldstein, r.QuadClass, r.Plover
		}
	}
	return c
}

// Codes lists every code in table order.
func (t *Table) Codes() []Code {
	out := make([]Code, len(t.order))
	for i, k := range t.order {
		out[i] = t.codes[k]
	}
	return out
}

// Len is the number of codes.
func (t *Table) Len() int { return len(t.order) }
