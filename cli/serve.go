package cli

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"os"
	"path/filepath"

	"annals/article"
	"annals/coder"
	"annals/demo"
	"annals/server"
	"annals/store"
)

type serveCmd struct{}

func (*serveCmd) Name() string     { return "serve" }
func (*serveCmd) Synopsis() string { return "serve the HTTP API and web UI over a store" }

func (c *serveCmd) Run(ctx context.Context, env *Env, args []string) int {
	fs := newFlags(env, "serve", "[--db FILE] [--addr HOST:PORT]")
	var df dictFlags
	df.register(fs)
	db := fs.String("db", envOr(env, "ANNALS_DB", defaultDB), "store: a SQLite `file` or a postgres:// URL (env ANNALS_DB)")
	addr := fs.String("addr", envOr(env, "ANNALS_ADDR", "127.0.0.1:8080"), "listen `address` (env ANNALS_ADDR)")
	token := fs.String("token", env.Getenv("ANNALS_TOKEN"), "bearer `token` required for POST (env ANNALS_TOKEN); required off loopback")
	if _, code, ok := parse(fs, args); !ok {
		return code
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return writeErr(env, "serve", err)
	}
	defer st.Close()
	cd, err := df.build()
	if err != nil {
		return writeErr(env, "serve", err)
	}
	return serve(ctx, env, st, cd, *addr, *token)
}

// serve runs the server until ctx ends. Off loopback, POST needs a token.
func serve(ctx context.Context, env *Env, st store.Store, cd *coder.Coder, addr, token string) int {
	if !isLoopback(addr) && token == "" {
		return writeErr(env, "serve", fmt.Errorf("--addr %s is not a loopback address: set --token (or ANNALS_TOKEN) so that POST needs it", addr))
	}
	ing := &ingester{cd: cd, st: st, batch: 200, jobs: defaultJobs()}
	srv := server.New(st, server.Options{
		Token:  token,
		Logger: slog.New(slog.NewTextHandler(env.Stderr, nil)),
		Ingest: func(ctx context.Context, arts []article.Article) (store.Stats, error) {
			in := func(yield func(article.Article, error) bool) {
				for _, a := range arts {
					if !yield(a, nil) {
						return
					}
				}
			}
			s, _, err := ing.run(ctx, in, len(arts), discard{})
			return s, err
		},
	})
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return writeErr(env, "serve", err)
	}
	fmt.Fprintf(env.Stdout, "annals: serving http://%s/\n", ln.Addr())
	if err := server.Serve(ctx, ln, srv); err != nil {
		return writeErr(env, "serve", err)
	}
	return ExitOK
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

func isLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

type demoCmd struct{}

func (*demoCmd) Name() string { return "demo" }
func (*demoCmd) Synopsis() string {
	return "code the sample corpus into a fresh local database and serve the UI"
}

func (c *demoCmd) Run(ctx context.Context, env *Env, args []string) int {
	fs := newFlags(env, "demo", "[--db FILE] [--addr HOST:PORT]")
	db := fs.String("db", "annals-demo.db", "the demo's SQLite `file` (replaced)")
	addr := fs.String("addr", "127.0.0.1:8080", "listen `address`")
	noServe := fs.Bool("no-serve", false, "code and store the corpus, then exit")
	if _, code, ok := parse(fs, args); !ok {
		return code
	}
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if err := os.Remove(*db + suffix); err != nil && !os.IsNotExist(err) {
			return writeErr(env, "demo", err)
		}
	}
	var df dictFlags
	cd, err := df.build()
	if err != nil {
		return writeErr(env, "demo", err)
	}
	arts, err := demo.Corpus()
	if err != nil {
		return writeErr(env, "demo", err)
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return writeErr(env, "demo", err)
	}
	defer st.Close()
	in := func(yield func(article.Article, error) bool) {
		for _, a := range arts {
			if !yield(a, nil) {
				return
			}
		}
	}
	ing := &ingester{cd: cd, st: st, batch: 50, jobs: defaultJobs()}
	sum, _, err := ing.run(ctx, in, len(arts), env.Stderr)
	if err != nil {
		return writeErr(env, "demo", err)
	}
	abs, _ := filepath.Abs(*db)
	fmt.Fprintf(env.Stdout, "annals demo: %d sample articles, %d events stored in %s\n", sum.Articles, sum.Events, abs)
	if *noServe {
		return ExitOK
	}
	fmt.Fprintf(env.Stdout, "annals demo: try http://%s/dyad/RUS/UKR and http://%s/dyad/USA/CHN\n", *addr, *addr)
	return serve(ctx, env, st, cd, *addr, "")
}
