// Command hearsay-beam runs Hearsay's analysis over many documents as an
// Apache Beam pipeline: locally on the embedded Prism runner, or on
// Flink, Spark or Dataflow. See beam/README.md.
//
// Its flags live on the global flag set, not a command type as in
// cmd/hearsay, because Beam ships the flags to its workers and parses
// them there: the same binary is also the worker on a portable runner.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/hearsay-project/hearsay/beam/batch"
)

var (
	input  = flag.String("input", "", "comma-separated `files, globs or folders` to read: articles (.txt .md .html), JSON Lines (.jsonl), WARC (.warc, .warc.gz)")
	output = flag.String("output", "", "`folder` (or gs:// prefix) to write documents.jsonl, conflicts.jsonl and failures.jsonl into")
	shards = flag.Int("shards", 1, "number of `files` to spread documents.jsonl over")
)

func main() {
	flag.Usage = usage
	flag.Parse()
	beam.Init() // on a worker, this runs the worker and does not return
	if *input == "" || *output == "" || *shards < 1 || flag.NArg() > 0 {
		usage()
		os.Exit(2)
	}
	if err := run(context.Background()); err != nil {
		fmt.Fprintln(os.Stderr, "hearsay-beam:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context) error {
	patterns := strings.Split(*input, ",")
	for _, path := range append([]string{*output}, patterns...) {
		if err := batch.CheckPath(path); err != nil {
			return err
		}
	}
	if !strings.Contains(*output, "://") {
		if err := os.MkdirAll(*output, 0o755); err != nil {
			return err
		}
	}
	p, s := beam.NewPipelineWithRoot()
	out := batch.Build(s, patterns)
	batch.Write(s, *output, out, *shards)
	return beamx.Run(ctx, p)
}

func usage() {
	fmt.Fprint(flag.CommandLine.Output(), `Usage: hearsay-beam --input PATTERNS --output FOLDER [--runner RUNNER] [Beam flags]

Analyses every document in PATTERNS as "hearsay analyze --format json"
does, and writes into FOLDER:
  documents.jsonl   one analysed document per line (schema 1)
  conflicts.jsonl   quotations given to different speakers in different documents
  failures.jsonl    inputs that could not be read or analysed

The default runner is prism, embedded in this binary. For Flink, Spark
or Dataflow see beam/README.md.

Flags:
`)
	for _, name := range []string{"input", "output", "shards", "runner"} {
		f := flag.Lookup(name)
		if f == nil {
			continue
		}
		arg, help := flag.UnquoteUsage(f)
		fmt.Fprintf(flag.CommandLine.Output(), "  --%s %s\n\t%s\n", name, arg, help)
	}
}
