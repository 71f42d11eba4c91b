package speaker

import (
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

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

// TestN54RelativeThat checks that a noun of stance whose "that" is the
// subject of a relative clause reports nothing, and that a "that"
// clause with its own subject keeps its reading.
func TestN54RelativeThat(t *testing.T) {
	for _, c := range []struct {
		text, quote, mention, name, cue string
	}{
		{"The mayor talks about fairness, but there’s little in his plan that matches his rhetoric.", "that matches his rhetoric", "", "", ""},
		{"The mayor talks about the harbour, but there is nothing in her plan that helps the ferry crews.", "that helps the ferry crews", "", "", ""},
		// A subject of its own after "that".
		{"The mayor's claim that fares rose was false.", "that fares rose", "The mayor's", "The mayor", "claim"},
		{"The board's conclusion that judges shouldn't rule was odd.", "that judges shouldn't rule", "The board's", "The board", "conclusion"},
		{"The mayor talks about the pier. Ms. Reed's bet is that as his ferries age, the fares will rise.", "that as his ferries age, the fares will rise", "Ms. Reed's", "Ms. Reed", "bet"},
	} {
		checkReading(t, c.text, c.quote, c.mention, c.name, c.cue)
	}
	// The gates, on spans given by hand: the cue, then the content from "that".
	for _, c := range []struct {
		text, cue string
		end       int // the content's end, from its start; 0: the text's end
		want      bool
	}{
		{"in her plan that raises the fares", "plan", 0, true},
		{"in her plan that raised the fares", "plan", 0, true},
		{"her claim that ferries need new engines", "claim", 0, false},       // a subject of its own
		{"her claim that half the crews were late", "claim", 0, false},       // no "-s" or "-ed"
		{"her claim that Reeves the harbour master lied", "claim", 0, false}, // a capital
		{"her claim that bypass the pier", "claim", 0, false},
		{"her bet is that as his ferries age, fares rise", "bet", 0, false},       // a function word
		{"her warning that unless the pier closes it sinks", "warning", 0, false}, // a conjunction
		{"her hope that was the start", "hope", 0, false},                         // an auxiliary
		{"her claim that perhaps the crews were late", "claim", 0, false},         // an adverb                // "-ss"
		{"she argues that costs the town millions", "argues", 0, false},           // a verb: "that" may be a demonstrative
		{"in her plan that raises the fares", "plan", 11, false},                  // the content ends before the determiner
	} {
		cs := strings.Index(c.text, c.cue)
		ts := strings.Index(c.text, "that ")
		end := len(c.text)
		if c.end > 0 {
			end = ts + c.end
		}
		if got := n54RelativeThat(c.text, doc.Span{Start: cs, End: cs + len(c.cue)}, doc.Span{Start: ts, End: end}); got != c.want {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
	if n54RelativeThat("that raises the fares in her plan", doc.Span{Start: 29, End: 33}, doc.Span{Start: 0, End: 21}) {
		t.Error("a cue after the content: got true")
	}
}
