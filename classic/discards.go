package classic

import (
	"strconv"
	"strings"
)

// Discard is one phrase of a discards file: a sentence (or, with Story,
// the whole story) that contains it is not coded.
type Discard struct {
	Phrase []string // lower-case words
	Story  bool     // `+PHRASE`: drop the story, not only the sentence
	Pos    string   // file:line
}

// Discards reads a classic discards file: `+PHRASE` drops the story,
// `PHRASE` the sentence. Words are lower-cased; underscores separate words.
func Discards(name, text string) ([]Discard, ErrorList) {
	r := &reader{name: name}
	var out []Discard
	for n, raw := range lines(text) {
		n++
		t := strings.TrimSpace(stripComment(raw))
		if t == "" {
			continue
		}
		d := Discard{Pos: name + ":" + strconv.Itoa(n)}
		if t[0] == '+' {
			d.Story, t = true, t[1:]
		}
		d.Phrase = words(strings.ToLower(strings.ToValidUTF8(t, "")))
		if len(d.Phrase) == 0 {
			r.bad(n, "empty discard phrase")
			continue
		}
		out = append(out, d)
	}
	return out, r.errs
}

// Issue is one phrase of an issues file (PETRARCH-2's IssueCoding): the
// issue code a story containing the phrase gets. Issues are read and kept;
// annals' coder does not use them yet.
type Issue struct {
	Category string   // the CATEGORY of the enclosing <ISSUE> block
	Code     string   // e.g. EARLY_CHILDHOOD_EDUCATION
	Phrase   []string // lower-case words as written (n:school, pre+k)
	Pos      string
}

// Issues reads an issues file: `<ISSUE CATEGORY="X" ...>` blocks of
// `phrase [CODE]` lines. Exclusion lines (`~phrase`) are skipped and
// counted in the returned number; a phrase without a
// code inside a block takes the block's category.
func Issues(name, text string) ([]Issue, int, ErrorList) {
	r := &reader{name: name}
	var out []Issue
	skipped := 0
	cat := ""
	for n, raw := range lines(text) {
		n++
		t := strings.TrimSpace(stripComment(raw))
		switch {
		case t == "":
			continue
		case strings.HasPrefix(t, "<ISSUE"):
			cat = ""
			if _, v, ok := strings.Cut(t, `CATEGORY="`); ok {
				cat, _, _ = strings.Cut(v, `"`)
			}
			continue
		case strings.HasPrefix(t, "</ISSUE"):
			cat = ""
			continue
		case t[0] == '~':
			skipped++
			continue
		}
		open := strings.LastIndexByte(t, '[')
		code := ""
		if open >= 0 && strings.HasSuffix(t, "]") {
			code = strings.TrimSpace(t[open+1 : len(t)-1])
		} else {
			open, code = len(t), cat // a phrase of the block's own category
		}
		ph := strings.Fields(strings.ToLower(strings.ToValidUTF8(t[:open], "")))
		if code == "" || len(ph) == 0 {
			r.bad(n, "want: phrase [CODE]")
			continue
		}
		out = append(out, Issue{Category: cat, Code: code, Phrase: ph, Pos: name + ":" + strconv.Itoa(n)})
	}
	return out, skipped, r.errs
}
