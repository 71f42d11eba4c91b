// Command gencorpus writes synthetic news articles for benchmarking
// corpus ingest: gencorpus -n 10000 -o DIR.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/hearsay-project/hearsay/internal/corpus/corpusgen"
)

func main() {
	n := flag.Int("n", 1000, "number of articles")
	first := flag.Int("first", 0, "number of the first article")
	out := flag.String("o", "corpus", "output folder")
	flag.Parse()
	if err := corpusgen.Write(*out, *first, *n); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
}
