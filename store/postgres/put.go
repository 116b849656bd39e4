package postgres

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"annals/event"
	"annals/store"
)

// maxAttempts bounds the retries of a batch that met a deadlock or a
// serialization failure.
const maxAttempts = 8

const (
	sqlStageArticles = `CREATE TEMP TABLE stage_articles (
		doc_id text COLLATE "C", date text, title text, body text,
		source text, url text, language text) ON COMMIT DROP`
	sqlInsertArticles = `INSERT INTO articles (doc_id, date, title, body, source, url, language)
		SELECT doc_id, date, title, body, source, url, language FROM stage_articles ORDER BY doc_id
		ON CONFLICT (doc_id) DO NOTHING
		RETURNING id, doc_id`
	sqlStageEvents = `CREATE TEMP TABLE stage_events (
		source_code text COLLATE "C", target_code text COLLATE "C", cameo text COLLATE "C",
		date text COLLATE "C", source_country text, target_country text,
		source_role text, target_role text, quad_class integer, goldstein double precision,
		record text, mentions integer, articles integer, sources integer) ON COMMIT DROP`
	// xmax = 0 tells a row this statement inserted from one it updated.
	sqlUpsertEvents = `INSERT INTO events (source_code, target_code, cameo, date,
			source_country, target_country, source_role, target_role,
			quad_class, goldstein, record, mentions, articles, sources)
		SELECT source_code, target_code, cameo, date,
			source_country, target_country, source_role, target_role,
			quad_class, goldstein, record::json, mentions, articles, sources
		FROM stage_events ORDER BY source_code, target_code, cameo, date
		ON CONFLICT (source_code, target_code, cameo, date) DO UPDATE
		SET mentions = events.mentions + excluded.mentions,
			articles = events.articles + excluded.articles
		RETURNING id, source_code, target_code, cameo, date, xmax = 0`
	// A new event starts with the batch's outlets as its sources; an event
	// stored before gains those of its outlets it had not seen.
	sqlAddOutlets = `WITH added AS (
			INSERT INTO event_outlets (event, outlet)
			SELECT event, outlet FROM unnest($1::bigint[], $2::text[]) AS t (event, outlet)
			ORDER BY event, outlet
			ON CONFLICT DO NOTHING
			RETURNING event
		)
		UPDATE events e SET sources = e.sources + a.n
		FROM (SELECT event, count(*) AS n FROM added WHERE event = ANY ($3::bigint[]) GROUP BY event) a
		WHERE e.id = a.event`
	sqlCountActors = `INSERT INTO actors (code, name, events)
		SELECT code, name, n FROM unnest($1::text[], $2::text[], $3::integer[]) AS t (code, name, n)
		ORDER BY code
		ON CONFLICT (code) DO UPDATE SET events = actors.events + excluded.events,
			name = CASE WHEN actors.name = '' THEN excluded.name ELSE actors.name END`
)

var (
	articleCols = []string{"doc_id", "date", "title", "body", "source", "url", "language"}
	eventCols   = []string{"source_code", "target_code", "cameo", "date", "source_country", "target_country",
		"source_role", "target_role", "quad_class", "goldstein", "record", "mentions", "articles", "sources"}
	mentionCols = []string{"event", "article", "outlet", "event_id", "sentence_id",
		"sentence", "sentence_start", "sentence_end",
		"source_text", "source_start", "source_end", "target_text", "target_start", "target_end",
		"evidence", "evidence_start", "evidence_end", "pattern", "negated", "hedged",
		"reported_by", "date_text", "count"}
)

// pending is one article of a batch, ready to store.
type pending struct {
	key    string
	row    []any         // staging row
	outlet string        // cleaned source
	events []event.Event // de-duplicated per article, text cleaned
}

// eventKey is the cross-article de-duplication key.
type eventKey struct{ source, target, cameo, date string }

func (k eventKey) compare(o eventKey) int {
	return cmp.Or(strings.Compare(k.source, o.source), strings.Compare(k.target, o.target),
		strings.Compare(k.cameo, o.cameo), strings.Compare(k.date, o.date))
}

func keyOf(e *event.Event) eventKey {
	k := eventKey{source: e.Source.Code, target: e.Target.Code, cameo: e.Cameo}
	if e.Date != nil {
		k.date = *e.Date
	}
	return k
}

// aggregate is what the new articles of a batch say about one event key.
type aggregate struct {
	key      eventKey
	first    *event.Event // the first report, in batch order
	record   string
	mentions int
	articles int
	outlets  map[string]bool
	id       int64
	inserted bool
}

// PutArticles stores the batch in one transaction. See package store for
// the de-duplication rules and the package doc for concurrency.
func (s *DB) PutArticles(ctx context.Context, batch []store.Coded) (store.Stats, error) {
	if len(batch) == 0 {
		return store.Stats{}, nil
	}
	arts, dups := prepareBatch(batch)
	for attempt := 1; ; attempt++ {
		st, err := s.put(ctx, arts)
		if err == nil {
			st.Skipped += dups
			return st, nil
		}
		if attempt >= maxAttempts || !retryable(err) || ctx.Err() != nil {
			return store.Stats{}, fmt.Errorf("postgres: put articles: %w", err)
		}
		backoff := time.Duration(attempt) * time.Duration(5+rand.IntN(20)) * time.Millisecond
		select {
		case <-time.After(backoff):
		case <-ctx.Done():
			return store.Stats{}, fmt.Errorf("postgres: put articles: %w", ctx.Err())
		}
	}
}

// retryable reports whether a transaction failed only because it raced
// another one: a deadlock or a serialization failure.
func retryable(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (pe.Code == "40P01" || pe.Code == "40001")
}

// prepareBatch keys, cleans and de-duplicates the batch. An article whose
// key occurs earlier in the same batch is dropped and counted in dups.
func prepareBatch(batch []store.Coded) (arts []*pending, dups int) {
	seen := make(map[string]bool, len(batch))
	for i := range batch {
		a := &batch[i].Article
		key := clean(store.ArticleKey(a))
		if seen[key] {
			dups++
			continue
		}
		seen[key] = true
		p := &pending{key: key, outlet: clean(a.Source)}
		p.row = []any{key, a.Date.String(), clean(a.Title), clean(a.Text), p.outlet, clean(a.URL), clean(a.Language)}
		p.events = event.Dedup(batch[i].Events)
		for j := range p.events {
			e := &p.events[j]
			if e.DocID == "" {
				e.DocID = key
			}
			cleanEvent(e)
		}
		arts = append(arts, p)
	}
	return arts, dups
}

// put is one attempt at storing the batch.
func (s *DB) put(ctx context.Context, arts []*pending) (store.Stats, error) {
	var st store.Stats
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		st = store.Stats{}
		ids, err := insertArticles(ctx, tx, arts)
		if err != nil {
			return err
		}
		st.Articles = len(ids)
		st.Skipped = len(arts) - len(ids)
		if len(ids) == 0 {
			return nil
		}
		// Aggregate the new articles' events per key, in batch order.
		aggs := map[eventKey]*aggregate{}
		var order []*aggregate
		for _, p := range arts {
			if ids[p.key] == 0 {
				continue
			}
			for j := range p.events {
				e := &p.events[j]
				k := keyOf(e)
				g := aggs[k]
				if g == nil {
					rec, err := json.Marshal(e)
					if err != nil {
						return fmt.Errorf("event %s: %w", e.EventID, err)
					}
					g = &aggregate{key: k, first: e, record: string(rec), outlets: map[string]bool{}}
					aggs[k] = g
					order = append(order, g)
				}
				g.mentions += e.Mentions
				g.articles++
				g.outlets[p.outlet] = true
				st.Mentions++
			}
		}
		if len(order) == 0 {
			return nil
		}
		if err := upsertEvents(ctx, tx, order, aggs); err != nil {
			return err
		}
		for _, g := range order {
			if g.inserted {
				st.Events++
			}
		}
		st.Merged = st.Mentions - st.Events
		if err := insertMentions(ctx, tx, arts, ids, aggs); err != nil {
			return err
		}
		return countActors(ctx, tx, order)
	})
	return st, err
}

// insertArticles stores the articles not stored yet and returns the row id
// of each one this call stored, by key.
func insertArticles(ctx context.Context, tx pgx.Tx, arts []*pending) (map[string]int64, error) {
	if _, err := tx.Exec(ctx, sqlStageArticles); err != nil {
		return nil, fmt.Errorf("stage articles: %w", err)
	}
	rows := make([][]any, len(arts))
	for i, p := range arts {
		rows[i] = p.row
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"stage_articles"}, articleCols, pgx.CopyFromRows(rows)); err != nil {
		return nil, fmt.Errorf("copy articles: %w", err)
	}
	r, err := tx.Query(ctx, sqlInsertArticles)
	if err != nil {
		return nil, fmt.Errorf("insert articles: %w", err)
	}
	ids := map[string]int64{}
	var id int64
	var key string
	if _, err := pgx.ForEachRow(r, []any{&id, &key}, func() error {
		ids[key] = id
		return nil
	}); err != nil {
		return nil, fmt.Errorf("insert articles: %w", err)
	}
	return ids, nil
}

// upsertEvents inserts new event keys and adds mentions and articles to
// known ones, recording each aggregate's row id and whether it is new.
func upsertEvents(ctx context.Context, tx pgx.Tx, order []*aggregate, aggs map[eventKey]*aggregate) error {
	if _, err := tx.Exec(ctx, sqlStageEvents); err != nil {
		return fmt.Errorf("stage events: %w", err)
	}
	rows := make([][]any, len(order))
	for i, g := range order {
		e := g.first
		rows[i] = []any{g.key.source, g.key.target, g.key.cameo, g.key.date,
			e.Source.Country, e.Target.Country, e.Source.Role, e.Target.Role,
			e.QuadClass, e.Goldstein, g.record, g.mentions, g.articles, len(g.outlets)}
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"stage_events"}, eventCols, pgx.CopyFromRows(rows)); err != nil {
		return fmt.Errorf("copy events: %w", err)
	}
	r, err := tx.Query(ctx, sqlUpsertEvents)
	if err != nil {
		return fmt.Errorf("upsert events: %w", err)
	}
	var (
		id       int64
		k        eventKey
		inserted bool
		n        int
	)
	if _, err := pgx.ForEachRow(r, []any{&id, &k.source, &k.target, &k.cameo, &k.date, &inserted}, func() error {
		g := aggs[k]
		if g == nil {
			return fmt.Errorf("upsert events: unexpected key %v", k)
		}
		g.id, g.inserted = id, inserted
		n++
		return nil
	}); err != nil {
		return fmt.Errorf("upsert events: %w", err)
	}
	if n != len(order) {
		return fmt.Errorf("upsert events: %d rows for %d keys", n, len(order))
	}
	return nil
}

// insertMentions copies the article-event links of the new articles and
// records their outlets, counting the new distinct sources of the events
// stored before this batch.
func insertMentions(ctx context.Context, tx pgx.Tx, arts []*pending, ids map[string]int64, aggs map[eventKey]*aggregate) error {
	var rows [][]any
	type outlet struct {
		event int64
		name  string
	}
	outlets := map[outlet]bool{}
	for _, p := range arts {
		art := ids[p.key]
		if art == 0 {
			continue
		}
		for j := range p.events {
			e := &p.events[j]
			ev := aggs[keyOf(e)].id
			outlets[outlet{ev, p.outlet}] = true
			rows = append(rows, []any{ev, art, p.outlet, e.EventID, e.SentenceID,
				e.Sentence, e.SentenceStart, e.SentenceEnd,
				e.Source.Text, e.Source.Start, e.Source.End, e.Target.Text, e.Target.Start, e.Target.End,
				e.Evidence, e.EvidenceStart, e.EvidenceEnd, e.Pattern, e.Negated, e.Hedged,
				e.ReportedBy, e.DateText, e.Mentions})
		}
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"mentions"}, mentionCols, pgx.CopyFromRows(rows)); err != nil {
		return fmt.Errorf("copy mentions: %w", err)
	}
	evs := make([]int64, 0, len(outlets))
	names := make([]string, 0, len(outlets))
	for o := range outlets {
		evs = append(evs, o.event)
		names = append(names, o.name)
	}
	var merged []int64
	for _, g := range aggs {
		if !g.inserted {
			merged = append(merged, g.id)
		}
	}
	if _, err := tx.Exec(ctx, sqlAddOutlets, evs, names, merged); err != nil {
		return fmt.Errorf("sources: %w", err)
	}
	return nil
}

// countActors adds the batch's new events to the event counts of their
// actors. An actor's name is the first non-empty one among them.
func countActors(ctx context.Context, tx pgx.Tx, order []*aggregate) error {
	type count struct {
		name string
		n    int
	}
	counts := map[string]*count{}
	for _, g := range order {
		if !g.inserted {
			continue
		}
		sides := []*event.Actor{&g.first.Source, &g.first.Target}
		if g.first.Source.Code == g.first.Target.Code {
			sides = sides[:1]
		}
		for _, a := range sides {
			if a.Code == "" {
				continue
			}
			c := counts[a.Code]
			if c == nil {
				c = &count{}
				counts[a.Code] = c
			}
			if c.name == "" {
				c.name = a.Name
			}
			c.n++
		}
	}
	if len(counts) == 0 {
		return nil
	}
	codes := make([]string, 0, len(counts))
	for code := range counts {
		codes = append(codes, code)
	}
	slices.Sort(codes)
	names := make([]string, len(codes))
	ns := make([]int32, len(codes))
	for i, code := range codes {
		names[i], ns[i] = counts[code].name, int32(counts[code].n)
	}
	if _, err := tx.Exec(ctx, sqlCountActors, codes, names, ns); err != nil {
		return fmt.Errorf("actors: %w", err)
	}
	return nil
}

// clean makes s storable as PostgreSQL text without moving any byte: a NUL
// becomes a space and each byte of an invalid UTF-8 sequence becomes '?'.
func clean(s string) string {
	if utf8.ValidString(s) && strings.IndexByte(s, 0) < 0 {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b = append(b, '?')
		case r == 0:
			b = append(b, ' ')
		default:
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return string(b)
}

// cleanEvent cleans every text field of e that is stored in a column.
func cleanEvent(e *event.Event) {
	for _, p := range []*string{&e.DocID, &e.EventID, &e.Source.Code, &e.Source.Country, &e.Source.Role,
		&e.Source.Text, &e.Source.Name, &e.Target.Code, &e.Target.Country, &e.Target.Role, &e.Target.Text,
		&e.Target.Name, &e.Cameo, &e.Sentence, &e.Evidence, &e.Pattern, &e.ReportedBy, &e.DateText} {
		*p = clean(*p)
	}
	if e.Date != nil {
		d := clean(*e.Date)
		e.Date = &d
	}
}
