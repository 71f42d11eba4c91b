package speaker

import "testing"

// TestN43Relatives checks the reading added for a relative clause set
// off by a comma whose subject reports or names what its pronoun
// stands for, with the pronoun opening the words, and that the outer
// reading's words end at the comma; and that a clause whose subject is
// a pronoun, an adverb or a verb is not read so.
func TestN43Relatives(t *testing.T) {
	for _, tt := range []struct{ text, mention, words string }{
		{"The council called an emergency meeting to discuss the test, which state news media claimed now allows the navy to build smaller ships.",
			"state news media", "which … now allows the navy to build smaller ships"},
		{"Ann Lee had once denounced the plan in a long speech, which the party pointed to as an example of its openness.",
			"the party", "which … as an example of its openness"},
		{"Ed Moss backed the levy, which critics have called a tax on the poor.",
			"critics", "which … a tax on the poor"},
	} {
		d := run(t, tt.text)
		q := find(d, "which")
		if q == nil {
			t.Errorf("%q: no reading of the relative clause", tt.text)
			continue
		}
		if m := q.Speaker.Mention; d.Text[m.Start:m.End] != tt.mention || q.Words(d.Text) != tt.words || q.Parent != -1 {
			t.Errorf("%q: mention %q, words %q, parent %d; want %q, %q, none", tt.text, d.Text[m.Start:m.End], q.Words(d.Text), q.Parent, tt.mention, tt.words)
		}
	}
	for _, text := range []string{
		"The board sold the pier, which allegedly claimed the lives of two divers.",
		"Ed Moss backed the levy, which is what critics called a tax on the poor.",
		"The town rebuilt the pier, which the old harbor master watched with pride.",
	} {
		if q := find(run(t, text), "which"); q != nil {
			t.Errorf("%q: a reading %q", text, q.Words(text))
		}
	}
}

// TestN43RelativeWords checks the words after a relative clause's
// verb: to the sentence's end for a verb of saying, to the next mark
// for one of naming, none across a line break.
func TestN43RelativeWords(t *testing.T) {
	for _, tt := range []struct {
		text   string
		naming bool
		want   string
	}{
		{" now allows the navy to build ships. It sailed.", false, "now allows the navy to build ships"},
		{" a tax on the poor, and the vote failed.", true, "a tax on the poor"},
		{" the pier\nis safe.", false, ""},
	} {
		got := ""
		if s, ok := n43RelativeWords(tt.text, 0, tt.naming); ok {
			got = tt.text[s.Start:s.End]
		}
		if got != tt.want {
			t.Errorf("%q: %q, want %q", tt.text, got, tt.want)
		}
	}
}
