package coder_test

import (
	"testing"

	"annals/article"
	"annals/coder"
	"annals/demo"
	"annals/text"
)

// benchCorpus returns the demo corpus and its number of sentences.
func benchCorpus(b *testing.B) ([]article.Article, int) {
	arts, err := demo.Corpus()
	if err != nil {
		b.Fatal(err)
	}
	sents := 0
	for _, a := range arts {
		sents += len(text.Split(a.Text))
	}
	return arts, sents
}

// BenchmarkCode codes the demo corpus on one goroutine and reports
// sentences per second.
func BenchmarkCode(b *testing.B) {
	cd := Builtin(b)
	arts, sents := benchCorpus(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			cd.Code(a, coder.Options{})
		}
	}
	b.ReportMetric(float64(sents*b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkCodeParallel codes the corpus on all cores.
func BenchmarkCodeParallel(b *testing.B) {
	cd := Builtin(b)
	arts, sents := benchCorpus(b)
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			for _, a := range arts {
				cd.Code(a, coder.Options{})
			}
		}
	})
	b.ReportMetric(float64(sents*b.N)/b.Elapsed().Seconds(), "sentences/s")
}
