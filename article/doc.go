// Package article is the first stage of the annals pipeline: it turns input
// files into Article values.
//
// Three input formats are understood, detected per file:
//
//   - Seed format: a text file whose first token (after leading white space)
//     is "date", followed by an ISO date (YYYY-MM-DD) and the article body,
//     either on the same line or on the lines that follow. The body, with
//     its leading and trailing white space removed, becomes Article.Text.
//   - JSON lines (files ending in .jsonl or .ndjson, or whose first non-blank
//     byte is '{'): one object per line with the fields id, date, title,
//     text, source, url and language.
//   - Plain text, which carries no date of its own and needs Options.Date.
//
// Read walks files, directories and standard input ("-") and yields every
// article in input order. A bad record never stops the batch: it is
// reported as an *Error naming the file and line, and reading goes on with
// the next record. Nothing in this package panics on bad input.
package article
