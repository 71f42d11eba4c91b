package speaker

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestN63SourceShapes checks three shapes of an indirect quotation's
// source, each once read wrongly or not at all: "its" and a role of two
// words before a trailing cue; an appositive name with a title that
// ends the sentence after "according to" (once read as a clause that
// resumed the content); and a source with a phrase of acquaintance and
// a relative clause between commas before its cue.
func TestN63SourceShapes(t *testing.T) {
	for _, c := range []struct {
		text, content, mention, name string
	}{
		{"The deal is off, its chief executive said.", "The deal is off", "its chief executive", "its chief executive"},
		{"The deal is off, its chief executive, Ann Lee, said.", "The deal is off", "its chief executive, Ann Lee,", "Ann Lee"},
		{"Seagrass grows in half of the channel, according to its lead author, Dr. Yuki Tanaka.", "Seagrass grows in half of the channel", "its lead author, Dr. Yuki Tanaka", "Dr. Yuki Tanaka"},
		{"A source close to the board, who asked not to be named, said the talks had failed.", "the talks had failed", "A source close to the board, who asked not to be named,", "A source"},
		{"The union leader, Stoyan Dimov, was quoted by local media as saying that the workers had won.", "that the workers had won", "The union leader, Stoyan Dimov,", "Stoyan Dimov"},
	} {
		d := run(t, c.text)
		ok := false
		for _, q := range d.Quotes {
			if q.Words(d.Text) != c.content {
				continue
			}
			ok = true
			m := q.Speaker.Mention
			if got := d.Text[m.Start:m.End]; got != c.mention || q.Speaker.Name != c.name {
				t.Errorf("%q: mention %q name %q, want %q, %q", c.text, got, q.Speaker.Name, c.mention, c.name)
			}
		}
		if !ok {
			var all []string
			for _, q := range d.Quotes {
				all = append(all, q.Words(d.Text))
			}
			t.Errorf("%q: no quotation %q; found %q", c.text, c.content, all)
		}
	}
}

// TestN63QuotedAsColon checks that "was quoted as saying:" before a
// quotation gives the quotation its speaker and reports nothing of its
// own (it was read as a passive with no source, "The minister … saying").
func TestN63QuotedAsColon(t *testing.T) {
	d := run(t, "The minister was quoted as saying: \"We have won.\"")
	if len(d.Quotes) != 1 || d.Quotes[0].Speaker.Name != "The minister" {
		for _, q := range d.Quotes {
			t.Logf("%v %q %q", q.Kind, q.Words(d.Text), q.Speaker.Name)
		}
		t.Errorf("want one quotation, by The minister")
	}
}

// TestN63LaterEngineer checks that an adverb that is an adjective
// right after a determiner ("A later engineer") keeps the description
// a subject before a colon and a quotation.
func TestN63LaterEngineer(t *testing.T) {
	wantSpeaker(t, "A later engineer put it more bluntly: \"Bouch never allowed for the wind.\"", "", "A later engineer")
	wantSpeaker(t, "An earlier witness said: \"Bouch never allowed for the wind.\"", "", "An earlier witness")
	wantSpeaker(t, "“We will win,” the first said.", "", "the first")
}

// TestN63CriticsWho checks that "who" after a bare plural that follows
// a verb or a preposition means the plural, not the clause before it
// ("The plan has critics" was the speaker).
func TestN63CriticsWho(t *testing.T) {
	wantSpeaker(t, "The plan has critics who say it will push up rents.", "it will push up rents", "critics")
	wantSpeaker(t, "The mayor defended the plan against critics who say it will push up rents.", "it will push up rents", "critics")
}

// TestN66BodyOf checks that a body's name with "of" is kept whole
// ("Bank", "Royal College" were the names), and that a person of a
// place is still the person.
func TestN66BodyOf(t *testing.T) {
	wantSpeaker(t, "The Bank of England said rates would rise.", "", "Bank of England")
	wantSpeaker(t, "The Royal College of Nursing said the union was angry.", "", "Royal College of Nursing")
	wantSpeaker(t, "Ed Moss of Ashton said the dock would close.", "", "Ed Moss")
}

// TestN63NamingOnDay checks that a day between the subject and a verb
// of a verbal act keeps the phrase in marks the subject's.
func TestN63NamingOnDay(t *testing.T) {
	for _, text := range []string{
		"Senator Rosa Alvarez on Thursday accused Governor Dan Whitfield of \"selling out\" farmers.",
		"Senator Rosa Alvarez yesterday accused Governor Dan Whitfield of \"selling out\" farmers.",
	} {
		d := run(t, text)
		q := find(d, "selling out")
		if q == nil || q.Kind != doc.QuoteMixed || q.Speaker.Name != "Senator Rosa Alvarez" {
			t.Errorf("%q: %+v", text, q)
		}
	}
}

// TestN63Numbers checks a decimal at a content's end (once cut as a
// note number after a full stop: "would be 3") and a number with a
// thousands comma in a source after "according to" ("a survey of 1").
func TestN63Numbers(t *testing.T) {
	for _, c := range []struct{ text, words, mention string }{
		{"The company said earnings would be 3.95.", "earnings would be 3.95", "The company"},
		{"Officials said the pier was beyond repair.2", "the pier was beyond repair", "Officials"},
		{"Growth will slow, according to a survey of 1,200 firms published on Tuesday.", "Growth will slow", "a survey of 1,200 firms published on Tuesday"},
		{"According to a survey of 1,200 firms, growth will slow.", "growth will slow", "a survey of 1,200 firms,"},
	} {
		d := run(t, c.text)
		q := find(d, c.words)
		if q == nil {
			var all []string
			for _, q := range d.Quotes {
				all = append(all, q.Words(d.Text))
			}
			t.Errorf("%q: no quotation %q; found %q", c.text, c.words, all)
			continue
		}
		if m := q.Speaker.Mention; d.Text[m.Start:m.End] != c.mention {
			t.Errorf("%q: mention %q, want %q", c.text, d.Text[m.Start:m.End], c.mention)
		}
	}
}

// TestN63ItAuthority checks that "it said" after a sentence about an
// authority is the authority's.
func TestN63ItAuthority(t *testing.T) {
	wantSpeaker(t, "The port authority closed the harbour on Monday after a fire. No one was injured, it said.", "No one was injured", "The port authority")
}
