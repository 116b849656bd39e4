package queue

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"annals/article"
)

// Message is one queued article handed to a Consume handler.
type Message struct {
	Article   article.Article
	Delivered int // deliveries so far, this one included (1 the first time)

	msg   jetstream.Msg
	state *msgState
}

type msgState struct {
	mu  sync.Mutex
	err error
}

// Fail marks the message as bad: once the handler returns, whatever it
// returns, the message is published to the dead-letter subject with err and
// terminated instead of being acked or redelivered. The first error given
// is kept. Fail is safe to call from several goroutines.
func (m Message) Fail(err error) {
	if m.state == nil {
		return
	}
	if err == nil {
		err = errors.New("marked as failed")
	}
	m.state.mu.Lock()
	defer m.state.mu.Unlock()
	if m.state.err == nil {
		m.state.err = err
	}
}

func (m Message) failure() error {
	if m.state == nil {
		return nil
	}
	m.state.mu.Lock()
	defer m.state.mu.Unlock()
	return m.state.err
}

// Handler handles one batch of messages; see Consume.
type Handler func(ctx context.Context, batch []Message) error

// Consume fetches batches from the shared durable consumer and calls handle
// once per batch, until ctx is cancelled; it then returns nil after the
// batch in hand is handled and acknowledged. See the package doc for what
// happens to the messages of a batch. handle's context is not cancelled
// with ctx. Consume returns an error only when the connection is closed.
//
// Several Consume calls, in one process or many, share the work: each
// message goes to one of them at a time.
func (q *Queue) Consume(ctx context.Context, handle Handler) error {
	if handle == nil {
		return errors.New("queue: consume: nil handler")
	}
	for ctx.Err() == nil {
		msgs, err := q.fetch(ctx)
		if len(msgs) > 0 {
			q.handle(ctx, msgs, handle)
		}
		if err != nil {
			if q.nc.IsClosed() {
				return fmt.Errorf("queue: consume: %w", nats.ErrConnectionClosed)
			}
			// A transient failure (reconnecting server, missed heartbeat):
			// wait a little and fetch again.
			select {
			case <-time.After(q.cfg.FetchWait):
			case <-ctx.Done():
			}
		}
	}
	return nil
}

// fetch waits up to FetchWait for up to Batch messages. The wait is left
// to the server (the pull request expires there) rather than cut short on
// the client, which would leave messages already sent to this worker
// unhandled until AckWait; so a cancelled ctx takes effect after at most
// FetchWait, and whatever the fetch brings is handled.
func (q *Queue) fetch(ctx context.Context) ([]jetstream.Msg, error) {
	b, err := q.cons.Fetch(q.cfg.Batch, jetstream.FetchMaxWait(q.cfg.FetchWait))
	if err != nil {
		if ctx.Err() != nil {
			return nil, nil
		}
		return nil, err
	}
	var msgs []jetstream.Msg
	for m := range b.Messages() {
		msgs = append(msgs, m)
	}
	err = b.Error()
	if errors.Is(err, nats.ErrTimeout) || errors.Is(err, context.DeadlineExceeded) {
		err = nil
	}
	return msgs, err
}

// handle runs one batch through the handler and settles every message.
func (q *Queue) handle(ctx context.Context, msgs []jetstream.Msg, handle Handler) {
	ctx = context.WithoutCancel(ctx)
	batch := make([]Message, 0, len(msgs))
	for _, m := range msgs {
		delivered := 1
		if meta, err := m.Metadata(); err == nil {
			delivered = int(meta.NumDelivered)
		}
		if delivered > 1 {
			q.redelivered.Add(1)
		}
		if delivered > q.cfg.MaxDeliver {
			q.dead(ctx, m, delivered, fmt.Errorf("delivered %d times without being settled", delivered-1))
			continue
		}
		a, err := Decode(m.Data())
		if err != nil {
			q.dead(ctx, m, delivered, err)
			continue
		}
		batch = append(batch, Message{Article: a, Delivered: delivered, msg: m, state: &msgState{}})
	}
	if len(batch) > 0 {
		stop := q.keepInProgress(batch)
		err := handle(ctx, batch)
		stop()
		for _, m := range batch {
			switch ferr := m.failure(); {
			case ferr != nil:
				q.dead(ctx, m.msg, m.Delivered, ferr)
			case err == nil:
				if m.msg.Ack() == nil {
					q.processed.Add(1)
				}
			case m.Delivered >= q.cfg.MaxDeliver:
				q.dead(ctx, m.msg, m.Delivered, err)
			default:
				_ = m.msg.NakWithDelay(q.cfg.NakDelay * time.Duration(m.Delivered))
			}
		}
	}
	// Make sure the server has the acks before fetching again or returning.
	fctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	_ = q.nc.FlushWithContext(fctx)
}

// keepInProgress tells the server, every AckWait/3 until stop is called,
// that the batch is still being worked on.
func (q *Queue) keepInProgress(batch []Message) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(q.cfg.AckWait / 3)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				for _, m := range batch {
					_ = m.msg.InProgress()
				}
			}
		}
	})
	return func() {
		close(done)
		wg.Wait()
	}
}

// dead publishes m to the dead-letter subject and terminates it. If the
// dead letter cannot be stored, m is left to be redelivered.
func (q *Queue) dead(ctx context.Context, m jetstream.Msg, delivered int, cause error) {
	dl := nats.NewMsg(q.cfg.DeadSubject)
	dl.Data = m.Data()
	key := m.Headers().Get(jetstream.MsgIDHeader)
	dl.Header.Set(HeaderError, cause.Error())
	dl.Header.Set(HeaderDelivered, strconv.Itoa(delivered))
	dl.Header.Set(HeaderArticle, key)
	if meta, err := m.Metadata(); err == nil {
		// Storing the same dead letter twice (after a crash) is a no-op.
		dl.Header.Set(jetstream.MsgIDHeader, meta.Stream+"/"+strconv.FormatUint(meta.Sequence.Stream, 10))
	}
	pctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if _, err := q.js.PublishMsg(pctx, dl); err != nil {
		_ = m.NakWithDelay(q.cfg.NakDelay)
		return
	}
	reason := cause.Error()
	if len(reason) > 200 {
		reason = reason[:200]
	}
	if m.TermWithReason(reason) == nil {
		q.failed.Add(1)
	}
}
