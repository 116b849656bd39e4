package cli

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strconv"
	"sync"
	"testing"
	"time"

	"annals/article"
	"annals/demo"
	"annals/queue"
	"annals/queue/queuetest"
	"annals/store"
	"annals/store/postgres"
	"annals/store/postgres/pgtest"
)

// TestLoad pushes ANNALS_LOAD synthetic articles (the demo corpus with new
// ids) through 1, 2 and 4 workers — each a consumer with its own NATS
// connection, coder and PostgreSQL pool — and reports articles/s and the
// end-to-end latency from publish to commit (median, p99). Workers run
// while the articles are published as fast as the server takes them, so
// the latency includes the time an article waits in the queue. Run:
//
//	ANNALS_TEST_POSTGRES=$(./scripts/pg.sh) ANNALS_LOAD=100000 go test ./cli -run TestLoad -v -timeout 60m
func TestLoad(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("ANNALS_LOAD"))
	if n <= 0 {
		t.Skip("set ANNALS_LOAD=N to run the load driver")
	}
	arts, err := demo.Corpus()
	if err != nil {
		t.Fatal(err)
	}
	df := dictFlags{}
	cd, err := df.build()
	if err != nil {
		t.Fatal(err)
	}
	for _, workers := range []int{1, 2, 4} {
		t.Run(fmt.Sprintf("workers=%d", workers), func(t *testing.T) {
			pg := pgtest.URL(t)
			nats := queuetest.Server(t)
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var mu sync.Mutex
			published := make(map[string]time.Time, n)
			var lat []time.Duration
			done := make(chan struct{})
			var wg sync.WaitGroup
			for w := 0; w < workers; w++ {
				q, err := queue.Connect(ctx, queue.Config{URL: nats, Batch: 50})
				if err != nil {
					t.Fatal(err)
				}
				st, err := postgres.Open(ctx, pg)
				if err != nil {
					t.Fatal(err)
				}
				h := workHandler(cd, st)
				wg.Add(1)
				go func() {
					defer wg.Done()
					defer q.Close()
					defer st.Close()
					q.Consume(ctx, func(ctx context.Context, batch []queue.Message) error {
						if err := h(ctx, batch); err != nil {
							return err
						}
						now := time.Now()
						mu.Lock()
						for _, m := range batch {
							lat = append(lat, now.Sub(published[m.Article.ID]))
						}
						if len(lat) >= n {
							select {
							case <-done:
							default:
								close(done)
							}
						}
						mu.Unlock()
						return nil
					})
				}()
			}
			pub, err := queue.Connect(ctx, queue.Config{URL: nats})
			if err != nil {
				t.Fatal(err)
			}
			defer pub.Close()
			start := time.Now()
			batch := make([]article.Article, 0, 500)
			for i := 0; i < n; i++ {
				a := arts[i%len(arts)]
				a.ID = fmt.Sprintf("%s-%d", a.ID, i)
				batch = append(batch, a)
				if len(batch) == cap(batch) || i == n-1 {
					mu.Lock()
					now := time.Now()
					for _, b := range batch {
						published[b.ID] = now
					}
					mu.Unlock()
					if _, _, err := pub.PublishBatch(ctx, batch); err != nil {
						t.Fatal(err)
					}
					batch = batch[:0]
				}
			}
			select {
			case <-done:
			case <-time.After(45 * time.Minute):
				t.Fatal("timed out")
			}
			el := time.Since(start)
			cancel()
			wg.Wait()
			mu.Lock()
			sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
			p50, p99 := lat[len(lat)/2], lat[len(lat)*99/100]
			mu.Unlock()
			st, _ := postgres.Open(context.Background(), pg)
			events, _ := st.Count(context.Background(), store.Filter{})
			st.Close()
			t.Logf("workers=%d: %d articles in %v: %.0f articles/s; latency publish→commit p50 %v, p99 %v; %d distinct events stored",
				workers, n, el.Round(time.Millisecond), float64(n)/el.Seconds(), p50.Round(time.Millisecond), p99.Round(time.Millisecond), events)
		})
	}
}
