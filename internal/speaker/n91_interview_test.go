package speaker

import "testing"

// TestN91Answers: an interview's answers are the interviewee's, the
// person the text before them names most often, under the longest form
// of the name; the label is the cue and no mention is given.
func TestN91Answers(t *testing.T) {
	d := run(t, "Q&A: a pilot on the storm\n\nCapt. Ann Lee has flown the island route for 20 years. Ed Moss, her co-pilot, was off that day.\n\nLee spoke with the Courier by phone.\n\nQ: What happened?\n\nA: The wind turned in a minute.\n\nQ: Were you afraid?\n\nA: Not until we landed.")
	n := 0
	for _, q := range d.Quotes {
		if q.Parent >= 0 || len(q.Marks) > 0 {
			continue
		}
		if d.Text[q.Cue.Start:q.Cue.End] != "A:" {
			continue
		}
		n++
		if q.Speaker.Name != "Capt. Ann Lee" || q.Speaker.Mention.End != 0 {
			t.Errorf("%q: speaker %+v", d.Text[q.Start:q.End], q.Speaker)
		}
	}
	if n != 2 {
		t.Errorf("%d answers, want 2: %+v", n, d.Quotes)
	}
}

// TestItIntroduces: "It says: “…”" after a sentence that names a text
// gives the words to the text, as "“…,” it said" does.
func TestItIntroduces(t *testing.T) {
	d := run(t, "The office fined the lender.\n\nThe report is long. It says: “We found no evidence.”")
	q := find(d, "We found no evidence")
	if q == nil || q.Speaker.Name != "The report" || d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End] != "It" {
		t.Errorf("It says: %+v", q)
	}
}
