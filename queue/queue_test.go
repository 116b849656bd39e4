package queue_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"annals/article"
	"annals/queue"
	"annals/queue/queuetest"
	"annals/store"
	"annals/timex"
)

// testConfig is a configuration for tests: small waits so that they run
// fast.
func testConfig(url string) queue.Config {
	return queue.Config{URL: url, FetchWait: 200 * time.Millisecond, NakDelay: 10 * time.Millisecond,
		AckWait: 5 * time.Second, Batch: 10}
}

func connect(t *testing.T, cfg queue.Config) *queue.Queue {
	t.Helper()
	q, err := queue.Connect(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(q.Close)
	return q
}

func art(i int) article.Article {
	return article.Article{ID: fmt.Sprintf("art-%03d", i), Date: timex.Ymd(2025, 1, 1+i%28),
		Title: "Title", Text: fmt.Sprintf("Text of article %d.", i), Source: "Wire"}
}

// consumeUntil runs Consume in the background with handle and returns a
// function that stops it and returns its error.
func consumeUntil(t *testing.T, q *queue.Queue, handle queue.Handler) (stop func() error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- q.Consume(ctx, handle) }()
	return func() error {
		cancel()
		select {
		case err := <-done:
			return err
		case <-time.After(10 * time.Second):
			t.Fatal("Consume did not return 10s after its context was cancelled")
			return nil
		}
	}
}

// waitFor polls cond until it holds or 15 seconds pass.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// waiting returns the number of pull requests waiting on the consumer.
func waiting(t *testing.T, url string) int {
	t.Helper()
	nc, err := nats.Connect(url)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	c, err := js.Consumer(context.Background(), queue.DefaultStream, queue.DefaultDurable)
	if err != nil {
		t.Fatal(err)
	}
	info, err := c.Info(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return info.NumWaiting
}

// streamMsgs returns the number of messages left in the work-queue stream.
func streamMsgs(t *testing.T, url string) uint64 {
	t.Helper()
	nc, err := nats.Connect(url)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	s, err := js.Stream(context.Background(), queue.DefaultStream)
	if err != nil {
		t.Fatal(err)
	}
	info, err := s.Info(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return info.State.Msgs
}

// settled waits until the server has processed every ack and returns the
// stats then.
func settled(t *testing.T, q *queue.Queue) queue.Stats {
	t.Helper()
	var st queue.Stats
	waitFor(t, "settled messages", func() bool {
		var err error
		st, err = q.Stats(context.Background())
		return err == nil && st.AckPending == 0
	})
	return st
}

// recorder is a handler that records every article it is given.
type recorder struct {
	mu   sync.Mutex
	seen map[string]int
	all  []queue.Message
}

func (r *recorder) handle(_ context.Context, batch []queue.Message) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.seen == nil {
		r.seen = map[string]int{}
	}
	for _, m := range batch {
		r.seen[store.ArticleKey(&m.Article)]++
		r.all = append(r.all, m)
	}
	return nil
}

func (r *recorder) count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.all)
}

func TestEncodeDecode(t *testing.T) {
	tests := []struct {
		name string
		a    article.Article
	}{
		{"full", article.Article{ID: "x1", Date: timex.Ymd(2025, 1, 17), Title: "T", Text: "Body.",
			Source: "AP", URL: "https://example.org/x1", Language: "en"}},
		{"month date", article.Article{ID: "x2", Date: timex.Date{Y: 2025, M: 3, Prec: timex.Month}, Text: "B"}},
		{"no id, no date", article.Article{Text: "Only text \u00e9."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := queue.Encode(tt.a)
			if err != nil {
				t.Fatal(err)
			}
			got, err := queue.Decode(b)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.a) {
				t.Errorf("round trip = %+v, want %+v", got, tt.a)
			}
		})
	}
	for _, bad := range []string{`not json`, `{"id":"a","date":"2025-13-45","text":"x"}`, `{"id":1}`} {
		if _, err := queue.Decode([]byte(bad)); err == nil {
			t.Errorf("Decode(%s) succeeded", bad)
		}
	}
}

func TestConnectErrors(t *testing.T) {
	if _, err := queue.Connect(context.Background(), queue.Config{URL: "nats://127.0.0.1:1"}); err == nil {
		t.Error("Connect to a closed port succeeded")
	}
	url := queuetest.Server(t)
	if _, err := queue.Connect(context.Background(), queue.Config{URL: url, Subject: "a.b", DeadSubject: "a.b"}); err == nil {
		t.Error("Connect with subject = dead subject succeeded")
	}
}

func TestRoundTrip(t *testing.T) {
	url := queuetest.Server(t)
	q := connect(t, testConfig(url))
	ctx := context.Background()
	want := []article.Article{art(1), art(2), {Date: timex.Ymd(2025, 2, 1), Text: "No id."}}
	for _, a := range want {
		if err := q.Publish(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	var r recorder
	stop := consumeUntil(t, q, r.handle)
	waitFor(t, "3 articles", func() bool { return r.count() == 3 })
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	for i, m := range r.all {
		if !reflect.DeepEqual(m.Article, want[i]) || m.Delivered != 1 {
			t.Errorf("message %d = %+v (delivered %d), want %+v", i, m.Article, m.Delivered, want[i])
		}
	}
	st := settled(t, q)
	if st.Processed != 3 || st.Published != 3 || st.Pending != 0 || st.AckPending != 0 || st.Failed != 0 {
		t.Errorf("stats = %+v", st)
	}
	waitFor(t, "an empty work queue", func() bool { return streamMsgs(t, url) == 0 })
}

func TestDuplicatesDropped(t *testing.T) {
	url := queuetest.Server(t)
	q := connect(t, testConfig(url))
	ctx := context.Background()
	if err := q.Publish(ctx, art(1)); err != nil {
		t.Fatal(err)
	}
	if err := q.Publish(ctx, art(1)); err != nil {
		t.Fatal(err)
	}
	batch := []article.Article{art(1), art(2), art(3), art(2), {Text: "same"}, {Text: "same"}}
	pub, dup, err := q.PublishBatch(ctx, batch)
	if err != nil || pub != 3 || dup != 3 {
		t.Errorf("PublishBatch = %d published, %d duplicates, %v; want 3, 3", pub, dup, err)
	}
	var st queue.Stats
	waitFor(t, "4 pending messages", func() bool { // the server counts asynchronously
		st, err = q.Stats(ctx)
		return err == nil && st.Pending >= 4
	})
	if st.Published != 4 || st.Duplicates != 4 || st.Pending != 4 {
		t.Errorf("stats = %+v, want 4 published, 4 duplicates, 4 pending", st)
	}
	var r recorder
	stop := consumeUntil(t, q, r.handle)
	waitFor(t, "4 articles", func() bool { return r.count() == 4 })
	time.Sleep(300 * time.Millisecond) // nothing more comes
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if r.count() != 4 {
		t.Errorf("handled %d messages, want 4", r.count())
	}
}

func TestHandlerErrorRedelivers(t *testing.T) {
	url := queuetest.Server(t)
	q := connect(t, testConfig(url))
	ctx := context.Background()
	if err := q.Publish(ctx, art(1)); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var deliveries []int
	stop := consumeUntil(t, q, func(_ context.Context, batch []queue.Message) error {
		mu.Lock()
		defer mu.Unlock()
		for _, m := range batch {
			deliveries = append(deliveries, m.Delivered)
		}
		if len(deliveries) < 3 {
			return errors.New("store unavailable")
		}
		return nil
	})
	waitFor(t, "3 deliveries", func() bool { mu.Lock(); defer mu.Unlock(); return len(deliveries) >= 3 })
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(deliveries, []int{1, 2, 3}) {
		t.Errorf("deliveries = %v, want [1 2 3]", deliveries)
	}
	st := settled(t, q)
	if st.Processed != 1 || st.Redelivered != 2 || st.Failed != 0 || st.Pending != 0 || st.AckPending != 0 {
		t.Errorf("stats = %+v", st)
	}
}

func TestDeadLetters(t *testing.T) {
	url := queuetest.Server(t)
	cfg := testConfig(url)
	cfg.MaxDeliver = 3
	cfg.Batch = 1 // a failing batch holds only its poison message
	q := connect(t, cfg)
	ctx := context.Background()
	poison := art(1)
	poison.ID = "poison"
	bad := art(2)
	bad.ID = "bad"
	for _, a := range []article.Article{art(0), poison, bad, art(3)} {
		if err := q.Publish(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	// An undecodable message goes straight to the dead letters.
	nc, err := nats.Connect(url)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	garbage := nats.NewMsg(queue.DefaultSubject)
	garbage.Data = []byte("{not json")
	garbage.Header.Set(jetstream.MsgIDHeader, "garbage")
	if err := nc.PublishMsg(garbage); err != nil {
		t.Fatal(err)
	}
	var r recorder
	stop := consumeUntil(t, q, func(ctx context.Context, batch []queue.Message) error {
		for _, m := range batch {
			switch m.Article.ID {
			case "poison":
				return errors.New("cannot store poison")
			case "bad":
				m.Fail(errors.New("cannot code bad"))
				return nil
			}
		}
		return r.handle(ctx, batch)
	})
	var dls []queue.DeadLetter
	waitFor(t, "3 dead letters", func() bool {
		dls, err = q.DeadLetters(ctx, 10)
		return err == nil && len(dls) == 3
	})
	waitFor(t, "2 good articles", func() bool { return r.count() == 2 })
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	got := map[string]queue.DeadLetter{}
	for _, d := range dls {
		got[d.Article] = d
	}
	tests := []struct {
		key, err  string
		delivered int
	}{
		{"poison", "cannot store poison", 3},
		{"bad", "cannot code bad", 1},
		{"garbage", "decode article", 1},
	}
	for _, tt := range tests {
		d, ok := got[tt.key]
		if !ok || !strings.Contains(d.Error, tt.err) || d.Delivered != tt.delivered || len(d.Data) == 0 {
			t.Errorf("dead letter %s = %+v, want error %q after %d deliveries", tt.key, d, tt.err, tt.delivered)
		}
	}
	st := settled(t, q)
	if st.Failed != 3 || st.Processed != 2 || st.Pending != 0 || st.AckPending != 0 {
		t.Errorf("stats = %+v", st)
	}
	waitFor(t, "an empty work queue", func() bool { return streamMsgs(t, url) == 0 })
}

// TestSharedWork runs several consumers on one durable consumer: every
// article is handled exactly once, by one of them, and the work is shared.
func TestSharedWork(t *testing.T) {
	for _, workers := range []int{2, 4} {
		t.Run(fmt.Sprintf("workers=%d", workers), func(t *testing.T) {
			url := queuetest.Server(t)
			const n = 300
			pub := connect(t, testConfig(url))
			as := make([]article.Article, n)
			for i := range as {
				as[i] = art(i)
			}
			var (
				mu   sync.Mutex
				seen = map[string]int{}
				per  = make([]int, workers)
			)
			stops := make([]func() error, workers)
			for w := range workers {
				q := connect(t, testConfig(url))
				stops[w] = consumeUntil(t, q, func(_ context.Context, batch []queue.Message) error {
					time.Sleep(5 * time.Millisecond) // a store commit
					mu.Lock()
					defer mu.Unlock()
					for _, m := range batch {
						seen[m.Article.ID]++
						per[w]++
					}
					return nil
				})
			}
			// Publish once every consumer waits for work, so that the
			// first to start does not take it all.
			waitFor(t, "waiting consumers", func() bool { return waiting(t, url) >= workers })
			if _, _, err := pub.PublishBatch(context.Background(), as); err != nil {
				t.Fatal(err)
			}
			waitFor(t, fmt.Sprintf("%d articles", n), func() bool { mu.Lock(); defer mu.Unlock(); return len(seen) == n })
			time.Sleep(300 * time.Millisecond) // no second delivery arrives
			for _, stop := range stops {
				if err := stop(); err != nil {
					t.Fatal(err)
				}
			}
			for id, c := range seen {
				if c != 1 {
					t.Errorf("%s handled %d times", id, c)
				}
			}
			busy := 0
			for _, c := range per {
				if c > 0 {
					busy++
				}
			}
			if busy < 2 {
				t.Errorf("work per consumer %v: not shared", per)
			}
			t.Logf("work per consumer: %v", per)
			waitFor(t, "an empty work queue", func() bool { return streamMsgs(t, url) == 0 })
		})
	}
}

// TestGracefulStop cancels Consume while a batch is being handled: the
// handler's context stays live, the batch is acked, and Consume returns.
func TestGracefulStop(t *testing.T) {
	url := queuetest.Server(t)
	q := connect(t, testConfig(url))
	ctx, cancel := context.WithCancel(context.Background())
	for i := range 5 {
		if err := q.Publish(ctx, art(i)); err != nil {
			t.Fatal(err)
		}
	}
	inHandler := make(chan struct{})
	release := make(chan struct{})
	var handled int
	var handlerErr error
	done := make(chan error, 1)
	go func() {
		done <- q.Consume(ctx, func(hctx context.Context, batch []queue.Message) error {
			close(inHandler)
			<-release
			handlerErr = hctx.Err()
			handled = len(batch)
			return nil
		})
	}()
	<-inHandler
	cancel()
	select {
	case <-done:
		t.Fatal("Consume returned before its batch was handled")
	case <-time.After(100 * time.Millisecond):
	}
	close(release)
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Consume did not return after its batch")
	}
	if handlerErr != nil || handled != 5 {
		t.Errorf("handler saw ctx error %v and %d messages, want none and 5", handlerErr, handled)
	}
	waitFor(t, "an empty work queue", func() bool { return streamMsgs(t, url) == 0 })
}

// TestWorkerDiesMidBatch closes a worker's connection while it holds a
// batch: the batch is redelivered to another worker after AckWait.
func TestWorkerDiesMidBatch(t *testing.T) {
	url := queuetest.Server(t)
	cfg := testConfig(url)
	cfg.AckWait = time.Second
	dying, err := queue.Connect(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		if err := dying.Publish(context.Background(), art(i)); err != nil {
			t.Fatal(err)
		}
	}
	err = dying.Consume(context.Background(), func(context.Context, []queue.Message) error {
		dying.Close() // killed before committing
		return nil
	})
	if err == nil {
		t.Fatal("Consume on a closed connection returned nil")
	}
	q := connect(t, cfg)
	var r recorder
	stop := consumeUntil(t, q, r.handle)
	waitFor(t, "3 redelivered articles", func() bool { return r.count() == 3 })
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	for _, m := range r.all {
		if m.Delivered != 2 {
			t.Errorf("%s delivered %d times, want 2", m.Article.ID, m.Delivered)
		}
	}
}

// TestDiesTooOften dead-letters a message that kept killing its workers:
// delivered more than MaxDeliver times, it is not handed to the handler.
func TestDiesTooOften(t *testing.T) {
	url := queuetest.Server(t)
	cfg := testConfig(url)
	cfg.AckWait = 500 * time.Millisecond
	cfg.MaxDeliver = 1
	dying, err := queue.Connect(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := dying.Publish(context.Background(), art(1)); err != nil {
		t.Fatal(err)
	}
	if err := dying.Consume(context.Background(), func(context.Context, []queue.Message) error {
		dying.Close()
		return nil
	}); err == nil {
		t.Fatal("Consume on a closed connection returned nil")
	}
	q := connect(t, cfg)
	var r recorder
	stop := consumeUntil(t, q, r.handle)
	var dls []queue.DeadLetter
	waitFor(t, "a dead letter", func() bool {
		dls, err = q.DeadLetters(context.Background(), 10)
		return err == nil && len(dls) == 1
	})
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if r.count() != 0 || dls[0].Delivered != 2 || dls[0].Article != art(1).ID ||
		!strings.Contains(dls[0].Error, "without being settled") {
		t.Errorf("handled %d, dead letter %+v", r.count(), dls[0])
	}
}
