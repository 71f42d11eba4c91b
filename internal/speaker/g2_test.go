package speaker

import (
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// g2Find returns the quotation of d whose cue reads cue, or nil.
func g2Find(d *doc.Document, cue string) *doc.Quote {
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Cue.End > q.Cue.Start && d.Text[q.Cue.Start:q.Cue.End] == cue {
			return q
		}
	}
	return nil
}

// g2Content joins a quotation's content spans with " … ".
func g2Content(text string, q *doc.Quote) string {
	var parts []string
	for _, c := range q.Content {
		parts = append(parts, text[c.Start:c.End])
	}
	return strings.Join(parts, " … ")
}

// g2Case is a sentence, the cue of the quotation to look at, and the
// speaker mention and content wanted; mention "" wants no quotation
// with that cue.
type g2Case struct{ text, cue, mention, content string }

func g2Check(t *testing.T, cases []g2Case) {
	t.Helper()
	for _, tt := range cases {
		d := run(t, tt.text)
		q := g2Find(d, tt.cue)
		if tt.mention == "" {
			if q != nil && q.Speaker.Mention.End > q.Speaker.Mention.Start {
				m := q.Speaker.Mention
				t.Errorf("%q: want no speaker for %q, got %q (%q)", tt.text, tt.cue, tt.text[m.Start:m.End], g2Content(tt.text, q))
			}
			continue
		}
		if q == nil {
			t.Errorf("%q: no quotation with the cue %q", tt.text, tt.cue)
			continue
		}
		m := q.Speaker.Mention
		if got, c := tt.text[m.Start:m.End], g2Content(tt.text, q); got != tt.mention || c != tt.content {
			t.Errorf("%q: mention %q content %q, want %q %q", tt.text, got, c, tt.mention, tt.content)
		}
	}
}

// TestG2Each checks a distributive subject, "each" or "every" before a
// singular noun and a verb of reporting, and the phrases with "each"
// or "every" that are no subject.
func TestG2Each(t *testing.T) {
	g2Check(t, []g2Case{
		{"Each candidate said the plan would fail.", "said", "Each candidate", "the plan would fail"},
		{"Every official said the road was closed.", "said", "Every official", "the road was closed"},
		{"Each side claimed that it had won the vote.", "claimed", "Each side", "that it had won the vote"},
		{"On Monday, each candidate told reporters that the race was close.", "told", "each candidate", "that the race was close"},
		{"Each candidate has said that the tax is too high.", "said", "Each candidate", "that the tax is too high"},
		{"Every Democratic senator argued that the bill went too far.", "argued", "Every Democratic senator", "that the bill went too far"},
		{"“The road is closed,” each officer said.", "said", "each officer", "The road is closed,"},
		// must not fire
		{"Every time the mayor spoke, critics said the plan was late.", "said", "critics", "the plan was late"},
		{"Each year, officials say the budget is tight.", "say", "officials", "the budget is tight"},
		{"Each candidate’s aides said the plan would fail.", "said", "Each candidate’s aides", "the plan would fail"}, // the aides speak
		{"The mayor and the governor each said the bridge was safe.", "said", "The mayor and the governor", "the bridge was safe"},
	})
}

// TestG2Who checks "who" or "whom" taken out of a reported clause, and
// the readings of "who" near a verb of saying that are not that.
func TestG2Who(t *testing.T) {
	g2Check(t, []g2Case{
		{"The victim, who police said was 25, died at the scene.", "said", "police", "who … was 25"},
		{"The driver, who witnesses say had been speeding, was not hurt.", "say", "witnesses", "who … had been speeding"},
		{"The suspect, who police said on Monday had fled to Ohio, was caught.", "said", "police", "who … had fled to Ohio"},
		{"Officers arrested a man who the sheriff said was armed.", "said", "the sheriff", "who … was armed"},
		// must not fire
		{"The mayor, who said the pier was safe, left early.", "said", "who", "the pier was safe"}, // readCue's
		{"It was the man who she said she loved.", "said", "", ""},
		{"The man who police said was armed was arrested.", "said", "", ""},
		{"Those who say it is late are wrong.", "say", "", ""},
	})
}

// TestG2Share checks a share of a polled group named with its group
// before a verb of reporting, a content that ends at a closing mark
// before a second source, and the phrases that are no such subject.
func TestG2Share(t *testing.T) {
	g2Check(t, []g2Case{
		{"Only 52 percent of registered voters agreed that the mayor is fit to serve.", "agreed", "Only 52 percent of registered voters", "that the mayor is fit to serve"},
		{"Sixty percent of likely voters believe the plan will fail.", "believe", "Sixty percent of likely voters", "the plan will fail"},
		{"A third of those polled said the mayor should resign.", "said", "A third of those polled", "the mayor should resign"},
		{"Only half of voters agreed that the mayor is fit.", "agreed", "Only half of voters", "that the mayor is fit"},
		{"The poll found that 40 percent of voters support the plan.", "support", "40 percent of voters", "the plan"},
		{`Only 52 percent of voters agreed that the mayor is in "good health," while 73 percent said the same of the rival.`, "agreed", "Only 52 percent of voters", `that the mayor is in "good health,"`},
		{`Only 52 percent of voters agreed that the mayor is in "good health," while 73 percent said the same of the rival.`, "said", "73 percent", "the same of the rival"},
		{`The mayor said the plan was "a disaster," and Republicans said it was flawed.`, "said", "The mayor", `the plan was "a disaster,"`},
		// must not fire
		{"73 percent said the race was close.", "said", "73 percent", "the race was close"},
		{"The mayor said 60 percent of voters would leave.", "said", "The mayor", "60 percent of voters would leave"},
		{"Half of them said the plan was sound.", "said", "", ""}, // a pronoun's group: not read here
		{`The mayor said the plan was "a disaster," and the council adjourned early.`, "said", "The mayor", `the plan was "a disaster," and the council adjourned early`},
	})
}

// TestG2Fronted checks a participle of saying after a preposition that
// opens the sentence, whose source is the main clause's subject, and
// the fronted phrases that report nothing.
func TestG2Fronted(t *testing.T) {
	g2Check(t, []g2Case{
		{"After saying the plan was sound, the mayor left the room.", "saying", "the mayor", "the plan was sound"},
		{"Despite insisting that the pier was safe, the council closed it.", "insisting", "the council", "that the pier was safe"},
		{"Before announcing that he would resign, the minister met his staff.", "announcing", "the minister", "that he would resign"},
		{"After arguing that the fares were too high, the Harbor Board voted no.", "arguing", "the Harbor Board", "that the fares were too high"},
		{"Ann Lee fell ill in May. After saying her foot was “so swollen I could barely walk,” she was rushed to a hospital.", "saying", "she", "her foot was “so swollen I could barely walk,”"},
		// must not fire
		{"After speaking at a rally, the mayor left.", "speaking", "", ""},
		{"Upon learning that the pier was unsafe, the mayor closed it.", "learning", "", ""},
		{"After saying goodbye, she left.", "saying", "", ""},
	})
}
