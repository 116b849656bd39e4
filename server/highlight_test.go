package server

import (
	"strings"
	"testing"

	"annals/store"
)

func TestSegments(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		spans []CodedSpan
		want  string // segments as text|class, joined by " / "
	}{
		{"none", "plain text", nil, "plain text|"},
		{"one", "Putin met Xi", []CodedSpan{{Kind: "src", Start: 0, End: 5}}, "Putin|src /  met Xi|"},
		{"adjacent", "Putin met Xi", []CodedSpan{
			{Kind: "src", Start: 0, End: 5}, {Kind: "ev", Start: 6, End: 9}, {Kind: "tgt", Start: 10, End: 12},
		}, "Putin|src /  | / met|ev /  | / Xi|tgt"},
		{"overlap", "abcdef", []CodedSpan{{Kind: "src", Start: 0, End: 4}, {Kind: "ev", Start: 2, End: 6}},
			"ab|src / cd|src ev / ef|ev"},
		{"nested same start", "abcdef", []CodedSpan{{Kind: "tgt", Start: 0, End: 6}, {Kind: "ev", Start: 0, End: 2}},
			"ab|tgt ev / cdef|tgt"},
		{"whole text", "abc", []CodedSpan{{Kind: "ev", Start: 0, End: 3}}, "abc|ev"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var parts []string
			for _, s := range segments(tt.text, tt.spans) {
				parts = append(parts, s.Text+"|"+s.Class)
			}
			if got := strings.Join(parts, " / "); got != tt.want {
				t.Errorf("segments = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestArticleSpansDropsBadOffsets(t *testing.T) {
	text := "Łódź met Kraków" // multi-byte runes
	ev := store.StoredEvent{ID: 1}
	a := store.StoredArticle{Text: text, Mentions: []store.Mention{{
		Event:    ev,
		Source:   store.Span{Text: "Łódź", Start: 0, End: len("Łódź")},
		Target:   store.Span{Start: 10, End: 999}, // past the end
		Evidence: store.Span{Start: 1, End: 3},    // inside a rune
	}, {
		Event:    ev,
		Source:   store.Span{Start: 5, End: 5},  // empty
		Target:   store.Span{Start: -1, End: 2}, // negative
		Evidence: store.Span{Text: "met", Start: len("Łódź "), End: len("Łódź met")},
	}}}
	spans := articleSpans(&a)
	if len(spans) != 2 || spans[0].Text != "Łódź" || spans[1].Text != "met" || spans[1].Mention != 1 {
		t.Errorf("spans = %+v", spans)
	}
}
