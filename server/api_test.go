package server_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"annals/article"
	"annals/event"
	"annals/server"
	"annals/store"
	"annals/store/sqlite"
	"annals/store/storetest"
)

// newStore opens a temporary SQLite store holding the storetest fixture.
func newStore(t *testing.T) store.Store {
	t.Helper()
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "annals.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.PutArticles(context.Background(), storetest.Fixture()); err != nil {
		t.Fatal(err)
	}
	return db
}

// fakeIngest "codes" each article as one AAAGOV>BBBGOV 010 event on its
// date, so that tests can see ingested articles in the store.
func fakeIngest(st store.Store) func(context.Context, []article.Article) (store.Stats, error) {
	return func(ctx context.Context, arts []article.Article) (store.Stats, error) {
		batch := make([]store.Coded, len(arts))
		for i, a := range arts {
			d := a.Date.String()
			batch[i] = store.Coded{Article: a, Events: []event.Event{{
				DocID: store.ArticleKey(&a), Date: &d, DatePrecision: "day", DocDate: d,
				Source: event.Actor{Code: "AAAGOV", Country: "AAA", Role: "GOV", Text: a.Text[:1], Start: 0, End: 1},
				Target: event.Actor{Code: "BBBGOV", Country: "BBB", Role: "GOV", Text: a.Text[:1], Start: 0, End: 1},
				Cameo:  "010", CameoRoot: "01", CameoName: "Make statement", QuadClass: 1,
				Sentence: a.Text, SentenceEnd: len(a.Text), Evidence: a.Text[:1], EvidenceEnd: 1, Mentions: 1,
			}}}
		}
		return st.PutArticles(ctx, batch)
	}
}

func quiet() *slog.Logger { return slog.New(slog.DiscardHandler) }

func newServer(t *testing.T, opt server.Options) (*server.Server, store.Store) {
	t.Helper()
	st := newStore(t)
	if opt.Logger == nil {
		opt.Logger = quiet()
	}
	return server.New(st, opt), st
}

type response struct {
	code   int
	header http.Header
	body   []byte
}

func do(t *testing.T, h http.Handler, method, target string, body io.Reader, hdr ...string) response {
	t.Helper()
	req := httptest.NewRequest(method, target, body)
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return response{rec.Code, rec.Header(), rec.Body.Bytes()}
}

func decode[T any](t *testing.T, r response) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(r.body, &v); err != nil {
		t.Fatalf("bad JSON %q: %v", r.body, err)
	}
	return v
}

func cameos(evs []store.StoredEvent) []string {
	var out []string
	for _, e := range evs {
		out = append(out, e.Cameo)
	}
	sort.Strings(out)
	return out
}

func TestEvents(t *testing.T) {
	srv, _ := newServer(t, server.Options{})
	tests := []struct {
		query string
		code  int
		want  []string
	}{
		{"", 200, []string{"036", "040", "061", "070", "112", "195"}},
		{"actor=RUS", 200, []string{"036", "040", "061", "112", "195"}},
		{"actor=rusmil", 200, []string{"195"}},
		{"source=RUS", 200, []string{"040", "195"}},
		{"target=RUS", 200, []string{"036", "061", "112"}},
		{"dyad=CHN,RUS", 200, []string{"040", "061"}},
		{"country=UKR", 200, []string{"070", "112", "195"}},
		{"role=MIL", 200, []string{"195"}},
		{"code=04", 200, []string{"040"}},
		{"quad=4", 200, []string{"195"}},
		{"from=2025-01-15&to=2025-01-16", 200, []string{"040", "112"}},
		{"q=talks", 200, []string{"040"}},
		{"q=" + "%3Cscript%3E", 200, nil},
		{"actor=RUS&quad=1", 200, []string{"036", "040"}},
		{"quad=9", 400, nil},
		{"quad=x", 400, nil},
		{"dyad=RUS", 400, nil},
		{"dyad=RUS,", 400, nil},
		{"from=yesterday", 400, nil},
		{"to=2025-02-30", 400, nil},
		{"cursor=%25%25", 400, nil},
		{"limit=-1", 400, nil},
		{"limit=abc", 400, nil},
		{"code=0x", 400, nil},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			r := do(t, srv, "GET", "/api/events?"+tt.query, nil)
			if r.code != tt.code {
				t.Fatalf("status %d, want %d: %s", r.code, tt.code, r.body)
			}
			if !strings.HasPrefix(r.header.Get("Content-Type"), "application/json") {
				t.Errorf("content type %q", r.header.Get("Content-Type"))
			}
			if tt.code != 200 {
				if e := decode[map[string]string](t, r); e["error"] == "" {
					t.Errorf("no error message in %s", r.body)
				}
				return
			}
			p := decode[store.Page](t, r)
			if got := cameos(p.Events); !slices.Equal(got, tt.want) {
				t.Errorf("events %v, want %v", got, tt.want)
			}
		})
	}
}

func TestEventsPaging(t *testing.T) {
	srv, _ := newServer(t, server.Options{MaxPage: 4})
	var got []string
	target := "/api/events?limit=2"
	for pages := 0; target != ""; pages++ {
		if pages > 5 {
			t.Fatal("paging does not end")
		}
		r := do(t, srv, "GET", target, nil)
		if r.code != 200 {
			t.Fatalf("%s: %d %s", target, r.code, r.body)
		}
		p := decode[store.Page](t, r)
		if len(p.Events) > 2 {
			t.Fatalf("page of %d", len(p.Events))
		}
		for _, e := range p.Events {
			got = append(got, e.Cameo)
		}
		target = ""
		if p.Next != "" {
			target = "/api/events?limit=2&cursor=" + p.Next
		}
	}
	if want := []string{"036", "061", "112", "040", "195", "070"}; !slices.Equal(got, want) {
		t.Errorf("paged order %v, want %v", got, want)
	}
	// MaxPage caps the page size.
	p := decode[store.Page](t, do(t, srv, "GET", "/api/events?limit=100", nil))
	if len(p.Events) != 4 || p.Next == "" {
		t.Errorf("limit over MaxPage: %d events, next %q", len(p.Events), p.Next)
	}
}

func TestEventsCSV(t *testing.T) {
	srv, _ := newServer(t, server.Options{MaxPage: 2})
	tests := []struct {
		query string
		rows  int
	}{
		{"", 6}, // every matching row, whatever MaxPage
		{"actor=RUS", 5},
		{"code=040", 1},
		{"limit=2", 2},
	}
	for _, tt := range tests {
		r := do(t, srv, "GET", "/api/events.csv?"+tt.query, nil)
		if r.code != 200 || !strings.HasPrefix(r.header.Get("Content-Type"), "text/csv") {
			t.Fatalf("%q: %d %s", tt.query, r.code, r.header.Get("Content-Type"))
		}
		recs, err := csv.NewReader(bytes.NewReader(r.body)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != tt.rows+1 {
			t.Errorf("%q: %d rows, want %d", tt.query, len(recs)-1, tt.rows)
		}
		if recs[0][0] != "id" || recs[0][1] != "date" || !slices.Contains(recs[0], "cameo") || !slices.Contains(recs[0], "goldstein") {
			t.Errorf("header %v", recs[0])
		}
		col := slices.Index(recs[0], "cameo")
		for _, rec := range recs[1:] {
			if len(rec[col]) != 3 || rec[col][0] != '0' && rec[col][0] != '1' {
				t.Errorf("cameo code %q lost its form", rec[col])
			}
		}
	}
	if r := do(t, srv, "GET", "/api/events.csv?quad=7", nil); r.code != 400 {
		t.Errorf("bad filter: %d", r.code)
	}
}

func TestTimeline(t *testing.T) {
	srv, _ := newServer(t, server.Options{})
	type tl struct {
		A, B, Interval string
		Buckets        []store.Bucket
	}
	r := do(t, srv, "GET", "/api/dyads/rus/CHN/timeline?interval=day", nil)
	if r.code != 200 {
		t.Fatalf("%d %s", r.code, r.body)
	}
	got := decode[tl](t, r)
	if got.A != "RUS" || len(got.Buckets) != 2 || got.Buckets[0].Period != "2025-01-15" || got.Buckets[0].Quad[0] != 1 {
		t.Errorf("timeline %+v", got)
	}
	got = decode[tl](t, do(t, srv, "GET", "/api/dyads/RUS/CHN/timeline", nil))
	if got.Interval != "month" || len(got.Buckets) != 2 || got.Buckets[1].Period != "2025-02" {
		t.Errorf("default interval: %+v", got)
	}
	got = decode[tl](t, do(t, srv, "GET", "/api/dyads/RUS/CHN/timeline?interval=week&from=2025-02-01&to=2025-12-31", nil))
	if len(got.Buckets) != 1 || got.Buckets[0].Start != "2025-02-03" || got.Buckets[0].End != "2025-02-09" {
		t.Errorf("week with range: %+v", got)
	}
	for _, q := range []string{"interval=year", "from=2025-1-1", "to=x"} {
		if r := do(t, srv, "GET", "/api/dyads/RUS/CHN/timeline?"+q, nil); r.code != 400 {
			t.Errorf("%s: status %d", q, r.code)
		}
	}
}

func TestActors(t *testing.T) {
	srv, _ := newServer(t, server.Options{})
	got := decode[struct{ Actors []store.ActorStat }](t, do(t, srv, "GET", "/api/actors?prefix=rus", nil))
	if len(got.Actors) != 2 || got.Actors[0].Code != "RUSGOV" || got.Actors[0].Events != 4 {
		t.Errorf("actors %+v", got)
	}
	got = decode[struct{ Actors []store.ActorStat }](t, do(t, srv, "GET", "/api/actors?limit=3", nil))
	if len(got.Actors) != 3 {
		t.Errorf("limit 3: %d actors", len(got.Actors))
	}
	if r := do(t, srv, "GET", "/api/actors?limit=zero", nil); r.code != 400 {
		t.Errorf("bad limit: %d", r.code)
	}

	r := do(t, srv, "GET", "/api/actors/RUSGOV", nil)
	a := decode[struct {
		Code, Name string
		Events     int
		Partners   []store.Partner
	}](t, r)
	if r.code != 200 || a.Name != "Vladimir Putin" || a.Events != 4 || len(a.Partners) != 3 || a.Partners[0].Code != "CHNGOV" {
		t.Errorf("actor: %d %+v", r.code, a)
	}
	if r := do(t, srv, "GET", "/api/actors/ZZZ", nil); r.code != 404 {
		t.Errorf("unknown actor: %d", r.code)
	}
}

func TestArticle(t *testing.T) {
	srv, _ := newServer(t, server.Options{})
	r := do(t, srv, "GET", "/api/articles/a1", nil)
	if r.code != 200 {
		t.Fatalf("%d %s", r.code, r.body)
	}
	a := decode[struct {
		store.StoredArticle
		Spans []server.CodedSpan
	}](t, r)
	if a.ID != "a1" || len(a.Mentions) != 2 || len(a.Spans) != 6 {
		t.Fatalf("article: %d mentions, %d spans", len(a.Mentions), len(a.Spans))
	}
	for _, s := range a.Spans {
		if a.Text[s.Start:s.End] != s.Text {
			t.Errorf("span %+v does not match the text", s)
		}
	}
	key := store.ArticleKey(&storetest.Fixture()[3].Article)
	if r := do(t, srv, "GET", "/api/articles/"+key, nil); r.code != 200 {
		t.Errorf("article by content hash: %d", r.code)
	}
	r = do(t, srv, "GET", "/api/articles/missing", nil)
	if r.code != 404 || decode[map[string]string](t, r)["error"] == "" {
		t.Errorf("missing article: %d %s", r.code, r.body)
	}
}

func TestIngest(t *testing.T) {
	st := newStore(t)
	srv := server.New(st, server.Options{Ingest: fakeIngest(st), Token: "s3cret", MaxBody: 2048, Logger: quiet()})
	auth := []string{"Authorization", "Bearer s3cret", "Content-Type", "application/json"}
	post := func(body string, hdr ...string) response {
		return do(t, srv, "POST", "/api/articles", strings.NewReader(body), hdr...)
	}
	type result struct {
		Received int
		Stats    store.Stats
	}
	tests := []struct {
		name     string
		body     string
		hdr      []string
		code     int
		articles int
		skipped  int
	}{
		{"one object", `{"id":"p1","date":"2025-04-01","title":"T","text":"One text.","source":"X","url":"https://x.org/1"}`, auth, 200, 1, 0},
		{"array", `[{"id":"p2","date":"2025-04-02","text":"Two."},{"id":"p3","date":"2025-04-03","text":"Three."}]`, auth, 200, 2, 0},
		{"json lines", "{\"id\":\"p4\",\"date\":\"2025-04-04\",\"text\":\"Four.\"}\n{\"id\":\"p1\",\"date\":\"2025-04-01\",\"text\":\"One text.\"}\n", auth, 200, 1, 1},
		{"no id uses content hash", `{"date":"2025-04-05","text":"Five."}`, auth, 200, 1, 0},
		{"again", `{"date":"2025-04-05","text":"Five."}`, auth, 200, 0, 1},
		{"no token", `{"id":"p9","date":"2025-04-01","text":"x"}`, nil, 401, 0, 0},
		{"wrong token", `{"id":"p9","date":"2025-04-01","text":"x"}`, []string{"Authorization", "Bearer nope"}, 401, 0, 0},
		{"bad json", `{"id":`, auth, 400, 0, 0},
		{"not an object", `"text"`, auth, 400, 0, 0},
		{"empty", ``, auth, 400, 0, 0},
		{"no date", `{"id":"p9","text":"x"}`, auth, 400, 0, 0},
		{"bad date", `{"id":"p9","date":"2025-02-30","text":"x"}`, auth, 400, 0, 0},
		{"no text", `{"id":"p9","date":"2025-04-01","text":"  "}`, auth, 400, 0, 0},
		{"unknown field", `{"id":"p9","date":"2025-04-01","text":"x","body":"y"}`, auth, 400, 0, 0},
		{"too large", `{"id":"big","date":"2025-04-01","text":"` + strings.Repeat("x", 4096) + `"}`, auth, 413, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := post(tt.body, tt.hdr...)
			if r.code != tt.code {
				t.Fatalf("status %d, want %d: %s", r.code, tt.code, r.body)
			}
			if tt.code != 200 {
				if decode[map[string]string](t, r)["error"] == "" {
					t.Errorf("no error message: %s", r.body)
				}
				if tt.code == 401 && r.header.Get("WWW-Authenticate") == "" {
					t.Error("401 without WWW-Authenticate")
				}
				return
			}
			res := decode[result](t, r)
			if res.Stats.Articles != tt.articles || res.Stats.Skipped != tt.skipped {
				t.Errorf("stats %+v, want %d stored, %d skipped", res.Stats, tt.articles, tt.skipped)
			}
		})
	}
	n, err := st.Count(context.Background(), store.Filter{Actor: "AAAGOV"})
	if err != nil || n != 5 {
		t.Errorf("ingested events: %d, %v; want 5", n, err)
	}
	// The large body was refused before anything was stored.
	if _, err := st.Article(context.Background(), "big"); err == nil {
		t.Error("the refused article was stored")
	}

	// Without Ingest, POST is refused.
	ro, _ := newServer(t, server.Options{})
	if r := do(t, ro, "POST", "/api/articles", strings.NewReader(`{}`)); r.code != 405 {
		t.Errorf("read-only server: POST status %d", r.code)
	}
}

func TestIngestWithoutToken(t *testing.T) {
	st := newStore(t)
	srv := server.New(st, server.Options{Ingest: fakeIngest(st), Logger: quiet()})
	r := do(t, srv, "POST", "/api/articles", strings.NewReader(`{"id":"q1","date":"2025-04-01","text":"Hi."}`))
	if r.code != 200 {
		t.Errorf("no token configured: %d %s", r.code, r.body)
	}
}

func TestMethodsAndUnknownPaths(t *testing.T) {
	srv, _ := newServer(t, server.Options{})
	tests := []struct {
		method, target string
		code           int
		allow          string
	}{
		{"DELETE", "/api/events", 405, "GET, HEAD"},
		{"POST", "/api/events", 405, "GET, HEAD"},
		{"PUT", "/api/articles/a1", 405, "GET, HEAD"},
		{"GET", "/api/articles", 405, "POST"},
		{"POST", "/api/dyads/A/B/timeline", 405, "GET, HEAD"},
		{"GET", "/api/nothing", 404, ""},
		{"GET", "/api/dyads/A/timeline", 404, ""},
		{"HEAD", "/api/events", 200, ""},
	}
	for _, tt := range tests {
		r := do(t, srv, tt.method, tt.target, nil)
		if r.code != tt.code {
			t.Errorf("%s %s: status %d, want %d", tt.method, tt.target, r.code, tt.code)
			continue
		}
		if tt.allow != "" && r.header.Get("Allow") != tt.allow {
			t.Errorf("%s %s: Allow %q, want %q", tt.method, tt.target, r.header.Get("Allow"), tt.allow)
		}
		if tt.code >= 400 && decode[map[string]string](t, r)["error"] == "" {
			t.Errorf("%s %s: no JSON error", tt.method, tt.target)
		}
	}
}

func TestHealthAndMetrics(t *testing.T) {
	st := newStore(t)
	srv := server.New(st, server.Options{Ingest: fakeIngest(st), Logger: quiet()})
	if r := do(t, srv, "GET", "/healthz", nil); r.code != 200 || !strings.Contains(string(r.body), "ok") {
		t.Errorf("healthz: %d %s", r.code, r.body)
	}
	do(t, srv, "GET", "/api/events", nil)
	do(t, srv, "GET", "/api/events?quad=9", nil)
	do(t, srv, "POST", "/api/articles", strings.NewReader(`{"id":"m1","date":"2025-04-01","text":"Hi."}`))
	r := do(t, srv, "GET", "/metrics", nil)
	if r.code != 200 {
		t.Fatalf("metrics: %d", r.code)
	}
	body := string(r.body)
	for _, want := range []string{
		`annals_http_requests_total{code="200",route="GET /api/events"} 1`,
		`annals_http_requests_total{code="400",route="GET /api/events"} 1`,
		`annals_http_request_seconds_bucket{route="GET /api/events",le=`,
		`annals_events_stored 7`,
		`annals_articles_ingested_total 1`,
		`go_goroutines`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
	// Two servers in one process do not collide.
	server.New(st, server.Options{Logger: quiet()})
}

func TestListenAndServe(t *testing.T) {
	srv, _ := newServer(t, server.Options{})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- server.Serve(ctx, ln, srv) }()
	resp, err := http.Get("http://" + ln.Addr().String() + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("healthz over TCP: %d", resp.StatusCode)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Serve after cancel: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("Serve did not stop")
	}
	if err := server.ListenAndServe(context.Background(), "256.0.0.1:bad", srv); err == nil {
		t.Error("ListenAndServe on a bad address succeeded")
	}
}
