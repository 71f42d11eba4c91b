package speaker

import "testing"

// TestN116NameAfterSource checks a name in apposition after the
// description an opening "According to" gives, and that a list after a
// body's name is no appositive.
func TestN116NameAfterSource(t *testing.T) {
	checkN2Content(t, "According to the head of the agency, Ann Lee, the outbreak had been contained.", "According to", "the head of the agency, Ann Lee,", "the outbreak had been contained")
	checkN2Content(t, "According to the agency's head, Prof. Ann Lee, the outbreak had been contained.", "According to", "the agency's head, Prof. Ann Lee,", "the outbreak had been contained")
	checkN2Content(t, "According to the league, Arsenal, Chelsea and Spurs were fined.", "According to", "the league", "Arsenal, Chelsea and Spurs were fined")
}
