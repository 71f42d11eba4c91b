package speaker

import (
	"fmt"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/testutil"
)

// conversationText is n turns of a conversation in which every "he" or
// "she" cue meets the passes of f1_unsexed.go and f1_called.go: one-word
// names met once, names called in the words, questions all round.
func conversationText(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "The boat left %s at noon, and later %s %s watched %s sleep.\n\n“Is it late, %s?” she asked.\n\n“Why?” he asked.\n\n",
			testutil.Coined(i), testutil.Coined(2*i+1), testutil.Coined(3*i+2), testutil.Coined(5*i+3), testutil.Coined(5*i+3))
	}
	return b.String()
}

// TestLinearConversation checks that the stage's time grows linearly
// with a conversation, where the passes that take back a pronoun's
// resolution have work at every turn.
func TestLinearConversation(t *testing.T) {
	checkLinear(t, "the text", conversationText, 400)
}
