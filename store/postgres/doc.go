// Package postgres is the scale-out store.Store backend: a PostgreSQL
// database reached through a pgx connection pool.
//
// Open connects and brings the schema up to date. The schema is created and
// upgraded by numbered migrations embedded in the binary
// (migrations/NNNN_name.sql) and recorded in a schema_version table; they
// are applied in one transaction holding a transaction-scoped advisory lock
// keyed on the current schema, so any number of workers may start at once.
// Tables go into the first schema of the search_path, which a URL can set
// (postgres://...?search_path=annals). The pool takes the usual pgxpool
// URL parameters (pool_max_conns...).
//
// # Writes
//
// PutArticles is one transaction that is safe to run from many processes at
// once. Articles are copied (COPY) into a temporary staging table and
// inserted with ON CONFLICT (doc_id) DO NOTHING: the rows that come back are
// the articles this call stores, and every other one is skipped, even when
// another worker stores the same article at the same moment. The batch's
// events are aggregated per (source code, target code, CAMEO code, date),
// copied into a second staging table and upserted: a new key inserts a row,
// a known one adds its mentions and articles under the row lock. Mentions
// (the article-event links with sentence, evidence and spans) are copied
// straight into their table, and events.sources is kept current through an
// event_outlets table (one row per event and distinct article source).
// Rows are locked in one global order (articles by key, events by key,
// actors by code), and a transaction that still meets a deadlock or a
// serialization failure is retried.
//
// PostgreSQL text cannot hold NUL bytes or invalid UTF-8; such bytes are
// replaced one for one (NUL by a space, an invalid byte by '?') so that the
// byte offsets of every span stay valid.
//
// # Reads
//
// Code and date columns use the "C" collation, so ordering, cursors and
// prefix ranges behave byte by byte as in the SQLite backend, and btree
// indexes serve actor and CAMEO prefixes (col >= lo AND col < hi), date
// ranges and quad classes. Dyads use two normalised columns, source3 and
// target3 (the first three characters of each code, usually the country):
// a dyad of prefixes of three characters or more is found by equality on
// the pair in the events_dyad index, which also covers what a timeline
// reads, so that each direction of a timeline is an index-only scan. Filter.Text matches
// events with a reporting sentence containing every word, through a GIN
// index on to_tsvector('simple', sentence) queried with plainto_tsquery (no
// stemming, no stop words, user text taken literally). Timelines bucket
// weeks with date_trunc('week'), which starts weeks on Monday as ISO 8601
// does.
package postgres
