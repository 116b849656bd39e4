package queue_test

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"annals/article"
	"annals/queue"
	"annals/queue/queuetest"
)

// BenchmarkThroughput publishes b.N articles of about 2 KB with
// PublishBatch and consumes them with one and with four workers whose
// handler does nothing: the queue's own overhead per article.
func BenchmarkThroughput(b *testing.B) {
	body := make([]byte, 2000)
	for i := range body {
		body[i] = 'a' + byte(i%26)
	}
	for _, workers := range []int{1, 4} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			url := queuetest.Server(b)
			cfg := queue.Config{URL: url, FetchWait: 100 * time.Millisecond}
			pub, err := queue.Connect(context.Background(), cfg)
			if err != nil {
				b.Fatal(err)
			}
			defer pub.Close()
			as := make([]article.Article, b.N)
			for i := range as {
				as[i] = article.Article{ID: fmt.Sprintf("b%d", i), Text: string(body)}
			}
			b.ResetTimer()
			t0 := time.Now()
			for i := 0; i < len(as); i += 1000 {
				if _, _, err := pub.PublishBatch(context.Background(), as[i:min(i+1000, len(as))]); err != nil {
					b.Fatal(err)
				}
			}
			pubTime := time.Since(t0)
			var done atomic.Int64
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			errs := make(chan error, workers)
			t1 := time.Now()
			for range workers {
				q, err := queue.Connect(context.Background(), cfg)
				if err != nil {
					b.Fatal(err)
				}
				defer q.Close()
				go func() {
					errs <- q.Consume(ctx, func(_ context.Context, batch []queue.Message) error {
						if done.Add(int64(len(batch))) >= int64(b.N) {
							cancel()
						}
						return nil
					})
				}()
			}
			for range workers {
				if err := <-errs; err != nil {
					b.Fatal(err)
				}
			}
			consumeTime := time.Since(t1)
			b.StopTimer()
			b.ReportMetric(float64(b.N)/pubTime.Seconds(), "published/s")
			b.ReportMetric(float64(b.N)/consumeTime.Seconds(), "consumed/s")
		})
	}
}
