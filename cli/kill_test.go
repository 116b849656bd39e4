package cli

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"annals/demo"
)

// buildBinary builds the annals command into a temporary directory.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "annals")
	cmd := exec.Command("go", "build", "-o", bin, "../cmd/annals")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// feed writes n articles (the demo corpus over and over, with new ids) as
// JSON lines.
func feed(t *testing.T, n int) string {
	t.Helper()
	arts, err := demo.Corpus()
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "feed.jsonl")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	for i := 0; i < n; i++ {
		a := arts[i%len(arts)]
		b, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("%s-%d", a.ID, i), "date": a.Date.String(),
			"text": a.Text, "source": fmt.Sprintf("outlet-%d", i%7)})
		w.Write(b)
		w.WriteByte('\n')
	}
	w.Flush()
	f.Close()
	return p
}

// snapshot renders every stored event by its key (source, target, code,
// date) with its mention, article and source counts, sorted: two stores
// holding the same reports give the same snapshot, whatever order the
// articles arrived in (which report a merged event shows first depends on
// that order, so it is left out).
func snapshot(t *testing.T, bin, db string) string {
	t.Helper()
	out, err := exec.Command(bin, "query", "--db", db).Output()
	if err != nil {
		t.Fatalf("query: %v", err)
	}
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if l == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("query output: %v", err)
		}
		side := func(k string) any { a, _ := m[k].(map[string]any); return a["code"] }
		b, _ := json.Marshal([]any{side("source"), side("target"), m["cameo"], m["date"], m["mentions"], m["articles"], m["sources"]})
		lines = append(lines, string(b))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// TestIngestSurvivesSIGKILL kills a real ingest process with SIGKILL in
// the middle, runs it again, and checks the store equals a clean run's;
// then ingests once more and checks nothing changes.
func TestIngestSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and ingests thousands of articles")
	}
	bin := buildBinary(t)
	in := feed(t, 1500)
	dir := t.TempDir()
	clean := filepath.Join(dir, "clean.db")
	if out, err := exec.Command(bin, "ingest", "--db", clean, "--batch", "25", in).CombinedOutput(); err != nil {
		t.Fatalf("clean ingest: %v\n%s", err, out)
	}
	want := snapshot(t, bin, clean)

	killed := filepath.Join(dir, "killed.db")
	cmd := exec.Command(bin, "ingest", "--db", killed, "--batch", "25", in)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// kill as soon as some batches are committed, well before the end
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
		out, err := exec.Command(bin, "query", "--db", killed, "--count").Output()
		if err == nil && strings.TrimSpace(string(out)) != "0" {
			break
		}
	}
	cmd.Process.Signal(syscall.SIGKILL)
	if err := cmd.Wait(); err == nil {
		t.Log("ingest finished before the kill")
	}
	part := snapshot(t, bin, killed)
	t.Logf("killed with %d of %d distinct events stored", strings.Count(part, "\n")+1, strings.Count(want, "\n")+1)
	if part == want {
		t.Log("the kill came after the last commit; the test still checks the re-run")
	}
	if out, err := exec.Command(bin, "ingest", "--db", killed, "--batch", "25", in).CombinedOutput(); err != nil {
		t.Fatalf("re-run: %v\n%s", err, out)
	}
	if got := snapshot(t, bin, killed); got != want {
		t.Fatalf("store after kill and re-run differs from a clean run (%d vs %d bytes)", len(got), len(want))
	}
	out, err := exec.Command(bin, "ingest", "--db", killed, in).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "stored 0 articles (1500 already stored), 0 new events") {
		t.Fatalf("re-ingest changed something: %v\n%s", err, out)
	}
	if got := snapshot(t, bin, killed); got != want {
		t.Fatal("re-ingest changed the store")
	}
}
