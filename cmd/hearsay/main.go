// Command hearsay maps the evidence in an article: its quotations,
// citations, sources and claims. Run "hearsay help" for usage.
package main

import (
	"context"
	"os"
)

// main leaves SIGINT alone: analysing an article holds no state worth a
// graceful stop, and Ctrl-C should stop it at once.
func main() {
	os.Exit(NewMain(os.Stdin, os.Stdout, os.Stderr).Run(context.Background(), os.Args[1:]))
}
