package quotebase

import (
	"os"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

// TestSharedSample checks the curated table against the sample of
// attributed quotations in ../shared/data/misattributions, which the
// table was not built from line by line: every misattributed record
// there must be reported when the line is given to its wrong author, and
// the collection's other records, given to the authors the collection
// names, must raise few findings (their attributions are unverified, so
// a finding is not always a false alarm: three of them the sample itself
// relabels).
func TestSharedSample(t *testing.T) {
	path := testutil.SharedData(t, "misattributions", "quotes_sample.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b := Curated()
	var mis, misFound, other, otherFindings int
	err = ReadJSONL(f, "sample", func(e Entry) error {
		fd, ok := Judge(e.Author, b.Match(e.Text))
		switch {
		case e.Status == Misattributed:
			mis++
			if ok && fd.Code == doc.FindMisattributed {
				misFound++
			} else {
				t.Errorf("misattributed %q (%s) not reported: %v %q", e.Text, e.Author, ok, fd.Message)
			}
		case strings.HasPrefix(e.Origin, "sample") && e.Status == Attributed:
			other++
			if ok {
				otherFindings++
				t.Logf("%s: %q (%s): %s", fd.Code, e.Text, e.Author, fd.Message)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("misattributed records reported: %d of %d; findings on other records: %d of %d", misFound, mis, otherFindings, other)
	if otherFindings > other/50 {
		t.Errorf("%d findings on %d records the collection attributes", otherFindings, other)
	}
}
