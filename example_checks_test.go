package hearsay_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/hearsay-project/hearsay"
)

// Checking an article's quotations against the source texts they come
// from, and its attributions against the curated table of quotations.
func ExampleAnalyze_checks() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "sources")
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "minutes.txt"), []byte("The chair said the bridge would reopen in May and that the repairs had cost less than feared."), 0o644)
	sources, err := hearsay.LoadSources(ctx, dir)
	if err != nil {
		fmt.Println(err)
		return
	}
	article := `The chair was upbeat. "The bridge would reopen in June," she said.

H. G. Wells said of Russia: "I have seen the future and it works."`
	d, err := hearsay.Analyze(ctx, strings.NewReader(article), hearsay.Options{Sources: sources, Quotes: hearsay.CuratedQuotes()})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, q := range d.Quotes {
		if q.Fidelity != nil {
			fmt.Printf("%q: %s\n", q.Words(d.Text), q.Fidelity.Verdict)
		}
	}
	for _, f := range d.Findings {
		if f.Code == "misattributed-quote" {
			fmt.Println(f.Message)
		}
	}
	// Output:
	// "The bridge would reopen in June,": altered
	// "I have seen the future and it works.": not-found
	// wrongly attributed to H. G. Wells; it was said by Lincoln Steffens
}
