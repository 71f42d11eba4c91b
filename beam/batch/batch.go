// Package batch analyses many documents at once as an Apache Beam
// pipeline: the same analysis as `hearsay analyze`, run over folders of
// articles, JSON Lines dumps and WARC crawls on any Beam runner (the
// embedded Prism runner locally; Flink, Spark or Dataflow for a cluster).
//
// The pipeline reads each input into Inputs (readFn), analyses each one
// with hearsay.AnalyzeBytes and renders it as one line of schema-1 JSON
// (analyzeFn), and groups every attributed quotation by its normalised
// text to find the same words given to different speakers in different
// documents (conflictFn). Inputs that cannot be read or analysed become
// Failures instead of stopping the run, so one bad page in a crawl of
// millions costs only itself.
package batch

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
)

func init() {
	beam.RegisterType(reflect.TypeFor[Input]())
	beam.RegisterType(reflect.TypeFor[Attribution]())
	beam.RegisterType(reflect.TypeFor[Failure]())
}

// An Input is one document to analyse, as read from a file.
type Input struct {
	Name   string // file path, JSON Lines id or url, or WARC target URI
	Format string // "text", "markdown" or "html"; "" to sniff from Name and Body
	Body   []byte // the document as stored, decompressed
}

// An Attribution is one quotation given to a named speaker in one
// document: the unit the conflict table groups.
type Attribution struct {
	Doc     string // Input.Name of the document
	Speaker string // the speaker's name as the document gives it
	Quote   string // the quoted words as written
}

// A Failure is an input that could not be read or analysed: a file that
// is not what its name says, a JSON line that does not parse, a document
// that is empty, binary or too large.
type Failure struct {
	Name  string `json:"name"`  // the file, line ("file:12") or document
	Error string `json:"error"` // what went wrong
}

// Outputs are the pipeline's results, each a PCollection of JSON lines
// (strings without the newline).
type Outputs struct {
	Documents beam.PCollection // one analysed document per line, as `hearsay analyze --format json`
	Conflicts beam.PCollection // one Conflict per line
	Failures  beam.PCollection // one Failure per line
}

// Build adds the analysis of the files matching patterns to the pipeline
// of s. Each pattern is a file, a glob ("news/*.txt", "gs://b/crawl/*.warc.gz")
// or a local folder, which stands for the files directly in it.
func Build(s beam.Scope, patterns []string) Outputs {
	var globs []any
	for _, p := range patterns {
		if p = strings.TrimSpace(p); p != "" {
			globs = append(globs, folderGlob(p))
		}
	}
	s = s.Scope("hearsay")
	matched := fileio.MatchAll(s, beam.Create(s, globs...), fileio.MatchEmptyDisallow())
	// The files of one glob are matched in one bundle; a reshuffle of
	// their names (small, cheap to move) lets a cluster runner spread
	// reading and analysis over its workers instead of fusing them all
	// into that bundle.
	files := fileio.ReadMatches(s, beam.Reshuffle(s, matched), fileio.ReadAutoCompression())
	inputs, readFailures := beam.ParDo2(s, &readFn{}, files)
	return Analyze(s, inputs, readFailures)
}

// Analyze is the part of Build after reading: it analyses a PCollection
// of Input and finds the conflicts. extraFailures (a PCollection of
// Failure, possibly none) are reported with those of the analysis.
func Analyze(s beam.Scope, inputs beam.PCollection, extraFailures ...beam.PCollection) Outputs {
	docs, attrs, failures := beam.ParDo3(s, &analyzeFn{}, inputs)
	grouped := beam.GroupByKey(s, attrs)
	conflicts := beam.ParDo(s, conflictFn, grouped)
	allFailures := beam.Flatten(s, append([]beam.PCollection{failures}, extraFailures...)...)
	return Outputs{
		Documents: docs,
		Conflicts: conflicts,
		Failures:  beam.ParDo(s, failureJSON, allFailures),
	}
}

// Write writes o under the folder or prefix out (local or any Beam file
// system, such as gs://bucket/run1) as documents.jsonl, conflicts.jsonl
// and failures.jsonl; with shards > 1 the documents are spread over that
// many files, documents-00000-of-00008.jsonl and so on. Every file is
// written, even when empty, so that a reader can tell "none" from "not
// run".
func Write(s beam.Scope, out string, o Outputs, shards int) {
	s = s.Scope("write")
	writeLines(s, joinPath(out, "documents"), o.Documents, shards)
	writeLines(s, joinPath(out, "conflicts"), o.Conflicts, 1)
	writeLines(s, joinPath(out, "failures"), o.Failures, 1)
}

// joinPath joins a folder or URL prefix and a file name with a slash,
// which every Beam file system accepts.
func joinPath(dir, name string) string {
	return strings.TrimSuffix(dir, "/") + "/" + name
}

// shardName is the file name of shard i of n for the output base.
func shardName(base string, i, n int) string {
	if n <= 1 {
		return base + ".jsonl"
	}
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", base, i, n)
}
