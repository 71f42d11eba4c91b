package speaker

import "testing"

// TestN1MarkedClause checks that a clause opening with a short phrase in
// marks after a verb of saying, without "that", is the verb's content,
// the phrase a mixed quotation of the same speaker inside it; and that
// a phrase in marks that is the verb's object, a quoted sentence, or
// followed by a second verb of the subject is not read as a clause.
func TestN1MarkedClause(t *testing.T) {
	checkN1(t, []mentionCase{
		{"The board met. Ed Moss said “budget reforms” would help the state.", []string{"indirect | “budget reforms” would help the state | Ed Moss | Ed Moss | said"}},
		{"The board met. Ed Moss said \"a bomb\" had gone off.", []string{"indirect | \"a bomb\" had gone off | Ed Moss | Ed Moss | said"}},
		{"The board met. Ed Moss said Tuesday “budget reforms” and new taxes would help the state.", []string{"indirect | “budget reforms” and new taxes would help the state | Ed Moss | Ed Moss | said"}},
		// Must not fire.
		{"The board met. Ed Moss said “the plan will fail” in a speech.", []string{"mixed | the plan will fail | Ed Moss | Ed Moss | said"}},
		{"The board met. Ed Moss said “no” and walked out.", []string{"mixed | no | Ed Moss | Ed Moss | said"}},
		{"The board met. Ed Moss said “no” and then left.", []string{"mixed | no | Ed Moss | Ed Moss | said"}},
		{"The board met. Ed Moss said, “The plan will fail.”", []string{"direct | The plan will fail. | Ed Moss | Ed Moss | said"}},
	})
	checkMarked(t, []mentionCase{
		{"The board met. Ed Moss said “budget reforms” would help the state.", []string{"mixed | budget reforms | Ed Moss | said"}},
	})
}
