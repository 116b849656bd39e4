package queuetest

import (
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
)

// Server starts a NATS server with JetStream enabled, listening on a random
// loopback port and storing its streams under t.TempDir(), and returns its
// client URL. The server is shut down when the test ends.
func Server(t testing.TB) string {
	t.Helper()
	return Start(t, t.TempDir()).ClientURL()
}

// Start is Server with the store directory given, for tests that restart a
// server on the same data. It returns the running server; it is shut down
// when the test ends, unless the test has done so.
func Start(t testing.TB, storeDir string) *server.Server {
	t.Helper()
	opts := &server.Options{
		Host:      "127.0.0.1",
		Port:      -1,
		JetStream: true,
		StoreDir:  storeDir,
		NoLog:     true,
		NoSigs:    true,
	}
	s, err := server.NewServer(opts)
	if err != nil {
		t.Fatalf("nats server: %v", err)
	}
	go s.Start()
	if !s.ReadyForConnections(10 * time.Second) {
		s.Shutdown()
		t.Fatal("nats server: not ready after 10s")
	}
	t.Cleanup(func() {
		s.Shutdown()
		s.WaitForShutdown()
	})
	return s
}
