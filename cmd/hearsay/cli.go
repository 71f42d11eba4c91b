package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// Exit codes.
const (
	exitOK      = 0
	exitFailure = 1 // an internal error or an output failure
	exitUsage   = 2 // bad arguments or unusable input
)

// errUsage marks errors caused by how the command was called.
var errUsage = errors.New("usage")

// Main holds the streams the command reads and writes, so that tests can
// run it without a process.
type Main struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
}

// NewMain returns a Main on the given streams.
func NewMain(stdin io.Reader, stdout, stderr io.Writer) *Main {
	return &Main{Stdin: stdin, Stdout: stdout, Stderr: stderr}
}

const usage = `Hearsay maps the evidence in an article: who is quoted, through whose
hands each quotation came, and what the article cites.

Usage:
  hearsay <command> [flags] [arguments]

Commands:
  analyze   analyse articles (plain text, Markdown, HTML) and report
  corpus    store many analysed articles and query across them
  eval      score a stage against gold annotations
  quotes    import and look up the reference base of attributed quotations
  serve     the web reading view and the JSON API
  version   print the version

Run "hearsay <command> --help" for a command's flags.
`

// Run runs the command line args and returns the exit code.
func (m *Main) Run(ctx context.Context, args []string) int {
	if len(args) == 0 {
		fmt.Fprint(m.Stderr, usage)
		return exitUsage
	}
	var err error
	switch args[0] {
	case "analyze", "analyse":
		err = (&AnalyzeCommand{Main: m}).Run(ctx, args[1:])
	case "corpus":
		err = (&CorpusCommand{Main: m}).Run(ctx, args[1:])
	case "eval":
		err = (&EvalCommand{Main: m}).Run(ctx, args[1:])
	case "serve":
		err = (&ServeCommand{Main: m}).Run(ctx, args[1:])
	case "quotes":
		err = (&QuotesCommand{Main: m}).Run(ctx, args[1:])
	case "version", "--version", "-version":
		err = (&VersionCommand{Main: m}).Run(ctx, args[1:])
	case "help", "-h", "-help", "--help":
		fmt.Fprint(m.Stdout, usage)
		return exitOK
	default:
		fmt.Fprintf(m.Stderr, "hearsay: unknown command %q\n\n%s", args[0], usage)
		return exitUsage
	}
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.Is(err, errUsage):
		return exitUsage
	case errors.Is(err, errInput):
		return exitUsage
	case errors.Is(err, errInternal):
		return exitFailure
	}
	fmt.Fprintf(m.Stderr, "hearsay: %v\n", err)
	return exitFailure
}

// newFlagSet returns a flag set that reports errors instead of exiting,
// with a usage message built from the command's summary.
func (m *Main) newFlagSet(name, synopsis, help string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: hearsay %s %s\n\n%s\nFlags:\n", name, synopsis, strings.TrimSpace(help)+"\n")
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, allowing flags after the positional arguments
// ("hearsay analyze essay.txt --format json"), as users expect. Help that
// was asked for goes to standard output; usage after a mistake goes to
// standard error.
func (m *Main) parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	for _, a := range args {
		if a == "--" {
			break
		}
		if a == "-h" || a == "-help" || a == "--help" {
			fs.SetOutput(m.Stdout)
		}
	}
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, fmt.Errorf("%w: %v", errUsage, err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}
