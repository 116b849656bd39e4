package storetest

import (
	"context"
	"errors"
	"math"
	"reflect"
	"slices"
	"sort"
	"testing"

	"annals/store"
)

// Run runs the conformance suite. open must return a fresh, empty store;
// Run closes it.
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s store.Store)
	}{
		{"PutStats", testPutStats},
		{"Idempotent", testIdempotent},
		{"CrossArticleCounts", testCrossArticleCounts},
		{"Filters", testFilters},
		{"Paging", testPaging},
		{"BadFilter", testBadFilter},
		{"Timeline", testTimeline},
		{"Actors", testActors},
		{"Partners", testPartners},
		{"Article", testArticle},
		{"NotFound", testNotFound},
		{"Concurrent", testConcurrent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			defer func() {
				if err := s.Close(); err != nil {
					t.Errorf("close: %v", err)
				}
			}()
			tt.fn(t, s)
		})
	}
}

func put(t *testing.T, s store.Store, batch []store.Coded) store.Stats {
	t.Helper()
	st, err := s.PutArticles(context.Background(), batch)
	if err != nil {
		t.Fatalf("PutArticles: %v", err)
	}
	return st
}

func loaded(t *testing.T, s store.Store) {
	t.Helper()
	put(t, s, Fixture())
}

// all returns every stored event, in listing order.
func all(t *testing.T, s store.Store, f store.Filter) []store.StoredEvent {
	t.Helper()
	var out []store.StoredEvent
	for {
		p, err := s.Events(context.Background(), f)
		if err != nil {
			t.Fatalf("Events(%+v): %v", f, err)
		}
		out = append(out, p.Events...)
		if p.Next == "" {
			return out
		}
		f.Cursor = p.Next
	}
}

func byCode(t *testing.T, evs []store.StoredEvent) map[string]store.StoredEvent {
	t.Helper()
	m := map[string]store.StoredEvent{}
	for _, e := range evs {
		m[e.Cameo] = e
	}
	return m
}

func codes(evs []store.StoredEvent) []string {
	var out []string
	for _, e := range evs {
		out = append(out, e.Cameo)
	}
	sort.Strings(out)
	return out
}

func testPutStats(t *testing.T, s store.Store) {
	got := put(t, s, Fixture())
	want := store.Stats{Articles: 4, Events: 6, Merged: 2, Mentions: 8}
	if got != want {
		t.Errorf("stats = %+v, want %+v", got, want)
	}
	if n, err := s.Count(context.Background(), store.Filter{}); err != nil || n != 6 {
		t.Errorf("Count = %d, %v; want 6", n, err)
	}
	if got, err := s.PutArticles(context.Background(), nil); err != nil || got != (store.Stats{}) {
		t.Errorf("empty put = %+v, %v", got, err)
	}
}

func testIdempotent(t *testing.T, s store.Store) {
	fx := Fixture()
	put(t, s, fx[:1])
	put(t, s, fx)
	before := all(t, s, store.Filter{})
	actors, err := s.Actors(context.Background(), "", 100)
	if err != nil {
		t.Fatal(err)
	}
	got := put(t, s, Fixture())
	if want := (store.Stats{Skipped: 4}); got != want {
		t.Errorf("re-put stats = %+v, want %+v", got, want)
	}
	// The same article under the same key but with other text changes
	// nothing either.
	again := Fixture()[:1]
	again[0].Article.Text = "changed"
	again[0].Events = again[0].Events[:1]
	if got := put(t, s, again); got != (store.Stats{Skipped: 1}) {
		t.Errorf("re-put changed article = %+v", got)
	}
	after := all(t, s, store.Filter{})
	if !reflect.DeepEqual(before, after) {
		t.Errorf("events changed by re-put:\nbefore %+v\nafter  %+v", before, after)
	}
	actors2, err := s.Actors(context.Background(), "", 100)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(actors, actors2) {
		t.Errorf("actors changed by re-put: %+v -> %+v", actors, actors2)
	}
	a, err := s.Article(context.Background(), "a1")
	if err != nil || len(a.Mentions) != 2 || a.Text == "changed" {
		t.Errorf("a1 after re-put: %d mentions, %v", len(a.Mentions), err)
	}
}

func testCrossArticleCounts(t *testing.T, s store.Store) {
	fx := Fixture()
	// One article at a time: counts must grow as articles arrive.
	steps := []struct {
		mentions, articles, sources int
	}{{1, 1, 1}, {2, 2, 2}, {3, 3, 2}, {3, 3, 2}}
	for i, step := range steps {
		put(t, s, fx[i:i+1])
		ev := byCode(t, all(t, s, store.Filter{Code: "040"}))["040"]
		if ev.Mentions != step.mentions || ev.Articles != step.articles || ev.Sources != step.sources {
			t.Errorf("after article %d: 040 has mentions/articles/sources %d/%d/%d, want %d/%d/%d",
				i+1, ev.Mentions, ev.Articles, ev.Sources, step.mentions, step.articles, step.sources)
		}
	}
	evs := byCode(t, all(t, s, store.Filter{}))
	if len(evs) != 6 {
		t.Fatalf("%d distinct events, want 6", len(evs))
	}
	tests := []struct {
		code                        string
		mentions, articles, sources int
	}{
		{"040", 3, 3, 2},
		{"195", 2, 1, 1},
		{"112", 1, 1, 1},
		{"061", 1, 1, 1},
		{"036", 1, 1, 1},
		{"070", 1, 1, 1},
	}
	for _, tt := range tests {
		e := evs[tt.code]
		if e.Mentions != tt.mentions || e.Articles != tt.articles || e.Sources != tt.sources {
			t.Errorf("%s: mentions/articles/sources %d/%d/%d, want %d/%d/%d", tt.code,
				e.Mentions, e.Articles, e.Sources, tt.mentions, tt.articles, tt.sources)
		}
	}
	e := evs["040"]
	if e.Source.Code != "RUSGOV" || e.Target.Code != "CHNGOV" || e.Date == nil || *e.Date != "2025-01-15" ||
		e.DocID != "a1" || e.CameoName != "Consult" || e.QuadClass != 1 || e.Goldstein != 1 || e.ID == 0 {
		t.Errorf("040 record = %+v", e)
	}
	if evs["070"].Date != nil {
		t.Errorf("070 date = %v, want null", *evs["070"].Date)
	}
	if want := store.ArticleKey(&fx[3].Article); evs["036"].DocID != want {
		t.Errorf("036 doc id = %q, want %q", evs["036"].DocID, want)
	}
}

func testFilters(t *testing.T, s store.Store) {
	loaded(t, s)
	tests := []struct {
		name string
		f    store.Filter
		want []string
	}{
		{"none", store.Filter{}, []string{"036", "040", "061", "070", "112", "195"}},
		{"actor country prefix", store.Filter{Actor: "RUS"}, []string{"036", "040", "061", "112", "195"}},
		{"actor full code", store.Filter{Actor: "RUSMIL"}, []string{"195"}},
		{"actor organisation", store.Filter{Actor: "IGO"}, []string{"070"}},
		{"source", store.Filter{Source: "RUS"}, []string{"040", "195"}},
		{"target", store.Filter{Target: "RUS"}, []string{"036", "061", "112"}},
		{"source and target", store.Filter{Source: "CHN", Target: "RUS"}, []string{"061"}},
		{"dyad", store.Filter{Dyad: [2]string{"RUS", "CHN"}}, []string{"040", "061"}},
		{"dyad reversed", store.Filter{Dyad: [2]string{"CHN", "RUS"}}, []string{"040", "061"}},
		{"dyad full codes", store.Filter{Dyad: [2]string{"UKRGOV", "RUSGOV"}}, []string{"112"}},
		{"dyad mixed", store.Filter{Dyad: [2]string{"RUS", "UKR"}}, []string{"112", "195"}},
		{"country", store.Filter{Country: "UKR"}, []string{"070", "112", "195"}},
		{"role", store.Filter{Role: "MIL"}, []string{"195"}},
		{"code root", store.Filter{Code: "04"}, []string{"040"}},
		{"code full", store.Filter{Code: "195"}, []string{"195"}},
		{"code first digit", store.Filter{Code: "0"}, []string{"036", "040", "061", "070"}},
		{"quad 1", store.Filter{QuadClass: 1}, []string{"036", "040"}},
		{"quad 4", store.Filter{QuadClass: 4}, []string{"195"}},
		{"from", store.Filter{From: "2025-01-15"}, []string{"036", "040", "061", "112"}},
		{"to", store.Filter{To: "2025-01-15"}, []string{"040", "195"}},
		{"month range", store.Filter{From: "2025-02", To: "2025-02"}, []string{"061"}},
		{"month precision event", store.Filter{From: "2025-03"}, []string{"036"}},
		{"day range", store.Filter{From: "2025-01-14", To: "2025-01-16"}, []string{"040", "112", "195"}},
		{"text", store.Filter{Text: "talks"}, []string{"040"}},
		{"text case", store.Filter{Text: "TALKS"}, []string{"040"}},
		{"text words", store.Filter{Text: "shelled officials"}, []string{"195"}},
		{"text any sentence", store.Filter{Text: "Moscow"}, []string{"036", "040", "061", "112"}},
		{"text syntax is literal", store.Filter{Text: `"talks" OR NEAR(`}, nil},
		{"text no match", store.Filter{Text: "zebra"}, nil},
		{"combined", store.Filter{Actor: "RUS", QuadClass: 1, From: "2025-01"}, []string{"036", "040"}},
		{"nothing", store.Filter{Actor: "ZZZ"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := codes(all(t, s, tt.f))
			if !slices.Equal(got, tt.want) {
				t.Errorf("Events = %v, want %v", got, tt.want)
			}
			n, err := s.Count(context.Background(), tt.f)
			if err != nil || n != len(tt.want) {
				t.Errorf("Count = %d, %v; want %d", n, err, len(tt.want))
			}
		})
	}
}

func testPaging(t *testing.T, s store.Store) {
	loaded(t, s)
	want := []string{"036", "061", "112", "040", "195", "070"} // date desc, unknown last
	for _, limit := range []int{1, 2, 4, 5, 6, 100} {
		var got []string
		seen := map[int64]bool{}
		f := store.Filter{Limit: limit}
		pages := 0
		for {
			p, err := s.Events(context.Background(), f)
			if err != nil {
				t.Fatalf("limit %d: %v", limit, err)
			}
			if len(p.Events) > limit {
				t.Fatalf("limit %d: page of %d", limit, len(p.Events))
			}
			for _, e := range p.Events {
				if seen[e.ID] {
					t.Errorf("limit %d: event %d twice", limit, e.ID)
				}
				seen[e.ID] = true
				got = append(got, e.Cameo)
			}
			pages++
			if p.Next == "" || pages > 10 {
				break
			}
			f.Cursor = p.Next
		}
		if !slices.Equal(got, want) {
			t.Errorf("limit %d: order %v, want %v", limit, got, want)
		}
	}
	// Paging with a filter keeps the filter.
	got := codes(all(t, s, store.Filter{Actor: "RUS", Limit: 2}))
	if want := []string{"036", "040", "061", "112", "195"}; !slices.Equal(got, want) {
		t.Errorf("filtered paging = %v, want %v", got, want)
	}
	p, err := s.Events(context.Background(), store.Filter{})
	if err != nil || len(p.Events) != 6 || p.Next != "" {
		t.Errorf("default page: %d events, next %q, %v", len(p.Events), p.Next, err)
	}
}

func testBadFilter(t *testing.T, s store.Store) {
	loaded(t, s)
	bad := []store.Filter{
		{Cursor: "%%%"},
		{Cursor: "bm90LWEtY3Vyc29y"},
		{From: "yesterday"},
		{To: "2025-13-01"},
		{QuadClass: 5},
		{Dyad: [2]string{"RUS", ""}},
	}
	for _, f := range bad {
		if _, err := s.Events(context.Background(), f); !errors.Is(err, store.ErrBadFilter) {
			t.Errorf("Events(%+v) error = %v, want ErrBadFilter", f, err)
		}
	}
	if _, err := s.Timeline(context.Background(), "RUS", "CHN", "year", "", ""); !errors.Is(err, store.ErrBadFilter) {
		t.Errorf("Timeline(interval year) error = %v, want ErrBadFilter", err)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func testTimeline(t *testing.T, s store.Store) {
	loaded(t, s)
	type bucket struct {
		period, start, end string
		quad               [4]int
		goldstein, weight  float64
	}
	tests := []struct {
		name, a, b, interval, from, to string
		want                           []bucket
	}{
		{"day", "RUS", "CHN", "day", "", "", []bucket{
			{"2025-01-15", "2025-01-15", "2025-01-15", [4]int{1, 0, 0, 0}, 1, 3},
			{"2025-02-03", "2025-02-03", "2025-02-03", [4]int{0, 1, 0, 0}, 6.4, 6.4},
		}},
		{"reversed dyad", "CHN", "RUS", "day", "", "", []bucket{
			{"2025-01-15", "2025-01-15", "2025-01-15", [4]int{1, 0, 0, 0}, 1, 3},
			{"2025-02-03", "2025-02-03", "2025-02-03", [4]int{0, 1, 0, 0}, 6.4, 6.4},
		}},
		{"week", "RUS", "CHN", "week", "", "", []bucket{
			{"2025-01-13", "2025-01-13", "2025-01-19", [4]int{1, 0, 0, 0}, 1, 3},
			{"2025-02-03", "2025-02-03", "2025-02-09", [4]int{0, 1, 0, 0}, 6.4, 6.4},
		}},
		{"month", "RUS", "CHN", "month", "", "", []bucket{
			{"2025-01", "2025-01-01", "2025-01-31", [4]int{1, 0, 0, 0}, 1, 3},
			{"2025-02", "2025-02-01", "2025-02-28", [4]int{0, 1, 0, 0}, 6.4, 6.4},
		}},
		{"both quads in one month", "RUS", "UKR", "month", "", "", []bucket{
			{"2025-01", "2025-01-01", "2025-01-31", [4]int{0, 0, 1, 1}, -12, -22},
		}},
		{"week across days", "RUS", "UKR", "week", "", "", []bucket{
			{"2025-01-13", "2025-01-13", "2025-01-19", [4]int{0, 0, 1, 1}, -12, -22},
		}},
		{"month precision counts by month", "RUS", "USA", "month", "", "", []bucket{
			{"2025-03", "2025-03-01", "2025-03-31", [4]int{1, 0, 0, 0}, 4, 4},
		}},
		{"month precision not by day", "RUS", "USA", "day", "", "", nil},
		{"from", "RUS", "CHN", "day", "2025-02-01", "", []bucket{
			{"2025-02-03", "2025-02-03", "2025-02-03", [4]int{0, 1, 0, 0}, 6.4, 6.4},
		}},
		{"to", "RUS", "CHN", "month", "", "2025-01-31", []bucket{
			{"2025-01", "2025-01-01", "2025-01-31", [4]int{1, 0, 0, 0}, 1, 3},
		}},
		{"no events", "RUS", "ZZZ", "day", "", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Timeline(context.Background(), tt.a, tt.b, tt.interval, tt.from, tt.to)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("%d buckets %+v, want %d", len(got), got, len(tt.want))
			}
			for i, w := range tt.want {
				g := got[i]
				n := w.quad[0] + w.quad[1] + w.quad[2] + w.quad[3]
				if g.Period != w.period || g.Start != w.start || g.End != w.end || g.Quad != w.quad ||
					g.Events != n || !near(g.Goldstein, w.goldstein) || !near(g.GoldsteinWeighted, w.weight) {
					t.Errorf("bucket %d = %+v, want %+v", i, g, w)
				}
			}
		})
	}
}

func as(code, name string, n int) store.ActorStat {
	return store.ActorStat{Code: code, Name: name, Events: n}
}

func pt(code, name string, n int, g float64) store.Partner {
	return store.Partner{Code: code, Name: name, Events: n, MeanGoldstein: g}
}

func testActors(t *testing.T, s store.Store) {
	loaded(t, s)
	tests := []struct {
		prefix string
		limit  int
		want   []store.ActorStat
	}{
		{"RUS", 10, []store.ActorStat{as("RUSGOV", "Vladimir Putin", 4), as("RUSMIL", "", 1)}},
		{"RUSM", 10, []store.ActorStat{as("RUSMIL", "", 1)}},
		{"", 2, []store.ActorStat{as("RUSGOV", "Vladimir Putin", 4), as("CHNGOV", "Xi Jinping", 2)}},
		{"IGO", 0, []store.ActorStat{as("IGOUNO", "United Nations", 1)}},
		{"XYZ", 10, []store.ActorStat{}},
	}
	for _, tt := range tests {
		got, err := s.Actors(context.Background(), tt.prefix, tt.limit)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Actors(%q, %d) = %+v, want %+v", tt.prefix, tt.limit, got, tt.want)
		}
	}
	all, err := s.Actors(context.Background(), "", 0)
	if err != nil || len(all) != 8 {
		t.Errorf("Actors() = %d actors, %v; want 8", len(all), err)
	}
}

func testPartners(t *testing.T, s store.Store) {
	loaded(t, s)
	tests := []struct {
		actor string
		limit int
		want  []store.Partner
	}{
		{"RUSGOV", 10, []store.Partner{pt("CHNGOV", "Xi Jinping", 2, 3.7), pt("UKRGOV", "", 1, -2), pt("USAGOV", "", 1, 4)}},
		{"RUS", 10, []store.Partner{pt("CHNGOV", "Xi Jinping", 2, 3.7), pt("UKRGOV", "", 1, -2), pt("UKRMIL", "", 1, -10), pt("USAGOV", "", 1, 4)}},
		{"RUS", 1, []store.Partner{pt("CHNGOV", "Xi Jinping", 2, 3.7)}},
		{"UKR", 10, []store.Partner{pt("IGOUNO", "United Nations", 1, 7), pt("RUSGOV", "Vladimir Putin", 1, -2), pt("RUSMIL", "", 1, -10)}},
		{"ZZZ", 10, []store.Partner{}},
	}
	for _, tt := range tests {
		got, err := s.Partners(context.Background(), tt.actor, tt.limit)
		if err != nil {
			t.Fatal(err)
		}
		ok := len(got) == len(tt.want)
		for i := 0; ok && i < len(got); i++ {
			g, w := got[i], tt.want[i]
			ok = g.Code == w.Code && g.Name == w.Name && g.Events == w.Events && near(g.MeanGoldstein, w.MeanGoldstein)
		}
		if !ok {
			t.Errorf("Partners(%q, %d) = %+v, want %+v", tt.actor, tt.limit, got, tt.want)
		}
	}
}

func testArticle(t *testing.T, s store.Store) {
	fx := Fixture()
	loaded(t, s)
	for _, c := range fx {
		key := store.ArticleKey(&c.Article)
		a, err := s.Article(context.Background(), key)
		if err != nil {
			t.Fatalf("Article(%q): %v", key, err)
		}
		if a.ID != key || a.Text != c.Article.Text || a.Title != c.Article.Title ||
			a.Source != c.Article.Source || a.URL != c.Article.URL || a.Date != c.Article.Date.String() {
			t.Errorf("Article(%q) = %+v", key, a)
		}
		if want := map[string]int{"a1": 2}[key]; want == 0 && len(a.Mentions) != 2 || want != 0 && len(a.Mentions) != want {
			t.Errorf("Article(%q): %d mentions, want 2", key, len(a.Mentions))
		}
		for _, m := range a.Mentions {
			for _, sp := range []store.Span{m.Source, m.Target, m.Evidence} {
				if sp.Start < 0 || sp.End > len(a.Text) || sp.Start >= sp.End || a.Text[sp.Start:sp.End] != sp.Text {
					t.Errorf("Article(%q): span %+v does not match the text", key, sp)
				}
			}
			if a.Text[m.SentenceStart:m.SentenceEnd] != m.Sentence {
				t.Errorf("Article(%q): sentence span %d-%d wrong", key, m.SentenceStart, m.SentenceEnd)
			}
			if m.Event.ID == 0 || m.Event.Cameo == "" || m.Pattern == "" {
				t.Errorf("Article(%q): mention without event: %+v", key, m)
			}
		}
	}
	a, err := s.Article(context.Background(), "a1")
	if err != nil {
		t.Fatal(err)
	}
	m := a.Mentions[1]
	if m.Event.Cameo != "195" || m.Count != 2 || m.Event.Mentions != 2 || m.Evidence.Text != "shelled" || m.Source.Text != "Russian troops" {
		t.Errorf("a1 second mention = %+v", m)
	}
	a2, err := s.Article(context.Background(), "a2")
	if err != nil {
		t.Fatal(err)
	}
	// The 040 event was first reported in a1; a2's mention keeps a2's own
	// sentence and spans.
	m = a2.Mentions[0]
	if m.Event.Cameo != "040" || m.Event.DocID != "a1" || m.Evidence.Text != "held talks" || m.Event.Mentions != 3 {
		t.Errorf("a2 first mention = %+v", m)
	}
}

func testNotFound(t *testing.T, s store.Store) {
	if _, err := s.Article(context.Background(), "a1"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("empty store: Article error = %v, want ErrNotFound", err)
	}
	loaded(t, s)
	if _, err := s.Article(context.Background(), "missing"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Article(missing) error = %v, want ErrNotFound", err)
	}
	if evs := all(t, s, store.Filter{Actor: "NOPE"}); len(evs) != 0 {
		t.Errorf("Events(NOPE) = %d events", len(evs))
	}
}
