package timex

import "testing"

func BenchmarkTokenize(b *testing.B) {
	tg := New()
	buf := make([]token, 0, 256)
	for b.Loop() {
		buf = tg.tokenize(benchText, buf[:0])
	}
}
