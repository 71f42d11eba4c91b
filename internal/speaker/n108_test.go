package speaker

import "testing"

// TestN108TextReads checks "“…,” it read" after a text named before it:
// the note reads its words; after a body ("The board met.") "read" is
// no cue.
func TestN108TextReads(t *testing.T) {
	text := "The note said that the last dinner would be served on Friday. “Thank you for every wait,” it read, “and for the ones you did complain about.”"
	checkReading(t, text, "Thank you for every wait", "it", "The note", "read")
	checkReading(t, "The board met on Monday. “Thank you for every wait,” it read.", "Thank you for every wait", "", "", "")
}

// TestN108HearerAside checks an appositive after the noun of a phrase
// or the one told, before the "that" of the content: the clause is the
// verb's, and the words before the subject are no content.
func TestN108HearerAside(t *testing.T) {
	checkN2Content(t, "Last fall, residents complained to the paper, the Sentinel, that the mayor was never in town.",
		"complained", "residents", "that the mayor was never in town")
	checkN2Content(t, "Last fall, a handful of residents complained in a letter to the county paper, the Orland Sentinel-Ledger, that the mayor had stopped posting notices.",
		"complained", "a handful of residents", "that the mayor had stopped posting notices")
}

// TestN108Texted checks "texted" and "emailed" as verbs of telling, and
// their participle and plural as no verbs: "in an emailed statement",
// "…, emails show".
func TestN108Texted(t *testing.T) {
	checkN2Content(t, "Dana Lempke texted me that her father had died.", "texted", "Dana Lempke", "that her father had died")
	checkN2Content(t, "A spokesperson for the Wescana Safety Office said in an emailed statement that the agency was reviewing its rules.",
		"said", "A spokesperson for the Wescana Safety Office", "that the agency was reviewing its rules")
	checkCueMention(t, "The parks chief pushed a contract to his brother's firm, emails show.", "emails", "")
}
