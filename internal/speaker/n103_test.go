package speaker

import "testing"

// TestN103BeingInverted checks the colon introduction whose subject
// follows a verb of being behind a fronted phrase, and that a fronted
// preposition alone before a colon, or opening a paragraph's one
// sentence of narration, names no one.
func TestN103BeingInverted(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"Among those at the dinner was Neville Grigg, 81, a retired welder from Dunmore: “We came for the food and stayed for the fight.”", "We came for the food and stayed for the fight.", "Neville Grigg, 81, a retired welder from Dunmore", "Neville Grigg"},
		{"At the front of the hall was Mara Lind: “We will not leave.”", "We will not leave.", "Mara Lind", "Mara Lind"},
		{"Among them: “We will not leave.”", "We will not leave.", "", ""},
		{"Despite this: “We will not leave.”", "We will not leave.", "", ""},
		{"Among the guests stood a tall woman. “We will not leave.”", "We will not leave.", "", ""},
	})
}
