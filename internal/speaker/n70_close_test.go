package speaker

import "testing"

// TestN70CloseAppositives checks the exact mention of a speaker whose
// appositive a comma or dash closes (n70CloseAppositives): the closing
// mark joins the mention, before the cue and after it, and the name is
// untouched; a mention with no comma or dash of its own, or one that a
// coordination goes on after, keeps its end.
func TestN70CloseAppositives(t *testing.T) {
	for _, c := range []struct {
		text, quote   string
		start, end    int // the mention's bytes in text
		name, mention string
	}{
		{"Ed Moss, a pilot, said the ferry was late.", "the ferry was late", 0, 17, "Ed Moss", "Ed Moss, a pilot,"},
		{"The head of the board, Ann Ortiz, told me the pier was unsafe.", "the pier was unsafe", 0, 33, "Ann Ortiz", "The head of the board, Ann Ortiz,"},
		{"“The pier is unsafe,” Ann Ortiz, the mayor, said.", "The pier is unsafe", 26, 47, "Ann Ortiz", "Ann Ortiz, the mayor,"},
		{"Ed Moss -- a pilot -- said the ferry was late.", "the ferry was late", 0, 21, "Ed Moss", "Ed Moss -- a pilot --"},
		{"The log–kept by the Trust–shows that the ferry was late.", "that the ferry was late", 0, 30, "", "The log–kept by the Trust–"},
		// No appositive of its own: the comma opens what follows.
		{"Ed Moss said the ferry was late.", "the ferry was late", 0, 7, "Ed Moss", "Ed Moss"},
		{"According to the Harbour Times, the ferry was late.", "the ferry was late", 13, 30, "", "the Harbour Times"},
		// A coordination goes on after the comma.
		{"“The pier is old,” said Ed Moss, a lawyer, and Ann Ortiz.", "The pier is old", 28, 45, "Ed Moss", "Ed Moss, a lawyer"},
	} {
		d := run(t, c.text)
		q := find(d, c.quote)
		if q == nil || q.Speaker.Mention.End == 0 {
			t.Errorf("%q: no quotation %q with a speaker", c.text, c.quote)
			continue
		}
		m := q.Speaker.Mention
		if m.Start != c.start || m.End != c.end || d.Text[m.Start:m.End] != c.mention || c.name != "" && q.Speaker.Name != c.name {
			t.Errorf("%q: mention %d–%d %q name %q, want %d–%d %q, %q", c.text, m.Start, m.End, d.Text[m.Start:m.End], q.Speaker.Name, c.start, c.end, c.mention, c.name)
		}
	}
}
