// Package store defines how annals keeps coded articles and their events,
// independent of any database.
//
// A Store receives articles together with the events coded from them
// (PutArticles) and answers the queries of the API and web UI: filtered event
// pages with cursor paging, dyad timelines, actor lists, partners, and the
// article view with every coded span. Backends live in their own packages
// (store/sqlite; store/postgres later) and are checked by one conformance
// suite, store/storetest.
//
// # Semantics every backend implements
//
// Ingest is idempotent. An article is keyed by its id, or, when it has none,
// by "sha256:" and the hex SHA-256 of its text (see ArticleKey). An article
// whose key is already stored is skipped and changes nothing.
//
// Events de-duplicate per article and across articles on (source code, target
// code, CAMEO code, date); an unknown date is the empty string. Each distinct
// event is one row that counts
//
//   - Mentions: the sum of the Mentions of every reported copy (a copy
//     without a count counts once),
//   - Articles: the number of articles that reported it,
//   - Sources: the number of distinct Article.Source values among those
//     articles (an empty source is one value of its own),
//
// and is linked to every reporting article by a Mention that keeps that
// article's sentence, evidence, spans, pattern and negated/hedged flags. The
// descriptive fields of the row (names, Goldstein, PLOVER, sentence...) are
// those of the first report stored.
//
// Dates are ISO strings at the precision the text supports ("2025",
// "2025-01", "2025-01-17"). Filter.From and Filter.To are inclusive and
// compare on the event date: From keeps dates that sort at or after it (so
// "2025-01" is before "2025-01-15"), To keeps dates that sort at or before it
// or start with it (To "2025-01" keeps "2025-01-31"). Events with an unknown
// date are left out as soon as either bound is set.
//
// Actor filters match code prefixes: "RUS" matches RUS, RUSGOV and RUSMIL.
//
// Timelines count events (rows, not mentions) per period. Day and week
// buckets use day-precision dates only; month buckets also take
// month-precision dates. Weeks start on Monday (ISO 8601). Each Bucket gives
// the Goldstein sum both unweighted (Goldstein) and weighted by mentions
// (GoldsteinWeighted).
package store
