package speaker

import "testing"

// TestN37Aside checks that a subject parted from its verb by a place word
// ("there", "here"), "at first" or an adverb between commas is read, as
// are two plurals joined by "and" and a clause opened by "Or" before an
// adverb or an auxiliary; and that the readings that held before (a
// capital subject, a fronted "There,", "at first glance", "too many
// people", a relative clause) hold as they were.
func TestN37Aside(t *testing.T) {
	for _, c := range []struct {
		text, quote string
		mention     string // "": no reading of the quote
		cue         string
	}{
		// Mended.
		{"But officials there said that the bridge was closed.", "that the bridge was closed", "officials", "said"},
		{"But police there also said that the bridge was closed.", "that the bridge was closed", "police", "said"},
		{"The union there said that the bridge was closed.", "that the bridge was closed", "The union", "said"},
		{"But local residents here said that the bridge was closed.", "that the bridge was closed", "local residents", "said"},
		{"Police at first said that the bridge was closed.", "that the bridge was closed", "Police", "said"},
		{"The union at first said that the bridge was closed.", "that the bridge was closed", "The union", "said"},
		{"But officials at first said that the bridge was closed.", "that the bridge was closed", "officials", "said"},
		{"But police, too, said that the bridge was closed.", "that the bridge was closed", "police", "said"},
		{"And police, meanwhile, said that the bridge was closed.", "that the bridge was closed", "police", "said"},
		{"Or people may also say that the bridge was closed.", "that the bridge was closed", "people", "say"},
		{"Or officials may say that the bridge was closed.", "that the bridge was closed", "officials", "say"},
		{"But women and children also said that the bridge was closed.", "that the bridge was closed", "women and children", "said"},
		{"But local doctors and nurses there said that the bridge was closed.", "that the bridge was closed", "local doctors and nurses", "said"},
		// Held before, unchanged.
		{"But the council, however, said that the bridge was closed.", "that the bridge was closed", "the council", "said"},
		{"Officials there said that the bridge was closed.", "that the bridge was closed", "Officials", "said"},
		{"There, officials said that the bridge was closed.", "that the bridge was closed", "officials", "said"},
		{"At first glance, officials said that the bridge was closed.", "that the bridge was closed", "officials", "said"},
		{"But too many people said that the bridge was closed.", "that the bridge was closed", "too many people", "said"},
		{"The people who moved there said that the bridge was closed.", "that the bridge was closed", "The people who moved there", "said"},
		{"Or the union may say that the bridge was closed.", "that the bridge was closed", "the union", "say"},
		{"But doctors and nurses also said that the bridge was closed.", "that the bridge was closed", "doctors and nurses", "said"},
		// Not read: no one who speaks, a singular with no
		// determiner, a pronoun.
		{"But trees there said that the bridge was closed.", "that the bridge was closed", "", ""},
		{"But costs, too, show that the bridge was closed.", "that the bridge was closed", "", ""},
		{"Or costs may also show that the bridge was closed.", "that the bridge was closed", "", ""},
	} {
		d := run(t, c.text)
		q := find(d, c.quote)
		if c.mention == "" {
			if q != nil && q.Speaker.Mention.End > 0 {
				t.Errorf("%q: reading %q, speaker %q; want none", c.text, c.quote, q.Speaker.Name)
			}
			continue
		}
		if q == nil || q.Cue.End == 0 {
			t.Errorf("%q: no quotation %q with a cue", c.text, c.quote)
			continue
		}
		m := d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End]
		if cue := d.Text[q.Cue.Start:q.Cue.End]; m != c.mention || cue != c.cue || q.Speaker.Name == "" {
			t.Errorf("%q: mention %q cue %q name %q, want %q, %q", c.text, m, cue, q.Speaker.Name, c.mention, c.cue)
		}
	}
}
