package cli

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"syscall"
	"time"

	"annals/article"
	"annals/coder"
	"annals/demo"
	"annals/text"
)

type benchCmd struct{}

func (*benchCmd) Name() string { return "bench" }
func (*benchCmd) Synopsis() string {
	return "measure coding speed (sentences/s) and peak memory on the demo corpus"
}

func (c *benchCmd) Run(ctx context.Context, env *Env, args []string) int {
	fs := newFlags(env, "bench", "")
	var df dictFlags
	df.register(fs)
	dur := fs.Duration("time", 5*time.Second, "how long to code at each setting")
	jobs := fs.Int("j", runtime.NumCPU(), "workers for the all-cores run")
	if _, code, ok := parse(fs, args); !ok {
		return code
	}
	start := time.Now()
	cd, err := df.build()
	if err != nil {
		return writeErr(env, "bench", err)
	}
	load := time.Since(start)
	arts, err := demo.Corpus()
	if err != nil {
		return writeErr(env, "bench", err)
	}
	sents := 0
	for _, a := range arts {
		sents += len(text.Split(a.Text))
	}
	fmt.Fprintf(env.Stdout, "dictionaries loaded in %v; corpus: %d articles, %d sentences\n", load.Round(time.Millisecond), len(arts), sents)
	for _, j := range []int{1, *jobs} {
		n, el := codeFor(ctx, cd, arts, j, *dur)
		fmt.Fprintf(env.Stdout, "workers=%d: %.0f sentences/s (%d sentences in %v)\n", j, float64(n*sents)/el.Seconds(), n*sents, el.Round(time.Millisecond))
	}
	fmt.Fprintf(env.Stdout, "peak RSS: %.1f MB\n", float64(peakRSS())/1e6)
	return ExitOK
}

// codeFor codes the corpus over and over on j workers for about d and
// returns how many corpus passes were done.
func codeFor(ctx context.Context, cd *coder.Coder, arts []article.Article, j int, d time.Duration) (int, time.Duration) {
	prev := runtime.GOMAXPROCS(j)
	defer runtime.GOMAXPROCS(prev)
	start := time.Now()
	var mu sync.Mutex
	passes := 0
	var wg sync.WaitGroup
	for w := 0; w < j; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for time.Since(start) < d && ctx.Err() == nil {
				for _, a := range arts {
					cd.Code(a, coder.Options{})
				}
				mu.Lock()
				passes++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return passes, time.Since(start)
}

// peakRSS is the process's peak resident set size in bytes.
func peakRSS() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Maxrss * 1024
}
