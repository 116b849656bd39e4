package timex

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
)

// fixtureCase is one line of testdata/expressions.txt.
type fixtureCase struct {
	line   int
	anchor Date
	text   string
	want   []fixtureWant
}

type fixtureWant struct {
	start, end int
	typ        Type
	value      string
	vague      bool
}

func readFixture(path string) ([]fixtureCase, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var cases []fixtureCase
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		parts := strings.Split(line, " | ")
		if len(parts) != 3 {
			return nil, fmt.Errorf("line %d: want ANCHOR | TEXT | EXPECT", n)
		}
		anchor, err := ParseDay(strings.TrimSpace(parts[0]))
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		c := fixtureCase{line: n, anchor: anchor}
		var b strings.Builder
		var spans [][2]int
		for i := 0; i < len(parts[1]); i++ {
			switch ch := parts[1][i]; ch {
			case '[':
				spans = append(spans, [2]int{b.Len(), -1})
			case ']':
				if len(spans) == 0 || spans[len(spans)-1][1] >= 0 {
					return nil, fmt.Errorf("line %d: unbalanced ]", n)
				}
				spans[len(spans)-1][1] = b.Len()
			default:
				b.WriteByte(ch)
			}
		}
		c.text = b.String()
		exp := strings.TrimSpace(parts[2])
		if exp == "none" {
			if len(spans) > 0 {
				return nil, fmt.Errorf("line %d: none with brackets", n)
			}
			cases = append(cases, c)
			continue
		}
		ws := strings.Split(exp, ";")
		if len(ws) != len(spans) {
			return nil, fmt.Errorf("line %d: %d brackets but %d expectations", n, len(spans), len(ws))
		}
		for k, w := range ws {
			fs := strings.Fields(w)
			if len(fs) < 2 || spans[k][1] < 0 {
				return nil, fmt.Errorf("line %d: bad expectation %q", n, w)
			}
			v := fs[1]
			if v == "-" {
				v = ""
			}
			c.want = append(c.want, fixtureWant{start: spans[k][0], end: spans[k][1], typ: Type(fs[0]),
				value: v, vague: len(fs) > 2 && fs[2] == "vague"})
		}
		cases = append(cases, c)
	}
	return cases, sc.Err()
}

// TestExpressions runs the annotated fixture and requires 95% accuracy:
// an expected expression counts when an expression with exactly its span,
// type, value and vagueness is found; a case expecting none counts when
// nothing is found; every spurious expression counts as an error.
func TestExpressions(t *testing.T) {
	cases, err := readFixture("testdata/expressions.txt")
	if err != nil {
		t.Fatal(err)
	}
	tg := New()
	total, correct, spurious, exprs := 0, 0, 0, 0
	for _, c := range cases {
		got := tg.Tag(c.text, c.anchor)
		if len(c.want) == 0 {
			total++
			if len(got) == 0 {
				correct++
			} else {
				spurious += len(got)
				for _, g := range got {
					t.Logf("line %d: spurious %s", c.line, g)
				}
			}
			continue
		}
		used := make([]bool, len(got))
		for _, w := range c.want {
			total++
			exprs++
			found := false
			for k, g := range got {
				if g.Start == w.start && g.End == w.end {
					used[k] = true
					if g.Type == w.typ && g.Value == w.value && g.Vague == w.vague {
						found = true
					} else {
						t.Logf("line %d: %q want %s %q vague=%v, got %s", c.line, c.text[w.start:w.end], w.typ, w.value, w.vague, g)
					}
				}
			}
			if found {
				correct++
			} else if !hasSpan(got, w.start, w.end) {
				t.Logf("line %d: missed %q (want %s %q) in %q; got %v", c.line, c.text[w.start:w.end], w.typ, w.value, c.text, got)
			}
		}
		for k, g := range got {
			if !used[k] {
				spurious++
				t.Logf("line %d: spurious %s", c.line, g)
			}
		}
	}
	acc := float64(correct) / float64(total+spurious)
	t.Logf("fixture: %d cases, %d expected expressions, %d items, %d correct, %d spurious: accuracy %.1f%%",
		len(cases), exprs, total, correct, spurious, 100*acc)
	fmt.Printf("timex fixture accuracy: %.1f%% (%d/%d items, %d spurious)\n", 100*acc, correct, total, spurious)
	if exprs < 300 {
		t.Errorf("fixture has %d expected expressions, want at least 300", exprs)
	}
	if acc < 0.95 {
		t.Errorf("accuracy %.1f%% below 95%%", 100*acc)
	}
}

func hasSpan(got []Expr, s, e int) bool {
	for _, g := range got {
		if g.Start == s && g.End == e {
			return true
		}
	}
	return false
}
