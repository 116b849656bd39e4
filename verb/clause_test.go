package verb

import (
	"strings"
	"testing"

	"annals/actor"
	"annals/text"
)

// clauseDict holds the patterns the clause-analysis cases use.
const clauseDict = `code 195
  verb fire * {missiles|rockets} {at|on} +
  verb fire * {missiles|rockets} {at|on} + from +
code 072
  verb arm +
code 0841
  verb release +
code 141
  verb march to +
code 045
  verb broker * {truce|deal} between +
code 111
  verb condemn +
code 190
  noun attack on +
  verb kill +
code 195
  verb hit +
code 016
  verb dismiss * {accusations|allegations}
code 073
  verb send * aid
code 190
  verb retaliate
`

// tagged builds a sentence as sent does; a mention range with a third
// element 1 is a country adjective that modifies a noun (Via "adj"), with
// 2 a possessive.
func tagged(spec string, actors ...[3]int) ([]text.Token, []actor.Mention) {
	var rs [][2]int
	for _, a := range actors {
		rs = append(rs, [2]int{a[0], a[1]})
	}
	toks, ms := sent(spec, rs...)
	for k, a := range actors {
		switch a[2] {
		case 1:
			ms[k].Via = "adj"
		case 2:
			ms[k].Possessive = true
		}
	}
	return toks, ms
}

func TestClauseAnalysis(t *testing.T) {
	ps, errs := Parse(Source{Name: "c.verbs.txt", Text: clauseDict})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	d := Build(ps)
	cases := []struct {
		name   string
		spec   string
		actors [][3]int
		want   string // "code src>tgt" per asserted event, src and tgt the mention texts
	}{
		{"quantity and adjective before the target",
			"Syria/NNP fired/VBD/fire more/JJR than/IN a/DT dozen/CD rockets/NNS/rocket at/IN two/CD Turkish/NNP outposts/NNS/outpost ./.",
			[][3]int{{0, 1, 0}, {9, 10, 1}}, "195 Syria>Turkish"},
		{"adjective target before another slot",
			"Iran/NNP fired/VBD/fire missiles/NNS/missile at/IN Iraqi/NNP bases/NNS/base from/IN Syria/NNP ./.",
			[][3]int{{0, 1, 0}, {4, 5, 1}, {7, 8, 0}}, "195 Iran>Iraqi,Syria"},
		{"seeming does not hedge an adverbial clause",
			"The/DT truce/NN appeared/VBD/appear to/TO hold/VB hours/NNS/hour after/IN Iran/NNP fired/VBD/fire missiles/NNS/missile at/IN Israel/NNP ./.",
			[][3]int{{7, 8, 0}, {11, 12, 0}}, "195 Iran>Israel"},
		{"seeming hedges its complement",
			"Analysts/NNS/analyst suggest/VBP that/IN Iran/NNP fired/VBD/fire missiles/NNS/missile at/IN Israel/NNP ./.",
			[][3]int{{3, 4, 0}, {8, 9, 0}}, ""},
		{"coordinated verbs share the object",
			"Tehran/NNP has/VBZ/have armed/JJ and/CC funded/VBD/fund Hezbollah/NNP for/IN decades/NNS/decade ./.",
			[][3]int{{0, 1, 0}, {5, 6, 0}}, "072 Tehran>Hezbollah"},
		{"a coordinated clause has its own subject",
			"Hamas/NNP freed/VBD/free hostages/NNS/hostage and/CC Israel/NNP released/VBD/release Palestinians/NNPS ./.",
			[][3]int{{0, 1, 0}, {4, 5, 0}, {6, 7, 0}}, "0841 Israel>Palestinians"},
		{"the actor of a partitive is the subject",
			"Thousands/CD of/IN Georgians/NNPS marched/VBD/march to/TO Parliament/NNP ./.",
			[][3]int{{2, 3, 0}, {5, 6, 0}}, "141 Georgians>Parliament"},
		{"reduced relative passive with its parties",
			"A/DT truce/NN brokered/VBN/broker by/IN Egypt/NNP between/IN Israel/NNP and/CC Hamas/NNP held/VBD/hold ./.",
			[][3]int{{4, 5, 0}, {6, 7, 0}, {8, 9, 0}}, "045 Egypt>Israel,Hamas"},
		{"reduced relative passive naming no parties",
			"The/DT deal/NN ,/, brokered/VBN/broker by/IN Qatar/NNP ,/, collapsed/VBD/collapse ./.",
			[][3]int{{5, 6, 0}}, ""},
		{"a relative clause between commas is no subject",
			"Turkey/NNP ,/, which/WDT has/VBZ/have troops/NNS/troop there/RB ,/, said/VBD/say it/PRP condemned/VBD/condemn Syria/NNP ./.",
			[][3]int{{0, 1, 0}, {4, 5, 0}, {10, 11, 0}}, "111 Turkey>Syria"},
		{"time phrase between subject and verb",
			"Ankara/NNP on/IN Monday/NNP condemned/VBD/condemn Damascus/NNP ./.",
			[][3]int{{0, 1, 0}, {4, 5, 0}}, "111 Ankara>Damascus"},
		{"organisation before a noun trigger",
			"An/DT al-Shabaab/NN car/NN bomb/NN attack/NN on/IN Mogadishu/NNP killed/VBD/kill nobody/NN ./.",
			[][3]int{{1, 2, 0}, {6, 7, 0}}, "190 al-Shabaab>Mogadishu"},
		{"a relative clause on a non-actor noun",
			"Aid/NN reached/VBD/reach Pakistan/NNP after/IN floods/NNS/flood that/WDT killed/VBD/kill villagers/NNS/villager ./.",
			[][3]int{{2, 3, 0}, {7, 8, 0}}, ""},
		{"a common noun before the name it describes",
			"The/DT army/NN condemned/VBD/condemn the/DT opposition/NN Unity/NNP Party/NNP ./.",
			[][3]int{{1, 2, 0}, {4, 5, 0}, {5, 7, 0}}, "111 army>Unity"},
		{"the owner of the object a gap skipped",
			"Beijing/NNP dismissed/VBD/dismiss London/NNP 's/POS allegations/NNS/allegation ./.",
			[][3]int{{0, 1, 0}, {2, 3, 2}}, "016 Beijing>London"},
		{"a plural mistagged as a verb does not end the object",
			"Egypt/NNP sent/VBD/send aid/NN convoys/VBZ/convoy to/TO Gaza/NNP ./.",
			[][3]int{{0, 1, 0}, {5, 6, 0}}, "073 Egypt>Gaza"},
		{"a hyphenated adjective tagged as a noun before the target",
			"Egypt/NNP condemned/VBD/condemn war-torn/NN Sudan/NNP ./.",
			[][3]int{{0, 1, 0}, {3, 4, 0}}, "111 Egypt>Sudan"},
		{"a compound with a collective noun before its second member",
			"The/DT army/NN and/CC an/DT alliance/NN of/IN three/CD rebel/NN groups/NNS/group condemned/VBD/condemn Kenya/NNP ./.",
			[][3]int{{1, 2, 0}, {7, 9, 0}, {10, 11, 0}}, "111 army,rebel>Kenya"},
		{"a participle before the target",
			"Egypt/NNP condemned/VBD/condemn neighbouring/VBG Sudan/NNP ./.",
			[][3]int{{0, 1, 0}, {3, 4, 0}}, "111 Egypt>Sudan"},
		{"a unit of an actor is the subject",
			"A/DT first/JJ batch/NN of/IN Rwandan/JJ troops/NNS/troop condemned/VBD/condemn Goma/NNP ./.",
			[][3]int{{4, 6, 0}, {7, 8, 0}}, "111 Rwandan>Goma"},
		{"passive with the nation of the weapons as agent",
			"Kyiv/NNP was/VBD/be hit/VBN by/IN Russian/NNP missiles/NNS/missile ./.",
			[][3]int{{0, 1, 0}, {4, 5, 1}}, "195 Russian>Kyiv"},
		{"an actor noun that modifies another noun",
			"Shells/NNS/shell hit/VBD the/DT regional/JJ administration/NN building/NN ./.",
			[][3]int{{4, 5, 0}}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			toks, ms := tagged(c.spec, c.actors...)
			res := d.Match(toks, ms)
			var got []string
			for _, cd := range res.Candidates {
				if cd.Negated || cd.Hedged {
					continue
				}
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

func names(ms []actor.Mention, ids []int) string {
	var out []string
	for _, k := range ids {
		out = append(out, ms[k].Text)
	}
	return strings.Join(out, ",")
}
