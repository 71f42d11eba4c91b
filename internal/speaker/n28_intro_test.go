package speaker

import (
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestN28ColonIntros: a colon introduction whose verb is no verb of
// speaking gives its subject, a person, the quotation after it, in its
// own paragraph or the next one; a colon after no person, a thing, a
// label or a subordinate clause gives none. The sentences are the
// test's own.
func TestN28ColonIntros(t *testing.T) {
	cases := []struct {
		text, quote, name string
	}{
		{"Ortega summed up the whole season this way: “We played hard and we lost.”\n", "We played hard", "Ortega"},
		{"The coach, Luis Ortega, spoke after the game.\n\nOrtega had one more thing to get off his chest:\n\n“We were robbed.”\n", "We were robbed", "Ortega"},
		{"The ferry has run late all spring.\n\nNora Quill is still trying:\n\n“You can pay for the ticket, or you can walk.”\n", "You can pay", "Nora Quill"},
		{"Of course, Ben Hale jumps in, and predictably, he is curt:\n\n“Then be precise.”\n", "Then be precise", "Ben Hale"},
		{"Tomas Reyes basically throws up his hands at this point:\n\n“I have no idea what anyone wants.”\n", "I have no idea", "Tomas Reyes"},
		{"Ben Hale gets petty with her, and Nora Quill finally pushes back:\n\n“Glad to see you rise above it.”\n", "Glad to see", "Nora Quill"},
		{"The mayor took a harder line: “No more delays.”\n", "No more delays", "The mayor"},
		// An apposition after the subject.
		{"Luis Ortega, the harbour master since 2010, took a harder line:\n\n“No more delays.”\n", "No more delays", "Luis Ortega"},
		// A sentence that ends on a noun for an utterance, with a full
		// stop, right before the marks.
		{"Ed Moss, a former harbour master, once summed up the danger with a metaphor. “It is not a storm but a slow leak.”\n", "It is not a storm", "Ed Moss"},
		{"Ann Reed offered a blunt warning. “The pier will fall.”\n", "The pier will fall", "Ann Reed"},
		{"The report ended with a warning. “The pier will fall.”\n", "The pier will fall", ""},
		// Words from a named person, with a relative clause after.
		{"Another bright spot are these comments from Ian Reed, who has covered the harbour for years:\n\n“Nobody gets every figure right.”\n", "Nobody gets", "Ian Reed"},
		{"Here are the figures from Statistics Norway, which counts boats every year:\n\n“Ferries: 41.”\n", "Ferries", ""},
		// A text of one's own after "his" or "her".
		{"Ed Moss has written about the pier for years.\n\nBut here is his full statement:\n\n“The pier must be rebuilt.”\n", "The pier must", "Ed Moss"},
		{"Ann Reed walked along the pier.\n\nHere is her dog:\n\n“Rex, aged four.”\n", "Rex, aged", ""},
		// No person: a list, a thing, a label, a subordinate clause, a
		// possessor, a participle.
		{"Here is the list:\n\n“Bread, milk and eggs.”\n", "Bread, milk", ""},
		{"When Ed Moss arrived, the gulls were circling:\n\n“The tide is out.”\n", "The tide is out", ""},
		{"Then Hale’s fans get into it:\n\n“Leave him alone.”\n", "Leave him alone", ""},
		{"New rules took effect across the harbour on Monday:\n\n“No mooring after dark.”\n", "No mooring", ""},
		{"Twitter threads are hard to follow (at least on a phone):\n\n“I gave up.”\n", "I gave up", ""},
		{"Dana Wu, writing in 2010:\n\n“The pier is old.”\n", "The pier is old", ""},
		// A verb of perceiving or receiving, "by" or "from", a passive,
		// an object that is a text or a thing, a thing's clause last:
		// what the colon shows is not the subject's words.
		{"Nora Quill received a message:\n\n“Call the office now.”\n", "Call the office", ""},
		{"Nora Quill got a text from her brother:\n\n“Call the office now.”\n", "Call the office", ""},
		{"Luis Ortega glanced at the headline:\n\n“Ferry fares to double.”\n", "Ferry fares", ""},
		{"Luis Ortega spotted paint on the gate:\n\n“Fix the ferry.”\n", "Fix the ferry", ""},
		{"Nora Quill turned the sign over:\n\n“Closed for winter.”\n", "Closed for winter", ""},
		{"Nora Quill unfolded the letter and read:\n\n“We regret to tell you.”\n", "We regret", ""},
		{"Nora Quill packed four things:\n\n“Rope, bread, a lamp and a map.”\n", "Rope, bread", ""},
		{"Nora Quill was met by a crowd of fishermen:\n\n“Where is our money?”\n", "Where is our money", ""},
		{"Luis Ortega was booed by the crowd:\n\n“Go home!”\n", "Go home", ""},
		{"Luis Ortega closed the office, but the notice stayed up:\n\n“No fares today.”\n", "No fares today", ""},
		// One's own words after "his" or "her" stay the subject's.
		{"Luis Ortega gave his reply:\n\n“No more delays.”\n", "No more delays", "Luis Ortega"},
		// A word in 's between the possessive and the noun.
		{"Nora Quill opened the drawer.\n\nInside was her uncle's letter:\n\n“Keep the boat.”\n", "Keep the boat", ""},
		// The sentence before must give words, not take them.
		{"Luis Ortega, a former ferry captain, rejected the complaint. “The ferry is safe and always was.”\n", "The ferry is safe", ""},
	}
	for _, c := range cases {
		d := run(t, c.text)
		got := false
		for _, q := range d.Quotes {
			if q.Kind != doc.QuoteDirect || len(q.Content) == 0 || !strings.HasPrefix(c.text[q.Content[0].Start:], c.quote) {
				continue
			}
			got = true
			if q.Speaker.Name != c.name {
				m := c.text[q.Speaker.Mention.Start:q.Speaker.Mention.End]
				t.Errorf("%q: got %q (%q), want %q", c.text, q.Speaker.Name, m, c.name)
			}
		}
		if !got {
			t.Errorf("%q: no direct quotation %q", c.text, c.quote)
		}
	}
}

// TestN28Handle: a quoted post that opens with its account's handle and
// a colon is the account's; a handle with no colon is an address (no
// handle is read as the speaker).
func TestN28Handle(t *testing.T) {
	cases := []struct{ text, quote, name string }{
		{"The replies came fast:\n\n> @harbour_news: The pier opens again on Monday.\n\nThen silence.\n", "@harbour_news", "@harbour_news"},
		{"The replies came fast:\n\n> @ann_reed @ed Wow, what a week for the pier.\n\nThen silence.\n", "@ann_reed", ""},
		// Two posts in one quotation: a thread, not one account's words.
		{"It went on like this for hours.\n\n“@harbour_news: The pier opens again on Monday.\n\n“@ann_reed: @harbour_news I never said it would close.”\n\nThen silence.\n", "@harbour_news", ""},
		// In marks, a handle after a named speaker or before an
		// attribution is the one addressed.
		{"“@nora_q: you have the fares all wrong,” Luis Ortega wrote on Twitter.\n", "@nora_q", "Luis Ortega"},
		{"“@ferryboard: fix the timetable now,” one placard read.\n", "@ferryboard", ""},
	}
	for _, c := range cases {
		d := runAs(t, "t.md", c.text)
		got := false
		for _, q := range d.Quotes {
			if q.Kind != doc.QuoteDirect || len(q.Content) == 0 || !strings.HasPrefix(d.Text[q.Content[0].Start:], c.quote) {
				continue
			}
			got = true
			if c.name != "" && q.Speaker.Name != c.name || c.name == "" && strings.HasPrefix(q.Speaker.Name, "@") {
				t.Errorf("%q: got %q, want %q", c.text, q.Speaker.Name, c.name)
			}
		}
		if !got {
			t.Errorf("%q: no direct quotation %q", c.text, c.quote)
		}
	}
}

// TestN28Caption: a news page's media caption "Media caption Ann Reed:
// “…”" gives the clip's words to the name after the label.
func TestN28Caption(t *testing.T) {
	page := `<html><body><article><p>The harbour board met on Monday to vote on the future of the old pier.</p><figure><figcaption><span>Media caption</span> <span>Ann Reed: "The pier will open again in June"</span></figcaption></figure><p>The vote was close.</p></article></body></html>`
	d := runAs(t, "t.html", page)
	got := false
	for _, q := range d.Quotes {
		if q.Kind != doc.QuoteDirect || len(q.Content) == 0 || !strings.HasPrefix(d.Text[q.Content[0].Start:], "The pier will open") {
			continue
		}
		got = true
		if q.Speaker.Name != "Ann Reed" {
			t.Errorf("got %q, want %q", q.Speaker.Name, "Ann Reed")
		}
	}
	if !got {
		t.Errorf("no direct quotation in %q", d.Text)
	}
}
