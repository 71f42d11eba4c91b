package speaker

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestN6Subjects checks n6Subjects: a mixed phrase alone in its
// sentence is the sentence subject's, whatever the verb, when the
// subject is a name, a person, he or she, or "it" for a body or a
// carrier of words named before; and it keeps off a sentence where
// another quotation has a speaker, a thing, a sentence-opening word
// that is no name, "they", "I", "we", a name with a digit, and an
// opening phrase that no comma closes.
func TestN6Subjects(t *testing.T) {
	for _, c := range []struct{ text, quote, name, mention string }{
		{"The vote came late. Ada Lindqvist, the head of the ferry union at the port of Tromso, compared the board to a referee who is \"asleep at the whistle\" on most days.", "asleep at", "Ada Lindqvist", "Ada Lindqvist, the head of the ferry union at the port of Tromso,"},
		{"The files were lost in May. Harbor Council Democrats seethed after the news that the clerk had kept the receipts \"in a box under the stairs at home.\"", "in a box", "Harbor Council Democrats", "Harbor Council Democrats"},
		{"On the pier this morning, Mayor Ed Rowan kept his speech short and closed with \"a luxury for the few.\"", "a luxury", "Mayor Ed Rowan", "Mayor Ed Rowan"},
		{"Mayor Ed Rowan spoke on Monday. He later spent an hour on \"a gift to the builders of the new road.\"", "a gift", "Mayor Ed Rowan", "He"},
		{"\"The pier is unsafe,\" the report says. It also devotes a chapter to \"the fines for late repairs, which are far too small\" in most towns.", "the fines", "the report", "It"},
		{"The Harbor Trust met on Monday. Meanwhile, it accused the mayor of \"gross neglect of the old pier\" in a long letter.", "gross neglect", "The Harbor Trust", "it"},
		{"The pier closed in May. Ed Moss went on the radio on Monday asking whether \"the pier will ever open to the public\" at all.", "the pier will", "Ed Moss", "Ed Moss"},
		// Not.
		{"The vote came late. Ada Lindqvist called the plan \"a gift to the builders of the new road,\" and she said \"the town will pay for years.\"", "the town will", "Ada Lindqvist", "she"},
		{"The plan would move the station to \"a site far from the old harbor\" next year.", "a site", "", ""},
		{"Everything was sold off as \"goods of the old harbor trust\" at the end.", "goods of", "", ""},
		{"They had boats ready to \"sail out at the first sign of trouble\" that night.", "sail out", "", ""},
		{"We spent a year asking \"what should the harbor board be doing\" about the pier.", "what should", "", ""},
		{"The new law began in May. TR-9 requires a stay in either a port town or a \"harbor zone of the second class.\"", "harbor zone", "", ""},
		{"At the harbor meeting in Tromso the fishermen forced a vote on \"a full ban on night trawling\" in the bay.", "a full ban", "", ""},
		{"Ed Moss lost his job in May. He went on to the ferry office, where there were always boys wanted to \"carry the bags for the passengers\" in summer.", "carry the bags", "", ""},
		{"Ed Moss lost his job in May. He worked at the ferry office -- the idea being that he was to \"learn the trade from the bottom\" first.", "learn the trade", "", ""},
	} {
		d := run(t, c.text)
		q := find(d, c.quote)
		if q == nil {
			t.Errorf("%q: no quotation %q", c.text, c.quote)
			continue
		}
		if q.Kind != doc.QuoteMixed {
			t.Errorf("%q: kind %s, want mixed", c.text, q.Kind)
		}
		m := ""
		if q.Speaker.Mention.End > q.Speaker.Mention.Start {
			m = c.text[q.Speaker.Mention.Start:q.Speaker.Mention.End]
		}
		if q.Speaker.Name != c.name || m != c.mention {
			t.Errorf("%q: speaker %q (%q), want %q (%q)", c.text, q.Speaker.Name, m, c.name, c.mention)
		}
	}
}

// TestN6Headline checks the test of a headline line.
func TestN6Headline(t *testing.T) {
	for s, want := range map[string]bool{
		"Mayor Rowan Slams ‘Reckless’ Pier Plan":   true,
		"Mayor Rowan slammed the “reckless” plan.": false,
		"Pier Plan": false,
	} {
		if got := n6Headline(s, doc.Span{Start: 0, End: len(s)}); got != want {
			t.Errorf("n6Headline(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestN6LongAside checks n6LongAside: a description in commas of up
// to 16 words after a determiner or a possessive.
func TestN6LongAside(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"Ann Reed, the head of debate at the University of Utah in Salt Lake City, said", 17},
		{"Ann Reed, a lawyer, said", 6},
		{"Ann Reed, Ed Moss and Jo Lin said", 2},
		{"Ann Reed, the head of a very long list of many boards and panels of the state and the city, said", 2},
	} {
		toks := tokenize(c.text, 0, len(c.text))
		if got := n6LongAside(c.text, toks, 2); got != c.want {
			t.Errorf("%q: n6LongAside = %d, want %d", c.text, got, c.want)
		}
	}
}

// TestN6Local checks that a mixed phrase whose speaker an earlier
// quotation gave (an echo) takes its mention from its own sentence when
// that sentence's subject is the same person, and keeps it when the
// subject is someone else.
func TestN6Local(t *testing.T) {
	const said = "\"The new levy is a tax on work and nothing else,\" Ed Moss said on Monday.\n\nThe board met on Tuesday to vote on the levy. "
	for _, c := range []struct{ text, name, mention string }{
		{said + "However, he spent the whole evening on the \"tax on work and nothing else\" as the vote began.", "Ed Moss", "he"},
		{said + "However, Ann Reed spent the whole evening on the \"tax on work and nothing else\" as the vote began.", "Ed Moss", "Ed Moss"},
	} {
		d := run(t, c.text)
		var q *doc.Quote // the phrase: the last quotation
		if n := len(d.Quotes); n > 0 {
			q = &d.Quotes[n-1]
		}
		if q == nil || q.Kind != doc.QuoteMixed {
			t.Errorf("%q: no mixed quotation last", c.text)
			continue
		}
		m := ""
		if q.Speaker.Mention.End > q.Speaker.Mention.Start {
			m = c.text[q.Speaker.Mention.Start:q.Speaker.Mention.End]
		}
		if q.Speaker.Name != c.name || m != c.mention {
			t.Errorf("%q: speaker %q (%q), want %q (%q)", c.text, q.Speaker.Name, m, c.name, c.mention)
		}
	}
}

// TestN6Fronted checks n6Fronted: a participle phrase of speech or
// judgment that opens the sentence and ends with the phrase in marks is
// the subject's after it; not a gerund subject, a participle of no
// speech, or one whose phrase a comma splits off before the marks.
func TestN6Fronted(t *testing.T) {
	for _, c := range []struct{ text, quote, name, mention string }{
		{"The board met on Tuesday.\n\nCalling the plan \"a disaster for the harbor,\" Ann Reed voted against it.", "a disaster", "Ann Reed", "Ann Reed"},
		{"The board met on Tuesday.\n\nBemoaning the \"rigged harbor vote,\" Ed Moss walked out of the hall.", "rigged harbor", "Ed Moss", "Ed Moss"},
		{"The board met on Tuesday.\n\nCiting \"grave risks to the old pier,\" the council delayed the vote.", "grave risks", "the council", "the council"},
		{"The board met on Tuesday. Meanwhile, the council spent the evening on \"grave risks to the old pier\" and little else.", "grave risks", "the council", "the council"},
		// Not.
		{"The board met on Tuesday.\n\nCalling the plan \"a disaster for the harbor\" helps no one at all.", "a disaster", "", ""},
		{"The board met on Tuesday.\n\nLeaving the \"hall of the old harbor board,\" Ann Reed waved to the crowd.", "hall of", "", ""},
		{"The board met on Tuesday.\n\nCalling on the board, in a \"plan for the whole harbor,\" Ann Reed voted no.", "plan for", "", ""},
	} {
		d := run(t, c.text)
		q := find(d, c.quote)
		if q == nil {
			t.Errorf("%q: no quotation %q", c.text, c.quote)
			continue
		}
		m := ""
		if q.Speaker.Mention.End > q.Speaker.Mention.Start {
			m = c.text[q.Speaker.Mention.Start:q.Speaker.Mention.End]
		}
		if q.Speaker.Name != c.name || m != c.mention {
			t.Errorf("%q: %s, speaker %q (%q), want %q (%q)", c.text, q.Kind, q.Speaker.Name, m, c.name, c.mention)
		}
	}
}
