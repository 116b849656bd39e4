// Package queuetest starts in-process NATS servers with JetStream for the
// tests of packages that use package queue.
package queuetest
