package server

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"time"

	"annals/article"
	"annals/store"
)

// Options configures a Server. The zero value serves a read-only API.
type Options struct {
	// Ingest codes and stores articles for POST /api/articles; nil
	// disables ingest.
	Ingest func(ctx context.Context, arts []article.Article) (store.Stats, error)
	// Token, when non-empty, is required for POST as
	// "Authorization: Bearer TOKEN".
	Token string
	// MaxBody limits POST bodies in bytes (default 16 MiB).
	MaxBody int64
	// MaxPage limits the page size of /api/events (default 500, at most
	// store.MaxLimit).
	MaxPage int
	// Logger receives request and error logs (default slog.Default()).
	Logger *slog.Logger
}

// Defaults for Options.
const (
	DefaultMaxBody = 16 << 20
	DefaultMaxPage = 500
)

// Server serves the API and the web UI. It is an http.Handler.
type Server struct {
	st      store.Store
	opt     Options
	log     *slog.Logger
	mux     *http.ServeMux
	metrics *metrics
	pages   *pages
}

// New returns a Server over st.
func New(st store.Store, opt Options) *Server {
	if opt.MaxBody <= 0 {
		opt.MaxBody = DefaultMaxBody
	}
	if opt.MaxPage <= 0 {
		opt.MaxPage = DefaultMaxPage
	}
	opt.MaxPage = min(opt.MaxPage, store.MaxLimit)
	if opt.Logger == nil {
		opt.Logger = slog.Default()
	}
	s := &Server{st: st, opt: opt, log: opt.Logger, mux: http.NewServeMux()}
	s.metrics = newMetrics(st)
	s.pages = mustPages()
	s.routes()
	return s
}

func (s *Server) routes() {
	m := s.mux
	m.HandleFunc("GET /api/events", s.handleEvents)
	m.HandleFunc("GET /api/events.csv", s.handleEventsCSV)
	m.HandleFunc("GET /api/dyads/{a}/{b}/timeline", s.handleTimeline)
	m.HandleFunc("GET /api/actors", s.handleActors)
	m.HandleFunc("GET /api/actors/{code}", s.handleActor)
	m.HandleFunc("GET /api/articles/{id...}", s.handleArticle)
	m.HandleFunc("POST /api/articles", s.handleIngest)
	m.HandleFunc("GET /healthz", s.handleHealth)
	m.Handle("GET /metrics", s.metrics.handler())

	// Other methods on API paths get a JSON 405; unknown API paths a
	// JSON 404.
	for path, allow := range map[string]string{
		"/api/events":                 "GET, HEAD",
		"/api/events.csv":             "GET, HEAD",
		"/api/dyads/{a}/{b}/timeline": "GET, HEAD",
		"/api/actors":                 "GET, HEAD",
		"/api/actors/{code}":          "GET, HEAD",
		"/api/articles":               "POST",
		"/api/articles/{id...}":       "GET, HEAD",
		"/healthz":                    "GET, HEAD",
		"/metrics":                    "GET, HEAD",
	} {
		m.HandleFunc(path, methodNotAllowed(allow))
	}
	m.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such API endpoint")
	})

	s.uiRoutes()
}

// ServeHTTP dispatches a request, recording metrics.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	rec := &statusWriter{ResponseWriter: w, code: http.StatusOK}
	s.mux.ServeHTTP(rec, r)
	route := r.Pattern
	if route == "" {
		route = "unmatched"
	}
	d := time.Since(start)
	s.metrics.observe(route, rec.code, d)
	level := slog.LevelDebug
	if rec.code >= 500 {
		level = slog.LevelError
	}
	s.log.Log(r.Context(), level, "http request", "method", r.Method, "path", r.URL.Path,
		"route", route, "status", rec.code, "bytes", rec.n, "duration", d)
}

// statusWriter remembers the status code and size of a response.
type statusWriter struct {
	http.ResponseWriter
	code    int
	n       int64
	written bool
}

func (w *statusWriter) WriteHeader(code int) {
	if !w.written {
		w.code, w.written = code, true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	w.written = true
	n, err := w.ResponseWriter.Write(b)
	w.n += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func methodNotAllowed(allow string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", allow)
		writeError(w, http.StatusMethodNotAllowed, "method "+r.Method+" not allowed; allowed: "+allow)
	}
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	_ = enc.Encode(v)
}

func writeError(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, map[string]string{"error": msg})
}

// storeError writes the response for an error from the store: 400 for bad
// filters, 404 for missing records, 500 (logged, not shown) otherwise.
func (s *Server) storeError(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, store.ErrBadFilter):
		writeError(w, http.StatusBadRequest, err.Error())
	case errors.Is(err, store.ErrNotFound):
		writeError(w, http.StatusNotFound, "not found")
	case errors.Is(err, context.Canceled):
		writeError(w, 499, "request canceled")
	default:
		s.log.ErrorContext(r.Context(), "store error", "path", r.URL.Path, "err", err)
		writeError(w, http.StatusInternalServerError, "internal error")
	}
}

func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if _, err := s.st.Actors(ctx, "", 1); err != nil {
		s.log.ErrorContext(ctx, "health check", "err", err)
		writeError(w, http.StatusServiceUnavailable, "store unavailable")
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}
