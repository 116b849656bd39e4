package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func words(s Sentence) string {
	var w []string
	for _, t := range s.Tokens {
		w = append(w, t.Text)
	}
	return strings.Join(w, " ")
}

func TestSplit(t *testing.T) {
	tests := []struct {
		in   string
		want []string // sentences as space-joined tokens
	}{
		{"The U.S. Army said. Mr. Smith met Gen. J. Doe in the U.S. The talks failed.",
			[]string{"The U.S. Army said .", "Mr. Smith met Gen. J. Doe in the U.S.", "The talks failed ."}},
		{"MOSCOW (Reuters) - Russia said on Jan. 6 that it won't go.",
			[]string{"MOSCOW ( Reuters ) - Russia said on Jan. 6 that it wo n't go ."}},
		{"He called him a \"dear friend.\" Xi agreed.",
			[]string{"He called him a \" dear friend . \"", "Xi agreed ."}},
		{"Headline without a stop\n\nBody text here. More text.",
			[]string{"Headline without a stop", "Body text here .", "More text ."}},
		{"Putin's visit to the allies' base at 4 a.m. ended.",
			[]string{"Putin 's visit to the allies ' base at 4 a.m. ended ."}},
		{"“I agree,” Putin said. “We build ties.”",
			[]string{"“ I agree , ” Putin said .", "“ We build ties . ”"}},
		{"It cost $47.60 a barrel, or 1,000 rubles.", []string{"It cost $ 47.60 a barrel , or 1,000 rubles ."}},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range Split(tt.in) {
			got = append(got, words(s))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestSpansAndDateline(t *testing.T) {
	in := "KYIV (AP) — Ukraine’s army said.\n\nSecond paragraph."
	ss := Split(in)
	if len(ss) != 2 || ss[1].Paragraph != 1 {
		t.Fatalf("got %d sentences", len(ss))
	}
	for _, s := range ss {
		if s.Span.Of(in) != s.Text {
			t.Errorf("sentence span %v does not give its text", s.Span)
		}
		for _, tk := range s.Tokens {
			if tk.Span.Of(in) != tk.Text {
				t.Errorf("token span %v gives %q, want %q", tk.Span, tk.Span.Of(in), tk.Text)
			}
		}
	}
	if !ss[0].Tokens[0].Dateline || ss[0].Tokens[5].Dateline {
		t.Errorf("dateline marks wrong: %+v", ss[0].Tokens[:6])
	}
	if ss[0].Tokens[6].Norm != "'s" {
		t.Errorf("curly possessive not normalised: %q", ss[0].Tokens[6].Norm)
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"The U.S. said.", "A \"b.\" C", "X (Y) - z", "\n\n\n", "don't", "a.b.c.", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		prevEnd := 0
		for i, s := range Split(in) {
			if s.Index != i || s.Start < prevEnd || s.End > len(in) || s.Start >= s.End {
				t.Fatalf("bad sentence %d span %v (prev end %d, len %d)", i, s.Span, prevEnd, len(in))
			}
			prevEnd = s.End
			last := s.Start
			for _, tk := range s.Tokens {
				if tk.Start < last || tk.End > s.End || tk.Start >= tk.End || tk.Text != in[tk.Start:tk.End] {
					t.Fatalf("bad token %q %v in %v", tk.Text, tk.Span, s.Span)
				}
				last = tk.End
			}
			if utf8.ValidString(in) && !utf8.ValidString(s.Text) {
				t.Fatalf("invalid UTF-8 sentence from valid input")
			}
		}
	})
}
