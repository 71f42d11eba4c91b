package speaker

import (
	"strings"
	"testing"
)

// TestF1Phrases checks quoted words whose owner a participle, "as X
// reported" or "in X's phrase" names, with the cases left alone: a
// participle after another subject's clause, a participle that is no
// reporting verb, "as" without a speaker between the pieces, a phrase
// noun that is not "phrase" or "words".
func TestF1Phrases(t *testing.T) {
	tests := []struct {
		text string
		want []string // each top-level marked mixed or direct quotation: words | mention | cue
	}{
		// A pronoun before the words in marks opens the participle's
		// reported clause (n111MarkThenVerb), which holds them: no
		// marked quotation stands alone (TestN111MarkThenVerb).
		{"The council met on Monday.\n\nAnn Ortiz apologized for the delays, saying they “came from the rush” to reopen the pier but “caused trouble for everyone.”",
			nil},
		{"The council met on Monday.\n\nLater that day, Ann Ortiz apologized for the delays, saying they “came from the rush” to reopen.",
			nil},
		{"The council met on Monday.\n\nShe left early, saying the pier “will not open this year.”",
			nil},
		{"The council met on Monday.\n\nThe ferry was late – “causing,” as the Harbour Times reported, “chaos on the quay.”",
			[]string{"causing, | Harbour Times | reported", "chaos on the quay. | Harbour Times | reported"}},
		{"The council met on Monday.\n\nFares grew quickly (in economist Ed Moss’s phrase) “faster than anyone could count.”",
			[]string{"faster than anyone could count. | Ed Moss | "}},
		{"The council met on Monday.\n\nThe pier became, in Ann Ortiz's words, “a monument to delay.”",
			[]string{"a monument to delay. | Ann Ortiz | "}},
		// Not a reporting participle: no speaker.
		{"The council met on Monday.\n\nAnn Ortiz left the hall, carrying a sign that read “no more delays” in red.",
			[]string{"no more delays |  | "}},
		// "as" with no speaker between the pieces.
		{"The council met on Monday.\n\nThe ferry was “late,” as usual, “and crowded.”",
			nil},
		// Another noun than phrase or words: not Moss (the subject is
		// read by another rule).
		{"The council met on Monday.\n\nFares grew (in Ed Moss's view) “faster than anyone could count.”",
			[]string{"faster than anyone could count. | Fares | "}},
	}
	for _, tt := range tests {
		d := run(t, tt.text)
		var got []string
		for _, q := range d.Quotes {
			if q.Parent >= 0 || len(q.Marks) == 0 || q.Kind != "mixed" && q.Kind != "direct" || q.Speaker.Name == "" && tt.want == nil {
				continue
			}
			got = append(got, d.Text[q.Content[0].Start:q.Content[len(q.Content)-1].End]+" | "+d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End]+" | "+d.Text[q.Cue.Start:q.Cue.End])
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}
