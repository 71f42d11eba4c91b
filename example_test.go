package hearsay_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/hearsay-project/hearsay"
)

func ExampleAnalyze() {
	article := "A Quiet Harbour\n\nBy Ann Reyes\n\nThe ferry left at nine. “We were late,” said Mr. Lund."
	d, err := hearsay.Analyze(context.Background(), strings.NewReader(article), hearsay.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Meta.Title, "/", d.Meta.Author)
	for _, s := range d.Sentences {
		fmt.Printf("%v %s\n", s.Span, d.Slice(s.Span))
	}
	// Output:
	// A Quiet Harbour / Ann Reyes
	// {0 15} A Quiet Harbour
	// {17 29} By Ann Reyes
	// {31 54} The ferry left at nine.
	// {55 89} “We were late,” said Mr. Lund.
}

func ExampleDocument_RawSpan() {
	page := `<p>Fish &amp; chips, <q>said the sign</q>.</p>`
	d, err := hearsay.Analyze(context.Background(), strings.NewReader(page), hearsay.Options{Format: hearsay.FormatHTML})
	if err != nil {
		fmt.Println(err)
		return
	}
	i := strings.Index(d.Text, "said")
	s := hearsay.Span{Start: i, End: i + len("said the sign")}
	r := d.RawSpan(s)
	fmt.Printf("%q is at bytes %d–%d of the page: %q\n", d.Slice(s), r.Start, r.End, d.Raw[r.Start:r.End])
	// Output:
	// "said the sign" is at bytes 24–37 of the page: "said the sign"
}
