// Package server is the annals HTTP API and web UI over a store.Store.
//
// New returns an http.Handler that serves
//
//	GET  /api/events                     events, filtered, cursor-paged (JSON)
//	GET  /api/events.csv                 the same, every matching row, as CSV
//	GET  /api/dyads/{a}/{b}/timeline     counts per quad class and Goldstein sums
//	GET  /api/actors                     actor codes by prefix with event counts
//	GET  /api/actors/{code}              one actor's top partners
//	GET  /api/articles/{id}              an article's text with its coded spans
//	POST /api/articles                   ingest (when Options.Ingest is set)
//	GET  /healthz                        liveness
//	GET  /metrics                        Prometheus metrics (private registry)
//
// and the web UI: the event search page at /, /articles/{id}, /dyad/{a}/{b}
// (a Chart.js timeline), /actor/{code} and /actors. Every page is rendered
// with html/template and every asset is embedded, so the UI works offline.
//
// Query parameters of /api/events and /api/events.csv: actor, source, target
// (code prefixes), dyad=A,B (either direction), country, role, code (CAMEO
// prefix), quad (1-4), from, to (inclusive ISO dates), q (words in a
// reporting sentence), cursor (from "next"), limit.
//
// Errors are JSON objects {"error": "..."} with the matching status: 400 for
// bad parameters or bodies, 401 for a missing or wrong ingest token, 404,
// 405, 413 for bodies over Options.MaxBody, 500 otherwise.
//
// The POST body is one article object, an array of them, or JSON lines, with
// the fields id, date (YYYY-MM-DD), title, text, source, url, language.
package server
