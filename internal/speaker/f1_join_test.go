package speaker

import (
	"strings"
	"testing"
)

// TestF1Join checks that a continuation paragraph after a direct
// quotation is joined to it as a further content piece, the span
// running from the first opening mark to the last closing one, with
// its nested quotations renumbered under it; and that it stays a
// reading of its own after a mixed or indirect reading, in a paragraph
// with a second quotation, and where another reading lies between.
func TestF1Join(t *testing.T) {
	tests := []struct {
		text string
		want []string // each top-level reading: "speaker | content pieces joined by /"
	}{
		{"The council met on Monday.\n\n“We have no money for the pier,” Ann Ortiz said.\n\n“The boats will have to moor in the next harbour until the spring.”",
			[]string{"Ann Ortiz | We have no money for the pier,/The boats will have to moor in the next harbour until the spring."}},
		// Three paragraphs, a cue before the words, a nested quotation.
		{"The council met on Monday.\n\nEd Moss, the treasurer, said: “We have no money left for the pier.”\n\n“The boats will have to moor in the next harbour until the spring.”\n\n“Nobody on the council calls that “fair”, but we have no choice left.”",
			[]string{"Ed Moss | We have no money left for the pier./The boats will have to moor in the next harbour until the spring./Nobody on the council calls that “fair”, but we have no choice left."}},
		// After a mixed quotation: the writer's words came between.
		{"The council met on Monday.\n\nAnn Ortiz said the town had “no money left for the pier this year”.\n\n“The boats will have to moor in the next harbour until the spring.”",
			[]string{"Ann Ortiz | the town had “no money left for the pier this year”", "Ann Ortiz | The boats will have to moor in the next harbour until the spring."}},
		// A second quotation in the paragraph: readings of their own.
		{"The council met on Monday.\n\n“We have no money for the pier,” Ann Ortiz said.\n\n“The boats will have to moor in the next harbour until the spring.” “Nobody wants that, but we have no choice left.”",
			[]string{"Ann Ortiz | We have no money for the pier,", "Ann Ortiz | The boats will have to moor in the next harbour until the spring.", "Ann Ortiz | Nobody wants that, but we have no choice left."}},
		// After an indirect reading: a reading of its own.
		{"The council met on Monday.\n\nAnn Ortiz said the town could not pay for the repairs this year.\n\n“The boats will have to moor in the next harbour until the spring.”",
			[]string{"Ann Ortiz | the town could not pay for the repairs this year", "Ann Ortiz | The boats will have to moor in the next harbour until the spring."}},
	}
	for _, tt := range tests {
		d := run(t, tt.text)
		var got []string
		for i, q := range d.Quotes {
			if q.Parent >= 0 {
				if p := d.Quotes[q.Parent]; p.Start > q.Start || p.End < q.End || q.Parent >= i {
					t.Errorf("%q: quotation %d's parent %d does not hold it", tt.text, i, q.Parent)
				}
				continue
			}
			if q.Kind == "scare" || q.Kind == "title" {
				continue
			}
			var pieces []string
			for _, c := range q.Content {
				pieces = append(pieces, d.Text[c.Start:c.End])
			}
			if q.Kind == "direct" && (q.Start != q.Marks[0].Start || q.End != q.Marks[len(q.Marks)-1].End) {
				t.Errorf("%q: span %d-%d is not from the first mark to the last", tt.text, q.Start, q.End)
			}
			got = append(got, q.Speaker.Name+" | "+strings.Join(pieces, "/"))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}
