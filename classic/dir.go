package classic

import (
	"io/fs"
	"sort"

	"annals/actor"
	"annals/verb"
)

// Result is everything read from a directory of classic dictionaries.
type Result struct {
	Actors   []actor.Source // converted actor and agent files, for actor.Compile
	Verbs    []verb.Source  // converted verb files, for verb.Compile
	Discards []Discard
	Issues   []Issue
	Stats    Stats
	Errs     ErrorList
}

// Load reads every classic file of fsys (recognised by KindOf), in name
// order, converting actors, agents and verbs to annals' formats. The
// converted sources are named by ConvertedName.
func Load(fsys fs.FS) *Result {
	res := &Result{}
	var paths []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			res.Errs = append(res.Errs, &Error{File: p, Msg: err.Error()})
			return nil
		}
		if _, ok := KindOf(p); ok && !d.IsDir() {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		res.Errs = append(res.Errs, &Error{File: ".", Msg: err.Error()})
	}
	sort.Strings(paths)
	for _, p := range paths {
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			res.Errs = append(res.Errs, &Error{File: p, Msg: err.Error()})
			continue
		}
		res.add(p, string(b))
	}
	return res
}

// add converts one classic file into the result.
func (res *Result) add(name, text string) {
	k, _ := KindOf(name)
	var errs ErrorList
	switch k {
	case ActorsFile:
		var out string
		out, errs = convertActors(name, text, &res.Stats)
		res.Actors = append(res.Actors, actor.Source{Name: ConvertedName(name), Text: out})
	case AgentsFile:
		var out string
		out, errs = convertAgents(name, text, &res.Stats)
		res.Actors = append(res.Actors, actor.Source{Name: ConvertedName(name), Text: out})
	case VerbsFile:
		var out string
		out, errs = convertVerbs(name, text, &res.Stats)
		res.Verbs = append(res.Verbs, verb.Source{Name: ConvertedName(name), Text: out})
	case DiscardsFile:
		var ds []Discard
		ds, errs = Discards(name, text)
		res.Discards = append(res.Discards, ds...)
		res.Stats.Discards += len(ds)
		res.Stats.Errors += len(errs)
	case IssuesFile:
		is, skipped, e := Issues(name, text)
		errs = e
		res.Issues = append(res.Issues, is...)
		res.Stats.Issues += len(is)
		res.Stats.Errors += len(errs)
		for i := 0; i < skipped; i++ {
			res.Stats.skip("issue exclusion ~phrase")
		}
	}
	res.Errs = append(res.Errs, errs...)
}

// Dir reads every classic file of a directory (by KindOf), converting
// actors, agents and verbs: it returns actor.Source and verb.Source values
// ready for actor.Compile and verb.Compile, the discards, and the errors
// of all files.
func Dir(fsys fs.FS) (actors []actor.Source, verbs []verb.Source, discards []Discard, errs ErrorList) {
	r := Load(fsys)
	return r.Actors, r.Verbs, r.Discards, r.Errs
}
