package speaker

import "testing"

// TestN67SaidJustBefore checks that "he" after an indirect report goes
// to the one who just reported, a name of unknown sex, over a name of
// known sex further back.
func TestN67SaidJustBefore(t *testing.T) {
	for _, text := range []string{
		"Councillor Ahmed Siddiqui opened the meeting. The union backed the plan. Its secretary, Owen Matthews, said members had campaigned for years. \"It has been a long road,\" he said.",
		"Councillor Ahmed Siddiqui opened the meeting. The union backed the plan. Its secretary, Owen Matthews, said members had campaigned for years.\n\n\"It has been a long road,\" he said.",
	} {
		wantSpeaker(t, text, "It has been a long road,", "Owen Matthews")
	}
}
