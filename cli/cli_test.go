package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

const seedPath = "../../shared/seed/000_3983572c49da6df2.txt"

func run(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(context.Background(), &Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb}, args)
	return out.String(), errb.String(), code
}

func needShared(t *testing.T, path string) {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		t.Skipf("reference data absent (%s): %v", path, err)
	}
}

func decode(t *testing.T, out string) []map[string]any {
	t.Helper()
	var evs []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if l == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("bad JSON line %q: %v", l, err)
		}
		evs = append(evs, m)
	}
	return evs
}

func code(m map[string]any, side string) string {
	a, _ := m[side].(map[string]any)
	s, _ := a["code"].(string)
	return s
}

// TestSeed checks the user's example article comes out right.
func TestSeed(t *testing.T) {
	needShared(t, seedPath)
	out, stderr, st := run(t, "", "code", seedPath)
	if st != 0 {
		t.Fatalf("exit %d: %s", st, stderr)
	}
	evs := decode(t, out)
	required := []string{"doc_id", "sentence_id", "event_id", "date", "date_precision", "doc_date", "source", "target",
		"cameo", "cameo_root", "cameo_name", "goldstein", "quad_class", "plover", "negated", "hedged", "sentence", "evidence", "pattern"}
	for _, e := range evs {
		for _, f := range required {
			if _, ok := e[f]; !ok {
				t.Errorf("event lacks %s: %v", f, e)
			}
		}
		for _, side := range []string{"source", "target"} {
			a := e[side].(map[string]any)
			for _, f := range []string{"code", "text", "start", "end"} {
				if _, ok := a[f]; !ok {
					t.Errorf("%s lacks %s", side, f)
				}
			}
		}
	}
	find := func(src, tgt, root string) []map[string]any {
		var out []map[string]any
		for _, e := range evs {
			if strings.HasPrefix(code(e, "source"), src) && strings.HasPrefix(code(e, "target"), tgt) && e["cameo_root"] == root {
				out = append(out, e)
			}
		}
		return out
	}
	if got := append(find("RUS", "USA", "04"), find("USA", "RUS", "04")...); len(got) > 0 {
		t.Errorf("negated Putin-Trump consult coded: %v", got)
	}
	inv := find("RUS", "UKR", "19")
	if len(inv) == 0 || inv[0]["date"] != "2022-02" {
		t.Errorf("invasion should be dated 2022-02: %v", inv)
	}
	call := find("CHN", "USA", "04")
	if len(call) == 0 || call[0]["date"] != "2025-01-17" || code(call[0], "target") != "USAELI" {
		t.Errorf("Xi-Trump call should be 2025-01-17 with USAELI: %v", call)
	}
	congr := find("RUS", "USA", "05")
	if len(congr) == 0 || code(congr[0], "target") != "USAGOV" {
		t.Errorf("congratulation should target USAGOV: %v", congr)
	}
}

// TestEvalAgreesWithScorer checks `annals eval` against the reference
// scorer on the same events.
func TestEvalAgreesWithScorer(t *testing.T) {
	for _, gold := range []string{"../../shared/gold/seed.jsonl", "../../shared/gold/dev.jsonl"} {
		needShared(t, gold)
		py, err := exec.LookPath("python3")
		if err != nil {
			t.Skip("python3 absent: ", err)
		}
		dir := t.TempDir()
		events := filepath.Join(dir, "events.jsonl")
		// code the gold articles once and keep the events
		golds, _ := os.ReadFile(gold)
		var docs []string
		for i, l := range strings.Split(strings.TrimSpace(string(golds)), "\n") {
			var g struct{ ID, Text string }
			json.Unmarshal([]byte(l), &g)
			p := filepath.Join(dir, g.ID+".txt")
			os.WriteFile(p, []byte(g.Text+"\n"), 0o644)
			docs = append(docs, p)
			_ = i
		}
		out, stderr, st := run(t, "", append([]string{"code"}, docs...)...)
		if st != 0 {
			t.Fatalf("code: %d %s", st, stderr)
		}
		os.WriteFile(events, []byte(out), 0o644)
		ours, _, _ := run(t, "", "eval", "--json", "--events", events, gold)
		var o struct{ F1, Precision, Recall, Exact, Date, Role float64 }
		if err := json.Unmarshal([]byte(ours), &o); err != nil {
			t.Fatalf("eval --json: %v: %s", err, ours)
		}
		ref, err := exec.Command(py, "../../shared/gold/score.py", gold, "--events", events).CombinedOutput()
		if err != nil && !strings.Contains(string(ref), "F1=") {
			t.Fatalf("score.py: %v: %s", err, ref)
		}
		m := regexp.MustCompile(`F1=([0-9.]+) P=([0-9.]+) R=([0-9.]+) exact=([0-9.]+) date=([0-9.]+) role=([0-9.]+)`).FindStringSubmatch(string(ref))
		if m == nil {
			t.Fatalf("no figures in score.py output: %s", ref)
		}
		for i, v := range []float64{o.F1, o.Precision, o.Recall, o.Exact, o.Date, o.Role} {
			want, _ := strconv.ParseFloat(m[i+1], 64)
			if d := v - want; d > 0.0011 || d < -0.0011 {
				t.Errorf("%s: figure %d: annals %.4f, score.py %.3f", gold, i, v, want)
			}
		}
		t.Logf("%s: F1 %.3f (score.py %s)", filepath.Base(gold), o.F1, m[1])
	}
}
