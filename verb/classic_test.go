package verb

import (
	"reflect"
	"strings"
	"testing"

	"annals/actor"
	"annals/text"
)

// sent builds a tagged sentence from "word/TAG/lemma" items (lemma
// optional) and actor mentions over the token ranges given.
func sent(spec string, actors ...[2]int) ([]text.Token, []actor.Mention) {
	var toks []text.Token
	for _, f := range strings.Fields(spec) {
		p := strings.Split(f, "/")
		t := text.Token{Text: p[0], Norm: strings.ToLower(p[0]), Kind: text.Word, Tag: p[1]}
		t.Lemma = t.Norm
		if len(p) > 2 {
			t.Lemma = p[2]
		}
		toks = append(toks, t)
	}
	var ms []actor.Mention
	for _, a := range actors {
		ms = append(ms, actor.Mention{Tok: a, Via: "name", Text: toks[a[0]].Text})
	}
	return toks, ms
}

func TestParseClassicSyntax(t *testing.T) {
	ps, errs := Parse(Source{Name: "c.verbs.txt", Text: `option classic
code 032:033
  verb leave
code 174K
  verb will * not > {wire tap|tap} +
code 030
  verb % > agree
code 1x
  verb a
code 040
  verb > a
  verb a > b > c
  verb a > {b|c
`})
	var got []string
	for _, e := range errs {
		got = append(got, e.Error())
	}
	want := []string{
		"c.verbs.txt:8: want: code NNN",
		"c.verbs.txt:9: pattern outside a code block",
		"c.verbs.txt:11: nothing before >",
		"c.verbs.txt:12: more than one >",
		"c.verbs.txt:13: unbalanced {",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("errors:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(ps) != 4 {
		t.Fatalf("got %d patterns, want 4", len(ps))
	}
	if p := ps[0]; p.Code != "032" || p.Reverse != "033" || !p.Classic {
		t.Errorf("paired code: %+v", p)
	}
	if p := ps[1]; p.Code != "174K" || p.Trigger != "wire" || len(p.pre) != 3 || ps[2].Trigger != "tap" {
		t.Errorf("pre-trigger expansion: %+v / %+v", p, ps[2])
	}
	if p := ps[3]; !p.preSrc || !p.hasComp || p.hasTgt {
		t.Errorf("compound source: %+v", p)
	}
	// without the option, patterns keep annals' semantics; the option
	// applies to the whole file wherever it stands
	ps, _ = Parse(Source{Name: "a.verbs.txt", Text: "code 040\n  verb meet +\n"},
		Source{Name: "b.verbs.txt", Text: "code 040\n  verb meet +\noption classic\n"})
	if len(ps) != 2 || ps[0].Classic || !ps[1].Classic {
		t.Errorf("option classic: %+v", ps)
	}
}

func TestClassicMatch(t *testing.T) {
	d, err := Compile(Source{Name: "c.verbs.txt", Text: `option classic
code 012
  verb leave
code 032:033
  verb left
code 081
  verb {did n't|will not} * > clash
code 904
  verb {did n't|will not} * > clash * over * efforts
code 030
  verb % > agree
code 041
  verb welcome
code 111
  verb wire > tap
`})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, spec string
		actors     [][2]int
		want       []string // code source>target by mention index
	}{
		{"surface form replaces the lemma", "Arnor/NNP left/VBD/leave for/IN Gondor/NNP", [][2]int{{0, 1}, {3, 4}},
			[]string{"032 0>1", "033 1>0"}},
		{"words before the verb, open", "Bree/NNP will/MD not/RB ever/RB clash/NN over/IN the/DT efforts/NNS/effort of/IN Eriador/NNP",
			[][2]int{{0, 1}, {9, 10}}, []string{"904 0>1"}},
		{"no hedging in classic patterns", "Bree/NNP did/VBD/do n't/RB/not clash/VB with/IN Eriador/NNP",
			[][2]int{{0, 1}, {5, 6}}, []string{"081 0>1"}},
		{"compound source acts on itself", "The/DT Philippines/NNP and/CC the/DT European/NNP Union/NNP agree/VBP that/IN",
			[][2]int{{1, 2}, {4, 6}}, []string{"030 0>1", "030 1>0"}},
		{"target inside the object", "Fornost/NNP and/CC the/DT evil/JJ Gondor/NNP welcomed/VBD/welcome ties/NNS with/IN Osgiliath/NNP",
			[][2]int{{0, 1}, {4, 5}, {8, 9}}, []string{"041 0>2", "041 1>2"}},
		{"target stops at a comma", "Arnor/NNP welcomed/VBD/welcome the/DT move/NN ,/, a/DT Bree/NNP official/NN said/VBD/say",
			[][2]int{{0, 1}, {6, 7}}, nil},
		{"multi-word verb tagged as nouns", "Gondor/NNP wire/NN tapped/NN/tapped links/NNS into/IN Mordor/NNP",
			[][2]int{{0, 1}, {5, 6}}, nil},
		{"multi-word verb", "Gondor/NNP wire/NN tap/VB links/NNS into/IN Mordor/NNP",
			[][2]int{{0, 1}, {5, 6}}, []string{"111 0>1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks, ms := sent(tt.spec, tt.actors...)
			res := d.Match(toks, ms)
			var got []string
			for _, c := range res.Candidates {
				if c.Negated || c.Hedged {
					continue
				}
				for _, s := range c.Sources {
					if len(c.Targets) == 0 {
						for _, o := range c.Sources {
							if o != s {
								got = append(got, c.Code+" "+itoa(s)+">"+itoa(o))
							}
						}
					}
					for _, o := range c.Targets {
						got = append(got, c.Code+" "+itoa(s)+">"+itoa(o))
					}
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				var why []string
				for _, a := range res.Tried {
					why = append(why, a.String())
				}
				t.Errorf("got %v, want %v\n%s", got, tt.want, strings.Join(why, "\n"))
			}
		})
	}
}

func itoa(i int) string { return string(rune('0' + i)) }
