package speaker

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/testutil"
)

// f8DialogueText is n conversations of two, each broken by a paragraph
// of narration and resumed naming one party (f8Resume), with lines
// that trail narration (f8Trailing), calls in the middle of a turn
// (f8SentenceCall) and a "sir" (f8SirMismatch).
func f8DialogueText(n int) string {
	var b strings.Builder
	for i := range n {
		x, y := testutil.Coined(2*i+1), testutil.Coined(3*i+2)
		fmt.Fprintf(&b, "“Is it late?” asked Mr. %s.\n\n“An hour,” said Mrs. %s.\n\n“Then go.”\n\n“No.” She folded her hands and looked out at the rain for a long while, where the boats lay.\n\nThe lamps were lit along the street.\n\n“Shall we walk, sir?” asked Mr. %s.\n\n“Soon. %s, you are slow.”\n\n“Then wait.”\n\n",
			x, y, x, x)
	}
	return b.String()
}

// TestF8LinearDialogue checks that the stage's time grows linearly
// with many conversations that the f8 rules read.
func TestF8LinearDialogue(t *testing.T) {
	checkLinear(t, "the dialogue", f8DialogueText, 200)
}
