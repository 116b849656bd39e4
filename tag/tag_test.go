package tag

import (
	"strings"
	"testing"

	"annals/text"
)

func tags(tg *Tagger, s string) string {
	var out []string
	for _, se := range text.Split(s) {
		for _, tk := range tg.Sentence(se).Tokens {
			out = append(out, tk.Text+"/"+tk.Tag)
		}
	}
	return strings.Join(out, " ")
}

func TestTagger(t *testing.T) {
	tg := New()
	tests := []struct{ in, want string }{
		{"Putin has not yet spoken with Trump.", "Putin/NNP has/VBZ not/RB yet/CC spoken/VBN with/IN Trump/NNP ./."},
		{"The attack killed five people.", "The/DT attack/NN killed/VBD five/CD people/NNS ./."},
		{"Russia attacks Ukraine.", "Russia/NNP attacks/VBZ Ukraine/NNP ./."},
		{"They held talks with China.", "They/PRP held/VBD talks/NNS with/IN China/NNP ./."},
		{"Xi had a call with Trump.", "Xi/NNP had/VBD a/DT call/NN with/IN Trump/NNP ./."},
		{"He said that he wanted to discuss plans.", "He/PRP said/VBD that/IN he/PRP wanted/VBD to/TO discuss/VB plans/NNS ./."},
		{"The deal that was signed failed.", "The/DT deal/NN that/WDT was/VBD signed/VBN failed/VBD ./."},
		{"Five Americans who had been detained in Iran were freed.", "Five/CD Americans/NNP who/WP had/VBD been/VBN detained/VBN in/IN Iran/NNP were/VBD freed/VBN ./."},
		{"Israel will not attack Iran.", "Israel/NNP will/MD not/RB attack/VB Iran/NNP ./."},
		{"Police fired tear gas at protesters.", "Police/NNS fired/VBD tear/NN gas/NN at/IN protesters/NNS ./."},
	}
	for _, tt := range tests {
		if got := tags(tg, tt.in); got != tt.want {
			t.Errorf("%s\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

// TestContextRules checks the contextual rules word by word: each case names
// the words of a sentence whose tag is asserted.
func TestContextRules(t *testing.T) {
	tg := New()
	tests := []struct {
		in   string
		want map[string]string
	}{
		// a plural before a plain finite verb ends the subject: noun, not verb
		{"Ukrainian forces pushed back the assault.", map[string]string{"forces": "NNS", "pushed": "VBD"}},
		{"Israeli forces have withdrawn from the town.", map[string]string{"forces": "NNS", "have": "VBP"}},
		{"Russian artillery shells hit the school.", map[string]string{"shells": "NNS", "hit": "VBD"}},
		{"The border attacks killed two guards.", map[string]string{"attacks": "NNS", "killed": "VBD"}},
		{"The forces will stay.", map[string]string{"forces": "NNS", "will": "MD"}},
		// ... but a verb when an object follows
		{"Russia attacks Ukraine.", map[string]string{"attacks": "VBZ"}},
		{"The army shells the city.", map[string]string{"shells": "VBZ"}},
		{"Rwanda forces talks.", map[string]string{"forces": "VBZ"}},
		// says and its kin have no noun reading
		{"The military says it struck back.", map[string]string{"says": "VBZ", "military": "NN"}},
		{"The new envoy warns of war.", map[string]string{"warns": "VBZ"}},
		{"A senior official tells reporters the truce holds.", map[string]string{"tells": "VBZ"}},
		// a nounable adjective heading the subject
		{"The military said it killed ten militants.", map[string]string{"military": "NN", "said": "VBD"}},
		{"Israel's military has denied the report.", map[string]string{"military": "NN"}},
		{"The military court sentenced him.", map[string]string{"military": "JJ", "court": "NN"}},
		{"A civilian was killed.", map[string]string{"civilian": "NN"}},
		// irregular compounds
		{"Ukraine retook the village.", map[string]string{"retook": "VBD"}},
		{"The town was retaken.", map[string]string{"retaken": "VBN"}},
		{"Rebels overran the base and rebuilt the bridge.", map[string]string{"overran": "VBD", "rebuilt": "VBD"}},
		{"Kyiv repaid the loan.", map[string]string{"repaid": "VBD"}},
		{"Jets overflew the capital.", map[string]string{"overflew": "VBD"}},
		// past forms equal to the base: set, cut, quit
		{"Turkey's parliament set up a commission.", map[string]string{"set": "VBD"}},
		{"The award that set the border was upheld.", map[string]string{"award": "NN", "that": "WDT", "set": "VBD"}},
		{"Protesters stormed the embassy and set fire to it.", map[string]string{"set": "VBD"}},
		{"Police who cut the road left.", map[string]string{"cut": "VBD"}},
		// a base form after a singular noun is a compound, not an infinitive
		{"Drones hit the air base in Qatar.", map[string]string{"base": "NN"}},
		{"The coast guard boarded the ship.", map[string]string{"guard": "NN"}},
		{"China offered to help end the war.", map[string]string{"end": "VB"}},
		// unknown -ed forms and acronyms
		{"Crowds chanted slogans.", map[string]string{"chanted": "VBD"}},
		{"The US military said troops were attacked.", map[string]string{"US": "NNP", "military": "NN"}},
		{"Give us time.", map[string]string{"us": "PRP"}},
		{"The country would always support China.", map[string]string{"always": "RB", "support": "VB"}},
		{"The minister is due to visit.", map[string]string{"due": "JJ"}},
	}
	for _, tt := range tests {
		got := map[string]string{}
		for _, se := range text.Split(tt.in) {
			for _, tk := range tg.Sentence(se).Tokens {
				got[tk.Text] = tk.Tag
			}
		}
		for w, want := range tt.want {
			if got[w] != want {
				t.Errorf("%s: %s/%s, want %s (%s)", tt.in, w, got[w], want, tags(tg, tt.in))
			}
		}
	}
}

func TestContextRulesTable(t *testing.T) {
	tg := New()
	tests := []struct{ in, want string }{
		{"Heavy artillery shells hit the town.", "Heavy/JJ artillery/NN shells/NNS hit/VBD the/DT town/NN ./."},
		{"The military said it retook the village.", "The/DT military/NN said/VBD it/PRP retook/VBD the/DT village/NN ./."},
	}
	for _, tt := range tests {
		if got := tags(tg, tt.in); got != tt.want {
			t.Errorf("%s\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

func TestLemma(t *testing.T) {
	tg := New()
	for w, want := range map[string]string{"spoken": "speak", "congratulated": "congratulate", "imposing": "impose",
		"stopped": "stop", "banned": "ban", "tries": "try", "denied": "deny", "met": "meet", "visits": "visit", "criticised": "criticise"} {
		if got, ok := tg.VerbLemma(w); !ok || got != want {
			t.Errorf("%s: got %q %v, want %q", w, got, ok, want)
		}
	}
}

// TestLexiconNouns: a common noun the dictionaries know opens a sentence
// as a noun, not a name; a name before a capitalised word stays a name.
func TestLexiconNouns(t *testing.T) {
	tg := NewLexicon(nil, []string{"artillery", "protester", "protesters", "troop", "troops", "security", "forces"})
	tests := []struct{ in, want string }{
		{"Artillery shells hit the town.", "Artillery/NN shells/NNS hit/VBD the/DT town/NN ./."},
		{"Protesters blocked roads.", "Protesters/NNS blocked/VBD roads/NNS ./."},
		{"Security forces fired tear gas.", "Security/NN forces/NNS fired/VBD tear/NN gas/NN ./."},
		{"Security Council members met.", "Security/NNP Council/NNP members/NNS met/VBD ./."},
	}
	for _, tt := range tests {
		if got := tags(tg, tt.in); got != tt.want {
			t.Errorf("%s\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
	if got := tags(New(), "Protesters blocked roads."); !strings.HasPrefix(got, "Protesters/NNP") {
		t.Errorf("without the lexicon: %s", got)
	}
}
