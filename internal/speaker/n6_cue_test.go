package speaker

import "testing"

// TestN6N23Cues checks the cue that n6Subjects and n23Objects give a
// phrase in marks they attribute: the subject's verb group, up to its
// main verb ("compared", "seethed", "devotes", "kept"), the
// participle that opens the sentence ("Bemoaning"), and the verb of
// judgment or naming before the phrase ("referenced", "blamed"), so
// that the evidence map shows the word through which the subject
// voices the phrase, as news corpora mark it.
func TestN6N23Cues(t *testing.T) {
	for _, c := range []struct{ text, quote, cue string }{
		{"The vote came late. Ada Lindqvist, the head of the ferry union at the port of Tromso, compared the board to a referee who is \"asleep at the whistle\" on most days.", "asleep at", "compared"},
		{"The files were lost in May. Harbor Council Democrats seethed after the news that the clerk had kept the receipts \"in a box under the stairs at home.\"", "in a box", "seethed"},
		{"\"The pier is unsafe,\" the report says. It also devotes a chapter to \"the fines for late repairs, which are far too small\" in most towns.", "the fines", "devotes"},
		{"The pier closed in May. Ed Moss has also kept the receipts in \"a box under the stairs at home\" for years.", "a box", "kept"},
		{"The pier closed in May. Bemoaning the \"rigged vote,\" Ed Moss walked out of the hall.", "rigged vote", "Bemoaning"},
		{"The Harbor Trust wrote to the town in May. Although the trust did not name the mayor, it referenced \"political headwinds\" in the letter.", "political headwinds", "referenced"},
		{"The ferry ran late all week. Ed Moss blamed the delay on \"red tape\" at the port office.", "red tape", "blamed"},
	} {
		d := run(t, c.text)
		q := find(d, c.quote)
		if q == nil || q.Speaker.Name == "" {
			t.Errorf("%q: no quotation %q with a speaker", c.text, c.quote)
			continue
		}
		if got := d.Text[q.Cue.Start:q.Cue.End]; got != c.cue {
			t.Errorf("%q: cue %q, want %q", c.text, got, c.cue)
		}
	}
}
