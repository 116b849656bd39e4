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

func TestLemma(t *testing.T) {
	tg := New()
	for w, want := range map[string]string{"spoken": "speak", "congratulated": "congratulate", "imposing": "impose",
		"stopped": "stop", "banned": "ban", "tries": "try", "denied": "deny", "met": "meet", "visits": "visit", "criticised": "criticise"} {
		if got, ok := tg.VerbLemma(w); !ok || got != want {
			t.Errorf("%s: got %q %v, want %q", w, got, ok, want)
		}
	}
}
