package verb

import (
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	ps, errs := Parse(Source{Name: "t.verbs.txt", Text: `# test
code 041
  verb {phone|telephone} +           :: Macron phoned Putin.
  noun call with +
  verb speak by {phone|telephone} with +
code 19x
  verb attack +
code 190
  say +
  verb attack {unbalanced +
  verb * +
`})
	var got []string
	for _, e := range errs {
		got = append(got, e.Error())
	}
	want := []string{
		"t.verbs.txt:6: want: code NNN",
		"t.verbs.txt:7: pattern outside a code block",
		`t.verbs.txt:9: pattern must start with verb or noun, got "say"`,
		"t.verbs.txt:10: unbalanced {",
		"t.verbs.txt:11: a pattern starts with its trigger word",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(ps) != 5 {
		t.Fatalf("got %d patterns, want 5 (4 and the mutual variant of the last)", len(ps))
	}
	if v := ps[4]; !v.Mutual || v.hasTgt || v.lits != 2 || v.Pos != ps[3].Pos || len(v.elems) != 2 {
		t.Errorf("mutual variant: %+v", v)
	}
	if ps[0].Trigger != "phone" || ps[1].Trigger != "telephone" || ps[0].Example != "Macron phoned Putin." || ps[0].Pos != "t.verbs.txt:3" {
		t.Errorf("trigger expansion: %+v %+v", ps[0], ps[1])
	}
	if !ps[2].Noun || ps[3].lits != 3 || !ps[3].hasTgt {
		t.Errorf("pattern fields: %+v", ps[3])
	}
	d := Build(ps)
	if len(d.byVerb["speak"]) != 2 || len(d.byNoun["call"]) != 1 {
		t.Errorf("index: %v %v", d.byVerb, d.byNoun)
	}
}

func FuzzParse(f *testing.F) {
	f.Add("code 041\n  verb call + :: x\n")
	f.Add("code 0231\n  verb {ask|appeal} * for {aid|financial aid} + \n  noun talks {with|between} + $ *\n")
	f.Fuzz(func(t *testing.T, in string) {
		ps, errs := Parse(Source{Name: "f", Text: in})
		for _, e := range errs {
			if e.Line < 1 {
				t.Fatalf("bad line in %v", e)
			}
		}
		for _, p := range ps {
			if p.Trigger == "" || !isEventCode(p.Code) {
				t.Fatalf("bad pattern %+v", p)
			}
		}
		Build(ps)
	})
}

// TestHostPaired: whom a country hosted visited it (043 pairs with 042),
// unless the file says otherwise or keeps the classic semantics.
func TestHostPaired(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"code 043\n  verb host +\n", "042"},
		{"code 043:040\n  verb host +\n", "040"},
		{"option classic\ncode 043\n  verb host +\n", ""},
	} {
		ps, errs := Parse(Source{Name: "h.verbs.txt", Text: c.text})
		if len(errs) > 0 || len(ps) != 1 {
			t.Fatalf("%q: %v %d", c.text, errs, len(ps))
		}
		if ps[0].Reverse != c.want {
			t.Errorf("%q: reverse %q, want %q", c.text, ps[0].Reverse, c.want)
		}
	}
}
