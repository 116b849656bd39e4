package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// Exit codes.
const (
	ExitOK    = 0
	ExitFound = 1 // findings, or a threshold not met (eval)
	ExitUsage = 2 // usage or input error
)

// Env is what a command may touch of the outside world.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
}

// Command is one subcommand.
type Command interface {
	Name() string
	Synopsis() string
	Run(ctx context.Context, env *Env, args []string) int
}

func commands() []Command {
	return []Command{
		&codeCmd{}, &actorsCmd{}, &timexCmd{}, &evalCmd{}, &dictCmd{}, &benchCmd{}, &ingestCmd{}, &queryCmd{name: "query"}, &queryCmd{name: "export"}, &serveCmd{}, &demoCmd{}, &workerCmd{},
	}
}

// Main runs the command named by args[0] and returns the exit status.
func Main(ctx context.Context, env *Env, args []string) int {
	if env.Getenv == nil {
		env.Getenv = os.Getenv
	}
	cmds := commands()
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(env.Stderr, cmds)
		if len(args) == 0 {
			return ExitUsage
		}
		return ExitOK
	}
	for _, c := range cmds {
		if c.Name() == args[0] {
			return c.Run(ctx, env, args[1:])
		}
	}
	fmt.Fprintf(env.Stderr, "annals: unknown command %q\n", args[0])
	usage(env.Stderr, cmds)
	return ExitUsage
}

func usage(w io.Writer, cmds []Command) {
	fmt.Fprintln(w, "usage: annals COMMAND [flags] [args]\n\ncommands:")
	sort.SliceStable(cmds, func(i, j int) bool { return false })
	for _, c := range cmds {
		fmt.Fprintf(w, "  %-8s %s\n", c.Name(), c.Synopsis())
	}
	fmt.Fprintln(w, "\nRun 'annals COMMAND -h' for a command's flags.")
}

// newFlags makes a FlagSet that prints to stderr and returns errors.
func newFlags(env *Env, name, args string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(env.Stderr, "usage: annals %s [flags] %s\n", name, args)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags anywhere among the arguments (flags may follow paths).
func parse(fs *flag.FlagSet, args []string) ([]string, int, bool) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, ExitOK, false
			}
			return nil, ExitUsage, false
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		rest = append(rest, args[0])
		args = args[1:]
		if rest[len(rest)-1] == "--" {
			rest = append(rest[:len(rest)-1], args...)
			break
		}
	}
	return rest, ExitOK, true
}

// stringList is a repeatable string flag.
type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }
