package cli

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"time"

	"annals/actor"
	"annals/classic"
	"annals/verb"
)

type dictCmd struct{}

func (*dictCmd) Name() string { return "dict" }
func (*dictCmd) Synopsis() string {
	return "check, count or convert dictionaries (annals, TABARI, PETRARCH formats)"
}

func (c *dictCmd) Run(ctx context.Context, env *Env, args []string) int {
	if len(args) == 0 {
		fmt.Fprintln(env.Stderr, `usage: annals dict check [DIR...]     report every bad line as file:line: message (built-in when no DIR)
       annals dict stats [DIR...]     count entries, names, dated roles, patterns; load time and memory
       annals dict convert --to OUT DIR   write DIR's classic files in annals' formats into OUT`)
		return ExitUsage
	}
	switch args[0] {
	case "check":
		return dictCheck(env, args[1:])
	case "stats":
		return dictStats(env, args[1:])
	case "convert":
		return dictConvert(env, args[1:])
	}
	return writeErr(env, "dict", fmt.Errorf("unknown subcommand %q (want check, stats or convert)", args[0]))
}

// flagsFor makes dictFlags for DIR arguments: the built-in set when none.
func flagsFor(dirs []string) dictFlags {
	return dictFlags{dirs: dirs, noBuiltin: len(dirs) > 0}
}

func dictCheck(env *Env, args []string) int {
	fs := newFlags(env, "dict check", "[DIR...]")
	dirs, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	df := flagsFor(dirs)
	ds, warns, err := df.sources()
	if err != nil {
		return writeErr(env, "dict check", err)
	}
	_, aerr := actor.Compile(ds.actors...)
	_, verr := verb.Compile(ds.verbs...)
	for _, e := range []error{aerr, verr} {
		if e != nil {
			warns = append(warns, splitErrs(e)...)
		}
	}
	for _, w := range warns {
		fmt.Fprintln(env.Stdout, w)
	}
	files := len(ds.actors) + len(ds.verbs)
	fmt.Fprintf(env.Stderr, "%d files checked, %d problems\n", files, len(warns))
	if len(warns) > 0 {
		return ExitFound
	}
	return ExitOK
}

func dictStats(env *Env, args []string) int {
	fs := newFlags(env, "dict stats", "[DIR...]")
	dirs, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	df := flagsFor(dirs)
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	cd, warns, err := df.buildWarn()
	if err != nil {
		return writeErr(env, "dict stats", err)
	}
	el := time.Since(start)
	runtime.GC()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	ds, _, _ := df.sources()
	a := cd.Actors.Stats()
	w := env.Stdout
	if len(dirs) == 0 {
		fmt.Fprintln(w, "built-in dictionaries")
	} else {
		fmt.Fprintf(w, "dictionaries of %v\n", dirs)
	}
	fmt.Fprintf(w, "actor files %d, verb files %d (classic files converted: %d)\n", len(ds.actors), len(ds.verbs), ds.classic)
	fmt.Fprintf(w, "countries %d, people %d, organisations %d, agent lines %d\n", a.Countries, a.People, a.Orgs, a.Agents)
	fmt.Fprintf(w, "names %d, office spans %d, dated codes %d\n", a.Names, a.Offices, a.DatedCodes)
	codes := map[string]bool{}
	roots := map[string]bool{}
	ex := 0
	for _, p := range cd.Verbs.Patterns {
		codes[p.Code] = true
		roots[p.Code[:2]] = true
		if p.Example != "" {
			ex++
		}
	}
	fmt.Fprintf(w, "verb patterns %d (with examples %d), CAMEO codes %d, roots %d\n", len(cd.Verbs.Patterns), ex, len(codes), len(roots))
	fmt.Fprintf(w, "discards %d\n", len(ds.discards))
	if ds.classic > 0 {
		fmt.Fprintf(w, "classic conversion: %s", ds.stats)
	}
	fmt.Fprintf(w, "problems %d\n", len(warns))
	fmt.Fprintf(w, "load and compile: %v, heap after: %.1f MB (%.1f MB retained by the dictionaries)\n",
		el.Round(time.Millisecond), float64(after.HeapAlloc)/1e6, (float64(after.HeapAlloc)-float64(before.HeapAlloc))/1e6)
	return ExitOK
}

func dictConvert(env *Env, args []string) int {
	fs := newFlags(env, "dict convert", "--to OUT DIR  |  --classic --to OUT [DIR]")
	to := fs.String("to", "", "output `directory` (created)")
	toClassic := fs.Bool("classic", false, "write annals' actor and agent dictionaries (built-in, or DIR's) in the PETRARCH formats")
	dirs, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	if *toClassic && *to != "" && len(dirs) <= 1 {
		return convertToClassic(env, *to, dirs)
	}
	if len(dirs) != 1 || *to == "" {
		fs.Usage()
		return ExitUsage
	}
	res := classic.Load(os.DirFS(dirs[0]))
	if err := os.MkdirAll(*to, 0o755); err != nil {
		return writeErr(env, "dict convert", err)
	}
	var names []string
	write := func(name, text string) error {
		p := filepath.Join(*to, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		names = append(names, p)
		return os.WriteFile(p, []byte(text), 0o644)
	}
	for _, s := range res.Actors {
		if err := write(s.Name, s.Text); err != nil {
			return writeErr(env, "dict convert", err)
		}
	}
	for _, s := range res.Verbs {
		if err := write(s.Name, s.Text); err != nil {
			return writeErr(env, "dict convert", err)
		}
	}
	for _, e := range res.Errs {
		fmt.Fprintln(env.Stderr, e)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintln(env.Stdout, n)
	}
	fmt.Fprintf(env.Stderr, "%d files written (%d discards and %d issues are not converted: annals reads them as they are); %d problems\n",
		len(names), len(res.Discards), len(res.Issues), len(res.Errs))
	if len(res.Errs) > 0 {
		return ExitFound
	}
	return ExitOK
}

// convertToClassic writes annals' actor entries as annals.actors.txt and
// annals.agents.txt in the PETRARCH formats.
func convertToClassic(env *Env, to string, dirs []string) int {
	df := flagsFor(dirs)
	ds, _, err := df.sources()
	if err != nil {
		return writeErr(env, "dict convert", err)
	}
	var entries []*actor.Entry
	for _, src := range ds.actors {
		es, _ := actor.Parse(src)
		entries = append(entries, es...)
	}
	if err := os.MkdirAll(to, 0o755); err != nil {
		return writeErr(env, "dict convert", err)
	}
	for _, f := range []struct {
		name  string
		write func(io.Writer, []*actor.Entry)
	}{{"annals.actors.txt", writeClassicActors}, {"annals.agents.txt", writeClassicAgents}} {
		p := filepath.Join(to, f.name)
		out, err := os.Create(p)
		if err != nil {
			return writeErr(env, "dict convert", err)
		}
		w := bufio.NewWriter(out)
		f.write(w, entries)
		if err := w.Flush(); err != nil {
			return writeErr(env, "dict convert", err)
		}
		out.Close()
		fmt.Fprintln(env.Stdout, p)
	}
	return ExitOK
}
