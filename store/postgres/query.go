package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"

	"annals/store"
)

// query accumulates the positional arguments of a statement.
type query struct{ args []any }

// arg adds v and returns its placeholder.
func (q *query) arg(v any) string {
	q.args = append(q.args, v)
	return "$" + strconv.Itoa(len(q.args))
}

// prefix matches the strings of a "C"-collated column that start with p,
// as an index range when the upper bound is valid text.
func (q *query) prefix(col, p string) string {
	p = clean(p)
	lo, hi, _ := store.PrefixRange(p)
	if utf8.ValidString(hi) {
		return "(" + col + " >= " + q.arg(lo) + " AND " + col + " < " + q.arg(hi) + ")"
	}
	return "(" + col + " >= " + q.arg(lo) + " AND starts_with(" + col + ", " + q.arg(p) + "))"
}

// directed matches events from actors with code prefix a to actors with
// code prefix b. When both prefixes have three characters or more, the
// condition also names the normalised columns source3 and target3 (the
// first three characters of each code, usually the country), so that the
// events_dyad index finds the pair directly.
func (q *query) directed(a, b string) string {
	c := q.prefix("source_code", a) + " AND " + q.prefix("target_code", b)
	a3, aok := first3(clean(a))
	b3, bok := first3(clean(b))
	if aok && bok {
		c = "source3 = " + q.arg(a3) + " AND target3 = " + q.arg(b3) + " AND " + c
	}
	return c
}

// first3 returns the first three characters of s, as left(s, 3) does.
func first3(s string) (string, bool) {
	n := 0
	for i := range s {
		if n == 3 {
			return s[:i], true
		}
		n++
	}
	return s, n == 3
}

// dates is the condition of the inclusive ISO date bounds from and to.
func (q *query) dates(from, to string) string {
	c := "true"
	if from != "" {
		c += " AND date >= " + q.arg(from)
	}
	if to != "" {
		c += " AND date <> '' AND date < " + q.arg(store.UpperBound(to))
	}
	return c
}

// where builds the WHERE clause (without the keyword) for the filter,
// cursor excluded.
func (q *query) where(f *store.Filter) string {
	var conds []string
	if f.Actor != "" {
		conds = append(conds, "("+q.prefix("source_code", f.Actor)+" OR "+q.prefix("target_code", f.Actor)+")")
	}
	if f.Source != "" {
		conds = append(conds, q.prefix("source_code", f.Source))
	}
	if f.Target != "" {
		conds = append(conds, q.prefix("target_code", f.Target))
	}
	if f.Dyad[0] != "" && f.Dyad[1] != "" {
		a, b := f.Dyad[0], f.Dyad[1]
		conds = append(conds, "(("+q.directed(a, b)+") OR ("+q.directed(b, a)+"))")
	}
	if f.Country != "" {
		c := q.arg(clean(f.Country))
		conds = append(conds, "(source_country = "+c+" OR target_country = "+c+")")
	}
	if f.Role != "" {
		r := q.arg(clean(f.Role))
		conds = append(conds, "(source_role = "+r+" OR target_role = "+r+")")
	}
	if f.Code != "" {
		conds = append(conds, q.prefix("cameo", f.Code))
	}
	if f.QuadClass != 0 {
		conds = append(conds, "quad_class = "+q.arg(f.QuadClass))
	}
	if f.From != "" {
		conds = append(conds, "date >= "+q.arg(f.From))
	}
	if f.To != "" {
		conds = append(conds, "date <> '' AND date < "+q.arg(store.UpperBound(f.To)))
	}
	if strings.TrimSpace(f.Text) != "" {
		conds = append(conds, `id IN (SELECT event FROM mentions
			WHERE to_tsvector('simple', sentence) @@ plainto_tsquery('simple', `+q.arg(clean(f.Text))+`))`)
	}
	if len(conds) == 0 {
		return "true"
	}
	return strings.Join(conds, " AND ")
}

const selectEvent = `SELECT id, record, mentions, articles, sources FROM events`

func scanEvent(row pgx.CollectableRow) (store.StoredEvent, error) {
	var ev store.StoredEvent
	var rec []byte
	var mentions int
	if err := row.Scan(&ev.ID, &rec, &mentions, &ev.Articles, &ev.Sources); err != nil {
		return ev, err
	}
	if err := json.Unmarshal(rec, &ev.Event); err != nil {
		return ev, fmt.Errorf("event %d: bad record: %w", ev.ID, err)
	}
	ev.Mentions = mentions
	return ev, nil
}

// Events returns one page of matching events, newest first.
func (s *DB) Events(ctx context.Context, f store.Filter) (store.Page, error) {
	var page store.Page
	if err := f.Check(); err != nil {
		return page, fmt.Errorf("postgres: events: %w", err)
	}
	var q query
	w := q.where(&f)
	if f.Cursor != "" {
		date, id, _ := store.DecodeCursor(f.Cursor)
		w += " AND (date, id) < (" + q.arg(clean(date)) + ", " + q.arg(id) + ")"
	}
	limit := store.Limit(f.Limit)
	rows, err := s.pool.Query(ctx, selectEvent+` WHERE `+w+` ORDER BY date DESC, id DESC LIMIT `+q.arg(limit+1), q.args...)
	if err != nil {
		return page, fmt.Errorf("postgres: events: %w", err)
	}
	evs, err := pgx.CollectRows(rows, scanEvent)
	if err != nil {
		return page, fmt.Errorf("postgres: events: %w", err)
	}
	page.Events = evs
	if page.Events == nil {
		page.Events = []store.StoredEvent{}
	}
	if len(page.Events) > limit {
		page.Events = page.Events[:limit]
		last := page.Events[limit-1]
		date := ""
		if last.Date != nil {
			date = *last.Date
		}
		page.Next = store.EncodeCursor(date, last.ID)
	}
	return page, nil
}

// Count returns the number of matching events.
func (s *DB) Count(ctx context.Context, f store.Filter) (int, error) {
	f.Cursor = ""
	if err := f.Check(); err != nil {
		return 0, fmt.Errorf("postgres: count: %w", err)
	}
	var q query
	w := q.where(&f)
	var n int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM events WHERE `+w, q.args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("postgres: count: %w", err)
	}
	return n, nil
}

// periodExpr gives the SQL for the period of an event date and the condition
// on the dates the interval can bucket: day and week take day-precision
// dates, month also month-precision ones.
func periodExpr(interval string) (expr, cond string) {
	switch interval {
	case store.Day:
		return "date", "length(date) = 10"
	case store.Week:
		return "to_char(date_trunc('week', date::timestamp), 'YYYY-MM-DD')", "length(date) = 10"
	default:
		return "left(date, 7)", "length(date) >= 7"
	}
}

// Timeline buckets the events of a dyad by period.
func (s *DB) Timeline(ctx context.Context, a, b, interval, from, to string) ([]store.Bucket, error) {
	if _, err := store.TimelineFilter(a, b, interval, from, to); err != nil {
		return nil, fmt.Errorf("postgres: timeline: %w", err)
	}
	// One branch per direction (the second leaves out what the first
	// has), each an index-only scan of events_dyad when the prefixes allow.
	var q query
	expr, cond := periodExpr(interval)
	ab, ba := q.directed(a, b), q.directed(b, a)
	dates := q.dates(from, to) + " AND " + cond
	rows, err := s.pool.Query(ctx, `SELECT period, quad_class, count(*), sum(mentions),
			sum(goldstein), sum(goldstein * mentions)
		FROM (SELECT `+expr+` AS period, quad_class, mentions, goldstein FROM (
				SELECT date, quad_class, mentions, goldstein FROM events WHERE `+ab+` AND `+dates+`
				UNION ALL
				SELECT date, quad_class, mentions, goldstein FROM events
					WHERE `+ba+` AND NOT (`+ab+`) AND `+dates+`
			) d
		) e
		GROUP BY period, quad_class ORDER BY period COLLATE "C", quad_class`, q.args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: timeline: %w", err)
	}
	out := []store.Bucket{}
	var (
		period         string
		quad, n, ments int
		g, gw          float64
	)
	_, err = pgx.ForEachRow(rows, []any{&period, &quad, &n, &ments, &g, &gw}, func() error {
		if len(out) == 0 || out[len(out)-1].Period != period {
			start, end := store.PeriodBounds(interval, period)
			out = append(out, store.Bucket{Period: period, Start: start, End: end})
		}
		bk := &out[len(out)-1]
		bk.Events += n
		if quad >= 1 && quad <= 4 {
			bk.Quad[quad-1] += n
		}
		bk.Mentions += ments
		bk.Goldstein += g
		bk.GoldsteinWeighted += gw
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: timeline: %w", err)
	}
	return out, nil
}

// Actors lists actor codes with a prefix, most events first.
func (s *DB) Actors(ctx context.Context, prefix string, limit int) ([]store.ActorStat, error) {
	var q query
	sql := `SELECT code, name, events FROM actors`
	if prefix != "" {
		sql += ` WHERE ` + q.prefix("code", prefix)
	}
	sql += ` ORDER BY events DESC, code LIMIT ` + q.arg(store.Limit(limit))
	rows, err := s.pool.Query(ctx, sql, q.args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: actors: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.ActorStat, error) {
		var a store.ActorStat
		err := r.Scan(&a.Code, &a.Name, &a.Events)
		return a, err
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: actors: %w", err)
	}
	if out == nil {
		out = []store.ActorStat{}
	}
	return out, nil
}

// Partners lists the top partners of the actors with a code prefix.
func (s *DB) Partners(ctx context.Context, actor string, limit int) ([]store.Partner, error) {
	if actor == "" {
		return nil, fmt.Errorf("postgres: partners: %w: actor needed", store.ErrBadFilter)
	}
	var q query
	src, tgt, src2 := q.prefix("source_code", actor), q.prefix("target_code", actor), q.prefix("source_code", actor)
	rows, err := s.pool.Query(ctx, `SELECT p.partner, coalesce(a.name, ''), p.n, p.g FROM (
			SELECT partner, count(*) AS n, avg(goldstein) AS g FROM (
				SELECT target_code AS partner, goldstein FROM events WHERE `+src+`
				UNION ALL
				SELECT source_code, goldstein FROM events WHERE `+tgt+` AND NOT `+src2+`
			) u WHERE partner <> '' GROUP BY partner
		) p LEFT JOIN actors a ON a.code = p.partner
		ORDER BY p.n DESC, p.partner LIMIT `+q.arg(store.Limit(limit)), q.args...)
	if err != nil {
		return nil, fmt.Errorf("postgres: partners: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.Partner, error) {
		var p store.Partner
		err := r.Scan(&p.Code, &p.Name, &p.Events, &p.MeanGoldstein)
		return p, err
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: partners: %w", err)
	}
	if out == nil {
		out = []store.Partner{}
	}
	return out, nil
}

// Article returns a stored article with its event mentions in text order.
func (s *DB) Article(ctx context.Context, id string) (store.StoredArticle, error) {
	var a store.StoredArticle
	var rowID int64
	err := s.pool.QueryRow(ctx, `SELECT id, doc_id, date, title, body, source, url, language
		FROM articles WHERE doc_id = $1`, clean(id)).Scan(&rowID, &a.ID, &a.Date, &a.Title, &a.Text, &a.Source, &a.URL, &a.Language)
	if errors.Is(err, pgx.ErrNoRows) {
		return a, fmt.Errorf("postgres: article %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return a, fmt.Errorf("postgres: article %q: %w", id, err)
	}
	rows, err := s.pool.Query(ctx, `SELECT e.id, e.record, e.mentions, e.articles, e.sources,
			m.sentence_id, m.sentence, m.sentence_start, m.sentence_end,
			m.source_text, m.source_start, m.source_end, m.target_text, m.target_start, m.target_end,
			m.evidence, m.evidence_start, m.evidence_end, m.pattern, m.negated, m.hedged,
			m.reported_by, m.date_text, m.count
		FROM mentions m JOIN events e ON e.id = m.event
		WHERE m.article = $1 ORDER BY m.sentence_start, m.evidence_start, m.id`, rowID)
	if err != nil {
		return a, fmt.Errorf("postgres: article %q: mentions: %w", id, err)
	}
	a.Mentions, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.Mention, error) {
		var m store.Mention
		var rec []byte
		var mentions int
		if err := r.Scan(&m.Event.ID, &rec, &mentions, &m.Event.Articles, &m.Event.Sources,
			&m.SentenceID, &m.Sentence, &m.SentenceStart, &m.SentenceEnd,
			&m.Source.Text, &m.Source.Start, &m.Source.End, &m.Target.Text, &m.Target.Start, &m.Target.End,
			&m.Evidence.Text, &m.Evidence.Start, &m.Evidence.End, &m.Pattern, &m.Negated, &m.Hedged,
			&m.ReportedBy, &m.DateText, &m.Count); err != nil {
			return m, err
		}
		if err := json.Unmarshal(rec, &m.Event.Event); err != nil {
			return m, fmt.Errorf("event %d: bad record: %w", m.Event.ID, err)
		}
		m.Event.Mentions = mentions
		return m, nil
	})
	if err != nil {
		return a, fmt.Errorf("postgres: article %q: mentions: %w", id, err)
	}
	if a.Mentions == nil {
		a.Mentions = []store.Mention{}
	}
	return a, nil
}
