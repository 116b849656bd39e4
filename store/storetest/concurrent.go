package storetest

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"annals/article"
	"annals/event"
	"annals/store"
	"annals/timex"
)

// testConcurrent puts overlapping batches from several goroutines while
// others read, then checks that the counts are those of a serial run.
func testConcurrent(t *testing.T, s store.Store) {
	const writers, articles = 4, 10
	// Every writer stores its own articles, all reporting the same event,
	// plus one article that every writer sends (stored once).
	batch := func(w int) []store.Coded {
		var out []store.Coded
		for i := range articles + 1 {
			id := fmt.Sprintf("w%d-%d", w, i)
			if i == articles {
				id = "shared"
			}
			a := article.Article{ID: id, Date: timex.Ymd(2025, 6, 1), Source: fmt.Sprintf("outlet%d", w),
				Text: "Paris hosted Berlin for talks."}
			d := "2025-06-01"
			ev := event.Event{DocID: id, Date: &d, DatePrecision: "day", DocDate: d,
				Source: event.Actor{Code: "FRAGOV", Country: "FRA", Role: "GOV", Text: "Paris", Start: 0, End: 5},
				Target: event.Actor{Code: "DEUGOV", Country: "DEU", Role: "GOV", Text: "Berlin", Start: 13, End: 19},
				Cameo:  "043", CameoRoot: "04", CameoName: "Host a visit", QuadClass: 1, Goldstein: 2.8,
				Sentence: a.Text, SentenceEnd: len(a.Text), Evidence: "hosted", EvidenceStart: 6, EvidenceEnd: 12,
				Mentions: 1}
			out = append(out, store.Coded{Article: a, Events: []event.Event{ev}})
		}
		return out
	}
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 2*writers)
	for w := range writers {
		wg.Add(2)
		go func() {
			defer wg.Done()
			b := batch(w)
			for i := range b {
				if _, err := s.PutArticles(ctx, b[i:i+1]); err != nil {
					errs <- err
					return
				}
			}
		}()
		go func() {
			defer wg.Done()
			for range articles {
				if _, err := s.Events(ctx, store.Filter{Actor: "FRA"}); err != nil {
					errs <- err
					return
				}
				if _, err := s.Timeline(ctx, "FRA", "DEU", store.Day, "", ""); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	p, err := s.Events(ctx, store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Events) != 1 {
		t.Fatalf("%d events, want 1", len(p.Events))
	}
	e := p.Events[0]
	n := writers*articles + 1
	if e.Mentions != n || e.Articles != n || e.Sources != writers {
		t.Errorf("mentions/articles/sources = %d/%d/%d, want %d/%d/%d", e.Mentions, e.Articles, e.Sources, n, n, writers)
	}
}
