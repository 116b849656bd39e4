package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOrderAndJobs: output is in input order and the same for any -j.
func TestOrderAndJobs(t *testing.T) {
	dir := "../demo/corpus"
	one, _, st1 := run(t, "", "code", "-j", "1", dir)
	four, _, st4 := run(t, "", "code", "-j", "4", dir)
	if st1 != 0 || st4 != 0 {
		t.Fatalf("exit %d %d", st1, st4)
	}
	if one != four || len(one) == 0 {
		t.Fatalf("-j 1 and -j 4 differ (%d vs %d bytes)", len(one), len(four))
	}
	evs := decode(t, one)
	last := ""
	for _, e := range evs {
		id := e["doc_id"].(string)
		if id < last {
			t.Fatalf("doc %s after %s: not in input order", id, last)
		}
		last = id
	}
}

// TestBadInput: bad records are reported with file:line, the rest is
// coded, and the exit status is 2.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "a.txt")
	os.WriteFile(good, []byte("date 2024-03-01 Russia attacked Ukraine on Friday.\n"), 0o644)
	bad := filepath.Join(dir, "b.txt")
	os.WriteFile(bad, []byte("date 2024-02-30 France criticised Italy.\n"), 0o644)
	feed := filepath.Join(dir, "c.jsonl")
	os.WriteFile(feed, []byte(`{"id":"c1","date":"2024-03-02","text":"Egypt condemned Israel."}
{"id":"c2","date":"2024-03-02","text":
{"id":"c3","date":"2024-03-02","text":"Japan praised India."}
`), 0o644)
	out, stderr, st := run(t, "", "code", good, bad, feed)
	if st != 2 {
		t.Errorf("exit %d, want 2", st)
	}
	for _, want := range []string{"b.txt:1: ", "c.jsonl:2: "} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	for _, want := range []string{`"doc_id":"a"`, `"doc_id":"c1"`, `"doc_id":"c3"`} {
		if !strings.Contains(out, want) {
			t.Errorf("no events for %s:\n%s", want, out)
		}
	}
}

func TestFormats(t *testing.T) {
	in := "date 2024-03-01 Egypt condemned Israel on Friday."
	for _, f := range []string{"csv", "tsv", "plover", "jsonl"} {
		out, stderr, st := run(t, in, "code", "--format", f, "-")
		if st != 0 || !strings.Contains(out, "ISR") {
			t.Errorf("%s: exit %d %s\n%s", f, st, stderr, out)
		}
	}
	if _, _, st := run(t, in, "code", "--format", "xml", "-"); st != 2 {
		t.Errorf("unknown format: exit %d, want 2", st)
	}
	out, _, _ := run(t, "France criticised Italy.", "code", "--date", "2024-05-01", "-")
	if !strings.Contains(out, `"doc_date":"2024-05-01"`) {
		t.Errorf("--date for plain text: %s", out)
	}
}
