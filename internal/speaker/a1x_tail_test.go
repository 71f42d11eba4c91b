package speaker

import (
	"strings"
	"testing"
)

// TestA1xTimeTail: after a trailing inverted cue, a subject followed by
// a phrase of time (after a phrase of where, at most) up to the
// sentence's end is read, and the phrase is no part of the mention; a
// clause after the subject is not. Sentences written for the test.
func TestA1xTimeTail(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"The talks will resume, said a source in March.", []string{"a source | said | The talks will resume"}},
		{"The talks will resume, said Ann Reed last week.", []string{"Ann Reed | said | The talks will resume"}},
		{"The talks will resume, said Ann Reed on Tuesday night.", []string{"Ann Reed | said | The talks will resume"}},
		{"The talks will resume, said Ann Reed in 2015.", []string{"Ann Reed | said | The talks will resume"}},
		{"The talks will resume, said Ann Reed in late August.", []string{"Ann Reed | said | The talks will resume"}},
		{"The talks will resume, said Ann Reed on Sept. 9.", []string{"Ann Reed | said | The talks will resume"}},
		{"The talks will resume, said officials in a statement on Monday.", []string{"officials | said | The talks will resume"}},
		{"The talks will resume, said an aide earlier this month.", []string{"an aide | said | The talks will resume"}},
		{"The talks will resume, said Ann Reed at the time.", []string{"Ann Reed | said | The talks will resume"}},
		// Not a phrase of time: a clause, or a phrase of its own.
		{"The talks will resume, said the suing states were wrong in March.", nil},
	} {
		checkTopIndirect(t, tt.text, tt.want)
	}
	checkDirectMentions(t, []mentionCase{
		{"Ann met the crew.\n\n“The talks will resume,” said a spokesman yesterday.", []string{"a spokesman | said"}},
		{"Ann met the crew.\n\n“The talks will resume,” said an aide earlier this month.", []string{"an aide | said"}},
	})
}

// TestA1xTimePhraseWords checks the phrases of time timeTail reads, word
// by word as strings.Fields splits them.
func TestA1xTimePhraseWords(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"in March.", true}, {"last week.", true}, {"on Tuesday night.", true}, {"Tuesday.", true},
		{"earlier this month.", true}, {"in late August.", true}, {"in March 2015.", true},
		{"in a statement on Monday.", true}, {"at a news conference last week.", true},
		{"in Oslo.", false}, {"in a statement.", false}, {"on the quay.", false},
		{"last.", false}, {"in 12345.", false}, {"the pier was unsafe last week.", false},
		{"in an interview with the Gazette on Monday.", false},
	} {
		if got := timeTail(strings.Fields(tt.s)); got != tt.want {
			t.Errorf("timeTail(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestA1xParticipleAgent: a mention after its cue that ends with a past
// participle holds the participle's "by" phrase, up to a phrase of
// time or place; a participle with no "by" phrase is left as read.
// Sentences written for the test.
func TestA1xParticipleAgent(t *testing.T) {
	checkDirectMentions(t, []mentionCase{
		{"Ann met the crew.\n\n“The pier is unsafe,” said a report released by the council on Monday.", []string{"a report released by the council | said"}},
		{"Ann met the crew.\n\n“The pier is unsafe,” said a study commissioned by the Pier Institute of Oslo.", []string{"a study commissioned by the Pier Institute of Oslo | said"}},
		{"Ann met the crew.\n\n“The pier is unsafe,” said a report released by the council.", []string{"a report released by the council | said"}},
	})
	checkTopIndirect(t, "The pier is unsafe, according to a report released by the council.", []string{"a report released by the council | according to | The pier is unsafe"})
}
