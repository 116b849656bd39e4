package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"annals/article"
	"annals/store"
	"annals/timex"
)

// Defaults of Config.
const (
	DefaultStream      = "ANNALS"
	DefaultSubject     = "annals.articles"
	DefaultDurable     = "annals-workers"
	DefaultDeadSubject = "annals.dead"
	DefaultMaxDeliver  = 5
	DefaultAckWait     = 60 * time.Second
	DefaultBatch       = 100
	DefaultDuplicates  = 24 * time.Hour
	DefaultFetchWait   = time.Second
	DefaultNakDelay    = time.Second
)

// Headers set on dead letters.
const (
	HeaderError     = "Annals-Error"     // why the message was dead-lettered
	HeaderDelivered = "Annals-Delivered" // deliveries it had
	HeaderArticle   = "Annals-Article"   // the article key (original Nats-Msg-Id)
)

// Config says where the queue lives and how it is consumed. Zero fields take
// the defaults above.
type Config struct {
	URL         string        // NATS server URL(s), comma separated; nats.DefaultURL if empty
	Stream      string        // work-queue stream
	Subject     string        // subject articles are published on
	Durable     string        // durable consumer shared by all workers
	DeadSubject string        // subject of dead letters
	DeadStream  string        // stream keeping dead letters; Stream+"_DEAD" if empty
	MaxDeliver  int           // deliveries before a failing message is dead-lettered
	AckWait     time.Duration // time a worker holds a message without acking or heartbeat
	Batch       int           // messages per fetch and per handler call
	Duplicates  time.Duration // duplicate window for Nats-Msg-Id de-duplication
	FetchWait   time.Duration // how long a fetch waits for messages; bounds stop latency
	NakDelay    time.Duration // redelivery delay after a handler error, times the delivery count
	Name        string        // client connection name, for server monitoring
}

func (c Config) withDefaults() Config {
	def := func(s *string, v string) {
		if *s == "" {
			*s = v
		}
	}
	def(&c.URL, nats.DefaultURL)
	def(&c.Stream, DefaultStream)
	def(&c.Subject, DefaultSubject)
	def(&c.Durable, DefaultDurable)
	def(&c.DeadSubject, DefaultDeadSubject)
	def(&c.DeadStream, c.Stream+"_DEAD")
	def(&c.Name, "annals")
	if c.MaxDeliver <= 0 {
		c.MaxDeliver = DefaultMaxDeliver
	}
	if c.AckWait <= 0 {
		c.AckWait = DefaultAckWait
	}
	if c.Batch <= 0 {
		c.Batch = DefaultBatch
	}
	if c.Duplicates <= 0 {
		c.Duplicates = DefaultDuplicates
	}
	if c.FetchWait <= 0 {
		c.FetchWait = DefaultFetchWait
	}
	if c.NakDelay <= 0 {
		c.NakDelay = DefaultNakDelay
	}
	return c
}

// Queue is a connection to the work queue. It is safe for concurrent use;
// Consume may run in several goroutines, which then share the work.
type Queue struct {
	cfg  Config
	nc   *nats.Conn
	js   jetstream.JetStream
	cons jetstream.Consumer

	processed, failed, redelivered, published, duplicates atomic.Uint64
}

// Connect connects to NATS and makes sure the streams and the durable
// consumer exist (creating or updating them).
func Connect(ctx context.Context, cfg Config) (*Queue, error) {
	cfg = cfg.withDefaults()
	if cfg.Subject == cfg.DeadSubject {
		return nil, errors.New("queue: subject and dead subject must differ")
	}
	nc, err := nats.Connect(cfg.URL, nats.Name(cfg.Name), nats.MaxReconnects(-1))
	if err != nil {
		return nil, fmt.Errorf("queue: connect %s: %w", cfg.URL, err)
	}
	q := &Queue{cfg: cfg, nc: nc}
	if err := q.setup(ctx); err != nil {
		nc.Close()
		return nil, fmt.Errorf("queue: %w", err)
	}
	return q, nil
}

func (q *Queue) setup(ctx context.Context) error {
	js, err := jetstream.New(q.nc)
	if err != nil {
		return err
	}
	q.js = js
	c := q.cfg
	if _, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        c.Stream,
		Description: "annals articles to code",
		Subjects:    []string{c.Subject},
		Retention:   jetstream.WorkQueuePolicy,
		Storage:     jetstream.FileStorage,
		Duplicates:  c.Duplicates,
	}); err != nil {
		return fmt.Errorf("stream %s: %w", c.Stream, err)
	}
	if _, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        c.DeadStream,
		Description: "annals articles that could not be handled",
		Subjects:    []string{c.DeadSubject},
		Retention:   jetstream.LimitsPolicy,
		Storage:     jetstream.FileStorage,
	}); err != nil {
		return fmt.Errorf("stream %s: %w", c.DeadStream, err)
	}
	// The server stops redelivering after MaxDeliver+1 deliveries; Consume
	// dead-letters a message before that (see package doc).
	cons, err := js.CreateOrUpdateConsumer(ctx, c.Stream, jetstream.ConsumerConfig{
		Durable:       c.Durable,
		Description:   "annals workers",
		FilterSubject: c.Subject,
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       c.AckWait,
		MaxDeliver:    c.MaxDeliver + 1,
		MaxAckPending: max(1000, 64*c.Batch),
		MaxWaiting:    512,
	})
	if err != nil {
		return fmt.Errorf("consumer %s: %w", c.Durable, err)
	}
	q.cons = cons
	return nil
}

// Config returns the configuration in use, defaults filled in.
func (q *Queue) Config() Config { return q.cfg }

// Close flushes and closes the connection. Messages held by a Consume that
// is still running are redelivered after AckWait.
func (q *Queue) Close() {
	_ = q.nc.Flush()
	q.nc.Close()
}

// wire is the JSON body of a queued article.
type wire struct {
	ID       string `json:"id"`
	Date     string `json:"date"`
	Title    string `json:"title,omitempty"`
	Text     string `json:"text"`
	Source   string `json:"source,omitempty"`
	URL      string `json:"url,omitempty"`
	Language string `json:"language,omitempty"`
}

// Encode returns the message body of an article.
func Encode(a article.Article) ([]byte, error) {
	return json.Marshal(wire{ID: a.ID, Date: a.Date.String(), Title: a.Title, Text: a.Text,
		Source: a.Source, URL: a.URL, Language: a.Language})
}

// Decode reads a message body made by Encode.
func Decode(b []byte) (article.Article, error) {
	var w wire
	if err := json.Unmarshal(b, &w); err != nil {
		return article.Article{}, fmt.Errorf("decode article: %w", err)
	}
	a := article.Article{ID: w.ID, Title: w.Title, Text: w.Text, Source: w.Source, URL: w.URL,
		Language: w.Language}
	if w.Date != "" {
		d, err := timex.Parse(w.Date)
		if err != nil {
			return article.Article{}, fmt.Errorf("decode article %q: %w", w.ID, err)
		}
		a.Date = d
	}
	return a, nil
}

func (q *Queue) message(a article.Article) (*nats.Msg, error) {
	body, err := Encode(a)
	if err != nil {
		return nil, err
	}
	m := nats.NewMsg(q.cfg.Subject)
	m.Data = body
	m.Header.Set(jetstream.MsgIDHeader, store.ArticleKey(&a))
	return m, nil
}

// Publish queues one article and waits for the server to store it. An
// article whose key was published within the duplicate window is dropped
// by the server; that is not an error.
func (q *Queue) Publish(ctx context.Context, a article.Article) error {
	_, err := q.publish(ctx, a)
	return err
}

// publish reports whether the server dropped the article as a duplicate.
func (q *Queue) publish(ctx context.Context, a article.Article) (dup bool, err error) {
	m, err := q.message(a)
	if err != nil {
		return false, fmt.Errorf("queue: publish %q: %w", a.ID, err)
	}
	ack, err := q.js.PublishMsg(ctx, m)
	if err != nil {
		return false, fmt.Errorf("queue: publish %q: %w", a.ID, err)
	}
	q.count(ack.Duplicate)
	return ack.Duplicate, nil
}

func (q *Queue) count(dup bool) {
	if dup {
		q.duplicates.Add(1)
	} else {
		q.published.Add(1)
	}
}

// PublishBatch queues many articles, pipelining the publishes, and waits
// for every acknowledgement. It returns how many were stored and how many
// dropped as duplicates; on error some articles may have been queued
// (publishing them again is harmless).
func (q *Queue) PublishBatch(ctx context.Context, as []article.Article) (published, duplicates int, err error) {
	futures := make([]jetstream.PubAckFuture, 0, len(as))
	for _, a := range as {
		m, err := q.message(a)
		if err != nil {
			return published, duplicates, fmt.Errorf("queue: publish %q: %w", a.ID, err)
		}
		f, err := q.js.PublishMsgAsync(m)
		if err != nil {
			return published, duplicates, fmt.Errorf("queue: publish %q: %w", a.ID, err)
		}
		futures = append(futures, f)
	}
	var first error
	for _, f := range futures {
		select {
		case ack := <-f.Ok():
			q.count(ack.Duplicate)
			if ack.Duplicate {
				duplicates++
			} else {
				published++
			}
		case err := <-f.Err():
			if first == nil {
				first = fmt.Errorf("queue: publish %q: %w", f.Msg().Header.Get(jetstream.MsgIDHeader), err)
			}
		case <-ctx.Done():
			return published, duplicates, fmt.Errorf("queue: publish: %w", ctx.Err())
		}
	}
	return published, duplicates, first
}

// Stats counts what this Queue did, and the lag of the shared consumer.
type Stats struct {
	Processed   uint64 `json:"processed"`   // messages acked after a successful handler
	Failed      uint64 `json:"failed"`      // messages dead-lettered
	Redelivered uint64 `json:"redelivered"` // messages received that had been delivered before
	Published   uint64 `json:"published"`   // articles queued by Publish/PublishBatch
	Duplicates  uint64 `json:"duplicates"`  // publishes dropped by the server as duplicates
	Pending     uint64 `json:"pending"`     // messages not yet delivered to any worker (lag)
	AckPending  uint64 `json:"ack_pending"` // messages delivered, not yet acked
}

// Stats returns the counters of this Queue and the consumer's lag, read
// from the server.
func (q *Queue) Stats(ctx context.Context) (Stats, error) {
	st := Stats{
		Processed:   q.processed.Load(),
		Failed:      q.failed.Load(),
		Redelivered: q.redelivered.Load(),
		Published:   q.published.Load(),
		Duplicates:  q.duplicates.Load(),
	}
	info, err := q.cons.Info(ctx)
	if err != nil {
		return st, fmt.Errorf("queue: stats: %w", err)
	}
	st.Pending = info.NumPending
	st.AckPending = uint64(info.NumAckPending)
	return st, nil
}

// DeadLetter is a message that was taken off the queue as bad.
type DeadLetter struct {
	Sequence  uint64 // in the dead-letter stream
	Article   string // article key
	Error     string
	Delivered int
	Data      []byte // the original body
	Time      time.Time
}

// DeadLetters returns up to max dead letters, oldest first.
func (q *Queue) DeadLetters(ctx context.Context, max int) ([]DeadLetter, error) {
	s, err := q.js.Stream(ctx, q.cfg.DeadStream)
	if err != nil {
		return nil, fmt.Errorf("queue: dead letters: %w", err)
	}
	info, err := s.Info(ctx)
	if err != nil {
		return nil, fmt.Errorf("queue: dead letters: %w", err)
	}
	var out []DeadLetter
	for seq := info.State.FirstSeq; seq <= info.State.LastSeq && len(out) < max && info.State.Msgs > 0; seq++ {
		m, err := s.GetMsg(ctx, seq)
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			continue
		}
		if err != nil {
			return out, fmt.Errorf("queue: dead letters: %w", err)
		}
		n, _ := strconv.Atoi(m.Header.Get(HeaderDelivered))
		out = append(out, DeadLetter{Sequence: m.Sequence, Article: m.Header.Get(HeaderArticle),
			Error: m.Header.Get(HeaderError), Delivered: n, Data: m.Data, Time: m.Time})
	}
	return out, nil
}
