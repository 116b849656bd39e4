package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"annals/store"
)

// where builds the WHERE clause (without the keyword) and its arguments for
// the filter, cursor excluded.
func where(f *store.Filter) (string, []any) {
	var conds []string
	var args []any
	prefix := func(col, p string) string {
		lo, hi, _ := store.PrefixRange(p)
		args = append(args, lo, hi)
		return "(" + col + " >= ? AND " + col + " < ?)"
	}
	if f.Actor != "" {
		a := prefix("source_code", f.Actor)
		b := prefix("target_code", f.Actor)
		conds = append(conds, "("+a+" OR "+b+")")
	}
	if f.Source != "" {
		conds = append(conds, prefix("source_code", f.Source))
	}
	if f.Target != "" {
		conds = append(conds, prefix("target_code", f.Target))
	}
	if f.Dyad[0] != "" && f.Dyad[1] != "" {
		conds = append(conds, dyad(f.Dyad[0], f.Dyad[1], &args))
	}
	if f.Country != "" {
		conds = append(conds, "(source_country = ? OR target_country = ?)")
		args = append(args, f.Country, f.Country)
	}
	if f.Role != "" {
		conds = append(conds, "(source_role = ? OR target_role = ?)")
		args = append(args, f.Role, f.Role)
	}
	if f.Code != "" {
		conds = append(conds, prefix("cameo", f.Code))
	}
	if f.QuadClass != 0 {
		conds = append(conds, "quad_class = ?")
		args = append(args, f.QuadClass)
	}
	if f.From != "" {
		conds = append(conds, "date >= ?")
		args = append(args, f.From)
	}
	if f.To != "" {
		conds = append(conds, "date <> '' AND date < ?")
		args = append(args, store.UpperBound(f.To))
	}
	if q := ftsQuery(f.Text); q != "" {
		conds = append(conds, `id IN (SELECT m.event FROM mentions_fts
			JOIN mentions m ON m.id = mentions_fts.rowid WHERE mentions_fts MATCH ?)`)
		args = append(args, q)
	}
	if len(conds) == 0 {
		return "1", args
	}
	return strings.Join(conds, " AND "), args
}

// dyad matches events between prefixes a and b in either direction.
func dyad(a, b string, args *[]any) string {
	alo, ahi, _ := store.PrefixRange(a)
	blo, bhi, _ := store.PrefixRange(b)
	*args = append(*args, alo, ahi, blo, bhi, blo, bhi, alo, ahi)
	return `((source_code >= ? AND source_code < ? AND target_code >= ? AND target_code < ?)
		OR (source_code >= ? AND source_code < ? AND target_code >= ? AND target_code < ?))`
}

// ftsQuery turns user text into an FTS5 query that requires every word,
// each quoted so that FTS5 syntax in the text is taken literally.
func ftsQuery(text string) string {
	words := strings.Fields(text)
	for i, w := range words {
		words[i] = `"` + strings.ReplaceAll(w, `"`, `""`) + `"`
	}
	return strings.Join(words, " ")
}

const eventCols = `id, record, mentions, articles, sources`

func scanEvent(sc interface{ Scan(...any) error }) (store.StoredEvent, error) {
	var ev store.StoredEvent
	var rec string
	var mentions int
	if err := sc.Scan(&ev.ID, &rec, &mentions, &ev.Articles, &ev.Sources); err != nil {
		return ev, err
	}
	if err := json.Unmarshal([]byte(rec), &ev.Event); err != nil {
		return ev, fmt.Errorf("event %d: bad record: %w", ev.ID, err)
	}
	ev.Mentions = mentions
	return ev, nil
}

// Events returns one page of matching events, newest first.
func (s *DB) Events(ctx context.Context, f store.Filter) (store.Page, error) {
	var page store.Page
	if err := f.Check(); err != nil {
		return page, fmt.Errorf("sqlite: events: %w", err)
	}
	w, args := where(&f)
	if f.Cursor != "" {
		date, id, _ := store.DecodeCursor(f.Cursor)
		w += " AND (date < ? OR (date = ? AND id < ?))"
		args = append(args, date, date, id)
	}
	limit := store.Limit(f.Limit)
	args = append(args, limit+1)
	rows, err := s.db.QueryContext(ctx, `SELECT `+eventCols+` FROM events WHERE `+w+
		` ORDER BY date DESC, id DESC LIMIT ?`, args...)
	if err != nil {
		return page, fmt.Errorf("sqlite: events: %w", err)
	}
	defer rows.Close()
	page.Events = []store.StoredEvent{}
	for rows.Next() {
		ev, err := scanEvent(rows)
		if err != nil {
			return page, fmt.Errorf("sqlite: events: %w", err)
		}
		page.Events = append(page.Events, ev)
	}
	if err := rows.Err(); err != nil {
		return page, fmt.Errorf("sqlite: events: %w", err)
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
		return 0, fmt.Errorf("sqlite: count: %w", err)
	}
	w, args := where(&f)
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM events WHERE `+w, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("sqlite: count: %w", err)
	}
	return n, nil
}

// periodExpr gives the SQL for the period of an event date and the condition
// on dates that can be bucketed by the interval.
func periodExpr(interval string) (expr, cond string) {
	switch interval {
	case store.Day:
		return "date", "length(date) = 10"
	case store.Week:
		return "date(date, '-' || ((CAST(strftime('%w', date) AS INTEGER) + 6) % 7) || ' days')", "length(date) = 10"
	default:
		return "substr(date, 1, 7)", "length(date) >= 7"
	}
}

// Timeline buckets the events of a dyad by period.
func (s *DB) Timeline(ctx context.Context, a, b, interval, from, to string) ([]store.Bucket, error) {
	f, err := store.TimelineFilter(a, b, interval, from, to)
	if err != nil {
		return nil, fmt.Errorf("sqlite: timeline: %w", err)
	}
	w, args := where(&f)
	expr, cond := periodExpr(interval)
	rows, err := s.db.QueryContext(ctx, `SELECT `+expr+` AS period, quad_class, count(*),
			sum(mentions), sum(goldstein), sum(goldstein * mentions)
		FROM events WHERE `+w+` AND `+cond+`
		GROUP BY period, quad_class ORDER BY period`, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: timeline: %w", err)
	}
	defer rows.Close()
	out := []store.Bucket{}
	for rows.Next() {
		var period string
		var quad, n, mentions int
		var g, gw float64
		if err := rows.Scan(&period, &quad, &n, &mentions, &g, &gw); err != nil {
			return nil, fmt.Errorf("sqlite: timeline: %w", err)
		}
		if len(out) == 0 || out[len(out)-1].Period != period {
			start, end := store.PeriodBounds(interval, period)
			out = append(out, store.Bucket{Period: period, Start: start, End: end})
		}
		bk := &out[len(out)-1]
		bk.Events += n
		if quad >= 1 && quad <= 4 {
			bk.Quad[quad-1] += n
		}
		bk.Mentions += mentions
		bk.Goldstein += g
		bk.GoldsteinWeighted += gw
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: timeline: %w", err)
	}
	return out, nil
}

// Actors lists actor codes with a prefix, most events first.
func (s *DB) Actors(ctx context.Context, prefix string, limit int) ([]store.ActorStat, error) {
	limit = store.Limit(limit)
	q := `SELECT code, name, events FROM actors`
	var args []any
	if lo, hi, ok := store.PrefixRange(prefix); ok {
		q += ` WHERE code >= ? AND code < ?`
		args = append(args, lo, hi)
	}
	q += ` ORDER BY events DESC, code LIMIT ?`
	args = append(args, limit)
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: actors: %w", err)
	}
	defer rows.Close()
	out := []store.ActorStat{}
	for rows.Next() {
		var a store.ActorStat
		if err := rows.Scan(&a.Code, &a.Name, &a.Events); err != nil {
			return nil, fmt.Errorf("sqlite: actors: %w", err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: actors: %w", err)
	}
	return out, nil
}

// Partners lists the top partners of the actors with a code prefix.
func (s *DB) Partners(ctx context.Context, actor string, limit int) ([]store.Partner, error) {
	lo, hi, ok := store.PrefixRange(actor)
	if !ok {
		return nil, fmt.Errorf("sqlite: partners: %w: actor needed", store.ErrBadFilter)
	}
	limit = store.Limit(limit)
	rows, err := s.db.QueryContext(ctx, `SELECT p.partner, coalesce(a.name, ''), p.n, p.g FROM (
			SELECT partner, count(*) AS n, avg(goldstein) AS g FROM (
				SELECT target_code AS partner, goldstein FROM events
					WHERE source_code >= ? AND source_code < ?
				UNION ALL
				SELECT source_code, goldstein FROM events
					WHERE target_code >= ? AND target_code < ?
					AND NOT (source_code >= ? AND source_code < ?)
			) WHERE partner <> '' GROUP BY partner
		) p LEFT JOIN actors a ON a.code = p.partner
		ORDER BY p.n DESC, p.partner LIMIT ?`, lo, hi, lo, hi, lo, hi, limit)
	if err != nil {
		return nil, fmt.Errorf("sqlite: partners: %w", err)
	}
	defer rows.Close()
	out := []store.Partner{}
	for rows.Next() {
		var p store.Partner
		if err := rows.Scan(&p.Code, &p.Name, &p.Events, &p.MeanGoldstein); err != nil {
			return nil, fmt.Errorf("sqlite: partners: %w", err)
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: partners: %w", err)
	}
	return out, nil
}

// Article returns a stored article with its event mentions in text order.
func (s *DB) Article(ctx context.Context, id string) (store.StoredArticle, error) {
	var a store.StoredArticle
	var rowID int64
	err := s.db.QueryRowContext(ctx, `SELECT id, doc_id, date, title, body, source, url, language
		FROM articles WHERE doc_id = ?`, id).Scan(&rowID, &a.ID, &a.Date, &a.Title, &a.Text, &a.Source, &a.URL, &a.Language)
	if errors.Is(err, sql.ErrNoRows) {
		return a, fmt.Errorf("sqlite: article %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return a, fmt.Errorf("sqlite: article %q: %w", id, err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT e.id, e.record, e.mentions, e.articles, e.sources,
			m.sentence_id, m.sentence, m.sentence_start, m.sentence_end,
			m.source_text, m.source_start, m.source_end, m.target_text, m.target_start, m.target_end,
			m.evidence, m.evidence_start, m.evidence_end, m.pattern, m.negated, m.hedged,
			m.reported_by, m.date_text, m.count
		FROM mentions m JOIN events e ON e.id = m.event
		WHERE m.article = ? ORDER BY m.sentence_start, m.evidence_start, m.id`, rowID)
	if err != nil {
		return a, fmt.Errorf("sqlite: article %q: mentions: %w", id, err)
	}
	defer rows.Close()
	a.Mentions = []store.Mention{}
	for rows.Next() {
		var m store.Mention
		var rec string
		var mentions int
		if err := rows.Scan(&m.Event.ID, &rec, &mentions, &m.Event.Articles, &m.Event.Sources,
			&m.SentenceID, &m.Sentence, &m.SentenceStart, &m.SentenceEnd,
			&m.Source.Text, &m.Source.Start, &m.Source.End, &m.Target.Text, &m.Target.Start, &m.Target.End,
			&m.Evidence.Text, &m.Evidence.Start, &m.Evidence.End, &m.Pattern, &m.Negated, &m.Hedged,
			&m.ReportedBy, &m.DateText, &m.Count); err != nil {
			return a, fmt.Errorf("sqlite: article %q: mentions: %w", id, err)
		}
		if err := json.Unmarshal([]byte(rec), &m.Event.Event); err != nil {
			return a, fmt.Errorf("sqlite: article %q: event %d: bad record: %w", id, m.Event.ID, err)
		}
		m.Event.Mentions = mentions
		a.Mentions = append(a.Mentions, m)
	}
	if err := rows.Err(); err != nil {
		return a, fmt.Errorf("sqlite: article %q: mentions: %w", id, err)
	}
	return a, nil
}
