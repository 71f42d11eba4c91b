package speaker

import "testing"

// TestN73LyNameAndOccasion checks two subjects and addressees the
// indirect reader had missed: a surname in -ly that opens the clause
// before its verb is the subject, not an adverb (lyName: "Tully says
// …"), while an adverb in -ly after a comma or a subject stays one; and
// a noun of speech after a determiner in the occasion after "told X"
// is no verb ("told analysts on a conference call that …").
func TestN73LyNameAndOccasion(t *testing.T) {
	for _, c := range []struct{ text, quote, name string }{
		{"Mara Tully runs the bakery.\n\nTully says the petition has gathered more than 2,300 signatures.", "the petition has", "Tully"},
		{"Ed Connolly runs the port.\n\nConnolly told reporters that the pier was unsafe.", "that the pier", "Connolly"},
		{"The vote was close.\n\nClearly, officials said the pier was unsafe.", "the pier was", "officials"},
		{"The vote was close.\n\nEd Moss quietly said the pier was unsafe.", "the pier was", "Ed Moss"},
		{"Halyard cut jobs.\n\nDeclan Moyo told analysts on a conference call that revenue had grown.", "that revenue had", "Declan Moyo"},
		{"Halyard cut jobs.\n\nDeclan Moyo told reporters in a statement that revenue had grown.", "that revenue had", "Declan Moyo"},
	} {
		wantSpeaker(t, c.text, c.quote, c.name)
	}
}
