package article

import (
	"os"
	"strings"
	"testing"

	"annals/timex"
)

// TestDemoCorpus reads the demo corpus through Read and checks the layout
// every file promises: seed format, a headline without final punctuation,
// 3-6 paragraphs, 120-350 words, dated 2019-2026.
func TestDemoCorpus(t *testing.T) {
	const dir = "../demo/corpus"
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("demo corpus not available (%v); skipping", err)
	}
	first, last := timex.Ymd(2019, 1, 1), timex.Ymd(2026, 12, 31)
	n := 0
	for a, err := range Read([]string{dir}, Options{}) {
		if err != nil {
			t.Error(err)
			continue
		}
		n++
		if a.Date.Before(first) || last.Before(a.Date) {
			t.Errorf("%s: date %v outside 2019-2026", a.File, a.Date)
		}
		paras := strings.Split(a.Text, "\n\n")
		if head := paras[0]; strings.Contains(head, "\n") || len(head) > 100 || strings.ContainsAny(head[len(head)-1:], ".!?") {
			t.Errorf("%s: first paragraph %q is not a short headline", a.File, head)
		}
		if body := len(paras) - 1; body < 3 || body > 6 {
			t.Errorf("%s: %d paragraphs, want 3-6", a.File, body)
		}
		if w := len(strings.Fields(a.Text)); w < 120 || w > 350 {
			t.Errorf("%s: %d words, want 120-350", a.File, w)
		}
	}
	if n < 45 {
		t.Errorf("got %d articles, want at least 45", n)
	}
}
