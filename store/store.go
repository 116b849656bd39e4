package store

import (
	"context"
	"errors"

	"annals/article"
	"annals/event"
)

// ErrNotFound is returned when an article asked for is not stored.
var ErrNotFound = errors.New("not found")

// ErrBadFilter is wrapped by errors about query parameters a backend cannot
// use (a malformed cursor, date or interval).
var ErrBadFilter = errors.New("bad filter")

// Store keeps coded articles and answers queries about their events. All
// methods are safe for concurrent use.
type Store interface {
	// PutArticles stores a batch of articles with their events in one
	// transaction. Articles already stored are skipped.
	PutArticles(ctx context.Context, batch []Coded) (Stats, error)

	// Events returns one page of the events that match f, newest first
	// (date descending, then id descending). Page.Next continues the
	// listing; it is empty after the last page.
	Events(ctx context.Context, f Filter) (Page, error)

	// Count returns the number of events that match f (Cursor and Limit
	// are ignored).
	Count(ctx context.Context, f Filter) (int, error)

	// Timeline buckets the events between actors a and b, in either
	// direction, by interval ("day", "week" or "month"), between the
	// inclusive ISO dates from and to (either may be empty). Codes match
	// by prefix. Buckets are in date order; empty periods are left out.
	Timeline(ctx context.Context, a, b, interval, from, to string) ([]Bucket, error)

	// Actors lists actor codes starting with prefix, most events first.
	Actors(ctx context.Context, prefix string, limit int) ([]ActorStat, error)

	// Partners lists the actors that share most events with the actors
	// whose code starts with actor, in either direction.
	Partners(ctx context.Context, actor string, limit int) ([]Partner, error)

	// Article returns a stored article with every event mention coded
	// from it, or an error wrapping ErrNotFound.
	Article(ctx context.Context, id string) (StoredArticle, error)

	// Close releases the store.
	Close() error
}

// Coded is an article with the events coded from it.
type Coded struct {
	Article article.Article
	Events  []event.Event
}

// Stats reports what a PutArticles call did.
type Stats struct {
	Articles int `json:"articles"` // articles stored
	Skipped  int `json:"skipped"`  // articles already stored, left as they were
	Events   int `json:"events"`   // new distinct events
	Merged   int `json:"merged"`   // reports merged into an event stored before
	Mentions int `json:"mentions"` // article-event links written
}

// Add returns the sum of two Stats.
func (s Stats) Add(o Stats) Stats {
	return Stats{
		Articles: s.Articles + o.Articles,
		Skipped:  s.Skipped + o.Skipped,
		Events:   s.Events + o.Events,
		Merged:   s.Merged + o.Merged,
		Mentions: s.Mentions + o.Mentions,
	}
}

// Filter selects events. Empty fields do not filter.
type Filter struct {
	Actor     string    // source or target code prefix
	Source    string    // source code prefix
	Target    string    // target code prefix
	Dyad      [2]string // code prefixes of both sides, either direction
	Country   string    // source or target country (ISO alpha-3)
	Role      string    // source or target role, exact, e.g. GOV
	Code      string    // CAMEO code prefix: a root ("04") or a full code ("042")
	QuadClass int       // 1-4; 0 means any
	From, To  string    // inclusive ISO dates on the event date
	Text      string    // words that must all occur in a reporting sentence
	Cursor    string    // from Page.Next
	Limit     int       // page size; 0 means DefaultLimit
}

// Page sizes.
const (
	DefaultLimit = 50
	MaxLimit     = 1000
)

// Page is one page of events.
type Page struct {
	Events []StoredEvent `json:"events"`
	Next   string        `json:"next,omitempty"`
}

// StoredEvent is a distinct stored event: the record of its first report,
// with Mentions replaced by the total over all reports, and the number of
// articles and distinct sources that reported it.
type StoredEvent struct {
	ID int64 `json:"id"`
	event.Event
	Articles int `json:"articles"`
	Sources  int `json:"sources"`
}

// Bucket is one period of a timeline.
type Bucket struct {
	Period            string  `json:"period"` // "2025-01-17", week start "2025-01-13", or "2025-01"
	Start             string  `json:"start"`  // first day of the period
	End               string  `json:"end"`    // last day of the period
	Events            int     `json:"events"`
	Quad              [4]int  `json:"quad"` // events per quad class 1-4
	Mentions          int     `json:"mentions"`
	Goldstein         float64 `json:"goldstein"`          // sum over events
	GoldsteinWeighted float64 `json:"goldstein_weighted"` // sum of Goldstein times mentions
}

// ActorStat is an actor code with the number of distinct events it takes
// part in (as source or target).
type ActorStat struct {
	Code   string `json:"code"`
	Name   string `json:"name,omitempty"`
	Events int    `json:"events"`
}

// Partner is an actor that shares events with another.
type Partner struct {
	Code          string  `json:"code"`
	Name          string  `json:"name,omitempty"`
	Events        int     `json:"events"`
	MeanGoldstein float64 `json:"mean_goldstein"`
}

// StoredArticle is an article as stored, with its event mentions.
type StoredArticle struct {
	ID       string    `json:"id"`
	Date     string    `json:"date"`
	Title    string    `json:"title,omitempty"`
	Text     string    `json:"text"`
	Source   string    `json:"source,omitempty"`
	URL      string    `json:"url,omitempty"`
	Language string    `json:"language,omitempty"`
	Mentions []Mention `json:"mentions"`
}

// Mention is one report of an event in one article: the distinct event and
// what the article said about it. Offsets are bytes into the article text.
type Mention struct {
	Event         StoredEvent `json:"event"`
	SentenceID    int         `json:"sentence_id"`
	Sentence      string      `json:"sentence"`
	SentenceStart int         `json:"sentence_start"`
	SentenceEnd   int         `json:"sentence_end"`
	Source        Span        `json:"source"`
	Target        Span        `json:"target"`
	Evidence      Span        `json:"evidence"`
	Pattern       string      `json:"pattern,omitempty"`
	Negated       bool        `json:"negated"`
	Hedged        bool        `json:"hedged"`
	ReportedBy    string      `json:"reported_by,omitempty"`
	DateText      string      `json:"date_text,omitempty"`
	Count         int         `json:"count"` // mentions in this article
}

// Span is a stretch of article text.
type Span struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}
