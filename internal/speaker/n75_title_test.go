package speaker

import "testing"

// TestN75TitleInGap checks a title in marks between an attribution and
// the next piece of the same quotation (n75TitleInGap): the piece joins
// the quotation before it, as it would without the title; a piece after
// a sentence of narration that holds a title is not joined.
func TestN75TitleInGap(t *testing.T) {
	text := "The general spoke.\n\n“He is right. There is a disconnect,” Flynn, a surrogate, said on the network’s “Morning Hour.” “I mean, there is a lot of frustration.”"
	d := run(t, text)
	q := find(d, "He is right")
	if q == nil || q.Speaker.Name != "Flynn" || len(q.Content) != 2 || d.Text[q.Content[1].Start:q.Content[1].End] != "I mean, there is a lot of frustration." {
		t.Errorf("%q: the second piece is not joined to Flynn's quotation: %+v", text, q)
	}
	if q := find(d, "Morning Hour"); q == nil || q.Kind != "title" {
		t.Errorf("%q: the title is not kept: %+v", text, q)
	}
	// A sentence of narration between: two quotations.
	d = run(t, "The general spoke.\n\n“He is right,” Flynn said. The network ran “Morning Hour.” “I mean, there is a lot of frustration.”")
	if q := find(d, "He is right"); q == nil || len(q.Content) != 1 {
		t.Errorf("a piece after narration joined: %+v", q)
	}
}
