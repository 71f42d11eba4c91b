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

// TestN103InnerSource checks that a phrase in marks inside an
// attribution reported in another's clause is the inner source's where
// a full name speaks it, and that "after" before a noun of a person
// opens a clause whose subject takes its appositive name.
func TestN103InnerSource(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"President Ion Donescu claimed victory on Monday, hours after his challenger, Ilona Sardova, told supporters that the vote had been “stolen in plain sight.”", "stolen in plain sight.", "his challenger, Ilona Sardova,", "Ilona Sardova"},
		{"Donescu spoke hours after his challenger, Ilona Sardova, told supporters that the vote was stolen.", "that the vote was stolen", "his challenger, Ilona Sardova,", "Ilona Sardova"},
		{"After the vote, Ed Moss, the mayor, said it was over.", "it was over", "Ed Moss, the mayor,", "Ed Moss"},
		// An inner reading that names no one by a full name leaves
		// the phrase to the outer source.
		{"Campaigners argue that the sale broke the terms of the gift, which they say required the picture to stay ‘on public view for ever’.", "on public view for ever", "they", "Campaigners"},
	})
}
