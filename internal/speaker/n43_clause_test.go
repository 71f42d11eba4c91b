package speaker

import (
	"slices"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestN43Clauses checks that an indirect quotation's words end before a
// relative clause set off by a comma, or an "and how" clause, that
// holds a reading of its own at their end, and that the inner reading
// then stands alone; and that a second object joined by "and what" is
// left inside the words.
func TestN43Clauses(t *testing.T) {
	for _, tt := range []struct {
		text, outer, words, inner string // inner: the words of the reading that must stand alone ("": none)
	}{
		{"Ann Lee has said that to pay for the new ferries she has promised, she will need to raise money, which she plans to do with a levy on parking.",
			"that to pay", "that to pay for the new ferries she has promised, she will need to raise money", "to do with a levy"},
		{"The gap between what the mayor says her pier plan would do and how economists say it would work has grown all year.",
			"her pier plan", "her pier plan would do", "it would work"},
		{"Ed Moss said the council had cut the budget, which he called a reckless vote.",
			"the council had", "the council had cut the budget", "a reckless vote"},
		// must not fire: a second object of the outer verb
		{"In our last post, we described the survey and what we learned about the readers.",
			"the survey", "the survey and what we learned about the readers", ""},
		// must not fire: a relative clause closed by a comma amid the
		// outer words, which go on after it
		{"The governor said the levy, which the mayor says she will back, would pass.",
			"the levy", "the levy, which the mayor says she will back, would pass", ""},
		{"The envoy said the atoll, which Spain claims as its own, would vote in May.",
			"the atoll", "the atoll, which Spain claims as its own, would vote in May", ""},
		{"Police said the fire, which the gang claimed on a forum, burned six cars.",
			"the fire", "the fire, which the gang claimed on a forum, burned six cars", ""},
	} {
		d := checkOuterWords(t, tt.text, tt.outer, tt.words)
		if tt.inner == "" {
			continue
		}
		r := find(d, tt.inner)
		switch {
		case r == nil:
			t.Errorf("%q: no quotation %q", tt.text, tt.inner)
		case r.Parent != -1:
			t.Errorf("%q: %q has parent %d, want none", tt.text, tt.inner, r.Parent)
		case !slices.Equal(r.Chain, []string{r.Speaker.Name}):
			t.Errorf("%q: %q has chain %q, want its speaker's alone", tt.text, tt.inner, r.Chain)
		}
	}
}

// checkOuterWords runs text and checks that the quotation whose words
// open with outer has the words given; it returns the document.
func checkOuterWords(t *testing.T, text, outer, words string) *doc.Document {
	t.Helper()
	d := run(t, text)
	if q := find(d, outer); q == nil {
		t.Errorf("%q: no quotation %q", text, outer)
	} else if w := q.Words(d.Text); w != words {
		t.Errorf("%q: words %q, want %q", text, w, words)
	}
	return d
}

// TestN43ClauseChains checks that a reading inside the one that stands
// alone loses the first speaker's hands from its chain too.
func TestN43ClauseChains(t *testing.T) {
	text := "The gap between what the mayor says her pier plan would do and how economists say the council believes it would work has grown all year."
	d := run(t, text)
	q := find(d, "it would work")
	if q == nil {
		t.Fatalf("%q: no quotation %q", text, "it would work")
	}
	if want := []string{"economists", "the council"}; !slices.Equal(q.Chain, want) {
		t.Errorf("%q: chain %q, want %q", text, q.Chain, want)
	}
}

// TestN43ClauseStart checks where the clause before a mention begins:
// at the comma of ", which" / ", what", at the space before "and how",
// and nowhere after a verb, a preposition, "and what" or "and why".
func TestN43ClauseStart(t *testing.T) {
	for _, tt := range []struct {
		text string
		want int // -1: none
	}{
		{"the budget, which he", 10},
		{"the plan, what she", 8},
		{"would do and how economists", 8},
		{"condemned what he", -1},
		{"agreed with what they", -1},
		{"the approach and what we", -1},
		{"the problems he sees and why he", -1},
		{"the plan which she", -1},
	} {
		ms := len(tt.text)
		for ms > 0 && tt.text[ms-1] != ' ' {
			ms--
		}
		got, ok := n43ClauseStart(tt.text, ms)
		if !ok {
			got = -1
		}
		if got != tt.want {
			t.Errorf("%q: clause at %d, want %d", tt.text, got, tt.want)
		}
	}
}
