package speaker

import "testing"

// TestA3TimeAfterCue checks a phrase of time after a cue between commas
// or at the end of the sentence: the clause resumes after it, and the
// phrase is no part of the content. Where the cue has a clause of its
// own after the phrase, or the phrase goes on past a time, the old
// readings stand.
func TestA3TimeAfterCue(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The truth, the senator said then, was that the bill had failed.", []string{"the senator | said | The truth … was that the bill had failed"}},
		{"The plan, the mayor said later, would cost too much.", []string{"the mayor | said | The plan … would cost too much"}},
		{"Ann Reed spoke on Tuesday. The pier, she said at the time, was unsafe.", []string{"she | said | The pier … was unsafe"}},
		{"The ferry, officials said two days later, had sunk.", []string{"officials | said | The ferry … had sunk"}},
		{"Tom Reed spoke on Tuesday. The pier, he said back then, was unsafe.", []string{"he | said | The pier … was unsafe"}},
		{"The vote, aides said earlier this week, was delayed.", []string{"aides | said | The vote … was delayed"}},
		{"The vote, aides said Monday night, was delayed.", []string{"aides | said | The vote … was delayed"}},
		{"The bill had failed, the senator said then.", []string{"the senator | said | The bill had failed"}},
		{"The bill had failed, the senator said at the time.", []string{"the senator | said | The bill had failed"}},
		{"Ann Reed spoke on Tuesday. The pier was unsafe, she said in 2015.", []string{"she | said | The pier was unsafe"}},
		// The cue's own clause after the phrase: no clause resumes.
		{"In the end, the senator said later that the bill had failed.", []string{"the senator | said | that the bill had failed"}},
		// Not a phrase of time: "then" opens the next clause.
		{"Ann Reed spoke on Tuesday. The pier, she said, then collapsed.", []string{"she | said | The pier … then collapsed"}},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, true)
	}
}

// TestA3TimeAfterCueEnd checks the end timeAfterCue reads.
func TestA3TimeAfterCueEnd(t *testing.T) {
	for _, c := range []struct {
		text string
		n    int // words read
	}{
		{"then , was", 1}, {"at the time , was", 3}, {"two days later ,", 3}, {"a few weeks ago", 4},
		{"last week ,", 2}, {"that morning", 2}, {"earlier this month", 3}, {"later", 1},
		{"on Monday night", 3}, {"in May", 2}, {"in 2015", 2}, {"Friday", 1},
		{"in may", 0}, {"at the meeting", 0}, {"the time", 0}, {"two people", 0}, {"this plan", 0}, {"in a statement", 0},
	} {
		d := run(t, c.text)
		_ = d
		a := newAttributor(d)
		toks := a.ix.tokens(0, len(c.text))
		if got := timeAfterCue(c.text, toks, 0); got != c.n {
			t.Errorf("%q: read %d words, want %d", c.text, got, c.n)
		}
	}
}
