// Package sqlite is the embedded store.Store backend: one SQLite file opened
// with the pure-Go modernc.org/sqlite driver.
//
// The database runs in WAL mode with a busy timeout and foreign keys on. The
// schema is created and upgraded by numbered migrations embedded in the
// binary (migrations/NNNN_name.sql), recorded in a schema_version table.
// Reporting sentences are indexed with FTS5 for Filter.Text, which matches
// events having a reporting sentence that contains every word given (words
// are quoted, so FTS5 operators in user text are taken literally).
//
// Writes are serialised inside the process; each PutArticles call is one
// transaction using prepared statements. Readers run concurrently with the
// writer, as WAL allows.
//
// Benchmarks (figures depend heavily on the disk):
//
//	go test ./store/sqlite -run '^$' -bench Ingest
//	go test ./store/sqlite -run '^$' -bench Large -benchtime 1x -large
//
// BenchmarkLarge ingests a million synthetic events in date order and
// reports the ingest rate and the median and 99th percentile latency of dyad
// timelines, filtered event pages and full-text pages.
package sqlite
