package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"time"

	"annals/event"
	"annals/store"
)

const (
	sqlArticleExists = `SELECT 1 FROM articles WHERE doc_id = ?`
	sqlInsertArticle = `INSERT INTO articles (doc_id, date, title, body, source, url, language, stored_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`
	// The upsert adds this report's mentions and one article to an existing
	// row, or inserts a new row; articles = 1 in the result means new.
	sqlUpsertEvent = `INSERT INTO events (source_code, target_code, cameo, date,
			source_country, target_country, source_role, target_role,
			quad_class, goldstein, record, mentions, articles, sources)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1)
		ON CONFLICT (source_code, target_code, cameo, date) DO UPDATE
		SET mentions = mentions + excluded.mentions, articles = articles + 1
		RETURNING id, articles`
	sqlOutletSeen = `SELECT EXISTS (SELECT 1 FROM mentions WHERE event = ? AND outlet = ?)`
	sqlAddSource  = `UPDATE events SET sources = sources + 1 WHERE id = ?`
	sqlCountActor = `INSERT INTO actors (code, name, events) VALUES (?, ?, ?)
		ON CONFLICT (code) DO UPDATE SET events = events + excluded.events,
			name = CASE WHEN actors.name = '' THEN excluded.name ELSE actors.name END`
	sqlInsertMention = `INSERT INTO mentions (event, article, outlet, event_id, sentence_id,
			sentence, sentence_start, sentence_end,
			source_text, source_start, source_end, target_text, target_start, target_end,
			evidence, evidence_start, evidence_end, pattern, negated, hedged,
			reported_by, date_text, count)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	sqlLastMention = `SELECT coalesce(max(id), 0) FROM mentions`
	// Indexing the batch's sentences in one statement lets FTS5 build one
	// segment per batch instead of flushing at every row.
	sqlIndexSentences = `INSERT INTO mentions_fts (rowid, sentence) SELECT id, sentence FROM mentions WHERE id > ?`
)

type putStmts struct {
	articleExists, insertArticle, upsertEvent, outletSeen, addSource,
	countActor, insertMention *sql.Stmt
	actors map[string]*actorCount // new events per actor code in this batch
}

type actorCount struct {
	name string
	n    int
}

func prepare(ctx context.Context, tx *sql.Tx) (*putStmts, error) {
	p := putStmts{actors: map[string]*actorCount{}}
	for _, s := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&p.articleExists, sqlArticleExists},
		{&p.insertArticle, sqlInsertArticle},
		{&p.upsertEvent, sqlUpsertEvent},
		{&p.outletSeen, sqlOutletSeen},
		{&p.addSource, sqlAddSource},
		{&p.countActor, sqlCountActor},
		{&p.insertMention, sqlInsertMention},
	} {
		st, err := tx.PrepareContext(ctx, s.sql)
		if err != nil {
			p.close()
			return nil, err
		}
		*s.dst = st
	}
	return &p, nil
}

func (p *putStmts) close() {
	for _, s := range []*sql.Stmt{p.articleExists, p.insertArticle, p.upsertEvent, p.outletSeen,
		p.addSource, p.countActor, p.insertMention} {
		if s != nil {
			s.Close()
		}
	}
}

// PutArticles stores the batch in one transaction. See package store for
// the de-duplication rules.
func (s *DB) PutArticles(ctx context.Context, batch []store.Coded) (store.Stats, error) {
	var st store.Stats
	if len(batch) == 0 {
		return st, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return st, fmt.Errorf("sqlite: put articles: %w", err)
	}
	defer tx.Rollback()
	var last int64
	if err := tx.QueryRowContext(ctx, sqlLastMention).Scan(&last); err != nil {
		return st, fmt.Errorf("sqlite: put articles: %w", err)
	}
	p, err := prepare(ctx, tx)
	if err != nil {
		return st, fmt.Errorf("sqlite: put articles: prepare: %w", err)
	}
	defer p.close()
	now := time.Now().UTC().Format(time.RFC3339)
	for i := range batch {
		if err := p.putOne(ctx, &batch[i], now, &st); err != nil {
			return store.Stats{}, fmt.Errorf("sqlite: put article %q: %w", store.ArticleKey(&batch[i].Article), err)
		}
	}
	if err := p.flushActors(ctx); err != nil {
		return store.Stats{}, fmt.Errorf("sqlite: put articles: %w", err)
	}
	if _, err := tx.ExecContext(ctx, sqlIndexSentences, last); err != nil {
		return store.Stats{}, fmt.Errorf("sqlite: put articles: text index: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return store.Stats{}, fmt.Errorf("sqlite: put articles: commit: %w", err)
	}
	return st, nil
}

func (p *putStmts) putOne(ctx context.Context, c *store.Coded, now string, st *store.Stats) error {
	a := &c.Article
	key := store.ArticleKey(a)
	var one int
	err := p.articleExists.QueryRowContext(ctx, key).Scan(&one)
	switch {
	case err == nil:
		st.Skipped++
		return nil
	case !errors.Is(err, sql.ErrNoRows):
		return err
	}
	var artID int64
	if err := p.insertArticle.QueryRowContext(ctx, key, a.Date.String(), a.Title, a.Text,
		a.Source, a.URL, a.Language, now).Scan(&artID); err != nil {
		return fmt.Errorf("insert: %w", err)
	}
	st.Articles++
	for _, e := range event.Dedup(c.Events) {
		if err := p.putEvent(ctx, artID, key, a.Source, &e, st); err != nil {
			return fmt.Errorf("event %s: %w", e.EventID, err)
		}
	}
	return nil
}

func (p *putStmts) putEvent(ctx context.Context, artID int64, docID, outlet string, e *event.Event, st *store.Stats) error {
	date := ""
	if e.Date != nil {
		date = *e.Date
	}
	if e.DocID == "" {
		e.DocID = docID
	}
	rec, err := json.Marshal(e)
	if err != nil {
		return err
	}
	var id int64
	var articles int
	if err := p.upsertEvent.QueryRowContext(ctx, e.Source.Code, e.Target.Code, e.Cameo, date,
		e.Source.Country, e.Target.Country, e.Source.Role, e.Target.Role,
		e.QuadClass, e.Goldstein, rec, e.Mentions).Scan(&id, &articles); err != nil {
		return fmt.Errorf("upsert: %w", err)
	}
	if articles == 1 {
		st.Events++
		p.countActors(e)
	} else {
		st.Merged++
		var seen bool
		if err := p.outletSeen.QueryRowContext(ctx, id, outlet).Scan(&seen); err != nil {
			return fmt.Errorf("sources: %w", err)
		}
		if !seen {
			if _, err := p.addSource.ExecContext(ctx, id); err != nil {
				return fmt.Errorf("sources: %w", err)
			}
		}
	}
	if _, err := p.insertMention.ExecContext(ctx, id, artID, outlet, e.EventID, e.SentenceID,
		e.Sentence, e.SentenceStart, e.SentenceEnd,
		e.Source.Text, e.Source.Start, e.Source.End, e.Target.Text, e.Target.Start, e.Target.End,
		e.Evidence, e.EvidenceStart, e.EvidenceEnd, e.Pattern, e.Negated, e.Hedged,
		e.ReportedBy, e.DateText, e.Mentions); err != nil {
		return fmt.Errorf("mention: %w", err)
	}
	st.Mentions++
	return nil
}

// countActors notes a new event for its actors; flushActors writes the
// batch's counts.
func (p *putStmts) countActors(e *event.Event) {
	codes := []*event.Actor{&e.Source, &e.Target}
	if e.Source.Code == e.Target.Code {
		codes = codes[:1]
	}
	for _, a := range codes {
		if a.Code == "" {
			continue
		}
		c := p.actors[a.Code]
		if c == nil {
			c = &actorCount{}
			p.actors[a.Code] = c
		}
		if c.name == "" {
			c.name = a.Name
		}
		c.n++
	}
}

func (p *putStmts) flushActors(ctx context.Context) error {
	codes := make([]string, 0, len(p.actors))
	for c := range p.actors {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	for _, code := range codes {
		c := p.actors[code]
		if _, err := p.countActor.ExecContext(ctx, code, c.name, c.n); err != nil {
			return fmt.Errorf("actor %s: %w", code, err)
		}
	}
	return nil
}
