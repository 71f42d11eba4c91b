package speaker

import "testing"

// TestN81LongAccording checks "according to" with a source whose noun
// phrase has a post-modifier, trailing and leading: each gives its
// clause an attribution, the mention the whole phrase. Before, a
// trailing one with words after its first noun phrase, and a leading
// one opening with a bare noun, read nothing.
func TestN81LongAccording(t *testing.T) {
	for _, c := range []struct{ text, content, mention string }{
		{"Without a budget, state parks would close, according to a contingency plan released last week by the Office of Budget and Management.", "Without a budget", "a contingency plan released last week by the Office of Budget and Management"},
		{"Ashgrove raised $6.2 million in the last quarter, according to reports filed with the Federal Election Board this month.", "Ashgrove raised", "reports filed with the Federal Election Board this month"},
		{"Pennock hired two consulting firms, according to union organizers and three employees who attended them.", "Pennock hired", "union organizers and three employees who attended them"},
		{"According to figures published by the trust in November, it spent £23m on agency nurses.", "it spent", "figures published by the trust in November"},
		// A short source is read as before.
		{"Ashgrove raised $6.2 million, according to reports.", "Ashgrove raised", "reports"},
		// A source with an appositive keeps its article.
		{"At least 86 people were detained, according to the Legal Aid Network, a volunteer group of lawyers that tracks arrests.", "At least 86", "the Legal Aid Network, a volunteer group of lawyers that tracks arrests"},
		{"At least 86 people were detained, according to the Legal Aid Network.", "At least 86", "the Legal Aid Network"},
	} {
		d := run(t, "The budget stalled.\n\n"+c.text)
		q := find(d, c.content)
		if q == nil {
			t.Errorf("%q: no quotation %q", c.text, c.content)
			continue
		}
		if m := q.Speaker.Mention; d.Text[m.Start:m.End] != c.mention {
			t.Errorf("%q: mention %q, want %q", c.text, d.Text[m.Start:m.End], c.mention)
		}
	}
	for _, c := range []struct {
		text string
		want string
	}{
		{" released last week by the board.", " released last week by the board"},
		{", the mayor said.", ""},
		{" The mayor left.", ""},
	} {
		text := "a plan" + c.text
		got := text[6:n81TrailingSource(text, 6, len(text))]
		if got != c.want {
			t.Errorf("n81TrailingSource(%q) read %q, want %q", text, got, c.want)
		}
	}
}
