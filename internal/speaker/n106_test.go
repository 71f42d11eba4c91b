package speaker

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestN106LoneOne checks "One" and "Another" alone at a sentence's
// start before a verb that is only a verb: one of a group named before
// speaks. A determiner before a word that can be a noun keeps it a noun.
func TestN106LoneOne(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"Fans rallied round the show. One wrote that the cast deserved better.", "wrote", "One", "that the cast deserved better"},
		{"Fans rallied round the show. Another said the show had lost its heart.", "said", "Another", "the show had lost its heart"},
		{"Fans rallied round the show. Another commented that the ending was rushed.", "commented", "Another", "that the ending was rushed"},
		// The last word of a name.
		{"Vista One said the programme would return in May.", "said", "Vista One", "the programme would return in May"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
	// A noun after "another" is no speaker.
	checkCueMention(t, "The mayor spoke first. Another claim was that the bridge would close.", "claim", "")
}

// TestN106QuantifierVerb checks a quantifier subject before a verb that
// is only a verb and a preposition ("Some said on Monday that …"):
// the verb, not a noun before the preposition.
func TestN106QuantifierVerb(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"Residents packed the hall. Some said on social media that the vote was rigged.", "said", "Some", "that the vote was rigged"},
		{"Staff waited outside. Many told reporters in the lobby that they feared for their jobs.", "told", "Many", "that they feared for their jobs"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
	// A noun before a preposition stays a noun.
	checkCueMention(t, "Some support for the plan was that the bridge would close.", "support", "")
}

// TestN106NamedInterview checks an interview printed with the parties'
// names as labels: each answer is the party's, the label its mention
// and the colon its cue, the name the longest the text gave before;
// the interviewer's turns are no reports.
func TestN106NamedInterview(t *testing.T) {
	text := "Provost Aurelia Dunsmore met the paper on Friday.\n\nThe Courier: Will fees rise?\n\nDunsmore: They will, but not by much.\n\nThe Courier: Did the regents say when?\n\nDunsmore: In May. I told them we would wait."
	checkMentionNames(t, []mentionNameCase{
		{text, "They will, but not by much.", "Dunsmore", "Provost Aurelia Dunsmore"},
		{text, "In May. I told them we would wait.", "Dunsmore", "Provost Aurelia Dunsmore"},
	})
	d := run(t, "The vote was close.\n\n"+text)
	for _, q := range d.Quotes {
		if q.Parent < 0 && q.Kind != doc.QuoteDirect {
			t.Errorf("%q: a %v reading by %q", d.Text[q.Start:q.End], q.Kind, d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End])
		}
	}
}

// TestN106NounReadings checks shapes where a word of the lexicon is a
// noun or a subject's head: a plural before "of" opening a reported
// clause, a participle after an existential clause's noun, a bare verb
// form after "a" and a noun, "comment" before "period", and an age
// ("the 67-year-old"), which is no count before the verb.
func TestN106NounReadings(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"The report says reports of stalking fell from 11 to seven.", "says", "The report", "reports of stalking fell from 11 to seven"},
		{"Ann Lee said reports of fraud in the county fell.", "said", "Ann Lee", "reports of fraud in the county fell"},
		{"Ann Lee said there were no thefts reported on campus.", "said", "Ann Lee", "there were no thefts reported on campus"},
		{"Ann Lee said she had waited three weeks for a police report number.", "said", "Ann Lee", "she had waited three weeks for a police report number"},
		// Still read: a quantifier's verb, and a participle of "with".
		{"A few residents report that the mayor resigned.", "report", "A few residents", "that the mayor resigned"},
		{"The chef won, with a judge ruling that the photos were private.", "ruling", "a judge", "that the photos were private"},
		// An age is no count before the verb; a compound's noun is no cue.
		{"Lyle Dunwiddie coached for years. On Monday, the 67-year-old told his team that this season will be his last.", "told", "the 67-year-old", "that this season will be his last"},
		{"Speaking during the public comment period, Dwight Eberhart told the board that the texts were harmless.", "told", "Dwight Eberhart", "that the texts were harmless"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
	for _, tt := range []struct{ text, cue string }{
		{"There were no hate crimes reported on campus for the second year.", "reported"},
		{"There have been 14 incidents reported since May.", "reported"},
		{"She waited three weeks for a police report number.", "report"},
		{"He filed an incident report after the game.", "report"},
		{"Speaking during the public comment period, Dwight Eberhart told the board that the texts were harmless.", "comment"},
	} {
		checkCueMention(t, tt.text, tt.cue, "")
	}
}
