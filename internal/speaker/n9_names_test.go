package speaker

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestN9Names checks the names n9Finish cleans: white space from a
// hard-wrapped line made one space, and a relative clause after a comma
// cut off; and that it leaves names that hold neither.
func TestN9Names(t *testing.T) {
	for _, c := range []speakerCase{
		{"The ferry was late again.\n“The pier is unsafe,” said Mr.\nHolloway, who runs the harbour.", "The pier is unsafe", "Mr. Holloway"},
		{"The ferry was late again. “The pier is unsafe,” said the old\nferryman.", "The pier is unsafe", "the old ferryman"},
		{"The fees rose in May. The Harbour Guild, which represents more than forty boat owners, said that the fees were too high.", "that the fees were too high", "The Harbour Guild"},
		{"The fees rose in May. The Friends of the Pier, whose members sail from Ashton, said that the fees were too high.", "that the fees were too high", "The Friends of the Pier"},
		// A verb after the subject's head ends the name.
		{"The fees rose in May. A Harbour Guild survey released on Friday showed that most owners will leave.", "that most owners will leave", "A Harbour Guild survey"},
		// Not: a name with none of these.
		{"The fees rose in May. The Harbour Guild said that the fees were too high.", "that the fees were too high", "Harbour Guild"},
		{"The fees rose in May. “They are too high,” said Ann Ortiz.", "They are too high", "Ann Ortiz"},
	} {
		checkSpeakerName(t, c)
	}
}

// TestN9NounCue checks that a noun read as the cue after a determiner
// and an adjective names no speaker, and makes no indirect quotation;
// and that a subject whose last word is a noun keeps its verb.
func TestN9NounCue(t *testing.T) {
	for _, c := range []speakerCase{
		{"“Are you coming?” she asked.\n“I will not go,” was the impatient reply.", "I will not go", ""},
		{"“Who is there?” she called.\n“Wait here,” came a harsh reply from the porch.", "Wait here", ""},
		// Not: a noun, a person, a possessive.
		{"The fees rose in May. “They are too high,” the local council said.", "They are too high", "the local council"},
		{"The fees rose in May. “They are too high,” a relative said.", "They are too high", "a relative"},
		{"“Are you coming?” she asked.\n“I will not go,” was her husband's answer.", "I will not go", "her husband"}, // the possessive is f12_utterance's to read
		{"The fees rose in May. “They are too high,” the ruling states.", "They are too high", "the ruling"},
		{"“You are alone,” said the other, mildly.", "You are alone", "the other"},
	} {
		checkSpeakerName(t, c)
	}
	for _, c := range []struct{ text, quote string }{
		{"It was the most common complaint in the open answers that we received last year.", "that we received"},
		{"Here are the answers to the previous question partitioned by team.", "partitioned by team"},
	} {
		d := run(t, c.text)
		for _, q := range d.Quotes {
			if strings.HasPrefix(d.Text[q.Content[0].Start:], c.quote) || q.Speaker.Name != "" && strings.HasPrefix(c.text[q.Speaker.Mention.Start:], "the ") {
				t.Errorf("%q: quotation %q, speaker %q", c.text, q.Words(d.Text), q.Speaker.Name)
			}
		}
	}
}

// TestN9Contraction checks that a contraction read as a mention names
// no one (a direct quotation keeps no speaker, an indirect one goes),
// and that a plain pronoun is left alone.
func TestN9Contraction(t *testing.T) {
	for _, c := range []speakerCase{
		{"The new console is out.\n\nDon’t say “this console is too loud” to the shop clerk.", "this console is too loud", ""},
		{"The new console is out.\n\nYou'll look at a game and ask yourself, “Will this run on my old screen?”", "Will this run", ""},
		// Not: a pronoun, nor a contraction inside the quoted words.
		{"Ann Ortiz runs the shop. “It is too loud,” she said.", "It is too loud", "Ann Ortiz"},
		{"Ann Ortiz runs the shop. “It's too loud,” she said.", "It's too loud", "Ann Ortiz"},
	} {
		checkSpeakerName(t, c)
	}
	for _, c := range []struct{ text, quote string }{
		{"The new console is out. It's faster and offers more games than the old one.", "more games"},
		{"The new console is out. You'll be able to find the old games easily in a special section of the store.", "the old games"},
	} {
		d := run(t, c.text)
		for _, q := range d.Quotes {
			if len(q.Content) > 0 && strings.HasPrefix(d.Text[q.Content[0].Start:], c.quote) {
				t.Errorf("%q: quotation %q, speaker %q", c.text, q.Words(d.Text), q.Speaker.Name)
			}
		}
	}
}

// TestN9Clean checks n9Clean on names: the verb after the head cut, a
// participle with its preposition or after a modifier kept.
func TestN9Clean(t *testing.T) {
	for _, c := range [][2]string{
		{"The ferryman turned pale", "The ferryman"},
		{"The harbour clerk looked worried", "The harbour clerk"},
		{"Ms Ortiz having", "Ms Ortiz"},
		{"The Pier Trust,\nwhich owns the slipway", "The Pier Trust"},
		// Not:
		{"a survey conducted by the Harbour Guild", "a survey conducted by the Harbour Guild"},
		{"Engineer focused on embedded boat systems", "Engineer focused on embedded boat systems"},
		{"Only half of registered owners", "Only half of registered owners"},
		{"The alarmed ferrymen", "The alarmed ferrymen"},
		{"everyone I interviewed", "everyone I interviewed"},
		{"the familiar tall-hatted", "the familiar tall-hatted"},
		{"a report the agency released Monday", "a report the agency released Monday"},
		{"the plan he announced", "the plan he announced"},
	} {
		if got := n9Clean(c[0]); got != c[1] {
			t.Errorf("n9Clean(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}

// TestN9Label checks that a letter, a salutation or a chapter heading
// before a colon makes no quotation, and that a name before a colon in
// a headline still does.
func TestN9Label(t *testing.T) {
	for _, c := range []struct {
		text, quote string
		want        bool
	}{
		{"Questions\n\nQ: Is there a timetable for the new ferry?\n\nThe board will publish one in June.", "Is there a timetable", false},
		{"Ashton, May 3.\nDear Ann: Your parcel came today and the pier is open again.", "Your parcel came", false},
		{"CHAPTER I ASHTON: MAY, 1850 A crowd filled the pier.", "MAY, 1850", false},
		{"Moss: Ferry Fees Will Rise Again in May\n\nThe harbour board met on Monday.", "Ferry Fees Will Rise", true},
	} {
		d := run(t, c.text)
		if got := n9Spoken(d, c.quote); got != c.want {
			t.Errorf("%q: a quotation %q with a speaker: %v, want %v", c.text, c.quote, got, c.want)
		}
	}
}

// TestN9Glossary checks that the terms of a glossary make no
// quotations, and that a transcript's turns, whose labels come back, and
// a lone label keep theirs.
func TestN9Glossary(t *testing.T) {
	glossary := "The service has three parts.\n\nQueue: A list of jobs waiting to run.\n\nWorker: A process that runs one job at a time.\n\nBroker: The program that hands each job to a worker.\n"
	transcript := "The debate began at nine.\n\nHolt: The first question goes to you.\n\nMoss: We will cut the ferry fees in May.\n\nHolt: And the pier?\n\nOrtiz: The pier will be rebuilt by the end of the year.\n"
	for _, c := range []struct {
		text, quote string
		want        bool
	}{
		{glossary, "A list of jobs", false},
		{glossary, "A process that runs", false},
		{glossary, "The program that hands", false},
		{transcript, "We will cut the ferry fees", true},
		{transcript, "The pier will be rebuilt", true},
	} {
		d := run(t, c.text)
		if got := n9Spoken(d, c.quote); got != c.want {
			t.Errorf("%q: a quotation %q with a speaker: %v, want %v", c.text, c.quote, got, c.want)
		}
	}
}

// TestN9Question checks that a "who" that asks names no one, and that a
// relative "who" after a noun still names its head.
func TestN9Question(t *testing.T) {
	for _, c := range []speakerCase{
		{"The fees rose in May. Harbour Guild members, who said that the fees were too high, walked out.", "that the fees were too high", "Harbour Guild"},
	} {
		checkSpeakerName(t, c)
	}
	for _, text := range []string{
		"This plan could be drafted by the proposed Harbour Review team, though it's not clear who should accept it — perhaps the Harbour Review team itself, or perhaps the town council.",
		"No one knows who should accept it, perhaps the Harbour Board itself.",
	} {
		d := run(t, text)
		for _, q := range d.Quotes {
			if q.Speaker.Name != "" && q.Speaker.Mention.End-q.Speaker.Mention.Start == 3 && text[q.Speaker.Mention.Start:q.Speaker.Mention.End] == "who" {
				t.Errorf("%q: quotation %q, speaker %q", text, q.Words(d.Text), q.Speaker.Name)
			}
		}
	}
}

// TestN9MayOpenWithDeterminer checks the quick first question of
// n9NounCue against the words strings.Fields cuts: it may say yes
// where the full reading says no, never the other way.
func TestN9MayOpenWithDeterminer(t *testing.T) {
	for _, m := range []string{
		"", "the", "the open", "The open", "THE OPEN", " the open", "\tthe\nopen", "the ",
		"several words", "Several", "severally now", "a b", "an", "Ann Lee", "thé open",
		"\u00a0the open", "the\u00a0open", "her husband's", "Those at the Guild", "x y z",
	} {
		words := strings.Fields(m)
		full := len(words) >= 2 && n9Determiners[strings.ToLower(words[0])]
		if full && !n9MayOpenWithDeterminer(m) {
			t.Errorf("n9MayOpenWithDeterminer(%q) = false; the full reading says yes", m)
		}
	}
}

// TestN9FewWords checks n9FewWords against the words strings.Fields
// cuts: where it says few, there are fewer than three.
func TestN9FewWords(t *testing.T) {
	for _, s := range []string{"", "Ann", "Ann Lee", "Ann Lee Moss", " Ann Lee", "Ann\tLee\nMoss", "Ann\u00a0Lee Moss", "Ann Lee ", "O’Brien was told"} {
		if n9FewWords(s) && len(strings.Fields(s)) >= 3 {
			t.Errorf("n9FewWords(%q) = true; strings.Fields cuts %d words", s, len(strings.Fields(s)))
		}
	}
}

// TestN9Fields checks n9Fields against strings.Fields: the same words,
// as many as dst holds, on the cases below and on random strings of
// ASCII letters and spaces, Unicode spaces and letters, a curly
// apostrophe and invalid bytes (a rune cut short, a lone continuation
// byte).
func TestN9Fields(t *testing.T) {
	parts := []string{"a", "Ed", " ", "\t", "\n", "\v", "\u00a0", "\u0085", "\u2003", "\u3000", "’", "é", "\xff", "\xe2\x80", "\x80", "\u200b"}
	r := rand.New(rand.NewPCG(16, 22))
	var random []string
	for range 5000 {
		var b strings.Builder
		for n := r.IntN(14); n > 0; n-- {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		random = append(random, b.String())
	}
	for _, s := range append([]string{"", " ", "the open answers", "  the\topen\n answers  ", "a b c d e f g h", "the\u00a0open answers", "thé open", "one", "the company’s own ledgers", "a\u2003b\u0085c d’e f g h", "x\xffy z\xe2\x80", "\u00a0\u00a0", "é é é é é é é é"}, random...) {
		var buf [6]string
		got := n9Fields(buf[:0], s)
		want := strings.Fields(s)
		if len(want) > 6 {
			want = want[:6]
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("n9Fields(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestN8RelativeWord checks that the relative pronouns are read in any
// case and nothing else is.
func TestN8RelativeWord(t *testing.T) {
	for w, want := range map[string]string{"who": "who", "Who": "who", "THAT": "that", "which": "which", "whom": "", "Trump": "", "": ""} {
		if got := n8RelativeWord(w); got != want {
			t.Errorf("n8RelativeWord(%q) = %q, want %q", w, got, want)
		}
	}
}

// n9Spoken reports whether a quotation of d whose words begin with
// quote has a speaker.
func n9Spoken(d *doc.Document, quote string) bool {
	for _, q := range d.Quotes {
		if len(q.Content) > 0 && strings.HasPrefix(d.Text[q.Content[0].Start:], quote) && q.Speaker.Name != "" {
			return true
		}
	}
	return false
}

// TestN9Switches checks n9Verb and n9Determiner against the maps they
// stand for: every key, and words that are none.
func TestN9Switches(t *testing.T) {
	words := []string{"", "x", "The", "sayss", "tol", "a ", "manyy", "thos"}
	for w := range n9Verbs {
		words = append(words, w, w+"s", w[:len(w)-1])
	}
	for w := range n9Determiners {
		words = append(words, w, w+"s", w[:len(w)-1])
	}
	for _, w := range words {
		if got, want := n9Verb(w), n9Verbs[w]; got != want {
			t.Errorf("n9Verb(%q) = %v, want %v", w, got, want)
		}
		if got, want := n9Determiner(w), n9Determiners[w]; got != want {
			t.Errorf("n9Determiner(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestLeaveChain checks that a quotation that hung from a dropped
// reading loses that reading's speaker from its chain, unless it is the
// quotation's own speaker.
func TestLeaveChain(t *testing.T) {
	dropped := &doc.Quote{Speaker: doc.Speaker{Name: "Ed Moss"}}
	q := &doc.Quote{Speaker: doc.Speaker{Name: "Ann Lee"}, Chain: []string{"Ed Moss", "Ann Lee"}}
	leaveChain(q, dropped)
	if !slices.Equal(q.Chain, []string{"Ann Lee"}) {
		t.Errorf("chain %q, want [Ann Lee]", q.Chain)
	}
	own := &doc.Quote{Speaker: doc.Speaker{Name: "Ed Moss"}, Chain: []string{"Ed Moss"}}
	leaveChain(own, dropped)
	if !slices.Equal(own.Chain, []string{"Ed Moss"}) {
		t.Errorf("chain %q, want [Ed Moss]: the quotation's own speaker stays", own.Chain)
	}
}
