package coder_test

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode"

	"annals/demo"
)

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// TestOriginalText checks that the pattern examples and the demo corpus
// share no run of eight words with the reference gold articles or the
// CAMEO codebook examples: they are our own text, and the gold articles
// stay unseen.
func TestOriginalText(t *testing.T) {
	const n = 8
	ref := map[string]bool{}
	read := func(path, field string) {
		f, err := os.Open(path)
		if err != nil {
			t.Skip("reference data absent: ", err)
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<22)
		for sc.Scan() {
			var m map[string]any
			if json.Unmarshal(sc.Bytes(), &m) != nil {
				continue
			}
			s, _ := m[field].(string)
			w := words(s)
			for i := 0; i+n <= len(w); i++ {
				ref[strings.Join(w[i:i+n], " ")] = true
			}
		}
	}
	read("../../shared/gold/dev.jsonl", "text")
	read("../../shared/gold/seed.jsonl", "text")
	read("../../shared/cameo/examples.jsonl", "text")
	check := func(where, text string) {
		w := words(text)
		for i := 0; i+n <= len(w); i++ {
			if k := strings.Join(w[i:i+n], " "); ref[k] {
				t.Errorf("%s shares %q with the reference data", where, k)
				return
			}
		}
	}
	for _, p := range Builtin(t).Verbs.Patterns {
		check(p.Pos, p.Example)
	}
	arts, err := demo.Corpus()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		check("demo/corpus/"+a.ID, a.Text)
	}
}
