package cli

import (
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"annals/queue/queuetest"
	"annals/store/postgres/pgtest"
)

// TestWorkersSIGKILL queues articles on a real NATS JetStream server (in
// this process), runs worker processes that code them into PostgreSQL,
// kills one with SIGKILL in the middle of its work, and checks the store
// ends up exactly as a clean single-process ingest: no article lost, none
// counted twice. Two and then four workers run at once.
func TestWorkersSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs worker processes")
	}
	pg := pgtest.URL(t)
	bin := buildBinary(t)
	in := feed(t, 1200)
	clean := filepath.Join(t.TempDir(), "clean.db")
	if out, err := exec.Command(bin, "ingest", "--db", clean, in).CombinedOutput(); err != nil {
		t.Fatalf("clean ingest: %v\n%s", err, out)
	}
	want := snapshot(t, bin, clean)

	nats := queuetest.Server(t)
	if out, err := exec.Command(bin, "ingest", "--nats", nats, in).CombinedOutput(); err != nil || !strings.Contains(string(out), "queued 1200 articles") {
		t.Fatalf("queue: %v\n%s", err, out)
	}
	// queuing the same feed again is dropped as duplicates by the server
	if out, err := exec.Command(bin, "ingest", "--nats", nats, in).CombinedOutput(); err != nil || !strings.Contains(string(out), "queued 0 articles (1200 duplicates") {
		t.Fatalf("re-queue: %v\n%s", err, out)
	}
	start := func() *exec.Cmd {
		cmd := exec.Command(bin, "worker", "--nats", nats, "--db", pg, "--batch", "20")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
		return cmd
	}
	w1, w2 := start(), start()
	// kill one worker as soon as the store has some events: it is in the
	// middle of a batch (batches of 20 take a while to code and store)
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		out, err := exec.Command(bin, "query", "--db", pg, "--count").Output()
		if err == nil && strings.TrimSpace(string(out)) != "0" {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	w1.Process.Signal(syscall.SIGKILL)
	w1.Wait()
	// two more: four processes have now worked on the queue, three at once
	start()
	start()
	_ = w2
	var got string
	deadline = time.Now().Add(120 * time.Second)
	for time.Now().Before(deadline) {
		got = snapshot(t, bin, pg)
		if got == want {
			break
		}
		time.Sleep(500 * time.Millisecond)
	}
	if got != want {
		t.Fatalf("the store after a SIGKILL differs from a clean ingest (%d vs %d bytes)", len(got), len(want))
	}
}
