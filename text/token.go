package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is the lexical class of a token.
type Kind uint8

const (
	Word   Kind = iota // letters, possibly with digits, hyphens, apostrophes, periods (U.S.)
	Number             // digits, possibly with , . (1,000 47.60) or ordinal suffix (47th)
	Punct              // punctuation, one rune (or "--", "...")
	Quote              // a quotation mark, straight or curly
)

// Token is one token of a sentence.
type Token struct {
	Span
	Text string // the text as written
	Norm string // lower case, curly apostrophes straightened, trailing abbreviation period kept
	Kind Kind
	// Tag and Lemma are filled by package tag.
	Tag   string
	Lemma string
	// SpaceBefore reports white space (or the start of the sentence) before the token.
	SpaceBefore bool
	// Dateline marks tokens of a dateline ("MOSCOW (Reuters) -").
	Dateline bool
}

// IsCap reports whether the token starts with an upper-case letter.
func (t *Token) IsCap() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// IsUpper reports whether every letter of the token is upper case (and
// there are at least two letters).
func (t *Token) IsUpper() bool {
	n := 0
	for _, r := range t.Text {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// normalize lower-cases s and straightens curly apostrophes and quotes.
func normalize(s string) string {
	if isASCIILower(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch r {
		case '\u2019', '\u2018', '\u02bc':
			r = '\''
		case '\u201c', '\u201d':
			r = '"'
		case '\u2013', '\u2014':
			r = '-'
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func isASCIILower(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || (c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

func isQuote(r rune) bool {
	switch r {
	case '"', '\u201c', '\u201d', '\u2018', '\u2019', '\'', '\u00ab', '\u00bb':
		return true
	}
	return false
}

func isApos(r rune) bool { return r == '\'' || r == '\u2019' || r == '\u02bc' }

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

// Tokenize splits s[start:end] into tokens whose spans are offsets into s.
func Tokenize(s string, start, end int) []Token {
	var toks []Token
	i := start
	space := true
	for i < end {
		r, w := utf8.DecodeRuneInString(s[i:end])
		if unicode.IsSpace(r) {
			space = true
			i += w
			continue
		}
		j, kind := scan(s, i, end)
		if j <= i {
			j, kind = i+w, Punct
		}
		tok := s[i:j]
		// split a possessive 's or bare ' and the n't of negation off words
		if kind == Word {
			if k := splitSuffix(tok); k > 0 && k < len(tok) {
				toks = append(toks, mk(s, i, i+k, Word, space))
				toks = append(toks, mk(s, i+k, j, Word, false))
				i, space = j, false
				continue
			}
		}
		toks = append(toks, mk(s, i, j, kind, space))
		i, space = j, false
	}
	return toks
}

func mk(s string, i, j int, k Kind, space bool) Token {
	t := Token{Span: Span{i, j}, Text: s[i:j], Kind: k, SpaceBefore: space}
	t.Norm = normalize(t.Text)
	return t
}

// splitSuffix returns where a clitic starts in a word token ('s, ', n't), or 0.
func splitSuffix(tok string) int {
	n := normalize(tok)
	switch {
	case strings.HasSuffix(n, "n't") && len(n) > 3:
		// can't -> ca n't; won't -> wo n't; don't -> do n't
		return len(tok) - len(suffixBytes(tok, 3))
	case strings.HasSuffix(n, "'s") && len(n) > 2:
		return len(tok) - len(suffixBytes(tok, 2))
	case strings.HasSuffix(n, "s'") && len(n) > 2:
		return len(tok) - len(suffixBytes(tok, 1))
	}
	return 0
}

// suffixBytes returns the last n runes of s.
func suffixBytes(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, w := utf8.DecodeLastRuneInString(s[:i])
		i -= w
	}
	return s[i:]
}

// scan reads one token at s[i:] and returns its end and kind.
func scan(s string, i, end int) (int, Kind) {
	r, w := utf8.DecodeRuneInString(s[i:end])
	switch {
	case unicode.IsDigit(r):
		j := i + w
		for j < end {
			r2, w2 := utf8.DecodeRuneInString(s[j:end])
			if unicode.IsDigit(r2) {
				j += w2
				continue
			}
			if (r2 == ',' || r2 == '.' || r2 == ':') && j+1 < end && s[j+1] >= '0' && s[j+1] <= '9' {
				j++
				continue
			}
			if unicode.IsLetter(r2) || r2 == '-' && j+1 < end && isWordStart(s, j+1, end) {
				// 47th, 4pm, COVID-19 handled as word; 2022-02-24 stays a number below
				k, _ := scanWord(s, j, end)
				if r2 == '-' && allDigitsDash(s[i:k]) {
					return k, Number
				}
				return k, Word
			}
			break
		}
		return j, Number
	case isWordRune(r):
		return scanWord(s, i, end)
	case isQuote(r):
		return i + w, Quote
	case r == '.' && i+2 < end && s[i+1] == '.' && s[i+2] == '.':
		return i + 3, Punct
	case r == '-' && i+1 < end && s[i+1] == '-':
		return i + 2, Punct
	}
	return i + w, Punct
}

func isWordStart(s string, i, end int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:end])
	return isWordRune(r)
}

func allDigitsDash(s string) bool {
	for i := 0; i < len(s); i++ {
		if !(s[i] >= '0' && s[i] <= '9' || s[i] == '-') {
			return false
		}
	}
	return true
}

// scanWord reads letters and digits with inner hyphens and apostrophes, and
// abbreviation periods (U.S., U.N., Jan., Mr.).
func scanWord(s string, i, end int) (int, Kind) {
	j := i
	for j < end {
		r, w := utf8.DecodeRuneInString(s[j:end])
		if isWordRune(r) {
			j += w
			continue
		}
		if (r == '-' || isApos(r) || r == '&') && j+w < end && isWordStart(s, j+w, end) {
			j += w
			continue
		}
		if r == '.' && j+1 < end && isLetterAt(s, j+1, end) && isSingleLetterBefore(s, i, j) {
			// U.S -> continue through the inner period
			j++
			continue
		}
		break
	}
	// trailing apostrophe of a plural possessive: the allies'
	if j < end {
		if r, w := utf8.DecodeRuneInString(s[j:end]); isApos(r) && j > i && (s[j-1] == 's' || s[j-1] == 'S') {
			if j+w >= end || !isWordStart(s, j+w, end) {
				j += w
			}
		}
	}
	// abbreviation period
	if j < end && s[j] == '.' && isAbbrev(s[i:j+1]) {
		j++
	}
	return j, Word
}

func isLetterAt(s string, i, end int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:end])
	return unicode.IsLetter(r)
}

// isSingleLetterBefore reports whether the word part before the period at j
// (since the last period or i) is one letter: U.S, U.N, A.B.
func isSingleLetterBefore(s string, i, j int) bool {
	k := strings.LastIndexByte(s[i:j], '.')
	seg := s[i+k+1 : j]
	return utf8.RuneCountInString(seg) == 1
}
