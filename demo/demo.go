package demo

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"annals/article"
)

//go:embed corpus/*.txt
var corpus embed.FS

// Corpus parses the embedded sample articles, in file-name order.
func Corpus() ([]article.Article, error) {
	names, err := fs.Glob(corpus, "corpus/*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	out := make([]article.Article, 0, len(names))
	for _, n := range names {
		b, err := corpus.ReadFile(n)
		if err != nil {
			return nil, err
		}
		a, err := article.ParseSeed(path.Base(n), b)
		if err != nil {
			return nil, fmt.Errorf("demo corpus: %w", err)
		}
		a.ID = strings.TrimSuffix(path.Base(n), ".txt")
		a.Source = "annals demo corpus"
		out = append(out, a)
	}
	return out, nil
}
