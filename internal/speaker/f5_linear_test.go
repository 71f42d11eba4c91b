package speaker

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/testutil"
)

// f5DialogueText is one conversation of n rounds with no narration
// between its turns, a single run for turns: named turns, bare ones,
// names called, descriptions ("the young man", "the other") and
// kinship descriptions ("his wife") whose family f5Kin looks for.
func f5DialogueText(n int) string {
	var b strings.Builder
	for i := range n {
		x, y := testutil.Coined(2*i+1), testutil.Coined(3*i+2)
		fmt.Fprintf(&b, "“Is it late, %s?” asked Mr. %s %s.\n\n“An hour,” said his wife.\n\n“Then go.”\n\n“Why?” replied the other.\n\n“Because, %s.”\n\n“No,” said the young man.\n\n",
			x, y, x, y)
	}
	return b.String()
}

// TestF5LinearDialogue checks that the stage's time grows linearly
// with one long conversation, every turn of which the runs of turns,
// the descriptions named by a call and the kinship descriptions read.
func TestF5LinearDialogue(t *testing.T) {
	checkLinear(t, "the dialogue", f5DialogueText, 300)
}
