package verb

import (
	"strconv"
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

// TestConditionTarget: a warned-of act with no object is aimed at the
// subject of its condition; without a warning the condition is no target.
func TestConditionTarget(t *testing.T) {
	ps, errs := Parse(Source{Name: "c.verbs.txt", Text: clauseDict})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	d := Build(ps)
	for _, c := range []struct{ spec, want string }{
		{"Tehran/NNP warned/VBD/warn that/IN Iran/NNP would/MD retaliate/VB if/IN Israel/NNP struck/VBD/strike ./.", "190 Iran>Israel hedged by would"},
		{"Analysts/NNS/analyst said/VBD/say Iran/NNP would/MD retaliate/VB if/IN Israel/NNP struck/VBD/strike ./.", ""},
	} {
		toks, ms := tagged(c.spec, [3]int{0, 1, 0}, [3]int{3, 4, 0}, [3]int{7, 8, 0})
		if !strings.HasPrefix(c.spec, "Tehran") {
			toks, ms = tagged(c.spec, [3]int{2, 3, 0}, [3]int{6, 7, 0})
		}
		var got []string
		for _, cd := range d.Match(toks, ms).Candidates {
			got = append(got, cd.Code+" "+names(ms, cd.Sources)+">"+names(ms, cd.Targets)+" "+cd.Why)
		}
		if g := strings.Join(got, "; "); g != c.want {
			t.Errorf("%s: got %q, want %q", c.spec, g, c.want)
		}
	}
}

// TestBrokerParticipants: a mediator or host named by "by" with no
// "between" brought together the sentence's actors of other countries.
func TestBrokerParticipants(t *testing.T) {
	ps, errs := Parse(Source{Name: "c.verbs.txt", Text: clauseDict})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	d := Build(ps)
	for _, c := range []struct {
		spec    string
		actors  [][3]int
		country []string
		want    string
	}{
		{"Iran/NNP freed/VBD/free Americans/NNPS under/IN a/DT deal/NN brokered/VBN/broker by/IN Qatar/NNP ./.",
			[][3]int{{0, 1, 0}, {2, 3, 0}, {8, 9, 0}}, []string{"IRN", "USA", "QAT"}, "045 Qatar>Iran,Americans"},
		{"Doha/NNP welcomed/VBD/welcome a/DT deal/NN brokered/VBN/broker by/IN Qatar/NNP ./.",
			[][3]int{{0, 1, 0}, {6, 7, 0}}, []string{"QAT", "QAT"}, ""},
	} {
		toks, ms := tagged(c.spec, c.actors...)
		for k := range ms {
			ms[k].Country = c.country[k]
		}
		var got []string
		for _, cd := range d.Match(toks, ms).Candidates {
			got = append(got, cd.Code+" "+names(ms, cd.Sources)+">"+names(ms, cd.Targets))
		}
		if g := strings.Join(got, "; "); g != c.want {
			t.Errorf("%s: got %q, want %q", c.spec, g, c.want)
		}
	}
}

// TestAdjunctMeeting: a meeting noun in an adjunct of a clause with a
// compound subject ("signed a deal at a summit") is the subject meeting.
func TestAdjunctMeeting(t *testing.T) {
	ps, errs := Parse(Source{Name: "c.verbs.txt", Text: "code 040\n  noun {talks|summit}\ncode 057\n  verb sign * deal\n"})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	d := Build(ps)
	for _, c := range []struct {
		spec   string
		actors [][3]int
		want   string
	}{
		{"Chile/NNP and/CC Peru/NNP signed/VBD/sign a/DT deal/NN at/IN a/DT summit/NN ./.",
			[][3]int{{0, 1, 0}, {2, 3, 0}}, "057 Chile,Peru>; 040 Chile,Peru>"},
		{"Chile/NNP signed/VBD/sign a/DT deal/NN at/IN a/DT summit/NN ./.",
			[][3]int{{0, 1, 0}}, ""},
	} {
		toks, ms := tagged(c.spec, c.actors...)
		var got []string
		for _, cd := range d.Match(toks, ms).Candidates {
			got = append(got, cd.Code+" "+names(ms, cd.Sources)+">"+names(ms, cd.Targets))
		}
		if g := strings.Join(got, "; "); g != c.want {
			t.Errorf("%s: got %q, want %q", c.spec, g, c.want)
		}
	}
}

// TestNegatedInside: a negation the pattern's own gap skipped negates.
func TestNegatedInside(t *testing.T) {
	ps, errs := Parse(Source{Name: "c.verbs.txt", Text: "code 040\n  verb have * talks with +\n"})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	d := Build(ps)
	for _, c := range []struct{ spec, want string }{
		{"Oman/NNP had/VBD/have not/RB held/VBN/hold talks/NNS/talk with/IN Iran/NNP ./.", "040 true"},
		{"Oman/NNP had/VBD/have long/RB held/VBN/hold talks/NNS/talk with/IN Iran/NNP ./.", "040 false"},
	} {
		toks, ms := tagged(c.spec, [3]int{0, 1, 0}, [3]int{6, 7, 0})
		var got []string
		for _, cd := range d.Match(toks, ms).Candidates {
			got = append(got, cd.Code+" "+strconv.FormatBool(cd.Negated))
		}
		if g := strings.Join(got, "; "); g != c.want {
			t.Errorf("%s: got %q, want %q", c.spec, g, c.want)
		}
	}
}

// TestRelativeObject: "a charge that Paris denied" is about the charge,
// whose author the coder finds in the article.
func TestRelativeObject(t *testing.T) {
	ps, errs := Parse(Source{Name: "c.verbs.txt", Text: "code 016\n  verb deny\n"})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	d := Build(ps)
	for _, c := range []struct{ spec, want string }{
		{"Niger/NNP accused/VBD/accuse France/NNP ,/, a/DT charge/NN that/IN Paris/NNP denied/VBD/deny ./.", "016 Paris charge"},
		{"Niger/NNP accused/VBD/accuse France/NNP ,/, a/DT charge/NN Paris/NNP denied/VBD/deny ./.", "016 Paris charge"},
		// no action noun: a bare denial answers an accusation all the same
		{"Niger/NNP accused/VBD/accuse France/NNP ,/, a/DT day/NN that/IN Paris/NNP denied/VBD/deny ./.", "016 Paris accusation"},
	} {
		paris := 7
		if !strings.Contains(c.spec, "that/IN") {
			paris = 6
		}
		toks, ms := tagged(c.spec, [3]int{0, 1, 0}, [3]int{2, 3, 0}, [3]int{paris, paris + 1, 0})
		var got []string
		for _, cd := range d.Match(toks, ms).Candidates {
			got = append(got, cd.Code+" "+names(ms, cd.Sources)+" "+cd.Discourse)
		}
		if g := strings.Join(got, "; "); g != c.want {
			t.Errorf("%s: got %q, want %q", c.spec, g, c.want)
		}
	}
}

// TestCausativeAndAccusation: "prompting X to ease" is X's act, which
// happened; "accused X of easing" only alleges it.
func TestCausativeAndAccusation(t *testing.T) {
	ps, errs := Parse(Source{Name: "c.verbs.txt", Text: "code 085\n  verb ease * sanctions on +\n"})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	d := Build(ps)
	for _, c := range []struct {
		spec   string
		actors [][3]int
		want   string
	}{
		{"Caracas/NNP freed/VBD/free prisoners/NNS ,/, prompting/VBG/prompt Washington/NNP to/TO ease/VB sanctions/NNS/sanction on/IN Venezuela/NNP ./.",
			[][3]int{{0, 1, 0}, {5, 6, 0}, {10, 11, 0}}, "085 Washington>Venezuela "},
		{"Caracas/NNP accused/VBD/accuse Washington/NNP of/IN easing/VBG/ease sanctions/NNS/sanction on/IN Cuba/NNP ./.",
			[][3]int{{0, 1, 0}, {2, 3, 0}, {7, 8, 0}}, "085 Caracas>Cuba what an accusation alleges"},
	} {
		toks, ms := tagged(c.spec, c.actors...)
		var got []string
		for _, cd := range d.Match(toks, ms).Candidates {
			got = append(got, cd.Code+" "+names(ms, cd.Sources)+">"+names(ms, cd.Targets)+" "+cd.Why)
		}
		if g := strings.Join(got, "; "); g != c.want {
			t.Errorf("%s: got %q, want %q", c.spec, g, c.want)
		}
	}
}

// TestLetComplement: what someone lets or makes another do is not
// reported as done, however the tagger reads the verb.
func TestLetComplement(t *testing.T) {
	ps, errs := Parse(Source{Name: "c.verbs.txt", Text: "code 042\n  verb visit +\n"})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	d := Build(ps)
	for _, c := range []struct{ spec, want string }{
		{"Moscow/NNP refused/VBD/refuse to/TO let/VB monitors/NNS/monitor visit/VBP Kherson/NNP ./.", "042 true"},
		{"Monitors/NNS/monitor visit/VBP Kherson/NNP ./.", "042 false"},
	} {
		toks, ms := tagged(c.spec, [3]int{0, 1, 0}, [3]int{len(strings.Fields(c.spec)) - 2, len(strings.Fields(c.spec)) - 1, 0})
		var got []string
		for _, cd := range d.Match(toks, ms).Candidates {
			got = append(got, cd.Code+" "+strconv.FormatBool(cd.Hedged))
		}
		if g := strings.Join(got, "; "); g != c.want {
			t.Errorf("%s: got %q, want %q", c.spec, g, c.want)
		}
	}
}

// TestOwnedByIts: "its" before an event noun is the sentence's subject.
func TestOwnedByIts(t *testing.T) {
	ps, errs := Parse(Source{Name: "c.verbs.txt", Text: "code 045\n  noun mediation efforts with +\n"})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	d := Build(ps)
	toks, ms := tagged("Qatar/NNP said/VBD/say its/PRP$ mediation/NN efforts/NNS/effort with/IN Sudan/NNP paid/VBD/pay off/RP ./.",
		[3]int{0, 1, 0}, [3]int{6, 7, 0})
	var got []string
	for _, cd := range d.Match(toks, ms).Candidates {
		got = append(got, cd.Code+" "+names(ms, cd.Sources)+">"+names(ms, cd.Targets))
	}
	if g := strings.Join(got, "; "); g != "045 Qatar>Sudan" {
		t.Errorf("got %q", g)
	}
}

// TestAfterPhrase: "after" before a phrase with no verb ends no clause,
// and a pattern may name it.
func TestAfterPhrase(t *testing.T) {
	ps, errs := Parse(Source{Name: "c.verbs.txt", Text: "code 082\n  verb call off * strike after * talks with +\ncode 0863\n  verb open * bridge to +\n"})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	d := Build(ps)
	for _, c := range []struct {
		spec   string
		actors [][3]int
		want   string
	}{
		{"Unions/NNS called/VBD/call off/RP the/DT strike/NN after/IN two/CD days/NNS/day of/IN talks/NNS/talk with/IN Kenya/NNP ./.",
			[][3]int{{0, 1, 0}, {11, 12, 0}}, "082 Unions>Kenya"},
		{"Uzbekistan/NNP opened/VBD/open the/DT bridge/NN after/IN four/CD years/NNS/year to/TO Afghanistan/NNP ./.",
			[][3]int{{0, 1, 0}, {7, 8, 0}}, ""},
	} {
		toks, ms := tagged(c.spec, c.actors...)
		var got []string
		for _, cd := range d.Match(toks, ms).Candidates {
			got = append(got, cd.Code+" "+names(ms, cd.Sources)+">"+names(ms, cd.Targets))
		}
		if g := strings.Join(got, "; "); g != c.want {
			t.Errorf("%s: got %q, want %q", c.spec, g, c.want)
		}
	}
}

// TestAspectualGerund: a gerund under "resume" or "keep" shares their
// modality.
func TestAspectualGerund(t *testing.T) {
	ps, errs := Parse(Source{Name: "c.verbs.txt", Text: "code 190\n  verb attack +\n"})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	d := Build(ps)
	for _, c := range []struct{ spec, want string }{
		{"Egypt/NNP vowed/VBD/vow to/TO keep/VB attacking/VBG/attack Sudan/NNP ./.", "190 true vow"},
		{"Egypt/NNP kept/VBD/keep attacking/VBG/attack Sudan/NNP ./.", "190 false "},
	} {
		n := len(strings.Fields(c.spec))
		toks, ms := tagged(c.spec, [3]int{0, 1, 0}, [3]int{n - 2, n - 1, 0})
		var got []string
		for _, cd := range d.Match(toks, ms).Candidates {
			got = append(got, cd.Code+" "+strconv.FormatBool(cd.Hedged)+" "+cd.HedgedBy)
		}
		if g := strings.Join(got, "; "); g != c.want {
			t.Errorf("%s: got %q, want %q", c.spec, g, c.want)
		}
	}
}
