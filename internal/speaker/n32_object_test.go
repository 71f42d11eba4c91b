package speaker

import (
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestN32Objects checks that a verb of knowing, finding, remembering or
// appealing with a plain object gives no reading, and that its clauses,
// small clauses and evidential finds keep their reading and speaker.
func TestN32Objects(t *testing.T) {
	for _, c := range []struct {
		text, words string // words: the content's start
		speaker     string // "" for no reading holding words
	}{
		// A plain object: no reading.
		{"Ann Ruiz missed the ferry. But she found a cheap bus ticket and two seats at the back.", "a cheap bus ticket", ""},
		{"The tenants of Elm Street were tired. They found a cheaper garage for their cars last winter.", "a cheaper garage", ""},
		{"Ann Ruiz knows the harbour and its tides better than anyone.", "the harbour and its tides", ""},
		{"Ed Moss has run the bakery since 1990. He knows a thing or two about bread.", "a thing or two", ""},
		{"Ann Ruiz remembers the old ferry and its captain well.", "the old ferry", ""},
		{"The two unions appealed the ruling to the state court in March.", "the ruling", ""},
		{"Shop owners appeal to this habit of ours with bright signs.", "to this habit", ""},
		// What one directs, or a case argued: no reading.
		{"Gretchen Aalto, who directs polling at Kessel, spoke first.", "polling at Kessel", ""},
		{"Noor Halvorsen, who argued the case in June, was pleased.", "the case in June", ""},
		// A request, a clause or words after them: kept.
		{"The judge directed the landlord to restore the heat at once.", "the landlord to restore", "judge"},
		{"Ann Ruiz wrote that the pier was unsafe for crowds.", "that the pier", "Ann Ruiz"},
		// A clause after the verb: kept.
		{"Ann Ruiz missed the ferry. But she found that the bus was quicker and cheaper.", "that the bus", "she"},
		{"Ann Ruiz knew the plan had failed long before the vote.", "the plan had failed", "Ann Ruiz"},
		{"Ed Moss knows what the harbour board wants from the deal.", "what the harbour board", "Ed Moss"},
		// A bare clause whose verb is of an open class: kept.
		{"Nurses at the clinic know the new treatment helps.", "the new treatment helps", "Nurses"},
		{"Ann Ruiz knows the harbour rules need changing.", "the harbour rules need", "Ann Ruiz"},
		{"The inspectors were thorough. They found the old pier sags badly at high tide.", "the old pier sags", "They"},
		// "remember" with what someone was saying: kept.
		{"Ann Ruiz remembers the mayor saying the ferry would never stop.", "the mayor saying", "Ann Ruiz"},
		// A small clause, object and predicate: kept.
		{"The inspectors were thorough. They found the old pier to be unsafe for crowds.", "the old pier to be", "They"},
		// A thing that finds: evidence, kept.
		{"A 2019 study of the port found forty cases of unpaid overtime among the dock workers.", "forty cases", "study"},
		// An appeal to someone to act: kept.
		{"The mayor appealed to residents to stay indoors during the storm.", "to residents to stay indoors", "mayor"},
		{"The mayor appealed to residents for calm after the fire.", "to residents for calm", "mayor"},
		{"The bishop appealed to both sides that the strike must end.", "to both sides that", "bishop"},
		{"The mayor appealed to councillors: fund the ferry now.", "to councillors: fund", "mayor"},
	} {
		d := run(t, c.text)
		q := n24Reading(d, c.words)
		if c.speaker == "" {
			if q != nil {
				t.Errorf("%q: a reading %q by %q, want none", c.text, q.Words(d.Text), q.Speaker.Name)
			}
			continue
		}
		if q == nil {
			t.Errorf("%q: no reading from %q", c.text, c.words)
		} else if !strings.Contains(q.Speaker.Name+" "+d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End], c.speaker) {
			t.Errorf("%q: speaker %q, want %q", c.text, q.Speaker.Name, c.speaker)
		}
	}
}

// TestN32Plain holds the plain object test on contents.
func TestN32Plain(t *testing.T) {
	for s, want := range map[string]bool{
		"a thing or two about bread": true,
		"the harbour well":           true,
		"that the pier is unsafe":    false,
		"the plan had failed":        false,
		"how to sail":                false,
		"basic facts: how much":      false,
		"this plan was wrong":        false,
		"taking the ferry":           false,
	} {
		if got := n32Plain(s, false); got != want {
			t.Errorf("n32Plain(%q) = %v, want %v", s, got, want)
		}
	}
	if !n32Plain("taking the ferry", true) {
		t.Errorf("n32Plain(gerund, true) = false, want true")
	}
}

// TestN32KnownAs checks that the passive of naming, "be known as",
// gives no reading, and that "known to" and an active "known" keep
// theirs.
func TestN32KnownAs(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool // a reading on the cue "known"
	}{
		{"The small tribe that would come to be known as the Reef Folk lived on the cliffs for centuries.", false},
		{"The hill that is now known as Gallows Point was a farm until 1850.", false},
		{"Ann Ruiz had known that the ferry would be late.", true},
	} {
		d := run(t, c.text)
		got := false
		for _, q := range d.Quotes {
			if q.Cue.End > q.Cue.Start && d.Text[q.Cue.Start:q.Cue.End] == "known" {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%q: a reading on \"known\" %v, want %v", c.text, got, c.want)
		}
	}
}

// TestN32KnownAsShape holds the look-back of n32KnownAs.
func TestN32KnownAsShape(t *testing.T) {
	for s, want := range map[string]bool{
		"the glen was known as Hollow":       true,
		"a town widely known as the capital": true,
		"it came to be known as the Reef":    true,
		"she had known as much all along":    false,
		"they were known to the police":      false,
		"he was known for his temper":        false,
	} {
		i := strings.Index(s, "known")
		if got := n32KnownAs(s, doc.Span{Start: i, End: i + len("known")}); got != want {
			t.Errorf("n32KnownAs(%q) = %v, want %v", s, got, want)
		}
	}
}
