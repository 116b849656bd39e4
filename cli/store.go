package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"annals/article"
	"annals/coder"
	"annals/store"
	"annals/store/postgres"
	"annals/store/sqlite"
)

// defaultDB is the embedded store's file when --db is not given.
const defaultDB = "annals.db"

// openStore opens the store a --db value names: a SQLite file path, or a
// postgres:// URL.
func openStore(ctx context.Context, dsn string) (store.Store, error) {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		st, err := postgres.Open(ctx, dsn)
		if err != nil {
			return nil, fmt.Errorf("--db %s: %w", redact(dsn), err)
		}
		return st, nil
	}
	return sqlite.Open(dsn)
}

// redact hides a password in a URL for messages.
func redact(dsn string) string {
	if i := strings.Index(dsn, "://"); i >= 0 {
		if at := strings.LastIndex(dsn, "@"); at > i {
			if c := strings.Index(dsn[i+3:at], ":"); c >= 0 {
				return dsn[:i+3+c+1] + "***" + dsn[at:]
			}
		}
	}
	return dsn
}

// ingester codes articles and stores them in batches.
type ingester struct {
	cd    *coder.Coder
	st    store.Store
	batch int
	jobs  int
}

// progress reports ingest progress: a bar on a terminal, else a plain line
// every few seconds.
type progress struct {
	w       io.Writer
	bar     *progressbar.ProgressBar
	start   time.Time
	last    time.Time
	arts    int
	events  int
	skipped int
}

func newProgress(w io.Writer, total int) *progress {
	p := &progress{w: w, start: time.Now(), last: time.Now()}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.bar = progressbar.NewOptions(total,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription("ingest"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("articles"),
			progressbar.OptionThrottle(200*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	}
	return p
}

func (p *progress) add(s store.Stats, n int) {
	p.arts += n
	p.events += s.Events
	p.skipped += s.Skipped
	if p.bar != nil {
		p.bar.Describe(fmt.Sprintf("ingest: %d events", p.events))
		p.bar.Add(n)
		return
	}
	if time.Since(p.last) >= 2*time.Second {
		p.last = time.Now()
		fmt.Fprintf(p.w, "ingest: %d articles (%d already stored), %d new events, %.0f articles/s\n",
			p.arts, p.skipped, p.events, float64(p.arts)/time.Since(p.start).Seconds())
	}
}

func (p *progress) done() {
	if p.bar != nil {
		p.bar.Finish()
	}
	fmt.Fprintf(p.w, "ingest: %d articles (%d already stored), %d new events in %v\n",
		p.arts, p.skipped, p.events, time.Since(p.start).Round(time.Millisecond))
}

// run codes and stores everything in. Articles that cannot be read are
// reported on errw and skipped; each batch is committed on its own, so an
// interruption loses nothing committed and a re-run finishes the rest.
func (in *ingester) run(ctx context.Context, arts func(func(article.Article, error) bool), total int, errw io.Writer) (store.Stats, bool, error) {
	var sum store.Stats
	bad := false
	var pending []store.Coded
	prog := newProgress(errw, total)
	flush := func() error {
		if len(pending) == 0 {
			return nil
		}
		s, err := in.st.PutArticles(ctx, pending)
		if err != nil {
			return err
		}
		sum = sum.Add(s)
		prog.add(s, len(pending))
		pending = pending[:0]
		return nil
	}
	err := codeAll(ctx, in.cd, coder.Options{}, in.jobs, arts, func(c Coded) error {
		if c.Err != nil {
			fmt.Fprintln(errw, c.Err)
			bad = true
			return nil
		}
		pending = append(pending, store.Coded{Article: c.Article, Events: c.Result.Events})
		if len(pending) >= in.batch {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	prog.done()
	return sum, bad, err
}

type ingestCmd struct{}

func (*ingestCmd) Name() string     { return "ingest" }
func (*ingestCmd) Synopsis() string { return "code articles and store them (idempotent)" }

func (c *ingestCmd) Run(ctx context.Context, env *Env, args []string) int {
	fs := newFlags(env, "ingest", "[--db FILE] [PATH|-]...")
	var df dictFlags
	df.register(fs)
	db := fs.String("db", envOr(env, "ANNALS_DB", defaultDB), "store: a SQLite `file` or a postgres:// URL (env ANNALS_DB)")
	var in input
	in.register(fs)
	batch := fs.Int("batch", 200, "articles per transaction")
	natsURL := fs.String("nats", env.Getenv("ANNALS_NATS"), "queue the articles on the NATS JetStream at `URL` for workers instead of coding them here (env ANNALS_NATS)")
	jobs := fs.Int("j", defaultJobs(), "articles coded at once")
	paths, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	arts, err := in.articles(env, paths)
	if err != nil {
		return writeErr(env, "ingest", err)
	}
	if *natsURL != "" {
		return publish(ctx, env, queueFlags{url: *natsURL}, arts)
	}
	cd, err := df.build()
	if err != nil {
		return writeErr(env, "ingest", err)
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return writeErr(env, "ingest", err)
	}
	defer st.Close()
	ing := &ingester{cd: cd, st: st, batch: max(1, *batch), jobs: *jobs}
	sum, bad, err := ing.run(ctx, arts, 0, env.Stderr)
	if err != nil {
		return writeErr(env, "ingest", err)
	}
	fmt.Fprintf(env.Stdout, "stored %d articles (%d already stored), %d new events, %d merged reports\n", sum.Articles, sum.Skipped, sum.Events, sum.Merged)
	if bad {
		return ExitUsage
	}
	return ExitOK
}

func envOr(env *Env, key, def string) string {
	if v := env.Getenv(key); v != "" {
		return v
	}
	return def
}
