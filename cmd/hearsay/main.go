// Command hearsay maps the evidence in an article: its quotations,
// citations, sources and claims. Run "hearsay help" for usage.
package main

import (
	"context"
	"os"
	"runtime/debug"
)

// main leaves SIGINT alone: analysing an article holds no state worth a
// graceful stop, and Ctrl-C should stop it at once.
func main() {
	tuneGC()
	os.Exit(NewMain(os.Stdin, os.Stdout, os.Stderr).Run(context.Background(), os.Args[1:]))
}

// gcPercent is the collector's target when the user sets no GOGC. The
// analysis allocates many short-lived values per byte of input while its
// live heap stays small (a few documents), so with Go's default of 100
// the collector runs often and takes a quarter to a third of the CPU; at 400 a
// batch of 896 files takes 1.5 s instead of 2.3 s, and peak memory goes
// from 26 to 43 MB (BENCHMARKS.md, "Speed and memory"). The Go compiler
// makes the same trade for the same reason.
const gcPercent = 400

// tuneGC sets the collector's target to gcPercent unless the GOGC
// environment variable chooses one: the user's setting always wins.
func tuneGC() {
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(gcPercent)
	}
}
