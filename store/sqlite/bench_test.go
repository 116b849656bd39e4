package sqlite_test

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"annals/article"
	"annals/event"
	"annals/store"
	"annals/store/sqlite"
	"annals/timex"
)

var (
	large       = flag.Bool("large", false, "run BenchmarkLarge (about a million synthetic events)")
	largeEvents = flag.Int("large.events", 1_000_000, "events BenchmarkLarge generates")
)

var (
	benchCountries = []string{"USA", "RUS", "CHN", "UKR", "GBR", "FRA", "DEU", "IRN", "ISR", "PSE",
		"IND", "PAK", "TUR", "SYR", "IRQ", "SAU", "EGY", "JPN", "KOR", "PRK", "BRA", "MEX", "NGA",
		"ZAF", "ETH", "SDN", "AFG", "VEN", "COL", "POL"}
	benchRoles = []string{"", "GOV", "MIL", "OPP", "REB", "BUS", "MED"}
	benchCodes = []struct {
		code string
		g    float64
		quad int
	}{
		{"010", 0, 1}, {"020", 3, 1}, {"036", 4, 1}, {"040", 1, 1}, {"042", 1.9, 1}, {"043", 2.8, 1},
		{"051", 3.4, 1}, {"057", 8, 1}, {"061", 6.4, 2}, {"070", 7, 2}, {"073", 7.4, 2},
		{"111", -2, 3}, {"112", -2, 3}, {"120", -4, 3}, {"130", -4.4, 3}, {"172", -5, 3},
		{"173", -5, 4}, {"180", -9, 4}, {"190", -10, 4}, {"193", -10, 4}, {"195", -10, 4},
	}
	benchWords = strings.Fields("officials said the talks on security trade border aid sanctions " +
		"ceasefire minister president forces capital envoy summit statement agreement")
)

// articlesPerDay spaces synthetic articles in time: like a real corpus or
// feed, they arrive in date order (about 9,000 articles a year), and their
// events happen on the article's day or up to two days before.
const articlesPerDay = 25

// genBatch makes n synthetic articles of perArticle events each, continuing
// the sequence *seq.
func genBatch(r *rand.Rand, seq *int, n, perArticle int) []store.Coded {
	out := make([]store.Coded, n)
	start := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range out {
		*seq++
		day := start.AddDate(0, 0, *seq/articlesPerDay)
		a := article.Article{
			ID:     "syn-" + strconv.Itoa(*seq),
			Date:   timex.DayOf(day),
			Source: fmt.Sprintf("outlet%d", r.IntN(40)),
			Title:  "Synthetic article " + strconv.Itoa(*seq),
		}
		var text strings.Builder
		evs := make([]event.Event, 0, perArticle)
		for j := range perArticle {
			src := benchCountries[r.IntN(len(benchCountries))]
			tgt := benchCountries[r.IntN(len(benchCountries))]
			sc := src + benchRoles[r.IntN(len(benchRoles))]
			tc := tgt + benchRoles[r.IntN(len(benchRoles))]
			c := benchCodes[r.IntN(len(benchCodes))]
			sentStart := text.Len()
			fmt.Fprintf(&text, "%s leaders met %s counterparts", sc, tc)
			for range 8 {
				text.WriteString(" " + benchWords[r.IntN(len(benchWords))])
			}
			text.WriteString(". ")
			sentence := text.String()[sentStart : text.Len()-1]
			d := day.AddDate(0, 0, -r.IntN(3)).Format(time.DateOnly)
			evs = append(evs, event.Event{
				DocID: a.ID, SentenceID: j, EventID: event.ID(a.ID, j, sc, tc, c.code),
				Date: &d, DatePrecision: "day", DocDate: a.Date.String(),
				Source: event.Actor{Code: sc, Country: src, Role: sc[3:], Text: sc,
					Start: sentStart, End: sentStart + len(sc)},
				Target: event.Actor{Code: tc, Country: tgt, Role: tc[3:], Text: tc,
					Start: sentStart + len(sc) + 12, End: sentStart + len(sc) + 12 + len(tc)},
				Cameo: c.code, CameoRoot: c.code[:2], CameoName: "synthetic", Goldstein: c.g, QuadClass: c.quad,
				Plover: event.Plover{EventType: "CONSULT"}, Sentence: sentence,
				SentenceStart: sentStart, SentenceEnd: sentStart + len(sentence),
				Evidence: "met", EvidenceStart: sentStart + len(sc) + 8, EvidenceEnd: sentStart + len(sc) + 11,
				Pattern: "synthetic.txt:1", Mentions: 1,
			})
		}
		a.Text = text.String()
		out[i] = store.Coded{Article: a, Events: evs}
	}
	return out
}

// BenchmarkIngest measures PutArticles on batches of 100 articles of 10
// events each.
func BenchmarkIngest(b *testing.B) {
	db, err := sqlite.Open(filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	r := rand.New(rand.NewPCG(1, 2))
	seq := 0
	ctx := context.Background()
	events := 0
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		batch := genBatch(r, &seq, 100, 10)
		b.StartTimer()
		st, err := db.PutArticles(ctx, batch)
		if err != nil {
			b.Fatal(err)
		}
		events += st.Mentions
	}
	b.ReportMetric(float64(events)/b.Elapsed().Seconds(), "events/s")
}

// BenchmarkLarge ingests about a million synthetic events (flag
// -large.events), then times dyad timelines and filtered event pages. It
// runs only with -large:
//
//	go test ./store/sqlite -run '^$' -bench Large -benchtime 1x -large
func BenchmarkLarge(b *testing.B) {
	if !*large {
		b.Skip("set -large to run (about a million events, a few minutes)")
	}
	dir := b.TempDir()
	if d := os.Getenv("ANNALS_BENCH_DIR"); d != "" {
		dir = d
	}
	db, err := sqlite.Open(filepath.Join(dir, "large.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	r := rand.New(rand.NewPCG(3, 4))
	seq := 0
	const perArticle, articlesPerBatch = 10, 500
	var ingest time.Duration
	total := 0
	cpu0 := cpuTime()
	for total < *largeEvents {
		batch := genBatch(r, &seq, articlesPerBatch, perArticle)
		t0 := time.Now()
		st, err := db.PutArticles(ctx, batch)
		ingest += time.Since(t0)
		if err != nil {
			b.Fatal(err)
		}
		total += st.Mentions
	}
	cpu := cpuTime() - cpu0
	stored, err := db.Count(ctx, store.Filter{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(total)/ingest.Seconds(), "ingest_events/s")
	b.ReportMetric(float64(stored), "events_stored")
	// Events per second of process CPU time: steadier than the wall-clock
	// rate on a shared machine, where disk and CPU contention vary.
	if cpu > 0 {
		b.ReportMetric(float64(total)/cpu.Seconds(), "ingest_events/cpu_s")
	}

	pair := func() (string, string) {
		a := benchCountries[r.IntN(len(benchCountries))]
		c := benchCountries[r.IntN(len(benchCountries))]
		return a, c
	}
	const runs = 200
	var tl, pg, tx []time.Duration
	for range runs {
		a, c := pair()
		t0 := time.Now()
		if _, err := db.Timeline(ctx, a, c, "month", "", ""); err != nil {
			b.Fatal(err)
		}
		tl = append(tl, time.Since(t0))

		y := 2015 + r.IntN(10)
		f := store.Filter{Actor: a, QuadClass: 1 + r.IntN(4), From: fmt.Sprintf("%d-01-01", y),
			To: fmt.Sprintf("%d-12-31", y), Limit: 50}
		t0 = time.Now()
		p, err := db.Events(ctx, f)
		if err != nil {
			b.Fatal(err)
		}
		if p.Next != "" {
			f.Cursor = p.Next
			if _, err := db.Events(ctx, f); err != nil {
				b.Fatal(err)
			}
		}
		pg = append(pg, time.Since(t0)/2)

		t0 = time.Now()
		if _, err := db.Events(ctx, store.Filter{Text: benchWords[r.IntN(len(benchWords))] + " " + a, Limit: 50}); err != nil {
			b.Fatal(err)
		}
		tx = append(tx, time.Since(t0))
	}
	report := func(ds []time.Duration, name string) {
		slices.Sort(ds)
		b.ReportMetric(float64(ds[len(ds)/2].Microseconds())/1000, name+"_p50_ms")
		b.ReportMetric(float64(ds[len(ds)*99/100].Microseconds())/1000, name+"_p99_ms")
	}
	report(tl, "timeline")
	report(pg, "page")
	report(tx, "text")
}
