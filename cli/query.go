package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"strings"

	"annals/format"
	"annals/store"
)

// queryCmd is both `annals query` (default JSON lines of stored events,
// with their article and source counts) and `annals export` (default CSV).
type queryCmd struct{ name string }

func (q *queryCmd) Name() string { return q.name }
func (q *queryCmd) Synopsis() string {
	if q.name == "export" {
		return "export stored events (csv by default) with the same filters as query"
	}
	return "print stored events matching filters; --count prints how many"
}

type filterFlags struct {
	actor, source, target, dyad, country, role, code, from, to, text string
	quad                                                             int
}

func (f *filterFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.actor, "actor", "", "source or target code `prefix` (RUS, RUSGOV)")
	fs.StringVar(&f.source, "source", "", "source code `prefix`")
	fs.StringVar(&f.target, "target", "", "target code `prefix`")
	fs.StringVar(&f.dyad, "dyad", "", "`A,B`: events between A and B in either direction")
	fs.StringVar(&f.country, "country", "", "source or target `country` (ISO alpha-3)")
	fs.StringVar(&f.role, "role", "", "source or target `role` (GOV, MIL...)")
	fs.StringVar(&f.code, "code", "", "CAMEO `code` or root prefix (04, 042)")
	fs.IntVar(&f.quad, "quad", 0, "quad `class` 1-4")
	fs.StringVar(&f.from, "from", "", "events on or after `YYYY-MM-DD`")
	fs.StringVar(&f.to, "to", "", "events on or before `YYYY-MM-DD`")
	fs.StringVar(&f.text, "text", "", "`words` that must occur in a reporting sentence")
}

func (f *filterFlags) filter() (store.Filter, error) {
	flt := store.Filter{Actor: f.actor, Source: f.source, Target: f.target, Country: f.country, Role: f.role,
		Code: f.code, QuadClass: f.quad, From: f.from, To: f.to, Text: f.text}
	if f.dyad != "" {
		a, b, ok := strings.Cut(f.dyad, ",")
		if !ok || a == "" || b == "" {
			return flt, fmt.Errorf("--dyad wants A,B")
		}
		flt.Dyad = [2]string{strings.TrimSpace(a), strings.TrimSpace(b)}
	}
	return flt, nil
}

func (q *queryCmd) Run(ctx context.Context, env *Env, args []string) int {
	fs := newFlags(env, q.name, "[--db FILE] [filters]")
	db := fs.String("db", envOr(env, "ANNALS_DB", defaultDB), "store: a SQLite `file` or a postgres:// URL (env ANNALS_DB)")
	var ff filterFlags
	ff.register(fs)
	def := "jsonl"
	if q.name == "export" {
		def = "csv"
	}
	form := fs.String("format", def, "output `format`: jsonl, csv, tsv or plover")
	limit := fs.Int("limit", 0, "at most `N` events (0: all)")
	count := fs.Bool("count", false, "print the number of matching events as the last line")
	rest, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	if len(rest) > 0 {
		return writeErr(env, q.name, fmt.Errorf("unexpected arguments %q", rest))
	}
	flt, err := ff.filter()
	if err != nil {
		return writeErr(env, q.name, err)
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return writeErr(env, q.name, err)
	}
	defer st.Close()
	var w format.Writer
	enc := json.NewEncoder(env.Stdout)
	if *form != "jsonl" {
		if w, err = format.New(*form, env.Stdout); err != nil {
			return writeErr(env, q.name, err)
		}
	}
	n := 0
	// --count alone prints just the number; with --limit or export it follows the events
	if !*count || *limit != 0 || q.name == "export" {
		for {
			flt.Limit = store.MaxLimit
			if *limit > 0 {
				flt.Limit = min(store.MaxLimit, *limit-n)
			}
			page, err := st.Events(ctx, flt)
			if err != nil {
				return writeErr(env, q.name, err)
			}
			for i := range page.Events {
				if w != nil {
					err = w.Write(&page.Events[i].Event)
				} else {
					err = enc.Encode(page.Events[i])
				}
				if err != nil {
					return writeErr(env, q.name, err)
				}
				n++
			}
			if page.Next == "" || *limit > 0 && n >= *limit {
				break
			}
			flt.Cursor = page.Next
		}
	}
	if w != nil {
		if err := w.Close(); err != nil {
			return writeErr(env, q.name, err)
		}
	}
	if *count {
		flt.Cursor, flt.Limit = "", 0
		c, err := st.Count(ctx, flt)
		if err != nil {
			return writeErr(env, q.name, err)
		}
		fmt.Fprintln(env.Stdout, c)
	}
	return ExitOK
}
