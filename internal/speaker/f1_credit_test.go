package speaker

import (
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/quote"
)

// TestF1Credits checks dash credits on block-quoted lines: the marked
// quotation alone is the quotation (no outer block reading taking in
// the credit), its speaker the whole credit, a description as well as
// a name, and its cue the dash; and the cases left alone: a dash inside
// the words, a block quote with prose after the quotation, and a dash
// in running prose.
func TestF1Credits(t *testing.T) {
	tests := []struct {
		text string
		want []string // each top-level direct quotation: words | mention | cue
	}{
		{"People told us what they like:\n\n> \"The compiler catches my mistakes before they ship.\" -- Firmware engineer working on medical pumps\n",
			[]string{"The compiler catches my mistakes before they ship. | Firmware engineer working on medical pumps | --"}},
		{"People told us what they like:\n\n> “The compiler catches my mistakes before they ship.” — Architect at Automotive OEM.\n",
			[]string{"The compiler catches my mistakes before they ship. | Architect at Automotive OEM | —"}},
		{"People told us what they like:\n\n> \"The compiler catches my mistakes.\" -- Ann Moss\n\n> \"Builds are slow on big projects.\" -- Team lead at a bank\n",
			[]string{"The compiler catches my mistakes. | Ann Moss | --", "Builds are slow on big projects. | Team lead at a bank | --"}},
		// A dash inside the words is no credit: the block is one quotation.
		{"People told us what they like:\n\n> \"The compiler -- and the linter -- catch my mistakes.\"\n",
			[]string{"The compiler -- and the linter -- catch my mistakes. | People | told"}},
		// Running prose: no credit.
		{"Ann Moss wrote back.\n\n\"The compiler catches my mistakes before they ship.\" -- and then she left the meeting early.\n",
			[]string{"The compiler catches my mistakes before they ship. |  | "}},
	}
	for _, tt := range tests {
		d := runAs(t, "t.md", tt.text)
		var got []string
		for _, q := range d.Quotes {
			if q.Parent >= 0 || q.Kind != doc.QuoteDirect {
				continue
			}
			var words []string
			for _, c := range q.Content {
				words = append(words, d.Text[c.Start:c.End])
			}
			got = append(got, strings.Join(words, " … ")+" | "+d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End]+" | "+d.Text[q.Cue.Start:q.Cue.End])
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestF1CreditedLine checks the line test of quote.CreditedLine.
func TestF1CreditedLine(t *testing.T) {
	tests := []struct {
		line, credit string
	}{
		{"\"Fast builds.\" -- Engineer at a bank", "Engineer at a bank"},
		{"“Fast builds.” — Ann Moss.", "Ann Moss"},
		{"“Fast builds.”—Ann Moss", "Ann Moss"},
		{"\"Fast -- really fast -- builds.\"", ""},
		{"Fast builds -- Ann Moss", ""},
		{"\"Fast builds.\" -- 2024", ""},
		{"\"Fast builds.\" -- she said, and “more” later", ""},
	}
	for _, tt := range tests {
		sp, ok := quote.CreditedLine(tt.line, doc.Span{Start: 0, End: len(tt.line)})
		got := ""
		if ok {
			got = tt.line[sp.Start:sp.End]
		}
		if got != tt.credit {
			t.Errorf("%q: got %q, want %q", tt.line, got, tt.credit)
		}
	}
}
