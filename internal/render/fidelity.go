package render

import (
	"fmt"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// writeFidelity lists the quotations checked against the source texts:
// each verdict, the source and, for an altered quotation, the words
// changed.
func writeFidelity(b *strings.Builder, d *doc.Document, lines *lineIndex) {
	counts := map[doc.Verdict]int{}
	n := 0
	for _, q := range d.Quotes {
		if q.Fidelity != nil {
			counts[q.Fidelity.Verdict]++
			n++
		}
	}
	if n == 0 {
		return
	}
	var parts []string
	for _, v := range []doc.Verdict{doc.VerdictVerbatim, doc.VerdictElided, doc.VerdictAltered, doc.VerdictTranslated, doc.VerdictNotFound} {
		if counts[v] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", counts[v], v))
		}
	}
	fmt.Fprintf(b, "\nAgainst the sources: %s\n", strings.Join(parts, ", "))
	for i, q := range d.Quotes {
		f := q.Fidelity
		if f == nil {
			continue
		}
		where := ""
		if f.Source != "" {
			where = fmt.Sprintf("%s@%d", shortenTo(f.Source, 30), f.Passage.Start)
		}
		line := fmt.Sprintf("  %-4s %-7s %-10s %s", quoteLabel(i), lines.pos(q.Start), f.Verdict, where)
		b.WriteString(strings.TrimRight(line, " ") + "\n")
		if f.Verdict == doc.VerdictAltered {
			fmt.Fprintf(b, "       %s\n", shortenTo(diffLine(f.Diff), 150))
		}
	}
}

// diffLine writes a word diff on one line: removed source words as
// [-words-], added ones as {+words+}, as git diff --word-diff does.
func diffLine(diff []doc.DiffOp) string {
	var parts []string
	for _, o := range diff {
		switch o.Op {
		case "equal":
			parts = append(parts, o.Text)
		case "delete":
			parts = append(parts, "[-"+o.Text+"-]")
		case "insert":
			parts = append(parts, "{+"+o.Text+"+}")
		}
	}
	return strings.Join(parts, " ")
}

// maxEvidenceShown is how many pieces of evidence the report shows under
// a finding of the attribution check; the JSON has them all.
const maxEvidenceShown = 3

// writeCheckEvidence writes, under a finding of the attribution check,
// the first pieces of its evidence: the line as the reference base has
// it, and where the base's knowledge comes from.
func writeCheckEvidence(b *strings.Builder, f doc.Finding) {
	switch f.Code {
	case doc.FindMisattributed, doc.FindAttributionConflict, doc.FindDisputedQuote:
	default:
		return
	}
	for i, e := range f.Evidence {
		if i == maxEvidenceShown {
			fmt.Fprintf(b, "%31s(%d more in the JSON)\n", "", len(f.Evidence)-i)
			break
		}
		fmt.Fprintf(b, "%31s%s\n", "", shortenTo(e, 100))
	}
}
