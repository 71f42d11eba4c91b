package speaker

import "testing"

// TestN1OfNoun checks that a word of reporting right after "of" is read
// as the noun of the subject's phrase ("The panel of judges ruled"),
// and that a gerund after "of" stays a verb of its own.
func TestN1OfNoun(t *testing.T) {
	checkN1(t, []mentionCase{
		{"The board met on Monday. The panel of judges ruled that the law was void.", []string{"indirect | that the law was void | The panel of judges | The panel of judges | ruled"}},
		{"The board met on Monday. A coalition of advocates decided that the law was void.", []string{"indirect | that the law was void | A coalition of advocates | A coalition of advocates | decided"}},
		// Must not fire: the gerund reports; a noun with no verb after it.
		{"The board met on Monday. The board accused him of saying that the law was void.", []string{"indirect | saying that the law was void | The board | The board | accused"}},
		{"The board met on Monday. The fear of reports grew.", nil},
	})
}
