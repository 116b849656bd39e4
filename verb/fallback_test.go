package verb

import (
	"strings"
	"testing"
)

const fallbackDict = `code 173
  verb detain + {at|in}
  verb detain +
code 040
  verb meet with +
  verb meet
code 046
  verb negotiate with +
  verb negotiate
`

// TestAlternatives: the later patterns that fire at a trigger are kept,
// best first, for the coder to fall back on.
func TestAlternatives(t *testing.T) {
	ps, errs := Parse(Source{Name: "f.verbs.txt", Text: fallbackDict})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	d := Build(ps)
	cases := []struct {
		name, spec string
		actors     [][2]int
		want       string // first candidate; then its alternatives, "|"-joined
	}{
		{"a specific and a general pattern both fire",
			"Guards/NNS/guard detained/VBD/detain Zarin/NNP at/IN her/PRP$ flat/NN in/IN Tabriz/NNP ./.",
			[][2]int{{0, 1}, {2, 3}, {7, 8}}, "173 Guards>Zarin|173 Guards>Zarin"},
		{"only the general pattern fires",
			"Guards/NNS/guard detained/VBD/detain Zarin/NNP ./.",
			[][2]int{{0, 1}, {2, 3}}, "173 Guards>Zarin"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			toks, ms := sent(c.spec, c.actors...)
			res := d.Match(toks, ms)
			var got []string
			for _, cd := range res.Candidates {
				got = append(got, cd.Code+" "+names(ms, cd.Sources)+">"+names(ms, cd.Targets))
				for _, alt := range cd.Alternatives {
					got = append(got, alt[0].Code+" "+names(ms, alt[0].Sources)+">"+names(ms, alt[0].Targets))
				}
			}
			if g := strings.Join(got, "|"); g != c.want {
				t.Errorf("got %q, want %q", g, c.want)
			}
			fallbacks := 0
			for _, a := range res.Tried {
				if a.Alternate {
					fallbacks++
					if !strings.Contains(a.String(), "fallback") {
						t.Errorf("trace does not say %s is a fallback", a)
					}
				}
			}
			if fallbacks != strings.Count(c.want, "|") {
				t.Errorf("%d fallbacks in the trace, want %d", fallbacks, strings.Count(c.want, "|"))
			}
		})
	}
}

// TestReciprocalPlace: a compound that meets or negotiates "in" a place
// acts on itself; the place is not the target.
func TestReciprocalPlace(t *testing.T) {
	ps, errs := Parse(Source{Name: "f.verbs.txt", Text: fallbackDict})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	d := Build(ps)
	cases := []struct {
		name, spec string
		actors     [][2]int
		countries  []string
		want       string
	}{
		{"officials from two states met in a city",
			"Envoys/NNS/envoy from/IN Chile/NNP and/CC Peru/NNP met/VBD/meet in/IN Lima/NNP ./.",
			[][2]int{{0, 1}, {2, 3}, {4, 5}, {7, 8}}, []string{"CHL", "CHL", "PER", "PER"}, "040 Chile,Peru>"},
		{"ministers of two states negotiated at a city",
			"Ministers/NNS/minister of/IN Ghana/NNP ,/, Togo/NNP and/CC Benin/NNP negotiated/VBD/negotiate at/IN Accra/NNP ./.",
			[][2]int{{0, 1}, {2, 3}, {4, 5}, {6, 7}, {9, 10}}, []string{"GHA", "GHA", "TGO", "BEN", "GHA"}, "046 Ghana,Togo,Benin>"},
		{"a single state's envoys met in a city keep the place",
			"Envoys/NNS/envoy from/IN Chile/NNP met/VBD/meet in/IN Lima/NNP ./.",
			[][2]int{{0, 1}, {2, 3}, {5, 6}}, []string{"CHL", "CHL", "PER"}, "040 Envoys>Lima"},
		{"a target that is not after in or at stays",
			"Envoys/NNS/envoy from/IN Chile/NNP and/CC Peru/NNP met/VBD/meet Bolivia/NNP ./.",
			[][2]int{{0, 1}, {2, 3}, {4, 5}, {6, 7}}, []string{"CHL", "CHL", "PER", "BOL"}, "040 Envoys>Bolivia"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			toks, ms := sent(c.spec, c.actors...)
			for k := range ms {
				ms[k].Country = c.countries[k]
			}
			ms[0].Role = "GOV"
			res := d.Match(toks, ms)
			var got []string
			for _, cd := range res.Candidates {
				got = append(got, cd.Code+" "+names(ms, cd.Sources)+">"+names(ms, cd.Targets))
			}
			if g := strings.Join(got, "; "); g != c.want {
				for _, a := range res.Tried {
					t.Log(a)
				}
				t.Errorf("got %q, want %q", g, c.want)
			}
		})
	}
}
