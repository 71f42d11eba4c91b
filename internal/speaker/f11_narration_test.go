package speaker

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/testutil"
)

// TestF11Narration checks that a sentence of narration whose subject,
// a name, goes on through other verbs to one that introduces speech
// names the quotation after it, in its paragraph or opening the next;
// and that it does not where a clause opens the sentence, the verb has
// another subject, the subject is a hearer, or the subject is a
// pronoun.
func TestF11Narration(t *testing.T) {
	const opening = "The kettle had boiled over twice before anyone noticed.\n\n"
	tests := []speakerCase{
		// A long predicate and a tail of manner.
		{opening + "Nora Vance turned to the window, and, taking off her gloves, said, with a tired smile, “We shall walk.”", "We shall walk", "Nora Vance"},
		{opening + "Olaf Brandt pushed back his chair, and, with a long look at the rain, pronounced in a grave voice, “We shall walk.”", "We shall walk", "Olaf Brandt"},
		{opening + "Mrs. Vance stood up, smoothed her apron, and, turning to her brother, said, with a most serious air, “We shall walk.”", "We shall walk", "Mrs. Vance"},
		// A fronted adverbial before the subject.
		{opening + "Then for the first time Olaf spoke: “I saw the boat.”", "I saw the boat", "Olaf"},
		// A phrase of manner between "and" and the verb.
		{opening + "At length Olaf spoke, and in a constrained manner said,\n\n“We shall walk.”", "We shall walk", "Olaf"},
		// A name written with "the" and a capital.
		{opening + "The Captain went white with anger, and, after glaring at the crew for a moment, screamed “Hard about!”", "Hard about", "Captain"},
		// The paragraph before introduces the one with the marks.
		{opening + "Olaf Brandt agreed with all of it, but added,\n\n“Not before noon.”", "Not before noon", "Olaf Brandt"},
		// A clause opens the sentence: its subject is not the speaker.
		{opening + "When Nora Vance came in, the clerk turned about and, with a frown, said, as loudly as he could, “Shut the door.”", "Shut the door", ""},
		{opening + "After Nora Vance came in, the clerk turned about and, with a frown, said, as loudly as he could, “Shut the door.”", "Shut the door", ""},
		// Another subject between the name and the verb of speaking.
		{opening + "Nora Vance whispered to Olaf Brandt, and Olaf Brandt turned, and, with a frown, said, very gravely, “We shall walk.”", "We shall walk", ""},
		// A hearer: the subject of a passive.
		{opening + "Nora Vance came down the stairs, and was met by the clerk with a frown and, “You are late.”", "You are late", ""},
		// A pronoun subject is left to the resolvers.
		{opening + "Nora Vance walked in. She turned to the window, and, taking off her gloves, said, with a tired smile, “We shall walk.”", "We shall walk", ""},
	}
	for _, tt := range tests {
		checkSpeakerName(t, tt)
	}
}

// f11NarrationText is n paragraphs of narration, each a long sentence
// ending in a verb of speaking and a quotation, and one paragraph of 4n
// such sentences: f11Narrations reads a bounded stretch before each.
func f11NarrationText(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "Mr. %s folded the map, and, pushing back his chair, said, with a tired smile, “We shall walk.”\n\n", testutil.Coined(i+1))
	}
	for range 4 * n {
		b.WriteString("The clerk turned about and, without a word, bowed and said, “Good day.” ")
	}
	return b.String()
}

// TestF11LinearNarration checks that the stage's time grows linearly
// with such paragraphs.
func TestF11LinearNarration(t *testing.T) {
	checkLinear(t, "narration before quotations", f11NarrationText, 100)
}
