package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"annals/article"
	"annals/coder"
	"annals/eval"
	"annals/event"
)

type evalCmd struct{}

func (*evalCmd) Name() string { return "eval" }
func (*evalCmd) Synopsis() string {
	return "code gold articles and print precision, recall, F1, exact, date and role accuracy"
}

// evalJSON is the --json output.
type evalJSON struct {
	F1               float64                `json:"f1"`
	Precision        float64                `json:"precision"`
	Recall           float64                `json:"recall"`
	Exact            float64                `json:"exact"`
	Date             float64                `json:"date"`
	Role             float64                `json:"role"`
	AbsentViolations int                    `json:"absent_violations"`
	Gold             int                    `json:"gold"`
	TP               int                    `json:"tp"`
	FP               int                    `json:"fp"`
	FN               int                    `json:"fn"`
	Articles         int                    `json:"articles"`
	ByRoot           map[string]rootFigures `json:"by_root"`
}

type rootFigures struct {
	F1        float64 `json:"f1"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	Gold      int     `json:"gold"`
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
}

func (c *evalCmd) Run(ctx context.Context, env *Env, args []string) int {
	fs := newFlags(env, "eval", "GOLD.jsonl...")
	var df dictFlags
	df.register(fs)
	asJSON := fs.Bool("json", false, "print one JSON object")
	minF1 := fs.Float64("min-f1", 0, "exit 1 when F1 is below `X`")
	verbose := fs.Bool("v", false, "list misses, extra events and absent violations")
	events := fs.String("events", "", "score the events of `FILE` (JSON lines) instead of coding")
	paths, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	if len(paths) == 0 {
		fs.Usage()
		return ExitUsage
	}
	var gold []eval.Gold
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return writeErr(env, "eval", err)
		}
		g, err := eval.ReadGold(p, f)
		f.Close()
		if err != nil {
			return writeErr(env, "eval", err)
		}
		gold = append(gold, g...)
	}
	var evs []event.Event
	if *events != "" {
		var err error
		if evs, err = readEvents(*events); err != nil {
			return writeErr(env, "eval", err)
		}
	} else {
		cd, err := df.build()
		if err != nil {
			return writeErr(env, "eval", err)
		}
		for _, g := range gold {
			a, err := article.ParseSeed(g.ID, []byte(g.Text))
			if err != nil {
				return writeErr(env, "eval", fmt.Errorf("gold %s: %w", g.ID, err))
			}
			a.ID = g.ID
			evs = append(evs, cd.Code(a, coder.Options{}).Events...)
		}
	}
	rep := eval.Score(gold, evs)
	t := rep.Total
	if *asJSON {
		out := evalJSON{F1: t.F1(), Precision: t.Precision(), Recall: t.Recall(), Exact: t.ExactAcc(), Date: t.DateAcc(),
			Role: t.RoleAcc(), AbsentViolations: t.AbsentHit, Gold: t.Gold, TP: t.TP, FP: t.FP, FN: t.FN, Articles: len(gold),
			ByRoot: map[string]rootFigures{}}
		for r, c := range rep.ByRoot {
			out.ByRoot[r] = rootFigures{F1: c.F1(), Precision: c.Precision(), Recall: c.Recall(), Gold: c.Gold, TP: c.TP, FP: c.FP}
		}
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		enc.Encode(out)
	} else {
		if *verbose {
			for _, l := range rep.Lines {
				fmt.Fprintln(env.Stdout, l)
			}
		}
		fmt.Fprintf(env.Stdout, "%-5s %6s %6s %6s %5s %4s %4s\n", "root", "F1", "P", "R", "gold", "tp", "fp")
		for _, r := range rep.Roots() {
			c := rep.ByRoot[r]
			fmt.Fprintf(env.Stdout, "%-5s %6.3f %6.3f %6.3f %5d %4d %4d\n", r, c.F1(), c.Precision(), c.Recall(), c.Gold, c.TP, c.FP)
		}
		fmt.Fprintf(env.Stdout, "F1=%.3f P=%.3f R=%.3f exact=%.3f date=%.3f role=%.3f absent_violations=%d gold=%d tp=%d fp=%d articles=%d\n",
			t.F1(), t.Precision(), t.Recall(), t.ExactAcc(), t.DateAcc(), t.RoleAcc(), t.AbsentHit, t.Gold, t.TP, t.FP, len(gold))
	}
	if t.F1() < *minF1 {
		return ExitFound
	}
	return ExitOK
}

func readEvents(path string) ([]event.Event, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []event.Event
	for n, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); !strings.HasPrefix(l, "{") {
			continue
		}
		var e event.Event
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", filepath.Base(path), n+1, err)
		}
		out = append(out, e)
	}
	return out, nil
}
