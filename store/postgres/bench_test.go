package postgres_test

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"annals/article"
	"annals/event"
	"annals/store"
	"annals/timex"
)

var (
	benchCountries = strings.Fields("USA RUS CHN UKR GBR FRA DEU IRN ISR PSE IND PAK TUR SYR IRQ " +
		"SAU EGY JPN KOR PRK BRA MEX NGA ZAF ETH SDN AFG VEN COL POL")
	benchRoles = []string{"", "GOV", "MIL", "OPP", "REB", "BUS", "MED"}
	benchCodes = strings.Fields("010 020 036 040 042 043 051 057 061 070 073 111 112 120 130 172 173 180 190 193 195")
	benchWords = strings.Fields("officials said the talks on security trade border aid sanctions " +
		"ceasefire minister president forces capital envoy summit statement agreement")
)

// genBatch makes n synthetic articles of perArticle events each,
// continuing the sequence *seq; about 25 articles a day in date order.
func genBatch(r *rand.Rand, seq *int, n, perArticle int) []store.Coded {
	out := make([]store.Coded, n)
	start := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range out {
		*seq++
		day := start.AddDate(0, 0, *seq/25)
		a := article.Article{ID: "syn-" + strconv.Itoa(*seq), Date: timex.DayOf(day),
			Source: fmt.Sprintf("outlet%d", r.IntN(40)), Title: "Synthetic " + strconv.Itoa(*seq)}
		var text strings.Builder
		evs := make([]event.Event, 0, perArticle)
		for j := range perArticle {
			src, tgt := benchCountries[r.IntN(len(benchCountries))], benchCountries[r.IntN(len(benchCountries))]
			sc, tc := src+benchRoles[r.IntN(len(benchRoles))], tgt+benchRoles[r.IntN(len(benchRoles))]
			code := benchCodes[r.IntN(len(benchCodes))]
			s0 := text.Len()
			fmt.Fprintf(&text, "%s leaders met %s counterparts", sc, tc)
			for range 8 {
				text.WriteString(" " + benchWords[r.IntN(len(benchWords))])
			}
			text.WriteString(". ")
			sentence := text.String()[s0 : text.Len()-1]
			d := day.AddDate(0, 0, -r.IntN(3)).Format(time.DateOnly)
			evs = append(evs, event.Event{DocID: a.ID, SentenceID: j, EventID: event.ID(a.ID, j, sc, tc, code),
				Date: &d, DatePrecision: "day", DocDate: a.Date.String(),
				Source: event.Actor{Code: sc, Country: src, Role: sc[3:], Text: sc, Start: s0, End: s0 + len(sc)},
				Target: event.Actor{Code: tc, Country: tgt, Role: tc[3:], Text: tc,
					Start: s0 + len(sc) + 12, End: s0 + len(sc) + 12 + len(tc)},
				Cameo: code, CameoRoot: code[:2], QuadClass: 1 + r.IntN(4), Goldstein: float64(r.IntN(20) - 10),
				Sentence: sentence, SentenceStart: s0, SentenceEnd: s0 + len(sentence),
				Evidence: "met", EvidenceStart: s0 + len(sc) + 8, EvidenceEnd: s0 + len(sc) + 11,
				Pattern: "synthetic.txt:1", Mentions: 1})
		}
		a.Text = text.String()
		out[i] = store.Coded{Article: a, Events: evs}
	}
	return out
}

// BenchmarkIngest measures PutArticles on batches of 100 articles of 10
// events each, from one writer and from four writers at once (as four
// workers would).
func BenchmarkIngest(b *testing.B) {
	for _, writers := range []int{1, 4} {
		b.Run(fmt.Sprintf("writers=%d", writers), func(b *testing.B) {
			db := openURL(b, testURL(b))
			defer db.Close()
			ctx := context.Background()
			var mu sync.Mutex
			seq := 0
			r := rand.New(rand.NewPCG(1, 2))
			next := func() []store.Coded {
				mu.Lock()
				defer mu.Unlock()
				return genBatch(r, &seq, 100, 10)
			}
			// Batches are made before timing.
			batches := make([][]store.Coded, b.N)
			for i := range batches {
				batches[i] = next()
			}
			var events int64
			var wg sync.WaitGroup
			work := make(chan []store.Coded)
			b.ResetTimer()
			for range writers {
				wg.Go(func() {
					for batch := range work {
						st, err := db.PutArticles(ctx, batch)
						if err != nil {
							b.Error(err)
							return
						}
						mu.Lock()
						events += int64(st.Mentions)
						mu.Unlock()
					}
				})
			}
			for _, batch := range batches {
				work <- batch
			}
			close(work)
			wg.Wait()
			b.StopTimer()
			b.ReportMetric(float64(events)/b.Elapsed().Seconds(), "events/s")
		})
	}
}

var (
	large       = flag.Bool("large", false, "run BenchmarkLarge (about a million synthetic events)")
	largeEvents = flag.Int("large.events", 1_000_000, "events BenchmarkLarge generates")
)

// BenchmarkLarge ingests -large.events synthetic events with four writers,
// then times dyad timelines, filtered event pages and text searches. It runs
// only with -large:
//
//	go test ./store/postgres -run '^$' -bench Large -benchtime 1x -large
func BenchmarkLarge(b *testing.B) {
	if !*large {
		b.Skip("set -large to run (about a million events, several minutes)")
	}
	db := openURL(b, testURL(b))
	defer db.Close()
	ctx := context.Background()
	r := rand.New(rand.NewPCG(3, 4))
	seq := 0
	work := make(chan []store.Coded, 4)
	var total atomic.Int64
	var wg sync.WaitGroup
	t0 := time.Now()
	for range 4 {
		wg.Go(func() {
			for batch := range work {
				st, err := db.PutArticles(ctx, batch)
				if err != nil {
					b.Error(err)
					return
				}
				total.Add(int64(st.Mentions))
			}
		})
	}
	for made := 0; made < *largeEvents; made += 500 * 10 {
		work <- genBatch(r, &seq, 500, 10)
	}
	close(work)
	wg.Wait()
	ingest := time.Since(t0)
	if _, err := db.Pool().Exec(ctx, `ANALYZE`); err != nil {
		b.Fatal(err)
	}
	stored, err := db.Count(ctx, store.Filter{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(total.Load())/ingest.Seconds(), "ingest_events/s")
	b.ReportMetric(float64(stored), "events_stored")

	pair := func() (string, string) {
		return benchCountries[r.IntN(len(benchCountries))], benchCountries[r.IntN(len(benchCountries))]
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
