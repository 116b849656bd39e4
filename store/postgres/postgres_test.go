package postgres_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"annals/article"
	"annals/event"
	"annals/store"
	"annals/store/postgres"
	"annals/store/postgres/pgtest"
	"annals/store/storetest"
	"annals/timex"
)

// testURL returns the URL of a fresh, empty schema, or skips the test.
func testURL(t testing.TB) string { return pgtest.URL(t) }

func openURL(t testing.TB, u string) *postgres.DB {
	t.Helper()
	db, err := postgres.Open(context.Background(), u)
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return openURL(t, testURL(t)) })
}

func TestMigrateConcurrentOpen(t *testing.T) {
	u := testURL(t)
	const n = 4
	dbs := make([]*postgres.DB, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { dbs[i], errs[i] = postgres.Open(context.Background(), u) })
	}
	wg.Wait()
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("open %d: %v", i, errs[i])
		}
		v, err := dbs[i].SchemaVersion(context.Background())
		if err != nil || v != 1 {
			t.Errorf("open %d: schema version %d, %v; want 1", i, v, err)
		}
		dbs[i].Close()
	}
}

func TestReopenKeepsData(t *testing.T) {
	u := testURL(t)
	for i := range 2 {
		db := openURL(t, u)
		st, err := db.PutArticles(context.Background(), storetest.Fixture())
		if err != nil {
			t.Fatal(err)
		}
		if want := []int{4, 0}[i]; st.Articles != want || st.Skipped != 4-want {
			t.Errorf("open %d: stats %+v, want %d articles stored", i, st, want)
		}
		db.Close()
	}
}

func TestOpenErrors(t *testing.T) {
	tests := []struct{ name, url string }{
		{"empty", ""},
		{"not a url", "postgres://%zz"},
		{"nothing listening", "postgres://x:y@127.0.0.1:1/none?sslmode=disable&connect_timeout=2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if db, err := postgres.Open(context.Background(), tt.url); err == nil {
				db.Close()
				t.Errorf("Open(%q) succeeded", tt.url)
			}
		})
	}
}

// TestUnstorableBytes checks that NUL bytes and invalid UTF-8 are stored
// without moving any span.
func TestUnstorableBytes(t *testing.T) {
	db := openURL(t, testURL(t))
	defer db.Close()
	text := "Paris\x00 hosted \xffBerlin."
	d := "2025-06-01"
	ev := event.Event{Date: &d, Cameo: "043", QuadClass: 1,
		Source:   event.Actor{Code: "FRA", Text: "Paris", Start: 0, End: 5},
		Target:   event.Actor{Code: "DEU", Text: "Berlin", Start: 15, End: 21},
		Sentence: text, SentenceEnd: len(text), Evidence: "hosted", EvidenceStart: 7, EvidenceEnd: 13, Pattern: "p"}
	a := article.Article{ID: "bad\x00id", Date: timex.Ymd(2025, 6, 1), Text: text}
	if _, err := db.PutArticles(context.Background(), []store.Coded{{Article: a, Events: []event.Event{ev}}}); err != nil {
		t.Fatal(err)
	}
	got, err := db.Article(context.Background(), a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Text) != len(text) || len(got.Mentions) != 1 {
		t.Fatalf("article = %+v", got)
	}
	m := got.Mentions[0]
	if got.Text[m.Evidence.Start:m.Evidence.End] != "hosted" || got.Text[m.Target.Start:m.Target.End] != "Berlin" {
		t.Errorf("spans moved: %+v in %q", m, got.Text)
	}
}

// synth makes article i of a synthetic corpus whose events fall on a small
// set of keys, so that articles share events.
func synth(i int) store.Coded {
	id := fmt.Sprintf("s%04d", i)
	a := article.Article{ID: id, Date: timex.Ymd(2025, 1, 1+i%28), Source: fmt.Sprintf("outlet%d", i%5),
		Text: "Alpha met Beta. Gamma hit Delta."}
	codes := []string{"USAGOV", "RUSGOV", "CHNGOV", "UKRMIL", "FRA"}
	var evs []event.Event
	for j := range 3 {
		src, tgt := codes[(i+j)%5], codes[(i*7+j+1)%5]
		d := fmt.Sprintf("2025-01-%02d", 1+(i+j)%4)
		evs = append(evs, event.Event{DocID: id, SentenceID: j, EventID: event.ID(id, j, src, tgt, "040"),
			Date: &d, Cameo: []string{"040", "190"}[j%2], QuadClass: 1 + 3*(j%2), Goldstein: 1,
			Source:   event.Actor{Code: src, Name: strings.ToLower(src), Text: "Alpha", Start: 0, End: 5},
			Target:   event.Actor{Code: tgt, Text: "Beta", Start: 10, End: 14},
			Sentence: "Alpha met Beta.", SentenceEnd: 15, Evidence: "met", EvidenceStart: 6, EvidenceEnd: 9,
			Pattern: "p", Mentions: 1 + j%2})
	}
	return store.Coded{Article: a, Events: evs}
}

// TestConcurrentWriters puts overlapping batches from four goroutines and
// checks that the result equals that of a sequential run.
func TestConcurrentWriters(t *testing.T) {
	const workers, batches, size, corpus = 4, 15, 8, 120
	batchOf := func(w, b int) []store.Coded {
		out := make([]store.Coded, size)
		for k := range out {
			out[k] = synth((w*31 + b*size + k*13) % corpus) // overlaps across workers
		}
		return out
	}
	ctx := context.Background()
	seq := openURL(t, testURL(t))
	defer seq.Close()
	var want store.Stats
	for w := range workers {
		for b := range batches {
			st, err := seq.PutArticles(ctx, batchOf(w, b))
			if err != nil {
				t.Fatal(err)
			}
			want = want.Add(st)
		}
	}
	par := openURL(t, testURL(t))
	defer par.Close()
	stats := make([]store.Stats, workers)
	errs := make(chan error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for b := range batches {
				st, err := par.PutArticles(ctx, batchOf(w, b))
				if err != nil {
					errs <- err
					return
				}
				stats[w] = stats[w].Add(st)
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	var got store.Stats
	for _, st := range stats {
		got = got.Add(st)
	}
	if got != want {
		t.Errorf("concurrent stats %+v, sequential %+v", got, want)
	}
	summary := func(db store.Store) map[string][3]int {
		m := map[string][3]int{}
		f := store.Filter{Limit: store.MaxLimit}
		for {
			p, err := db.Events(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range p.Events {
				m[e.Source.Code+">"+e.Target.Code+" "+e.Cameo+" "+*e.Date] = [3]int{e.Mentions, e.Articles, e.Sources}
			}
			if p.Next == "" {
				return m
			}
			f.Cursor = p.Next
		}
	}
	sm, pm := summary(seq), summary(par)
	if len(sm) == 0 || len(sm) != len(pm) {
		t.Fatalf("%d events concurrently, %d sequentially", len(pm), len(sm))
	}
	for k, v := range sm {
		if pm[k] != v {
			t.Errorf("%s: mentions/articles/sources %v concurrently, %v sequentially", k, pm[k], v)
		}
	}
	sa, err := seq.Actors(ctx, "", 100)
	if err != nil {
		t.Fatal(err)
	}
	pa, err := par.Actors(ctx, "", 100)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(sa) != fmt.Sprint(pa) {
		t.Errorf("actors %v concurrently, %v sequentially", pa, sa)
	}
}

// TestTimelineMatchesDyad checks that the timeline of a dyad counts the
// events a dyad filter lists, for overlapping and short prefixes too.
func TestTimelineMatchesDyad(t *testing.T) {
	db := openURL(t, testURL(t))
	defer db.Close()
	ctx := context.Background()
	batch := storetest.Fixture()
	for i := range 60 {
		batch = append(batch, synth(i))
	}
	if _, err := db.PutArticles(ctx, batch); err != nil {
		t.Fatal(err)
	}
	pairs := [][2]string{{"RUS", "CHN"}, {"RUS", "RUS"}, {"RUS", "RUSGOV"}, {"RU", "CH"}, {"USAGOV", "FRA"},
		{"FRA", "USAGOV"}, {"UKR", "RUS"}, {"IGO", "UKR"}, {"U", "R"}}
	for _, p := range pairs {
		want, err := db.Count(ctx, store.Filter{Dyad: p, From: "2025-01-01"})
		if err != nil {
			t.Fatal(err)
		}
		bs, err := db.Timeline(ctx, p[0], p[1], store.Month, "2025-01-01", "")
		if err != nil {
			t.Fatal(err)
		}
		got := 0
		for _, b := range bs {
			got += b.Events
		}
		if got != want {
			t.Errorf("Timeline(%s, %s) counts %d events, the dyad filter %d", p[0], p[1], got, want)
		}
	}
}
