package verb

import (
	"strings"
	"testing"

	"annals/actor"
)

// TestReadings codes one sentence per case with a small dictionary of
// its own and checks each candidate as "CODE sources>targets" plus, when
// the case asks, its negation, hedging and why, or the action noun its
// target comes from. Mentions are token ranges (see tagged); countries,
// when given, are set on them in order.
func TestReadings(t *testing.T) {
	tests := []struct {
		name, dict, spec string
		actors           [][3]int
		countries        []string
		want             string // candidates joined by "; "
	}{
		// a warned-of act with no object is aimed at the subject of its
		// condition; without a warning the condition is no target
		{"condition of a warning", clauseDict,
			"Tehran/NNP warned/VBD/warn that/IN Iran/NNP would/MD retaliate/VB if/IN Israel/NNP struck/VBD/strike ./.",
			[][3]int{{0, 1, 0}, {3, 4, 0}, {7, 8, 0}}, nil, "190 Iran>Israel hedged:would (hedged by would)"},
		{"condition of a prediction", clauseDict,
			"Analysts/NNS/analyst said/VBD/say Iran/NNP would/MD retaliate/VB if/IN Israel/NNP struck/VBD/strike ./.",
			[][3]int{{2, 3, 0}, {6, 7, 0}}, nil, ""},
		// a mediator or host named by "by" with no "between" brought
		// together the sentence's actors of other countries
		{"broker's parties from the sentence", clauseDict,
			"Iran/NNP freed/VBD/free Americans/NNPS under/IN a/DT deal/NN brokered/VBN/broker by/IN Qatar/NNP ./.",
			[][3]int{{0, 1, 0}, {2, 3, 0}, {8, 9, 0}}, []string{"IRN", "USA", "QAT"}, "045 Qatar>Iran,Americans"},
		{"broker's own country is no party", clauseDict,
			"Doha/NNP welcomed/VBD/welcome a/DT deal/NN brokered/VBN/broker by/IN Qatar/NNP ./.",
			[][3]int{{0, 1, 0}, {6, 7, 0}}, []string{"QAT", "QAT"}, ""},
		// a meeting noun in an adjunct of a clause with a compound
		// subject is the subject meeting
		{"meeting in an adjunct", "code 040\n  noun {talks|summit}\ncode 057\n  verb sign * deal\n",
			"Chile/NNP and/CC Peru/NNP signed/VBD/sign a/DT deal/NN at/IN a/DT summit/NN ./.",
			[][3]int{{0, 1, 0}, {2, 3, 0}}, nil, "057 Chile,Peru>; 040 Chile,Peru>"},
		{"meeting in an adjunct needs a compound", "code 040\n  noun {talks|summit}\ncode 057\n  verb sign * deal\n",
			"Chile/NNP signed/VBD/sign a/DT deal/NN at/IN a/DT summit/NN ./.",
			[][3]int{{0, 1, 0}}, nil, ""},
		// a negation the pattern's own gap skipped negates
		{"negation inside a gap", "code 040\n  verb have * talks with +\n",
			"Oman/NNP had/VBD/have not/RB held/VBN/hold talks/NNS/talk with/IN Iran/NNP ./.",
			[][3]int{{0, 1, 0}, {6, 7, 0}}, nil, "040 Oman>Iran negated (negated by not)"},
		{"an adverb inside a gap", "code 040\n  verb have * talks with +\n",
			"Oman/NNP had/VBD/have long/RB held/VBN/hold talks/NNS/talk with/IN Iran/NNP ./.",
			[][3]int{{0, 1, 0}, {6, 7, 0}}, nil, "040 Oman>Iran"},
		// "a charge that Paris denied" is about the charge, whose author
		// the coder finds in the article; a bare denial answers an
		// accusation all the same
		{"relative clause with that", "code 016\n  verb deny\n",
			"Niger/NNP accused/VBD/accuse France/NNP ,/, a/DT charge/NN that/IN Paris/NNP denied/VBD/deny ./.",
			[][3]int{{0, 1, 0}, {2, 3, 0}, {7, 8, 0}}, nil, "016 Paris> about:charge"},
		{"relative clause without a pronoun", "code 016\n  verb deny\n",
			"Niger/NNP accused/VBD/accuse France/NNP ,/, a/DT charge/NN Paris/NNP denied/VBD/deny ./.",
			[][3]int{{0, 1, 0}, {2, 3, 0}, {6, 7, 0}}, nil, "016 Paris> about:charge"},
		{"bare denial", "code 016\n  verb deny\n",
			"Niger/NNP accused/VBD/accuse France/NNP ,/, a/DT day/NN that/IN Paris/NNP denied/VBD/deny ./.",
			[][3]int{{0, 1, 0}, {2, 3, 0}, {7, 8, 0}}, nil, "016 Paris> about:accusation"},
		// "prompting X to ease" is X's act, which happened; "accused X of
		// easing" only alleges it
		{"causative", "code 085\n  verb ease * sanctions on +\n",
			"Caracas/NNP freed/VBD/free prisoners/NNS ,/, prompting/VBG/prompt Washington/NNP to/TO ease/VB sanctions/NNS/sanction on/IN Venezuela/NNP ./.",
			[][3]int{{0, 1, 0}, {5, 6, 0}, {10, 11, 0}}, nil, "085 Washington>Venezuela"},
		{"accusation", "code 085\n  verb ease * sanctions on +\n",
			"Caracas/NNP accused/VBD/accuse Washington/NNP of/IN easing/VBG/ease sanctions/NNS/sanction on/IN Cuba/NNP ./.",
			[][3]int{{0, 1, 0}, {2, 3, 0}, {7, 8, 0}}, nil, "085 Caracas>Cuba hedged (what an accusation alleges)"},
		// what someone lets or makes another do is not reported as done,
		// however the tagger reads the verb
		{"complement of let", "code 042\n  verb visit +\n",
			"Moscow/NNP refused/VBD/refuse to/TO let/VB monitors/NNS/monitor visit/VBP Kherson/NNP ./.",
			[][3]int{{0, 1, 0}, {6, 7, 0}}, nil, "042 Moscow>Kherson hedged (complement of let or make)"},
		{"a plain present", "code 042\n  verb visit +\n",
			"Monitors/NNS/monitor visit/VBP Kherson/NNP ./.",
			[][3]int{{0, 1, 0}, {2, 3, 0}}, nil, "042 Monitors>Kherson"},
		// "its" before an event noun is the sentence's subject
		{"owned by its", "code 045\n  noun mediation efforts with +\n",
			"Qatar/NNP said/VBD/say its/PRP$ mediation/NN efforts/NNS/effort with/IN Sudan/NNP paid/VBD/pay off/RP ./.",
			[][3]int{{0, 1, 0}, {6, 7, 0}}, nil, "045 Qatar>Sudan"},
		// "after" before a phrase with no verb ends no clause, and a
		// pattern may name it
		{"after in a pattern", "code 082\n  verb call off * strike after * talks with +\ncode 0863\n  verb open * bridge to +\n",
			"Unions/NNS called/VBD/call off/RP the/DT strike/NN after/IN two/CD days/NNS/day of/IN talks/NNS/talk with/IN Kenya/NNP ./.",
			[][3]int{{0, 1, 0}, {11, 12, 0}}, nil, "082 Unions>Kenya"},
		{"after a gap", "code 082\n  verb call off * strike after * talks with +\ncode 0863\n  verb open * bridge to +\n",
			"Uzbekistan/NNP opened/VBD/open the/DT bridge/NN after/IN four/CD years/NNS/year to/TO Afghanistan/NNP ./.",
			[][3]int{{0, 1, 0}, {7, 8, 0}}, nil, ""},
		// a target is not sought past ", and" before a new clause
		{"a new clause after a comma and and", "code 110\n  verb express * concern about\n",
			"Japan/NNP expressed/VBD/express concern/NN about/IN the/DT deal/NN ,/, and/CC the/DT United/NNP States/NNPS said/VBD/say so/RB ./.",
			[][3]int{{0, 1, 0}, {9, 11, 0}}, nil, "110 Japan> about:deal"},
		// words before the verb inside the source's mention
		{"pre-trigger words in a subordinate subject", "code 171\n  verb police > raid +\n",
			"Mexico/NNP protested/VBD/protest after/IN Ecuadorian/NNP police/NNS raided/VBD/raid the/DT Mexican/NNP embassy/NN ./.",
			[][3]int{{0, 1, 0}, {3, 5, 0}, {7, 9, 0}}, nil, "171 Ecuadorian>Mexican"},
		{"relative clause after a long noun phrase", "code 111\n  verb condemn\n",
			"Modi/NNP made/VBD/make a/DT visit/NN to/TO a/DT disputed/JJ island/NN that/WDT Beijing/NNP condemned/VBD/condemn ./.",
			[][3]int{{0, 1, 0}, {9, 10, 0}}, nil, "111 Beijing> about:visit"},
		{"a noun's that-clause holds no target", "code 110\n  verb take issue with\n",
			"Kigali/NNP took/VBD/take issue/NN with/IN the/DT ruling/NN that/IN Rwanda/NNP was/VBD/be unsafe/JJ ./.",
			[][3]int{{0, 1, 0}, {7, 8, 0}}, nil, "110 Kigali> about:ruling"},
		// a simple past coordinated after a perfect in a "that" clause
		// goes back to the clause's governor
		{"coordinated past after a complement", "code 163\n  verb impose * sanctions on +\n",
			"Washington/NNP determined/VBD/determine on/IN Tuesday/NNP that/IN the/DT RSF/NNP have/VBP/have committed/VBN/commit genocide/NN ,/, and/CC imposed/VBD/impose sanctions/NNS/sanction on/IN Dagalo/NNP ./.",
			[][3]int{{0, 1, 0}, {6, 7, 0}, {15, 16, 0}}, nil, "163 Washington>Dagalo"},
		// the troops a target place houses are the target
		{"bases housing troops", "code 195\n  verb fire * missiles at +\n",
			"Iran/NNP fired/VBD/fire missiles/NNS/missile at/IN two/CD Iraqi/NNP bases/NNS/base housing/VBG/house U.S./NNP troops/NNS/troop ./.",
			[][3]int{{0, 1, 0}, {5, 6, 1}, {8, 10, 0}}, []string{"IRN", "IRQ", "USA"}, "195 Iran>U.S."},
		{"a base which hosts troops", "code 195\n  verb fire * missiles at +\n",
			"Iran/NNP fired/VBD/fire missiles/NNS/missile at/IN a/DT Qatari/NNP base/NN ,/, which/WDT hosts/VBZ/host American/NNP troops/NNS/troop ./.",
			[][3]int{{0, 1, 0}, {5, 6, 1}, {10, 12, 0}}, []string{"IRN", "QAT", "USA"}, "195 Iran>American"},
		// a condition ends at a comma
		{"a condition before a comma", "code 042\n  noun visit to +\n",
			"They/PRP signed/VBD/sign a/DT pact/NN if/IN attacked/VBN/attack ,/, during/IN Putin/NNP 's/POS visit/NN to/TO Pyongyang/NNP ./.",
			[][3]int{{8, 9, 2}, {12, 13, 0}}, nil, "042 Putin>Pyongyang"},
		// an event noun's relative clause, and a title the name left out
		{"noun with a relative clause", "code 1952\n  noun {drone|drones} > strike {kill|wound} +\n",
			"The/DT American/NNP drone/NN strike/NN that/WDT killed/VBD/kill General/NNP Qassem/NNP Soleimani/NNP ./.",
			[][3]int{{1, 3, 0}, {7, 9, 0}}, nil, "1952 American>Qassem"},
		// the head of an actor ends the pattern: that actor is the target
		{"head of the target in the pattern", "code 0841\n  verb free * hostages\n",
			"Hamas/NNP freed/VBD/free four/CD Israeli/JJ hostages/NNS/hostage for/IN Palestinian/JJ prisoners/NNS/prisoner ./.",
			[][3]int{{0, 1, 0}, {3, 5, 0}, {6, 8, 0}}, nil, "0841 Hamas>Israeli"},
		// a vote to act is the act
		{"voted to", "code 166\n  verb expel +\n",
			"Iraq/NNP 's/POS parliament/NN voted/VBD/vote to/TO expel/VB American/JJ troops/NNS/troop ./.",
			[][3]int{{0, 3, 0}, {6, 8, 0}}, nil, "166 Iraq>American"},
		// "ruled out sending troops" refuses
		{"ruled out", "code 0334\n  verb send * troops to +\n",
			"NATO/NNP ruled/VBD/rule out/RP sending/VBG/send troops/NNS/troop to/TO Ukraine/NNP ./.",
			[][3]int{{0, 1, 0}, {6, 7, 0}}, nil, "0334 NATO>Ukraine negated:refuse (negated by ruled out)"},
		// a gerund under "resume" or "keep" shares their modality
		{"gerund under an infinitive", "code 190\n  verb attack +\n",
			"Egypt/NNP vowed/VBD/vow to/TO keep/VB attacking/VBG/attack Sudan/NNP ./.",
			[][3]int{{0, 1, 0}, {5, 6, 0}}, nil, "190 Egypt>Sudan hedged:vow (hedged by vowed)"},
		{"gerund under a finite verb", "code 190\n  verb attack +\n",
			"Egypt/NNP kept/VBD/keep attacking/VBG/attack Sudan/NNP ./.",
			[][3]int{{0, 1, 0}, {3, 4, 0}}, nil, "190 Egypt>Sudan"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps, errs := Parse(Source{Name: "c.verbs.txt", Text: tt.dict})
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			toks, ms := tagged(tt.spec, tt.actors...)
			for k, c := range tt.countries {
				ms[k].Country = c
			}
			var got []string
			for _, cd := range Build(ps).Match(toks, ms).Candidates {
				got = append(got, reading(ms, cd))
			}
			if g := strings.Join(got, "; "); g != tt.want {
				t.Errorf("got  %q\nwant %q", g, tt.want)
			}
		})
	}
}

// reading formats a candidate for TestReadings.
func reading(ms []actor.Mention, c Candidate) string {
	s := c.Code + " " + names(ms, c.Sources) + ">" + names(ms, c.Targets)
	switch {
	case c.Negated && c.HedgedBy != "":
		s += " negated:" + c.HedgedBy
	case c.Negated:
		s += " negated"
	case c.Hedged && c.HedgedBy != "":
		s += " hedged:" + c.HedgedBy
	case c.Hedged:
		s += " hedged"
	}
	if c.Why != "" {
		s += " (" + c.Why + ")"
	}
	if c.Discourse != "" {
		s += " about:" + c.Discourse
	}
	return s
}
