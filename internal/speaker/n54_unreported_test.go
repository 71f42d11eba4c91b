package speaker

import "testing"

// TestN54Unreported checks that a verb of request with a colon right
// after it, read as a cue, is the noun that ends a list, and that a
// content that is a clause of time reduced to a participle with a
// wh-clause object is no content; and that voicing verbs of request,
// other verbs before a colon, wh-clauses with their own verb and
// clauses of time before a main clause keep their readings.
func TestN54Unreported(t *testing.T) {
	for _, c := range []struct {
		text, quote, mention, name, cue string
	}{
		// A noun that ends a list before the writer's colon.
		{"The low fares would attract riders - and pressure: the mayor, if reelected, would need a new ferry.", "the mayor, if reelected, would need a new ferry", "", "", ""},
		{"The new ferries would draw tourists - and pressure: the council, if it agrees, would need a bigger pier.", "the council, if it agrees, would need a bigger pier", "", "", ""},
		{"The new rules bring fees and orders: every ferry must carry a medic.", "every ferry must carry a medic", "", "", ""},
		{"The crews receive praise and petitions: the council should rebuild the pier.", "the council should rebuild the pier", "", "", ""},
		{"The captains face pay cuts and pressures: the board wants longer shifts.", "the board wants longer shifts", "", "", ""},
		// A verb of request that voices words opens them after a colon.
		{"The harbour master asked: who will pay for the pier?", "who will pay for the pier", "The harbour master", "The harbour master", "asked"},
		// Another class of verb before a colon.
		{"The report concluded: the pier must close.", "the pier must close", "The report", "The report", "concluded"},
		// No colon: the verb with its object.
		{"The mayor encouraged residents to ride the ferry.", "residents to ride the ferry", "The mayor", "The mayor", "encouraged"},
		{"The mayor encourages residents to ride the ferry.", "residents to ride the ferry", "The mayor", "The mayor", "encourages"},
		// A clause of time reduced to a participle, its object a wh-clause.
		{"The strain begins to show when looking at how the board spent the money.", "when looking at how the board spent the money", "", "", ""},
		{"The bias begins to show when reading how the paper covered the mayor.", "when reading how the paper covered the mayor", "", "", ""},
		// A wh-clause with its own verb is what the records show.
		{"The records show when nothing was left in the harbour.", "when nothing was left in the harbour", "The records", "The records", "show"},
		{"The records show when the ferry left the harbour.", "when the ferry left the harbour", "The records", "The records", "show"},
		// A clause of time before the main clause that is the content.
		{"The logs show when sailing at night the crew kept watch.", "when sailing at night the crew kept watch", "The logs", "The logs", "show"},
		{"The logs show when asking why the ferry was late, the crew kept quiet.", "when asking why the ferry was late, the crew kept quiet", "The logs", "The logs", "show"},
	} {
		checkReading(t, c.text, c.quote, c.mention, c.name, c.cue)
	}
}
