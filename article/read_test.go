package article

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"annals/timex"
)

// writeFiles creates the named files (slash-separated, relative to dir).
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// readAll runs Read and flattens its output like results, with file
// names made relative to dir.
func readAll(dir string, paths []string, opt Options) []string {
	var out []string
	for _, r := range results(Read(paths, opt)) {
		out = append(out, strings.ReplaceAll(r, dir+string(filepath.Separator), ""))
	}
	return out
}

func TestRead(t *testing.T) {
	files := map[string]string{
		"corpus/b/002_second.txt":  "date 2025-01-22\n\nSecond.",
		"corpus/a/001_first.txt":   " date 2025-01-21 First.",
		"corpus/feed.jsonl":        "{\"id\":\"j1\",\"date\":\"2025-01-23\",\"text\":\"Third.\"}\n{\"date\":\"2025-01-24\",\"text\":\"Fourth.\"}\n",
		"corpus/README.md":         "Not an article.",
		"corpus/.hidden.txt":       "date 2025-01-25 Hidden.",
		"corpus/.git/x.txt":        "date 2025-01-25 Hidden.",
		"corpus/undated.txt":       "Plain text.",
		"corpus/nodot":             `{"id":"nd","date":"2025-01-26","text":"Sniffed as JSON."}`,
		"plain.md":                 "Named plain text.",
		"dup/001_first.txt":        "date 2025-02-01 Same id, other file.",
		"mixed/bad.txt":            "date 2025-02-30 Impossible.",
		"mixed/empty.txt":          "",
		"mixed/zbin.txt":           "\x7fELF\x00\x00\x01",
		"mixed/zlatin1.txt":        "date 2025-02-01 caf\xe9",
		"mixed/zz.jsonl":           "{\"id\":\"ok\",\"date\":\"2025-02-01\",\"text\":\"Ok.\"}\n[]\n",
		"stdinlike/only.jsonl":     "",
		"dupjson/d.jsonl":          "{\"id\":\"x\",\"date\":\"2025-01-01\",\"text\":\"A\"}\n{\"id\":\"x\",\"date\":\"2025-01-02\",\"text\":\"B\"}\n",
		"explicit/.hidden.txt":     "date 2025-03-01 Named explicitly.",
		"explicit/weird.extension": "date 2025-03-02 Any name when named.",
	}
	dir := t.TempDir()
	writeFiles(t, dir, files)
	j := func(p string) string { return filepath.Join(dir, filepath.FromSlash(p)) }

	tests := []struct {
		name  string
		paths []string
		opt   Options
		want  []string
	}{
		{name: "directory in lexical order", paths: []string{j("corpus")}, want: []string{
			"001_first 2025-01-21 1 First.",
			"002_second 2025-01-22 1 Second.",
			"j1 2025-01-23 1 Third.",
			"feed#2 2025-01-24 2 Fourth.",
			"nd 2025-01-26 1 Sniffed as JSON.",
			"ERR corpus/undated.txt:1: " + msgNoDate,
		}},
		{name: "date option for plain text", paths: []string{j("corpus/undated.txt"), j("plain.md")},
			opt: Options{Date: timex.Ymd(2019, 5, 1)}, want: []string{
				"undated 2019-05-01 1 Plain text.",
				"plain 2019-05-01 1 Named plain text.",
			}},
		{name: "duplicate ids across paths", paths: []string{j("corpus/a"), j("dup")}, want: []string{
			"001_first 2025-01-21 1 First.",
			"ERR dup/001_first.txt:1: duplicate id 001_first, first at corpus/a/001_first.txt:1",
		}},
		{name: "same file twice", paths: []string{j("corpus/a/001_first.txt"), j("corpus/a/001_first.txt")}, want: []string{
			"001_first 2025-01-21 1 First.",
			"ERR corpus/a/001_first.txt:1: duplicate id 001_first",
		}},
		{name: "errors do not stop the batch", paths: []string{j("mixed"), j("missing.txt"), j("corpus/b")}, want: []string{
			"ERR mixed/bad.txt:1: impossible date",
			"ERR mixed/empty.txt:1: empty file",
			"ERR mixed/zbin.txt:1: binary file",
			"ERR mixed/zlatin1.txt:1: not valid UTF-8",
			"ok 2025-02-01 1 Ok.",
			"ERR mixed/zz.jsonl:2: JSON value is not an object",
			"ERR missing.txt: cannot read: no such file or directory",
			"002_second 2025-01-22 1 Second.",
		}},
		{name: "empty jsonl file", paths: []string{j("stdinlike/only.jsonl")}, want: []string{
			"ERR stdinlike/only.jsonl:1: empty file",
		}},
		{name: "explicit names are read whatever they look like", paths: []string{j("explicit/.hidden.txt"), j("explicit/weird.extension")}, want: []string{
			".hidden 2025-03-01 1 Named explicitly.",
			"weird 2025-03-02 1 Any name when named.",
		}},
		{name: "duplicate ids in one file", paths: []string{j("dupjson")}, want: []string{
			"x 2025-01-01 1 A",
			"ERR dupjson/d.jsonl:2: duplicate id x, first at dupjson/d.jsonl:1",
		}},
		{name: "no paths", paths: nil, want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := readAll(dir, tt.paths, tt.opt)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d results:\n%s\nwant:\n%s", len(got), strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			for i := range got {
				if strings.HasPrefix(tt.want[i], "ERR ") && strings.HasPrefix(got[i], tt.want[i]) {
					continue
				}
				if got[i] != tt.want[i] {
					t.Errorf("result %d: got %q, want %q", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestReadStdin(t *testing.T) {
	tests := []struct {
		name, in string
		opt      Options
		want     []string
	}{
		{name: "seed", in: "date 2023-11-30 Body.", want: []string{"stdin 2023-11-30 1 Body."}},
		{name: "json lines", in: "\n{\"date\":\"2023-11-30\",\"text\":\"A\"}\n{\"date\":\"2023-12-01\",\"text\":\"B\"}",
			want: []string{"stdin#2 2023-11-30 2 A", "stdin#3 2023-12-01 3 B"}},
		{name: "plain with date", in: "Body.", opt: Options{Date: timex.Ymd(2023, 1, 2)}, want: []string{"stdin 2023-01-02 1 Body."}},
		{name: "plain without date", in: "Body.", want: []string{"ERR -:1: " + msgNoDate}},
		{name: "too long", in: "date 2023-11-30 " + strings.Repeat("x", 100), opt: Options{MaxLine: 50},
			want: []string{"ERR -:1: file longer than 50 bytes; skipped"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := tt.opt
			opt.Stdin = strings.NewReader(tt.in)
			got := results(Read([]string{"-"}, opt))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	var e *Error
	for _, err := range Read([]string{"-"}, Options{}) {
		if !errors.As(err, &e) || e.File != "-" {
			t.Errorf("no stdin: got %v", err)
		}
	}
}

func TestReadStopsEarly(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "date 2020-01-01 A", "b.txt": "date 2020-01-02 B"})
	n := 0
	for range Read([]string{dir, dir}, Options{}) {
		n++
		break
	}
	if n != 1 {
		t.Errorf("got %d, want 1", n)
	}
}

func TestReadSharedSeed(t *testing.T) {
	const path = "../../shared/seed/000_3983572c49da6df2.txt"
	if _, err := os.Stat(path); err != nil {
		t.Skipf("shared seed article not available (%v); skipping", err)
	}
	var got []Article
	for a, err := range Read([]string{path}, Options{}) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, a)
	}
	if len(got) != 1 {
		t.Fatalf("got %d articles, want 1", len(got))
	}
	a := got[0]
	if a.ID != "000_3983572c49da6df2" || a.Date != timex.Ymd(2025, 1, 21) || a.Line != 1 {
		t.Errorf("got id %q date %v line %d", a.ID, a.Date, a.Line)
	}
	if !strings.HasPrefix(a.Text, "Russian President Vladimir Putin") {
		t.Errorf("text starts %q", a.Text[:min(40, len(a.Text))])
	}
}

// TestReadHugeLine reads a JSON lines file with a 50 MB line between two
// good ones: the long line is reported and skipped, and memory stays far
// below its size.
func TestReadHugeLine(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 50 MB file")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "big.jsonl")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	good := `{"date":"2024-01-01","text":"ok"}` + "\n"
	chunk := strings.Repeat("x", 1<<20)
	_, err = f.WriteString(good + `{"date":"2024-01-01","text":"`)
	for i := 0; i < 50 && err == nil; i++ {
		_, err = f.WriteString(chunk)
	}
	if err == nil {
		_, err = f.WriteString("\"}\n" + good)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	got := results(Read([]string{p}, Options{MaxLine: 1 << 20}))
	runtime.ReadMemStats(&after)

	want := []string{"big#1 2024-01-01 1 ok", "ERR " + p + ":2: line longer than 1048576 bytes; skipped", "big#3 2024-01-01 3 ok"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q, want %q", got, want)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 16<<20 {
		t.Errorf("allocated %d bytes reading a 50 MB line with a 1 MiB limit", alloc)
	}
}
