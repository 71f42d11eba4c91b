package quote

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/segment"
	"github.com/hearsay-project/hearsay/internal/source"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

// TestEssay checks every quotation of the development essay: the
// biography over three paragraphs with the memoir split inside it, the
// forum reply four levels deep, the scare quotes and titles, and the
// marks it repairs.
func TestEssay(t *testing.T) {
	path := testutil.SharedData(t, "seed", "khrushchev-essay.txt")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := source.LoadBytes(context.Background(), path, raw, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	segment.Run(d)
	Detect(d)
	testutil.CheckSpans(t, d)
	checkQuotes(t, d)

	// Each quotation: how its words begin, its kind, its depth, how many
	// content spans it has.
	want := []struct {
		start string
		kind  doc.QuoteKind
		depth int
		parts int
	}{
		{"It is all too easy to imagine", doc.QuoteDirect, 0, 3}, // Taubman, three paragraphs
		{"In 1923,", doc.QuoteDirect, 1, 2},                      // the memoir, split around "Khrushchev said"
		{"Alexander Bunn: ‘Dear", doc.QuoteDirect, 0, 3},         // the Quora reply
		{"Dear Mr. Williams.", doc.QuoteDirect, 1, 3},            // Bunn's own message
		{"I’ve been moving him up", doc.QuoteDirect, 2, 1},       // Kaganovich's memoirs
		{"How is he now?", doc.QuoteDirect, 3, 1},                // Stalin
		{"He is fighting the Trotskyists.", doc.QuoteDirect, 3, 1},
		{"you will speak at the Conference", doc.QuoteDirect, 3, 1},
		{"simplified, primer-level Marxism", doc.QuoteMixed, 0, 1},
		{"Declaration of Forty-six", doc.QuoteTitle, 0, 1},
		{"The extreme seriousness", doc.QuoteDirect, 0, 1},
		{"capitalist democracies", doc.QuoteScare, 0, 1},
		{"National Government", doc.QuoteTitle, 0, 1},
		{"National Liberal", doc.QuoteTitle, 0, 1},
		{"National Labour", doc.QuoteTitle, 0, 1},
		{"Secret Speech", doc.QuoteTitle, 0, 1},
		{"Capitalist Democracies", doc.QuoteTitle, 0, 1},
		{"first generation of leadership", doc.QuoteScare, 0, 1},
		{"I have seen the future and it works", doc.QuoteDirect, 0, 1},
	}
	if len(d.Quotes) != len(want) {
		t.Fatalf("%d quotations, want %d:\n%s", len(d.Quotes), len(want), dump(d))
	}
	for i, w := range want {
		q := &d.Quotes[i]
		depth := 0
		for p := q.Parent; p >= 0; p = d.Quotes[p].Parent {
			depth++
		}
		if !strings.HasPrefix(q.Words(d.Text), w.start) || q.Kind != w.kind || depth != w.depth || len(q.Content) != w.parts {
			t.Errorf("quotation %d: %s, depth %d, %d parts: %.60q\n want %s, depth %d, %d parts: %q",
				i+1, q.Kind, depth, len(q.Content), q.Words(d.Text), w.kind, w.depth, w.parts, w.start)
		}
	}

	// The biography is closed once, by the ” before [A].
	taubman := d.Quotes[0]
	if last := taubman.Marks[len(taubman.Marks)-1]; d.Slice(last) != "”" || !strings.HasPrefix(d.Text[last.End:], "[A]") {
		t.Errorf("biography closed at %v %q", last, d.Text[last.Start:last.End+3])
	}
	if n := len(taubman.Marks); n != 4 { // opened, re-opened twice, closed
		t.Errorf("biography marks %v", taubman.Marks)
	}
	// The memoir is one quotation in single marks: ‘In 1923,’ … ‘when I … peasants.’
	for _, m := range d.Quotes[1].Marks {
		if s := d.Slice(m); s != "‘" && s != "’" {
			t.Errorf("memoir mark %q", s)
		}
	}
	// workers’ is an apostrophe, not a mark.
	at := strings.Index(d.Text, "workers’ training") + len("workers")
	for _, q := range d.Quotes {
		for _, m := range q.Marks {
			if m.Start == at {
				t.Errorf("workers’ taken for a mark")
			}
		}
	}
	// Stalin's words are four levels down, inside Kaganovich's memoirs
	// inside Bunn's message inside the reply.
	stalin := d.Quotes[5]
	if chain := []int{stalin.Parent, d.Quotes[stalin.Parent].Parent, d.Quotes[d.Quotes[stalin.Parent].Parent].Parent}; chain[0] != 4 || chain[1] != 3 || chain[2] != 2 {
		t.Errorf("Stalin's ancestors %v, want [4 3 2]", chain)
	}

	// The repairs, in order: Kaganovich's “ never closed (the ' that ends
	// Bunn's message ends it too), that straight ', and Wells's ‘…‘.
	var diags []string
	for _, g := range d.Diagnostics {
		if g.Code == doc.CodeUnbalanced {
			diags = append(diags, d.Slice(g.Span)+" "+g.Message)
		}
	}
	wantDiags := []string{
		"“ “ never closed; the ' that closes the quotation around it closes it too",
		"' straight ' closes a quotation opened with ‘",
		"‘ quotation closed with the opening mark ‘",
	}
	if strings.Join(diags, "\n") != strings.Join(wantDiags, "\n") {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(diags, "\n"), strings.Join(wantDiags, "\n"))
	}
	if g := d.Quotes[18].Marks[1]; !strings.HasPrefix(d.Text[g.Start:], "‘.") {
		t.Errorf("Wells closed at %q", d.Text[g.Start:g.End+1])
	}
}
