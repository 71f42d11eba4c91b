package speaker

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestInsideBlocked holds insideBlocked to the clauses it may skip: only
// one wholly in a blocked quotation's words, outside every stretch
// between its parts.
func TestInsideBlocked(t *testing.T) {
	// “The pier is old. It must close,” she said, “and soon.”
	// 0         1         2         3         4         5
	// A quotation over [0, 60) with two parts: words [1, 30) and
	// [45, 59), the narration between them in [30, 45).
	split := doc.Quote{
		Span:    doc.Span{Start: 0, End: 60},
		Content: []doc.Span{{Start: 1, End: 30}, {Start: 45, End: 59}},
		Marks:   []doc.Span{{Start: 0, End: 1}, {Start: 31, End: 32}, {Start: 44, End: 45}, {Start: 59, End: 60}},
	}
	whole := doc.Quote{Span: doc.Span{Start: 100, End: 200}, Content: []doc.Span{{Start: 101, End: 199}}}
	blocked := []doc.Quote{split, whole}
	for _, c := range []struct {
		lo, hi int
		want   bool
	}{
		{0, 18, true},     // the first sentence, its opening mark with it
		{18, 30, true},    // the second, up to the part's end
		{18, 40, false},   // into the narration between the parts
		{33, 44, false},   // the narration itself
		{46, 59, true},    // in the second part
		{101, 150, true},  // in a quotation of one part
		{90, 150, false},  // starting before it
		{150, 210, false}, // ending after it
		{60, 100, false},  // between the quotations
	} {
		if got := insideBlocked(blocked, c.lo, c.hi); got != c.want {
			t.Errorf("insideBlocked(%d, %d) = %v, want %v", c.lo, c.hi, got, c.want)
		}
	}
	if insideBlocked(nil, 0, 10) {
		t.Error("no blocked quotation: got true")
	}
	// A quotation of more parts than insideParts is not read.
	many := doc.Quote{Span: doc.Span{Start: 0, End: 1000}}
	for k := 0; k <= insideParts; k++ {
		many.Content = append(many.Content, doc.Span{Start: k*50 + 1, End: k*50 + 40})
	}
	if insideBlocked([]doc.Quote{many}, 2, 30) {
		t.Error("a quotation of many parts: got true")
	}
	gatesOff = true
	defer func() { gatesOff = false }()
	if insideBlocked(blocked, 0, 18) {
		t.Error("gates open: got true")
	}
}
