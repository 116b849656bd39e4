package cli

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing/fstest"

	"annals/actor"
	"annals/classic"
	"annals/coder"
	"annals/diag"
	"annals/dict"
	"annals/verb"
)

// dictFlags are the dictionary flags shared by the coding commands.
type dictFlags struct {
	dirs      stringList
	noBuiltin bool
}

func (d *dictFlags) register(fs *flag.FlagSet) {
	fs.Var(&d.dirs, "dict", "add the dictionary files of `DIR` (kind recognised by file name; repeatable)")
	fs.BoolVar(&d.noBuiltin, "no-builtin", false, "use only the --dict dictionaries")
}

// dictSet is every dictionary source of a run.
type dictSet struct {
	actors   []actor.Source
	verbs    []verb.Source
	discards []coder.Discard
	stats    classic.Stats // of the classic files read
	classic  int           // classic files read
}

// readDir reads a --dict directory: annals' own files and the classic
// TABARI / PETRARCH files, each kind recognised by its file name. Problems
// in the files are returned as warnings; the rest is used.
func readDir(dir string) (dictSet, []error, error) {
	var ds dictSet
	ours, classicFS, err := splitDir(dir)
	if err != nil {
		return ds, nil, fmt.Errorf("--dict %s: %w", dir, err)
	}
	a, err := actor.ReadFS(ours, ".")
	if err != nil {
		return ds, nil, fmt.Errorf("--dict %s: %w", dir, err)
	}
	v, err := verb.ReadFS(ours, ".")
	if err != nil {
		return ds, nil, fmt.Errorf("--dict %s: %w", dir, err)
	}
	cl := classic.Load(classicFS)
	a = append(a, cl.Actors...)
	v = append(v, cl.Verbs...)
	for i := range a {
		a[i].Name = filepath.Join(dir, a[i].Name)
	}
	for i := range v {
		v[i].Name = filepath.Join(dir, v[i].Name)
	}
	for _, d := range cl.Discards {
		ds.discards = append(ds.discards, coder.Discard{Phrase: d.Phrase, Story: d.Story, Pos: filepath.Join(dir, d.Pos)})
	}
	if len(a)+len(v)+len(cl.Discards) == 0 {
		return ds, nil, fmt.Errorf("--dict %s: no dictionary files found (annals: *.countries.txt, *.people.txt, *.orgs.txt, *.agents.txt, *.verbs.txt; classic: *actors*, *agents*, *verbs* or CAMEO*, *discards*, *Issue*)", dir)
	}
	var warn []error
	for _, e := range cl.Errs {
		e := *e
		e.File = filepath.Join(dir, e.File)
		warn = append(warn, &e)
	}
	ds.actors, ds.verbs, ds.stats = a, v, cl.Stats
	ds.classic = len(cl.Actors) + len(cl.Verbs)
	return ds, warn, nil
}

// splitDir sorts the files of a directory into annals' own dictionaries
// and classic ones. Names can overlap (both kinds may end in .agents.txt),
// so the content decides: annals' files are made of blocks that start
// with country, person, org, agent or code.
func splitDir(dir string) (fstest.MapFS, fstest.MapFS, error) {
	ours, old := fstest.MapFS{}, fstest.MapFS{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		_, isClassic := classic.KindOf(rel)
		if !actor.IsActorFile(rel) && !verb.IsVerbFile(rel) && !isClassic {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		f := &fstest.MapFile{Data: b, Mode: 0o644}
		if (actor.IsActorFile(rel) || verb.IsVerbFile(rel)) && looksAnnals(b) || !isClassic {
			ours[rel] = f
		} else {
			old[rel] = f
		}
		return nil
	})
	return ours, old, err
}

// looksAnnals reports whether a file's first block line uses annals' keywords.
func looksAnnals(b []byte) bool {
	for _, line := range strings.Split(string(b), "\n") {
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "#") || line[0] == ' ' || line[0] == '\t' {
			continue
		}
		w, _, _ := strings.Cut(t, " ")
		switch w {
		case "country", "person", "org", "agent", "code":
			return true
		}
		return false
	}
	return false
}

// sources gathers the built-in dictionaries (unless --no-builtin) and the
// --dict directories.
func (d *dictFlags) sources() (dictSet, []error, error) {
	var all dictSet
	var warns []error
	if !d.noBuiltin {
		a, v, err := dict.Sources()
		if err != nil {
			return all, nil, fmt.Errorf("built-in dictionaries: %w", err)
		}
		all.actors, all.verbs = a, v
	}
	for _, dir := range d.dirs {
		ds, w, err := readDir(dir)
		if err != nil {
			return all, nil, err
		}
		warns = append(warns, w...)
		all.actors = append(all.actors, ds.actors...)
		all.verbs = append(all.verbs, ds.verbs...)
		all.discards = append(all.discards, ds.discards...)
		all.stats.Add(ds.stats)
		all.classic += ds.classic
	}
	return all, warns, nil
}

// build compiles the pipeline from the built-in dictionaries and --dict
// dirs. Bad lines of --dict files are warnings (printed by the caller);
// the built-in dictionaries must compile cleanly.
func (d *dictFlags) build() (*coder.Coder, error) {
	cd, warns, err := d.buildWarn()
	for i, w := range warns {
		if i == 20 {
			fmt.Fprintf(os.Stderr, "annals: ... and %d more dictionary warnings (see annals dict check)\n", len(warns)-i)
			break
		}
		fmt.Fprintf(os.Stderr, "annals: warning: %v\n", w)
	}
	return cd, err
}

func (d *dictFlags) buildWarn() (*coder.Coder, []error, error) {
	ds, warns, err := d.sources()
	if err != nil {
		return nil, nil, err
	}
	ad, aerr := actor.Compile(ds.actors...)
	vd, verr := verb.Compile(ds.verbs...)
	for _, e := range []error{aerr, verr} {
		if e == nil {
			continue
		}
		if d.noBuiltin || len(d.dirs) > 0 {
			warns = append(warns, splitErrs(e)...)
			continue
		}
		return nil, nil, e
	}
	// with only classic dictionaries, their conventions apply
	classicOnly := d.noBuiltin && ds.classic > 0
	vd.FutureAsserted = classicOnly
	cd, err := coder.New(ad, vd, ds.discards)
	if err != nil {
		return nil, nil, err
	}
	cd.Classic = classicOnly
	return cd, warns, nil
}

// splitErrs flattens an error list into its errors.
func splitErrs(err error) []error {
	if l, ok := err.(diag.List); ok {
		out := make([]error, len(l))
		for i, e := range l {
			out[i] = e
		}
		return out
	}
	return []error{err}
}

func defaultJobs() int { return runtime.GOMAXPROCS(0) }
