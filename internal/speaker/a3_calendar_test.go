package speaker

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestA3They checks the name "they" gets in narration: a group or a
// body described before it, never a month or a day taken for a name,
// and no quotation when nothing before it fits.
func TestA3They(t *testing.T) {
	for _, c := range []struct{ text, name string }{
		{"The committee met. They said the vote was delayed.", "The committee"},
		{"The committee met in May. They said the vote was delayed.", "The committee"},
		{"Many senior officials left on Friday. They said the vote was delayed.", "Many senior officials"},
		{"Ann Reed's campaign met. They said the vote was delayed.", "Ann Reed's campaign"},
		{"Ann Reed met Tom Moss. They said the vote was delayed.", ""},
		{"Ann Reed and Tom Moss met. They said the vote was delayed.", "Ann Reed and Tom Moss"}, // n56_they.go
		{"Ann Reed released her tax returns. They showed that the fund was insolvent.", "her tax returns"},
		{"The ferry left in May. They said the vote was delayed.", ""},
		{"The ferry left last Friday. They said the vote was delayed.", ""},
		{"The ferry left on May 5. They said the vote was delayed.", ""},
		{"The clerks read the minutes. They showed that the vote was delayed.", "the minutes"},
		{"The aunts stayed five minutes. They said the vote was delayed.", "The aunts"},
		// A body after a preposition is seldom who speaks next.
		{"Ann Reed wrote to the committee. The ferry left. They said the vote was delayed.", ""},
	} {
		d := run(t, c.text)
		var got []string
		for _, q := range d.Quotes {
			if q.Kind == doc.QuoteIndirect {
				got = append(got, q.Speaker.Name)
			}
		}
		if c.name == "" && len(got) != 0 || c.name != "" && (len(got) != 1 || got[0] != c.name) {
			t.Errorf("%q: got names %q, want %q", c.text, got, c.name)
		}
	}
}

// TestA3CalendarName checks which one-word names are dates.
func TestA3CalendarName(t *testing.T) {
	for _, c := range []struct {
		text   string
		at     string // the name, found in text
		object bool
		want   bool
	}{
		{"It ends in May.", "May", true, true},
		{"It ends May 5.", "May", false, true},
		{"It ended on 5 May.", "May", true, true},
		{"It ended last Friday.", "Friday", false, true},
		{"It ended early June.", "June", false, true},
		{"May said it ended.", "May", false, false},
		{"Theresa May said it ended.", "Theresa May", false, false},
		{"She told June it ended.", "June", false, false},
		{"Ed Moss said it ended.", "Moss", false, false},
	} {
		s := 0
		for i := 0; i+len(c.at) <= len(c.text); i++ {
			if c.text[i:i+len(c.at)] == c.at {
				s = i
				break
			}
		}
		if got := calendarName(c.text, s, s+len(c.at), c.object); got != c.want {
			t.Errorf("%q in %q: got %v, want %v", c.at, c.text, got, c.want)
		}
	}
}

// TestA3TheyDirect checks that "they" after a direct quotation is named
// as after a cue of reported speech (theyName): a group or body before
// it, or no one, never one person of known sex.
func TestA3TheyDirect(t *testing.T) {
	for _, c := range []struct{ text, name string }{
		{"Ann Reed spoke to the committee on Monday. The officials left early.\n\n“The vote is delayed,” they said.", "The officials"},
		{"Ann Reed arrived on Monday.\n\n“The vote is delayed,” they said.", ""},
		{"Ann Reed and Tom Moss arrived on Monday.\n\n“The vote is delayed,” they said.", "Ann Reed and Tom Moss"}, // n56_they.go
	} {
		d := run(t, c.text)
		var got []string
		for _, q := range d.Quotes {
			if q.Kind == doc.QuoteDirect {
				got = append(got, q.Speaker.Name)
			}
		}
		if len(got) != 1 || got[0] != c.name {
			t.Errorf("%q: got names %q, want %q", c.text, got, c.name)
		}
	}
}
