package cli

import (
	"flag"
	"fmt"
	"os"
	"runtime"

	"annals/actor"
	"annals/cameo"
	"annals/coder"
	"annals/dict"
	"annals/tag"
	"annals/timex"
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

// build compiles the pipeline from the built-in dictionaries and --dict dirs.
func (d *dictFlags) build() (*coder.Coder, error) {
	var as []actor.Source
	var vs []verb.Source
	if !d.noBuiltin {
		a, v, err := dict.Sources()
		if err != nil {
			return nil, fmt.Errorf("built-in dictionaries: %w", err)
		}
		as, vs = a, v
	}
	for _, dir := range d.dirs {
		fsys := os.DirFS(dir)
		a, err := actor.ReadFS(fsys, ".")
		if err != nil {
			return nil, fmt.Errorf("--dict %s: %w", dir, err)
		}
		v, err := verb.ReadFS(fsys, ".")
		if err != nil {
			return nil, fmt.Errorf("--dict %s: %w", dir, err)
		}
		for i := range a {
			a[i].Name = dir + "/" + a[i].Name
		}
		for i := range v {
			v[i].Name = dir + "/" + v[i].Name
		}
		if len(a)+len(v) == 0 {
			return nil, fmt.Errorf("--dict %s: no dictionary files found (want *.countries.txt, *.people.txt, *.orgs.txt, *.agents.txt, *.verbs.txt)", dir)
		}
		as, vs = append(as, a...), append(vs, v...)
	}
	ad, err := actor.Compile(as...)
	if err != nil {
		return nil, err
	}
	vd, err := verb.Compile(vs...)
	if err != nil {
		return nil, err
	}
	codes, err := cameo.Load()
	if err != nil {
		return nil, err
	}
	return &coder.Coder{Tagger: tag.New(), Timex: timex.New(), Actors: ad, Verbs: vd, Codes: codes}, nil
}

func defaultJobs() int { return runtime.GOMAXPROCS(0) }
