package text

import "fmt"

// Span is a half-open byte range [Start, End) into an article's text.
type Span struct {
	Start, End int
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share a byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Of returns the text the span covers in src (empty when out of range).
func (s Span) Of(src string) string {
	if s.Start < 0 || s.End > len(src) || s.Start > s.End {
		return ""
	}
	return src[s.Start:s.End]
}

func (s Span) String() string { return fmt.Sprintf("%d:%d", s.Start, s.End) }
