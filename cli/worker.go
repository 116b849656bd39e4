package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"annals/article"
	"annals/coder"
	"annals/queue"
	"annals/store"
)

// queueFlags are the NATS settings shared by ingest --nats and worker.
type queueFlags struct {
	url, stream, subject, durable string
	batch, maxDeliver             int
}

func (q *queueFlags) register(env *Env, fs *flag.FlagSet) {
	fs.StringVar(&q.url, "nats", env.Getenv("ANNALS_NATS"), "NATS server `URL` (env ANNALS_NATS)")
	fs.StringVar(&q.stream, "stream", envOr(env, "ANNALS_STREAM", queue.DefaultStream), "JetStream `stream` (env ANNALS_STREAM)")
	fs.StringVar(&q.subject, "subject", envOr(env, "ANNALS_SUBJECT", queue.DefaultSubject), "`subject` articles are published on (env ANNALS_SUBJECT)")
	fs.StringVar(&q.durable, "durable", envOr(env, "ANNALS_DURABLE", queue.DefaultDurable), "durable consumer `name` shared by workers (env ANNALS_DURABLE)")
	fs.IntVar(&q.batch, "batch", envInt(env, "ANNALS_WORKER_BATCH", queue.DefaultBatch), "articles per fetch and transaction (env ANNALS_WORKER_BATCH)")
	fs.IntVar(&q.maxDeliver, "max-deliver", envInt(env, "ANNALS_MAX_DELIVER", queue.DefaultMaxDeliver), "deliveries before an article goes to the dead-letter subject (env ANNALS_MAX_DELIVER)")
}

func envInt(env *Env, key string, def int) int {
	if v := env.Getenv(key); v != "" {
		if n, err := strconv.Atoi(v); err == nil {
			return n
		}
	}
	return def
}

func (q *queueFlags) config() queue.Config {
	return queue.Config{URL: q.url, Stream: q.stream, Subject: q.subject, Durable: q.durable, Batch: q.batch, MaxDeliver: q.maxDeliver}
}

// publish queues articles on the stream instead of coding them here.
func publish(ctx context.Context, env *Env, qf queueFlags, arts func(func(article.Article, error) bool)) int {
	q, err := queue.Connect(ctx, qf.config())
	if err != nil {
		return writeErr(env, "ingest", err)
	}
	defer q.Close()
	bad := false
	var batch []article.Article
	pub, dup := 0, 0
	flush := func() error {
		p, d, err := q.PublishBatch(ctx, batch)
		pub, dup = pub+p, dup+d
		batch = batch[:0]
		return err
	}
	for a, err := range arts {
		if err != nil {
			fmt.Fprintln(env.Stderr, err)
			bad = true
			continue
		}
		batch = append(batch, a)
		if len(batch) >= 500 {
			if err := flush(); err != nil {
				return writeErr(env, "ingest", err)
			}
		}
	}
	if err := flush(); err != nil {
		return writeErr(env, "ingest", err)
	}
	fmt.Fprintf(env.Stdout, "queued %d articles (%d duplicates dropped by the server)\n", pub, dup)
	if bad {
		return ExitUsage
	}
	return ExitOK
}

type workerCmd struct{}

func (*workerCmd) Name() string { return "worker" }
func (*workerCmd) Synopsis() string {
	return "consume queued articles from NATS JetStream, code them and store them"
}

func (c *workerCmd) Run(ctx context.Context, env *Env, args []string) int {
	fs := newFlags(env, "worker", "--nats URL --db postgres://...")
	var df dictFlags
	df.register(fs)
	var qf queueFlags
	qf.register(env, fs)
	db := fs.String("db", envOr(env, "ANNALS_DB", defaultDB), "store: a postgres:// URL (or a SQLite file for a single worker) (env ANNALS_DB)")
	metrics := fs.String("metrics", envOr(env, "ANNALS_WORKER_METRICS", ""), "serve /metrics and /healthz on `ADDR` (env ANNALS_WORKER_METRICS)")
	if _, code, ok := parse(fs, args); !ok {
		return code
	}
	cd, err := df.build()
	if err != nil {
		return writeErr(env, "worker", err)
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return writeErr(env, "worker", err)
	}
	defer st.Close()
	q, err := queue.Connect(ctx, qf.config())
	if err != nil {
		return writeErr(env, "worker", err)
	}
	defer q.Close()
	if *metrics != "" {
		stop, err := serveWorkerMetrics(ctx, *metrics, q)
		if err != nil {
			return writeErr(env, "worker", err)
		}
		defer stop()
	}
	fmt.Fprintf(env.Stderr, "annals worker: consuming %s\n", redact(qf.url))
	err = q.Consume(ctx, workHandler(cd, st))
	if err != nil && !errors.Is(err, context.Canceled) {
		return writeErr(env, "worker", err)
	}
	s, _ := q.Stats(context.Background())
	fmt.Fprintf(env.Stderr, "annals worker: stopped after %d articles (%d failed, %d redelivered)\n", s.Processed, s.Failed, s.Redelivered)
	return ExitOK
}

// workHandler codes a batch and stores it in one transaction; the queue
// acks the batch only after this returns nil, so a worker killed
// mid-batch loses nothing, and the store's idempotency makes the
// redelivery harmless.
func workHandler(cd *coder.Coder, st store.Store) queue.Handler {
	return func(ctx context.Context, batch []queue.Message) error {
		coded := make([]store.Coded, 0, len(batch))
		for _, m := range batch {
			if m.Article.Text == "" || m.Article.Date.IsZero() {
				m.Fail(fmt.Errorf("article %q has no text or no date", m.Article.ID))
				continue
			}
			coded = append(coded, store.Coded{Article: m.Article, Events: cd.Code(m.Article, coder.Options{}).Events})
		}
		if len(coded) == 0 {
			return nil
		}
		_, err := st.PutArticles(ctx, coded)
		return err
	}
}

// serveWorkerMetrics exposes the queue's counters and lag.
func serveWorkerMetrics(ctx context.Context, addr string, q *queue.Queue) (func(), error) {
	reg := prometheus.NewRegistry()
	stat := func(pick func(queue.Stats) uint64) func() float64 {
		return func() float64 {
			c, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			defer cancel()
			s, err := q.Stats(c)
			if err != nil {
				return 0
			}
			return float64(pick(s))
		}
	}
	reg.MustRegister(
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "annals_worker_processed_total", Help: "Articles coded, stored and acked."}, stat(func(s queue.Stats) uint64 { return s.Processed })),
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "annals_worker_failed_total", Help: "Articles sent to the dead-letter subject."}, stat(func(s queue.Stats) uint64 { return s.Failed })),
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "annals_worker_redelivered_total", Help: "Messages received again after an earlier delivery."}, stat(func(s queue.Stats) uint64 { return s.Redelivered })),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "annals_worker_lag", Help: "Messages not yet delivered to any worker."}, stat(func(s queue.Stats) uint64 { return s.Pending })),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "annals_worker_ack_pending", Help: "Messages delivered and not yet acked."}, stat(func(s queue.Stats) uint64 { return s.AckPending })),
	)
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, `{"status":"ok"}`) })
	srv := &http.Server{Addr: addr, Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe() }()
	select {
	case err := <-errc:
		return nil, err
	case <-time.After(50 * time.Millisecond):
	}
	return func() {
		c, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(c)
	}, nil
}
