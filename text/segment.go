package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence of an article with its tokens.
type Sentence struct {
	Index     int // 0-based within the article
	Span          // into the article text
	Text      string
	Paragraph int  // 0-based paragraph number
	Headline  bool // a short line without final punctuation
	Tokens    []Token
}

// titles and other abbreviations that never end a sentence
var abbrevs = map[string]bool{
	"mr.": true, "mrs.": true, "ms.": true, "dr.": true, "prof.": true, "gen.": true, "lt.": true,
	"col.": true, "maj.": true, "capt.": true, "sgt.": true, "adm.": true, "cmdr.": true, "gov.": true,
	"sen.": true, "rep.": true, "rev.": true, "st.": true, "mt.": true, "ft.": true, "jr.": true, "sr.": true,
	"pres.": true, "amb.": true, "sec.": true, "supt.": true, "insp.": true, "brig.": true, "cpl.": true,
	"pvt.": true, "hon.": true, "fr.": true,
	"jan.": true, "feb.": true, "mar.": true, "apr.": true, "jun.": true, "jul.": true, "aug.": true,
	"sep.": true, "sept.": true, "oct.": true, "nov.": true, "dec.": true,
	"mon.": true, "tue.": true, "tues.": true, "wed.": true, "thu.": true, "thurs.": true, "fri.": true,
	"sat.": true, "sun.": true,
	"inc.": true, "corp.": true, "co.": true, "ltd.": true, "no.": true, "nos.": true, "vs.": true,
	"etc.": true, "approx.": true, "est.": true, "dept.": true, "univ.": true, "assn.": true, "bros.": true,
	"e.g.": true, "i.e.": true,
}

// soft abbreviations may end a sentence when the next word starts one.
var softAbbrevs = map[string]bool{"inc.": true, "corp.": true, "co.": true, "ltd.": true, "etc.": true, "jr.": true, "sr.": true}

func isAbbrev(w string) bool {
	n := normalize(w)
	if abbrevs[n] {
		return true
	}
	body := strings.TrimSuffix(n, ".")
	if strings.Contains(body, ".") { // U.S. U.N. a.m.
		return true
	}
	// single initial: J. (upper case only)
	if r, size := utf8.DecodeRuneInString(w); size == len(w)-1 && unicode.IsUpper(r) {
		return true
	}
	return false
}

// sentence starters that follow an initialism such as "U.S." at a sentence
// end; other capitalised words after "U.S." are read as a continuing name.
var starters = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true, "we": true,
	"i": true, "but": true, "and": true, "in": true, "on": true, "at": true, "this": true, "that": true,
	"these": true, "those": true, "his": true, "her": true, "their": true, "its": true, "there": true,
	"after": true, "before": true, "while": true, "when": true, "as": true, "if": true, "however": true,
	"meanwhile": true, "earlier": true, "later": true, "last": true, "on ": true, "some": true, "many": true,
	"officials": true, "both": true, "neither": true, "no": true, "not": true, "for": true, "since": true,
	"with": true, "by": true, "from": true, "other": true, "our": true, "you": true, "what": true,
}

// Split segments body into sentences and tokens. Offsets are into body.
func Split(body string) []Sentence {
	var out []Sentence
	para := 0
	for _, p := range paragraphs(body) {
		for _, ln := range headlineLines(body, p) {
			out = appendSentences(out, body, ln, para)
		}
		para++
	}
	for i := range out {
		out[i].Index = i
	}
	return out
}

type block struct {
	Span
	headline bool
}

// paragraphs splits at blank lines.
func paragraphs(s string) []Span {
	var out []Span
	start := -1
	i := 0
	lineStart := 0
	for i <= len(s) {
		if i == len(s) || s[i] == '\n' {
			line := s[lineStart:i]
			if strings.TrimSpace(line) == "" {
				if start >= 0 {
					out = append(out, trimSpan(s, Span{start, lineStart}))
					start = -1
				}
			} else if start < 0 {
				start = lineStart
			}
			lineStart = i + 1
		}
		i++
	}
	if start >= 0 {
		out = append(out, trimSpan(s, Span{start, len(s)}))
	}
	return out
}

func trimSpan(s string, sp Span) Span {
	for sp.Start < sp.End {
		r, w := utf8.DecodeRuneInString(s[sp.Start:sp.End])
		if !unicode.IsSpace(r) {
			break
		}
		sp.Start += w
	}
	for sp.End > sp.Start {
		r, w := utf8.DecodeLastRuneInString(s[sp.Start:sp.End])
		if !unicode.IsSpace(r) {
			break
		}
		sp.End -= w
	}
	return sp
}

// headlineLines splits off leading short lines without final punctuation
// (headlines, subheads) from a paragraph; the rest is one block.
func headlineLines(s string, p Span) []block {
	var out []block
	start := p.Start
	for start < p.End {
		nl := strings.IndexByte(s[start:p.End], '\n')
		if nl < 0 {
			break
		}
		line := trimSpan(s, Span{start, start + nl})
		if !isHeadline(line.Of(s)) {
			break
		}
		out = append(out, block{line, true})
		start += nl + 1
	}
	rest := trimSpan(s, Span{start, p.End})
	if rest.Len() > 0 {
		out = append(out, block{rest, !strings.Contains(rest.Of(s), "\n") && isHeadline(rest.Of(s))})
	}
	return out
}

func isHeadline(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(".!?:;,\"”’)", r) {
		return false
	}
	return len(strings.Fields(line)) <= 16
}

func appendSentences(out []Sentence, s string, b block, para int) []Sentence {
	toks := Tokenize(s, b.Start, b.End)
	if len(toks) == 0 {
		return out
	}
	markDateline(toks)
	if b.headline {
		return append(out, mkSentence(s, toks, para, true))
	}
	begin := 0
	for i := 0; i < len(toks); i++ {
		if !endsSentence(s, toks, i) {
			continue
		}
		// absorb closing quotes and brackets
		j := i + 1
		for j < len(toks) && (toks[j].Kind == Quote && !toks[j].SpaceBefore || toks[j].Text == ")" || toks[j].Text == "]") {
			j++
		}
		out = append(out, mkSentence(s, toks[begin:j], para, false))
		begin = j
		i = j - 1
	}
	if begin < len(toks) {
		out = append(out, mkSentence(s, toks[begin:], para, false))
	}
	return out
}

func mkSentence(s string, toks []Token, para int, head bool) Sentence {
	sp := Span{toks[0].Start, toks[len(toks)-1].End}
	ts := make([]Token, len(toks))
	copy(ts, toks)
	ts[0].SpaceBefore = true
	return Sentence{Span: sp, Text: sp.Of(s), Paragraph: para, Headline: head, Tokens: ts}
}

// endsSentence reports whether token i ends a sentence.
func endsSentence(s string, toks []Token, i int) bool {
	t := &toks[i]
	next := nextWord(toks, i+1)
	switch {
	case t.Text == "." || t.Text == "!" || t.Text == "?" || t.Text == "...":
		if next == nil {
			return true
		}
		if t.Text == "..." {
			return next.IsCap() && next.SpaceBefore
		}
		return !startsLower(next)
	case t.Kind == Word && strings.HasSuffix(t.Text, ".") && len(t.Text) > 1:
		// a word that swallowed its period: abbreviation
		if next == nil {
			return true
		}
		n := t.Norm
		if abbrevs[n] && !softAbbrevs[n] {
			return false
		}
		if r, size := utf8.DecodeRuneInString(t.Text); size == len(t.Text)-1 && unicode.IsUpper(r) {
			return false // initial
		}
		return next.IsCap() && starters[next.Norm]
	}
	return false
}

// nextWord skips quotes and closing brackets to the next word or number.
func nextWord(toks []Token, i int) *Token {
	for ; i < len(toks); i++ {
		if toks[i].Kind == Word || toks[i].Kind == Number {
			return &toks[i]
		}
		if toks[i].Text == "(" || toks[i].Text == "-" {
			return &toks[i]
		}
	}
	return nil
}

func startsLower(t *Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLower(r)
}

// markDateline marks a leading dateline: upper-case place words, optionally
// ", COUNTRY" and "(Agency)", then a dash.
func markDateline(toks []Token) {
	i := 0
	for i < len(toks) && i < 6 && toks[i].Kind == Word && (toks[i].IsUpper() || toks[i].Text == ",") {
		i++
	}
	for i < len(toks) && i < 8 && toks[i].Text == "," {
		i++
		for i < len(toks) && toks[i].Kind == Word && toks[i].IsUpper() {
			i++
		}
	}
	if i == 0 {
		return
	}
	if i < len(toks) && toks[i].Text == "(" {
		j := i + 1
		for j < len(toks) && j < i+6 && toks[j].Text != ")" {
			j++
		}
		if j < len(toks) && toks[j].Text == ")" {
			i = j + 1
		}
	}
	if i < len(toks) && (toks[i].Norm == "-" || toks[i].Norm == "--" || toks[i].Text == "\u2014" || toks[i].Text == "\u2013") {
		for k := 0; k <= i; k++ {
			toks[k].Dateline = true
		}
	}
}
