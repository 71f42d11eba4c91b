// Command bench measures sentence segmentation throughput and peak memory
// for Hearsay and for a peer, the Go Punkt splitter
// (github.com/neurosnap/sentences), on the same input. It lives in its own
// module so that the peer never becomes a dependency of Hearsay.
//
// Each run measures one tool in a fresh process, so peak memory (the
// process's maximum resident set) belongs to that tool alone:
//
//	go run . -tool hearsay -in corpus.txt
//	go run . -tool punkt -in corpus.txt
//
// With -gold it scores both splitters' sentence boundaries against gold
// sentences instead, with the same scorer as "hearsay eval sentences":
//
//	go run . -gold ../../shared/data/quotes/litbank_quotes.jsonl
//
// bench/run.sh builds the input and runs both.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"slices"
	"syscall"
	"time"

	"github.com/hearsay-project/hearsay"
	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/eval"
	"github.com/hearsay-project/hearsay/internal/pipeline"
	"github.com/hearsay-project/hearsay/internal/segment"
	"github.com/hearsay-project/hearsay/internal/source"
	"github.com/neurosnap/sentences/english"
)

func main() {
	tool := flag.String("tool", "hearsay", "hearsay (load and segment), quotes (issue 3's pipeline: load, segment, quotations, speakers) or punkt")
	in := flag.String("in", "", "input text file")
	gold := flag.String("gold", "", "score sentence boundaries against this gold JSON Lines file")
	runs := flag.Int("runs", 5, "how many times to split the input; the median and best times are reported")
	flag.Parse()
	if *gold != "" {
		if err := score(*gold); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	raw, err := os.ReadFile(*in)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	split, err := splitter(*tool)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	var times []time.Duration
	var n int
	for range *runs {
		start := time.Now()
		n = split(raw)
		times = append(times, time.Since(start))
	}
	slices.Sort(times)
	median, best := times[len(times)/2], times[0]
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	mb := float64(len(raw)) / 1e6
	fmt.Printf("%-8s %6.1f MB %8d sentences  median %6.3f s %6.1f MB/s  best %6.1f MB/s  %6.1f MB peak RSS\n",
		*tool, mb, n, median.Seconds(), mb/median.Seconds(), mb/best.Seconds(), float64(ru.Maxrss)/1024)
}

// splitter returns the named tool's sentence splitter, set up outside the
// timed runs (Punkt loads its trained English model here). It returns the
// number of sentences found.
func splitter(tool string) (func(raw []byte) int, error) {
	switch tool {
	case "hearsay":
		// Loading and segmentation only, the work Punkt does.
		return func(raw []byte) int {
			d, err := source.LoadBytes(context.Background(), "", raw, source.Options{Format: doc.FormatText, MaxSize: 1 << 29})
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
			segment.Run(d)
			return len(d.Sentences)
		}, nil
	case "quotes":
		// Issue 3's pipeline: loading, segmentation, quotations, and
		// speakers with their chains (BenchmarkQuotesSpeakers in the
		// root package), on the same input.
		stages := pipeline.Default()
		for i, s := range stages {
			if s.Name() == "speaker" {
				stages = stages[:i+1]
				break
			}
		}
		return func(raw []byte) int {
			d, err := source.LoadBytes(context.Background(), "", raw, source.Options{Format: doc.FormatText, MaxSize: 1 << 29})
			if err == nil {
				err = pipeline.Run(context.Background(), d, stages)
			}
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
			return len(d.Sentences)
		}, nil
	case "punkt":
		tok, err := english.NewSentenceTokenizer(nil)
		if err != nil {
			return nil, err
		}
		return func(raw []byte) int { return len(tok.Tokenize(string(raw))) }, nil
	}
	return nil, fmt.Errorf("unknown tool %q", tool)
}

// score prints the sentence-boundary scores of both splitters on a gold file.
func score(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	texts, err := eval.ReadSentenceGold(f)
	if err != nil {
		return err
	}
	tok, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		return err
	}
	splitters := []struct {
		name  string
		split func(string) []int
	}{
		{"hearsay", func(s string) []int {
			d, err := hearsay.AnalyzeBytes(context.Background(), []byte(s), hearsay.Options{Format: hearsay.FormatText})
			if err != nil {
				return nil
			}
			var ends []int
			for _, sent := range d.Sentences {
				ends = append(ends, sent.End)
			}
			return ends
		}},
		{"punkt", func(s string) []int {
			var ends []int
			for _, sent := range tok.Tokenize(s) {
				ends = append(ends, sent.End)
			}
			return ends
		}},
	}
	for _, sp := range splitters {
		sc, _ := eval.ScoreSentences(texts, sp.split, 0)
		fmt.Printf("%-8s %v\n", sp.name, sc)
	}
	return nil
}
