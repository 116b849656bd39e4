package classic

import (
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"testing"
	"time"

	"annals/actor"
	"annals/verb"
)

// sharedDir locates a directory of the shared reference data, or skips.
func sharedDir(t testing.TB, rel string) string {
	t.Helper()
	for _, base := range []string{"../../shared"} {
		d := filepath.Join(base, rel)
		if fi, err := os.Stat(d); err == nil && fi.IsDir() {
			return d
		}
	}
	t.Skipf("reference data %s not found (../../shared absent): skipping", rel)
	return ""
}

// TestReferenceDictionaries converts every classic file of the Phoenix
// and PETRARCH-1 sets and compiles the output with annals' compilers,
// which must accept all of it.
func TestReferenceDictionaries(t *testing.T) {
	for _, rel := range []string{"dictionaries/phoenix", "validation/petrarch1"} {
		t.Run(filepath.Base(rel), func(t *testing.T) {
			dir := sharedDir(t, rel)
			start := time.Now()
			res := Load(os.DirFS(dir))
			conv := time.Since(start)
			ad, aerr := actor.Compile(res.Actors...)
			vd, verr := verb.Compile(res.Verbs...)
			total := time.Since(start)
			if aerr != nil {
				t.Errorf("actor.Compile rejected converted text:\n%s", firstLines(aerr.Error(), 20))
			}
			if verr != nil {
				t.Errorf("verb.Compile rejected converted text:\n%s", firstLines(verr.Error(), 20))
			}
			if len(res.Actors) == 0 || len(res.Verbs) == 0 {
				t.Errorf("no actors or verbs read from %s", dir)
			}
			byFile := map[string]int{}
			for _, e := range res.Errs {
				byFile[e.File]++
			}
			files := make([]string, 0, len(byFile))
			for f := range byFile {
				files = append(files, f)
			}
			sort.Strings(files)
			for _, f := range files {
				t.Logf("classic errors in %s: %d", f, byFile[f])
			}
			for i, e := range res.Errs {
				if i == 15 {
					t.Logf("... %d more", len(res.Errs)-i)
					break
				}
				t.Logf("  %v", e)
			}
			as := ad.Stats()
			t.Logf("%s\nstats:\n%s", dir, res.Stats.String())
			t.Logf("compiled: %d actor entries (%d countries, %d people, %d orgs, %d agents, %d names, %d dated codes), %d verb patterns",
				len(ad.Entries), as.Countries, as.People, as.Orgs, as.Agents, as.Names, as.DatedCodes, len(vd.Patterns))
			t.Logf("discards %d, issues %d; convert %v, convert+compile %v", len(res.Discards), len(res.Issues), conv, total)
			res = nil
			runtime.GC()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			t.Logf("heap in use with both compiled dictionaries live: %.1f MB", float64(ms.HeapAlloc)/(1<<20))
			runtime.KeepAlive(ad)
			runtime.KeepAlive(vd)
		})
	}
}

func firstLines(s string, n int) string {
	k := 0
	for i := range s {
		if s[i] == '\n' {
			k++
			if k == n {
				return s[:i] + "\n..."
			}
		}
	}
	return s
}

// BenchmarkLoadPhoenix converts and compiles the whole Phoenix set.
func BenchmarkLoadPhoenix(b *testing.B) {
	dir := sharedDir(b, "dictionaries/phoenix")
	fsys := os.DirFS(dir)
	b.ReportAllocs()
	for b.Loop() {
		res := Load(fsys)
		if _, err := actor.Compile(res.Actors...); err != nil {
			b.Fatal(err)
		}
		if _, err := verb.Compile(res.Verbs...); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkConvertPhoenix converts the Phoenix set without compiling it.
func BenchmarkConvertPhoenix(b *testing.B) {
	dir := sharedDir(b, "dictionaries/phoenix")
	fsys := os.DirFS(dir)
	b.ReportAllocs()
	for b.Loop() {
		if res := Load(fsys); len(res.Actors) == 0 {
			b.Fatal("nothing read")
		}
	}
}
