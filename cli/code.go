package cli

import (
	"context"
	"flag"
	"fmt"
	"sync"

	"annals/article"
	"annals/coder"
	"annals/format"
	"annals/timex"
)

type codeCmd struct{}

func (*codeCmd) Name() string     { return "code" }
func (*codeCmd) Synopsis() string { return "code articles and print events (jsonl, csv, tsv, plover)" }

func (c *codeCmd) Run(ctx context.Context, env *Env, args []string) int {
	fs := newFlags(env, "code", "[PATH|-]...")
	var df dictFlags
	df.register(fs)
	form := fs.String("format", "jsonl", "output `format`: jsonl, csv, tsv or plover")
	explain := fs.Bool("explain", false, "print every stage's output per sentence (to stderr)")
	all := fs.Bool("all", false, "also print negated and hedged events (marked)")
	var in input
	in.register(fs)
	jobs := fs.Int("j", defaultJobs(), "number of articles coded at once")
	paths, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	arts, err := in.articles(env, paths)
	if err != nil {
		fmt.Fprintf(env.Stderr, "annals code: %v\n", err)
		return ExitUsage
	}
	cd, err := df.build()
	if err != nil {
		fmt.Fprintf(env.Stderr, "annals code: %v\n", err)
		return ExitUsage
	}
	w, err := format.New(*form, env.Stdout)
	if err != nil {
		fmt.Fprintf(env.Stderr, "annals code: %v\n", err)
		return ExitUsage
	}
	copt := coder.Options{All: *all, Explain: *explain}
	bad := false
	err = codeAll(ctx, cd, copt, *jobs, arts, func(r Coded) error {
		if r.Err != nil {
			fmt.Fprintln(env.Stderr, r.Err)
			bad = true
			return nil
		}
		if *explain {
			writeExplain(env.Stderr, cd, r.Article, r.Result)
		}
		for i := range r.Result.Events {
			if err := w.Write(&r.Result.Events[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "annals code: %v\n", err)
		return ExitUsage
	}
	if bad {
		return ExitUsage
	}
	return ExitOK
}

// input are the flags of commands that read articles.
type input struct{ date string }

func (in *input) register(fs *flag.FlagSet) {
	fs.StringVar(&in.date, "date", "", "date `YYYY-MM-DD` for undated input (articles with a date keep their own)")
}

// articles reads the paths (stdin when there are none).
func (in *input) articles(env *Env, paths []string) (func(func(article.Article, error) bool), error) {
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	opt := article.Options{Stdin: env.Stdin}
	if in.date != "" {
		d, err := timex.ParseDay(in.date)
		if err != nil {
			return nil, fmt.Errorf("--date: %w", err)
		}
		opt.Date = d
	}
	return article.Read(paths, opt), nil
}

// Coded is one article's outcome, or the error reading it.
type Coded struct {
	Article article.Article
	Result  coder.Result
	Err     error
}

// codeAll codes articles on jobs workers and hands results to emit in
// input order.
func codeAll(ctx context.Context, cd *coder.Coder, opt coder.Options, jobs int, in func(func(article.Article, error) bool), emit func(Coded) error) error {
	if jobs < 1 {
		jobs = 1
	}
	type slot struct {
		done chan struct{}
		c    Coded
	}
	queue := make(chan *slot, jobs*4)
	work := make(chan *slot, jobs*4)
	var wg sync.WaitGroup
	for i := 0; i < jobs; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range work {
				if s.c.Err == nil {
					s.c.Result = cd.Code(s.c.Article, opt)
				}
				close(s.done)
			}
		}()
	}
	stop := make(chan struct{})
	go func() {
		defer close(queue)
		defer close(work)
		for a, err := range in {
			s := &slot{done: make(chan struct{}), c: Coded{Article: a, Err: err}}
			select {
			case queue <- s:
			case <-stop:
				return
			case <-ctx.Done():
				return
			}
			work <- s
		}
	}()
	var err error
	for s := range queue {
		<-s.done
		if err == nil {
			err = emit(s.c)
			if err != nil {
				close(stop)
			}
		}
	}
	wg.Wait()
	if err == nil {
		err = ctx.Err()
	}
	return err
}
