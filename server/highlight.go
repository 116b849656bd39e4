package server

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"annals/store"
)

// Span kinds, used as CSS classes.
const (
	kindSource   = "src"
	kindTarget   = "tgt"
	kindEvidence = "ev"
)

// CodedSpan is one coded stretch of article text.
type CodedSpan struct {
	Kind    string `json:"kind"` // src, tgt or ev
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	Event   int64  `json:"event"`   // stored event id
	Mention int    `json:"mention"` // index into the article's mentions
	Label   string `json:"label"`   // actor code or CAMEO code and name
}

// articleSpans lists the valid coded spans of an article, in text order.
// Spans whose offsets do not fit the text are dropped.
func articleSpans(a *store.StoredArticle) []CodedSpan {
	var out []CodedSpan
	for i, m := range a.Mentions {
		for _, sp := range []struct {
			kind  string
			span  store.Span
			label string
		}{
			{kindSource, m.Source, m.Event.Source.Code},
			{kindTarget, m.Target, m.Event.Target.Code},
			{kindEvidence, m.Evidence, m.Event.Cameo + " " + m.Event.CameoName},
		} {
			s, e := sp.span.Start, sp.span.End
			if s < 0 || e > len(a.Text) || s >= e || !utf8.RuneStart(a.Text[s]) ||
				(e < len(a.Text) && !utf8.RuneStart(a.Text[e])) {
				continue
			}
			out = append(out, CodedSpan{Kind: sp.kind, Start: s, End: e, Text: a.Text[s:e],
				Event: m.Event.ID, Mention: i, Label: sp.label})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End > out[j].End
	})
	return out
}

// segment is a run of text with the same set of covering spans.
type segment struct {
	Text    string
	Class   string // space-separated kinds, "" for plain text
	Title   string // what the spans say
	Mention int    // first covering mention, for linking; -1 when none
}

// segments cuts text at every span boundary so that each piece can be
// rendered with the classes of the spans covering it; overlapping spans
// combine their classes.
func segments(text string, spans []CodedSpan) []segment {
	cuts := []int{0, len(text)}
	for _, s := range spans {
		cuts = append(cuts, s.Start, s.End)
	}
	sort.Ints(cuts)
	var out []segment
	for i := 0; i+1 < len(cuts); i++ {
		lo, hi := cuts[i], cuts[i+1]
		if lo == hi {
			continue
		}
		seg := segment{Text: text[lo:hi], Mention: -1}
		kinds := map[string]bool{}
		var titles []string
		for _, s := range spans {
			if s.Start <= lo && s.End >= hi {
				kinds[s.Kind] = true
				t := s.Label
				switch s.Kind {
				case kindSource:
					t = "source " + t
				case kindTarget:
					t = "target " + t
				case kindEvidence:
					t = "event " + t
				}
				if !contains(titles, t) {
					titles = append(titles, t)
				}
				if seg.Mention < 0 {
					seg.Mention = s.Mention
				}
			}
		}
		var classes []string
		for _, k := range []string{kindSource, kindTarget, kindEvidence} {
			if kinds[k] {
				classes = append(classes, k)
			}
		}
		seg.Class = strings.Join(classes, " ")
		seg.Title = strings.Join(titles, "; ")
		if len(out) > 0 && out[len(out)-1].Class == "" && seg.Class == "" {
			out[len(out)-1].Text += seg.Text
			continue
		}
		out = append(out, seg)
	}
	return out
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// mentionAnchor is the HTML id of a mention in the article page.
func mentionAnchor(i int) string { return fmt.Sprintf("m%d", i) }
