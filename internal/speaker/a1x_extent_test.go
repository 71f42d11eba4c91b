package speaker

import (
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestA1xGroupAfterAppositive: a name with its appositive, then "and"
// and the group it belongs to, is one mention, before or after the
// cue; a second name or a group of things after the appositive is not
// read as the group. Sentences written for the test.
func TestA1xGroupAfterAppositive(t *testing.T) {
	checkDirectMentions(t, []mentionCase{
		{"Ann met the crew.\n\n“The plan can work,” said Ed Moss, head of the Pier Institute, and two aides.", []string{"Ed Moss, head of the Pier Institute, and two aides | said"}},
		{"Ann met the crew.\n\n“The plan can work,” said Ed Moss, a pilot, and other things.", []string{"Ed Moss, a pilot | said"}},
		{"Ann met the crew.\n\n“The plan can work,” said Ed Moss, a pilot, and Ann Reed.", []string{"Ed Moss, a pilot | said"}},
		{"Ann met the crew.\n\n“The plan can work,” said Ed Moss and other engineers.", []string{"Ed Moss and other engineers | said"}},
	})
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"The plan can work, according to Ed Moss, head of the Pier Institute, and other engineers.", []string{"Ed Moss, head of the Pier Institute, and other engineers | according to | The plan can work"}},
		{"Ed Moss, head of the Pier Institute, and other engineers say the pier is unsafe.", []string{"Ed Moss, head of the Pier Institute, and other engineers | say | the pier is unsafe"}},
		{"Ann Reed, a pilot with the port, and several colleagues said the ferry was late.", []string{"Ann Reed, a pilot with the port, and several colleagues | said | the ferry was late"}},
		// The group stays alone when no name with an appositive
		// comes before it.
		{"In the spring, and other seasons, officials said the ferry was late.", []string{"officials | said | the ferry was late"}},
	} {
		checkTopIndirect(t, tt.text, tt.want)
	}
}

// TestA1xAndPronoun: "I" or "we" coordinated with a subject that opens
// the clause is one mention with it; the object of a verb before "and
// I" is not read. Sentences written for the test.
func TestA1xAndPronoun(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"My brother and I believed the pier was unsafe.", []string{"My brother and I | believed | the pier was unsafe"}},
		{"Ann Reed and I agreed that the pier was unsafe.", []string{"Ann Reed and I | agreed | that the pier was unsafe"}},
		{"He and I agreed that the pier was unsafe.", []string{"He and I | agreed | that the pier was unsafe"}},
		{"After the storm, my neighbors and I said the pier was unsafe.", []string{"my neighbors and I | said | the pier was unsafe"}},
		{"He met Ann and I said the pier was unsafe.", []string{"I | said | the pier was unsafe"}},
		{"He met my brother and I said the pier was unsafe.", []string{"I | said | the pier was unsafe"}},
	} {
		checkTopIndirect(t, tt.text, tt.want)
	}
}

// TestA1xStrandedPreposition: a preposition left at the end of a
// relative clause with no pronoun, before a phrase of time, is the
// clause's, and the phrase of time is not. Sentences written for the
// test.
func TestA1xStrandedPreposition(t *testing.T) {
	checkDirectMentions(t, []mentionCase{
		{"Ann met the crew.\n\n“The pier is unsafe,” said several lawyers I spoke to this week.", []string{"several lawyers I spoke to | said"}},
		{"Ann met the crew.\n\n“The pier is unsafe,” said the pilots we met last week.", []string{"the pilots we met | said"}},
	})
}

// TestA1xDashes checks the readers of an appositive between dashes
// before the cue, in sentences written for the test: the mention that
// ends right before the closing dash (appositiveDashes) and the first
// words that may open the phrase (dashSetOff). The direct quotation's
// mention holds the appositive.
func TestA1xDashes(t *testing.T) {
	for _, tt := range []struct {
		text, mention, cue string
		want               bool
	}{
		{"Ed Moss — the head of Acme — said the pier was unsafe.", "Ed Moss — the head of Acme", "said", true},
		{"Moss -- co-founder of Pier Watch -- said the pier was unsafe.", "Moss -- co-founder of Pier Watch", "said", true},
		{"The pier -- critics say it is a folly -- has cost a lot.", "critics", "say", false},
		{"Ed Moss, the head of Acme, said the pier was unsafe.", "Ed Moss, the head of Acme", "said", false},
	} {
		m := strings.Index(tt.text, tt.mention)
		c := strings.Index(tt.text, " "+tt.cue+" ") + 1
		if got := appositiveDashes(tt.text, doc.Span{Start: m, End: m + len(tt.mention)}, doc.Span{Start: c, End: c + len(tt.cue)}); got != tt.want {
			t.Errorf("appositiveDashes(%q, %q) = %v, want %v", tt.text, tt.mention, got, tt.want)
		}
	}
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"co-founder of Pier Watch", true}, {"published by the council", true}, {"the head of Acme", true},
		{"and he meant it", false}, {"he said it", false}, {"was the head", false},
	} {
		toks := tokenize(tt.text, 0, len(tt.text))
		if got := dashSetOff(tt.text, toks, 0); got != tt.want {
			t.Errorf("dashSetOff(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	checkDirectMentions(t, []mentionCase{
		{"Ann met the crew.\n\n“The pier is unsafe,” Ed Moss — the head of Acme — said.", []string{"Ed Moss — the head of Acme — | said"}},
	})
}
