package speaker

import "testing"

// TestN1QuantifiedSubject checks that a quantifier opening a plural
// subject is the mention's first word, at a sentence's start and after
// "and" or "but"; and that it is left out after a preposition, before
// names joined by "and" (a floating "both"), and where it floats after
// its subject.
func TestN1QuantifiedSubject(t *testing.T) {
	checkN1(t, []mentionCase{
		{"The race tightened. Both campaigns said the debate would go ahead.", []string{"indirect | the debate would go ahead | Both campaigns | Both campaigns | said"}},
		{"The race tightened. All officials said the debate would go ahead.", []string{"indirect | the debate would go ahead | All officials | All officials | said"}},
		{"The race tightened, and both campaigns argued the debate would go ahead.", []string{"indirect | the debate would go ahead | both campaigns | both campaigns | argued"}},
		{"The race tightened. But all parties said the debate would go ahead.", []string{"indirect | the debate would go ahead | all parties | all parties | said"}},
		{"The race tightened. All three campaigns said the debate would go ahead.", []string{"indirect | the debate would go ahead | All three campaigns | All three campaigns | said"}},
		// Must not fire.
		{"The race tightened. Both Ann Ortiz and Ed Moss said the debate would go ahead.", []string{"indirect | the debate would go ahead | Ann Ortiz and Ed Moss | Ann Ortiz and Ed Moss | said"}},
		{"The race tightened. Of all officials, Ed Moss said the debate would go ahead.", []string{"indirect | the debate would go ahead | Ed Moss | Ed Moss | said"}},
		{"The race tightened. Campaigns said the debate would go ahead.", []string{"indirect | the debate would go ahead | Campaigns | Campaigns | said"}},
	})
}
