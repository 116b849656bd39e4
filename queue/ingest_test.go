package queue_test

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"annals/article"
	"annals/event"
	"annals/queue"
	"annals/queue/queuetest"
	"annals/store"
	"annals/store/postgres"
	"annals/store/postgres/pgtest"
)

// fakeCode stands in for the coder: two events per article, on a small set
// of keys so that articles share events.
func fakeCode(a article.Article) []event.Event {
	codes := []string{"USAGOV", "RUSGOV", "CHNGOV", "UKRMIL"}
	var evs []event.Event
	for j := range 2 {
		n := len(a.Text) + j
		d := fmt.Sprintf("2025-01-%02d", 1+n%3)
		src, tgt := codes[n%4], codes[(n+1+j)%4]
		evs = append(evs, event.Event{DocID: a.ID, SentenceID: j, EventID: event.ID(a.ID, j, src, tgt, "040"),
			Date: &d, Cameo: "040", QuadClass: 1, Goldstein: 1, Sentence: a.Text, SentenceEnd: len(a.Text),
			Source: event.Actor{Code: src}, Target: event.Actor{Code: tgt}, Pattern: "p", Mentions: 1})
	}
	return evs
}

func coded(batch []queue.Message) []store.Coded {
	out := make([]store.Coded, len(batch))
	for i, m := range batch {
		out[i] = store.Coded{Article: m.Article, Events: fakeCode(m.Article)}
	}
	return out
}

// TestDistributedIngest runs four workers that consume the queue into one
// PostgreSQL store; one of them dies after committing a batch but before
// acknowledging it. The store must end as a direct, sequential ingest of
// the same articles leaves it.
func TestDistributedIngest(t *testing.T) {
	pgURL := pgtest.URL(t)
	refURL := pgtest.URL(t)
	natsURL := queuetest.Server(t)
	ctx := context.Background()

	const n = 200
	as := make([]article.Article, n)
	for i := range as {
		as[i] = art(i)
		as[i].Text += fmt.Sprintf(" %*s", i%7, "")
		as[i].Source = fmt.Sprintf("outlet%d", i%3)
	}
	cfg := testConfig(natsURL)
	cfg.AckWait = time.Second
	pub := connect(t, cfg)
	if _, _, err := pub.PublishBatch(ctx, as); err != nil {
		t.Fatal(err)
	}
	if _, _, err := pub.PublishBatch(ctx, as[:50]); err != nil { // re-sent: dropped
		t.Fatal(err)
	}

	// The dying worker commits one batch, then its connection is cut.
	dying, err := queue.Connect(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	db0, err := postgres.Open(ctx, pgURL)
	if err != nil {
		t.Fatal(err)
	}
	err = dying.Consume(ctx, func(ctx context.Context, batch []queue.Message) error {
		if _, err := db0.PutArticles(ctx, coded(batch)); err != nil {
			return err
		}
		dying.Close()
		return nil
	})
	db0.Close()
	if err == nil {
		t.Fatal("Consume on a closed connection returned nil")
	}

	var stored atomic.Int64
	var wg sync.WaitGroup
	cctx, cancel := context.WithCancel(ctx)
	errs := make(chan error, 4)
	for range 4 {
		q := connect(t, cfg)
		db, err := postgres.Open(ctx, pgURL)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		wg.Go(func() {
			errs <- q.Consume(cctx, func(ctx context.Context, batch []queue.Message) error {
				st, err := db.PutArticles(ctx, coded(batch))
				stored.Add(int64(st.Articles))
				return err
			})
		})
	}
	waitFor(t, "an empty queue", func() bool {
		st, err := pub.Stats(ctx)
		return err == nil && st.Pending == 0 && st.AckPending == 0
	})
	cancel()
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}

	ref, err := postgres.Open(ctx, refURL)
	if err != nil {
		t.Fatal(err)
	}
	defer ref.Close()
	refCoded := make([]store.Coded, n)
	for i, a := range as {
		refCoded[i] = store.Coded{Article: a, Events: fakeCode(a)}
	}
	if _, err := ref.PutArticles(ctx, refCoded); err != nil {
		t.Fatal(err)
	}
	got, err := postgres.Open(ctx, pgURL)
	if err != nil {
		t.Fatal(err)
	}
	defer got.Close()
	summary := func(s store.Store) map[string][3]int {
		p, err := s.Events(ctx, store.Filter{Limit: store.MaxLimit})
		if err != nil {
			t.Fatal(err)
		}
		m := map[string][3]int{}
		for _, e := range p.Events {
			m[e.Source.Code+">"+e.Target.Code+" "+*e.Date] = [3]int{e.Mentions, e.Articles, e.Sources}
		}
		return m
	}
	want, have := summary(ref), summary(got)
	if fmt.Sprint(want) != fmt.Sprint(have) {
		t.Errorf("distributed ingest events:\n%v\nwant (sequential):\n%v", have, want)
	}
	for _, a := range []string{as[0].ID, as[n-1].ID} {
		if _, err := got.Article(ctx, a); err != nil {
			t.Errorf("article %s: %v", a, err)
		}
	}
	t.Logf("%d articles stored by the surviving workers, %d by the dying one", stored.Load(), n-stored.Load())
}
