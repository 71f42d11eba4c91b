package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"
	"sync"

	"github.com/hearsay-project/hearsay"
	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/render"
	"github.com/hearsay-project/hearsay/internal/source"
	"github.com/hearsay-project/hearsay/internal/view"
)

// Errors that end the command after being reported for one input: the
// exit code is 2 for errInput, 1 for errInternal.
var (
	errInput    = errors.New("input error")
	errInternal = errors.New("internal error")
	errIsDir    = errors.New("is a directory")
)

// AnalyzeCommand analyses articles and writes a report for each.
type AnalyzeCommand struct {
	*Main
	stdin sync.Mutex // "-" named twice is read by one analysis at a time
}

const analyzeHelp = `Analyse each article and write its evidence map: paragraphs and sentences,
metadata, structure kept from the markup, and anything odd about the input.
FILE may be "-" for standard input. The input format is taken from the file
extension, else from the content; --format-in overrides both.

Each quotation with a speaker is checked against the reference base of
attributed quotations (the curated table, plus the database of --db when
there is one: see "hearsay quotes"); with --sources DIR, each quotation is
also aligned with the source texts in DIR and given a verdict (verbatim,
elided, altered, translated, not-found).

With --format json, each document is one line of JSON (schema 1; see
docs/json.md), in the order of the arguments; so is each document with
--format jsonld and --format prov (see docs/formats.md). --format dot writes
one Graphviz digraph per document; --format html writes the reading view of
one FILE as a self-contained page. Exit status is 0 when every
input was analysed, 2 when an argument or input was unusable (the others are
still analysed), 1 on an internal error.`

// Run analyses the files named in args.
func (c *AnalyzeCommand) Run(ctx context.Context, args []string) error {
	fs := c.newFlagSet("analyze", "[flags] FILE... | -", analyzeHelp)
	format := fs.String("format", "text", "output `format`: text, json, jsonld (W3C Web Annotation), prov (W3C PROV-JSON), dot (Graphviz) or html (the reading view)")
	formatIn := fs.String("format-in", "auto", "input `format`: auto, text, markdown or html")
	maxSize := fs.Int64("max-size", source.DefaultMaxSize, "largest input accepted, in `bytes`")
	sourcesDir := fs.String("sources", "", "check each quotation against the source texts in `DIR`")
	dbPath := fs.String("db", "", "reference base of quotations to check attributions against (`PATH`; default $HEARSAY_DB, else the user data directory)")
	jobs := fs.Int("jobs", runtime.GOMAXPROCS(0), "analyse up to `N` files at once (output keeps the order of the arguments)")
	files, err := c.parseFlags(fs, args)
	if err != nil {
		return err
	}
	checks, err := c.loadChecks(ctx, *sourcesDir, *dbPath)
	if err != nil {
		return err
	}
	write := render.Text
	switch *format {
	case "text":
	case "json":
		write = render.JSON
	case "html":
		write = func(w io.Writer, d *hearsay.Document) error { return view.HTML(w, d, view.Options{}) }
	case "jsonld":
		write = func(w io.Writer, d *doc.Document) error { return render.JSONLD(w, d, runInfo(checks)) }
	case "prov":
		write = func(w io.Writer, d *doc.Document) error { return render.PROV(w, d, runInfo(checks)) }
	case "dot":
		write = render.DOT
	default:
		fmt.Fprintf(c.Stderr, "hearsay analyze: unknown --format %q (want text, json, jsonld, prov, dot or html)\n", *format)
		return errUsage
	}
	in, err := source.ParseFormat(*formatIn)
	if err != nil {
		fmt.Fprintf(c.Stderr, "hearsay analyze: --format-in: %v\n", err)
		return errUsage
	}
	if len(files) == 0 {
		fmt.Fprintf(c.Stderr, "hearsay analyze: no input; name a FILE, or - for standard input\n")
		return errUsage
	}
	if *format == "html" && len(files) > 1 {
		fmt.Fprintf(c.Stderr, "hearsay analyze: --format html writes one page; name one FILE\n")
		return errUsage
	}
	if *jobs < 1 {
		fmt.Fprintf(c.Stderr, "hearsay analyze: --jobs must be at least 1\n")
		return errUsage
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	results := analyzeAll(ctx, files, *jobs, func(ctx context.Context, name string) analyzed {
		opts := checks
		opts.Name, opts.Format, opts.MaxSize = name, in, *maxSize
		d, err := c.analyze(ctx, name, opts)
		return analyzed{d, err}
	})
	out := bufio.NewWriter(c.Stdout)
	var failed error
	for i, name := range files {
		ch, ok := <-results
		if !ok {
			return ctx.Err()
		}
		r := <-ch
		d, err := r.doc, r.err
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			fmt.Fprintf(c.Stderr, "hearsay: %s: %v\n", displayName(name), err)
			if failed == nil || !isInputError(err) {
				failed = errReported(err)
			}
			continue
		}
		if (*format == "text" || *format == "dot") && i > 0 {
			out.WriteString("\n")
		}
		if err := write(out, d); err != nil {
			return err
		}
		if err := out.Flush(); err != nil {
			return err
		}
	}
	return failed
}

// runInfo describes this run to the renderers that record provenance.
func runInfo(opts hearsay.Options) render.RunInfo {
	return render.RunInfo{Version: Version(), Stages: hearsay.Stages(opts)}
}

// errReported returns the error to end the command with once err has
// been reported for one input: errInput if the input was at fault,
// errInternal otherwise.
func errReported(err error) error {
	if isInputError(err) {
		return errInput
	}
	return errInternal
}

// isInputError reports whether err is the input's fault (unreadable,
// empty, binary, too large) rather than Hearsay's.
func isInputError(err error) bool {
	var pe *os.PathError
	return errors.Is(err, hearsay.ErrEmpty) || errors.Is(err, hearsay.ErrBinary) ||
		errors.Is(err, hearsay.ErrTooLarge) || errors.Is(err, hearsay.ErrFormat) ||
		errors.As(err, &pe) || errors.Is(err, errIsDir) || errors.Is(err, fs.ErrNotExist) ||
		errors.Is(err, fs.ErrPermission)
}

// analyzed is one input's analysis, or why it failed.
type analyzed struct {
	doc *hearsay.Document
	err error
}

// analyzeAll analyses files on up to jobs goroutines, one file each, and
// hands back, in the order of files, a channel per file that will carry
// its result.
//
// Files start in order, but the output may run up to window files ahead
// of the file being written: a slow file holds back only the writing of
// the ones after it, not their analysis, so that one long document in a
// corpus does not leave the other cores idle. Memory stays bounded (at
// most window+1 files running, analysed or waiting to be written,
// however many files there are and however slowly the output is read);
// cancelling ctx stops it.
func analyzeAll(ctx context.Context, files []string, jobs int, analyze func(context.Context, string) analyzed) <-chan chan analyzed {
	order := make(chan chan analyzed, window(jobs))
	running := make(chan struct{}, jobs)
	go func() {
		defer close(order)
		for _, name := range files {
			select {
			case running <- struct{}{}:
			case <-ctx.Done():
				return
			}
			ch := make(chan analyzed, 1)
			select {
			case order <- ch:
			case <-ctx.Done():
				return
			}
			if ctx.Err() != nil { // both cases were ready, and select picks either
				ch <- analyzed{err: ctx.Err()}
				return
			}
			go func() {
				r := analyze(ctx, name)
				<-running
				ch <- r
			}()
		}
	}()
	return order
}

// window is how many files the output may wait on at once with jobs
// files analysed at a time: enough that a document several times slower
// than the others does not stall the rest, and at most 32 more than
// jobs, so that a machine with many cores does not hold hundreds of
// finished documents behind one slow one.
func window(jobs int) int { return jobs + min(3*jobs, 32) }

func (c *AnalyzeCommand) analyze(ctx context.Context, name string, opts hearsay.Options) (*hearsay.Document, error) {
	if name == "-" {
		c.stdin.Lock()
		defer c.stdin.Unlock()
		opts.Name = "-"
		return hearsay.Analyze(ctx, c.Stdin, opts)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, unwrapPathError(err)
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return nil, errIsDir
	}
	return hearsay.Analyze(ctx, f, opts)
}

// unwrapPathError drops the file name from an *os.PathError, since the
// message already starts with it.
func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func displayName(name string) string {
	if name == "-" {
		return "(stdin)"
	}
	return name
}
