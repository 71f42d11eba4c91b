package speaker

import (
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestN24Deliberations checks that "consider" with a bare object
// (weighing a thing) gives no reading, and that its judging sense (an
// object with a predicate after it, a fronted object, a clause) keeps
// its reading and speaker.
func TestN24Deliberations(t *testing.T) {
	for _, c := range []struct {
		text, words string // words: the content's start
		speaker     string // "" for no reading holding words
	}{
		// Weighing a thing: no reading.
		{"The harbour board met on Monday. The board considered the ferry contract at length.", "the ferry contract", ""},
		{"The tenants sent three letters. The landlord never considered them.", "them", ""},
		{"The council is considering ways of cutting the ferry fares before winter.", "ways of cutting", ""},
		// Inside a reported clause: its "that" is no relative.
		{"Two tenants said that the harbour board considered the ferry contract on Monday.", "the ferry contract", ""},
		// Judging: an object and its predicate.
		{"The harbour board did not consider Ann Ruiz a serious bidder for the ferry.", "Ann Ruiz a serious bidder", "harbour board"},
		{"Most tenants consider the repeated delays to be a scandal.", "the repeated delays", "tenants"},
		{"The landlord considers it unlikely that rents will fall.", "it unlikely", "landlord"},
		{"Ed Moss considered the new ferry timetable as a mistake.", "the new ferry timetable", "Ed Moss"},
		// A clause.
		{"The harbour board considers that the old pier is unsafe.", "that the old pier", "harbour board"},
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
		} else if !strings.Contains(q.Speaker.Name, c.speaker) {
			t.Errorf("%q: speaker %q, want %q", c.text, q.Speaker.Name, c.speaker)
		}
	}
}

// n24Reading returns the indirect reading of d whose content starts
// with words, or nil.
func n24Reading(d *doc.Document, words string) *doc.Quote {
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Kind == doc.QuoteIndirect && len(q.Content) > 0 && strings.HasPrefix(d.Text[q.Content[0].Start:], words) {
			return q
		}
	}
	return nil
}

// TestN24Predicated holds the predicate test on contents of "consider".
func TestN24Predicated(t *testing.T) {
	for s, want := range map[string]bool{
		"the matter":                        false,
		"them.":                             false,
		"ways of changing the rules":        false,
		"the color of the flames":           false,
		"dozens of letters on the subject":  false,
		"Ann a rival":                       true,
		"Kaine her mentor":                  true,
		"this the last draft":               true,
		"it unlikely that rents fall":       true,
		"them for a week":                   false,
		"the plan as flawed":                true,
		"the delays to be a scandal":        true,
		"whether to run":                    true,
		"Ann both a friend and a colleague": true,
		"":                                  true,
	} {
		if got := n24Predicated(s); got != want {
			t.Errorf("n24Predicated(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestN24Fronted holds the fronted object: "what the council considered
// a fair offer".
func TestN24Fronted(t *testing.T) {
	text := "He took what the council considered a fair offer, and the board, the council. The hall in which the council sat."
	for _, c := range []struct {
		mention string
		want    bool
	}{{"the council considered", true}, {"the board", false}, {"the council sat", false}} {
		i := strings.Index(text, c.mention)
		if got := n24Fronted(text, doc.Span{Start: i, End: i + 11}); got != c.want {
			t.Errorf("%q: n24Fronted = %v, want %v", c.mention, got, c.want)
		}
	}
}

// TestN24Consider checks n24Consider's first test against the lower
// case of every word it turns away.
func TestN24Consider(t *testing.T) {
	for _, w := range []string{"", "c", "said", "consider", "Considers", "CONSIDERED", "considering", "consİder", "consİders", "conſider", "Cons", "considerate", "\u212aonsider", "considered ", " considered"} {
		low := strings.ToLower(w)
		want := low == "consider" || low == "considers" || low == "considered" || low == "considering"
		if got := n24Consider(w); got != want {
			t.Errorf("n24Consider(%q) = %v, want %v", w, got, want)
		}
	}
}
