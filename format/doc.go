// Package format is the last stage of `annals code`: it writes event
// records as JSON lines (the record of DESIGN.md), CSV or TSV (a header
// row and GDELT-like column order, codes kept as strings) or PLOVER-style
// JSON (actor and recipient lists, event type, mode).
package format
