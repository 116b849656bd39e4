// Package queue is the work queue of distributed ingest: articles published
// by `annals ingest --nats URL` to a NATS JetStream stream, consumed by any
// number of `annals worker` processes that code them and write them to the
// store.
//
// # Stream and consumer
//
// Connect makes sure that two streams exist:
//
//   - Config.Stream ("ANNALS") on Config.Subject ("annals.articles"), with
//     work-queue retention (a message is removed once acknowledged), file
//     storage and a duplicate window (Config.Duplicates, 24h) in which a
//     second message with the same Nats-Msg-Id is dropped by the server;
//   - Config.DeadStream ("ANNALS_DEAD") on Config.DeadSubject
//     ("annals.dead"), with limits retention, keeping dead letters for
//     inspection (DeadLetters) or replay.
//
// and a durable pull consumer (Config.Durable, "annals-workers") with
// explicit acks, shared by every worker: each message is handed to one
// worker at a time.
//
// # Publishing
//
// Publish sends one article as JSON ({id, date, title, text, source, url,
// language}) with Nats-Msg-Id set to the article key (its id, or "sha256:"
// and the hash of its text, as store.ArticleKey), so re-publishing the same
// article within the duplicate window is a no-op. PublishBatch pipelines
// many publishes and waits for every acknowledgement.
//
// # Consuming
//
// Consume fetches up to Config.Batch messages at a time and calls the
// handler once per batch. The delivery guarantee is at least once, with
// acknowledgement after commit:
//
//   - handler returns nil: every message of the batch is acknowledged (the
//     store has committed), except those marked with Message.Fail;
//   - handler returns an error: every message is negatively acknowledged
//     with a delay growing with its delivery count (Config.NakDelay), and
//     comes back later, possibly to another worker; since the store's
//     PutArticles is idempotent, a redelivered article changes nothing;
//   - a message that cannot be decoded, that the handler marks with
//     Message.Fail, or whose handling fails on its Config.MaxDeliver-th
//     delivery, is published to Config.DeadSubject with the error in the
//     Annals-Error header and terminated (AckTerm), so it never blocks the
//     queue. A message seen more than MaxDeliver times (a worker died each
//     time it held it) is dead-lettered without calling the handler.
//
// While the handler runs, the batch's messages are kept in progress
// (InProgress every AckWait/3), so a slow commit is not redelivered to
// another worker; a worker that dies mid-batch loses nothing: its messages
// are redelivered after AckWait. The handler's context is not cancelled with
// Consume's, so a batch in hand is finished: cancelling ctx makes Consume
// return after the current batch is handled and acknowledged (graceful
// drain).
//
// Typical wiring:
//
//	q, err := queue.Connect(ctx, queue.Config{URL: natsURL})
//	...
//	defer q.Close()
//	err = q.Consume(ctx, func(ctx context.Context, batch []queue.Message) error {
//		coded := make([]store.Coded, 0, len(batch))
//		for _, m := range batch {
//			evs, err := code(m.Article) // the engine's coder
//			if err != nil {
//				m.Fail(err) // dead-lettered, the rest of the batch goes on
//				continue
//			}
//			coded = append(coded, store.Coded{Article: m.Article, Events: evs})
//		}
//		_, err := db.PutArticles(ctx, coded) // a store.Store, e.g. store/postgres
//		return err // nil: acked; error: redelivered later
//	})
//
// Every worker calls Connect with the same Config; the last one to connect
// sets the shared consumer's settings (AckWait, MaxDeliver...). A handler
// that panics takes its worker down; its batch is redelivered after AckWait
// and, once delivered more than MaxDeliver times, dead-lettered.
//
// Tests start an in-process server with queuetest.Server.
package queue
