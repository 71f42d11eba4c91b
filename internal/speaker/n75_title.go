package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n75TitleInGap reads a title in marks between an attribution and the
// next quotation, for n11Continues: `“…,” Flynn, a surrogate, said on
// the network’s “Morning Hour.” “I mean, …”`. The title (quotation j,
// from offset from on) is the next top-level quotation after the
// attribution, so n11Continues compared it, not the quotation after
// it (k), and the second piece stood alone with no speaker. It returns
// the gap from from to k with the title's words as one word (and its
// full stop, when the stop is inside its closing mark), for n11Gap to
// read as any other gap; ok is false unless j is a title that starts
// at or after from and k a quotation after it.
func n75TitleInGap(d *doc.Document, text string, from, j, k int) (string, bool) {
	if j < 0 || k < 0 {
		return "", false
	}
	t, b := &d.Quotes[j], &d.Quotes[k]
	if t.Kind != doc.QuoteTitle || t.Start < from || t.End > b.Start || b.Start-from > 2*n11ContinueGap {
		return "", false
	}
	stop := ""
	if w := strings.TrimRight(text[t.Start:t.End], "”’\"'"); strings.HasSuffix(w, ".") {
		stop = "."
	}
	return text[from:t.Start] + "Title" + stop + text[t.End:b.Start], true
}
