package quote

import (
	"fmt"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestInterview: an interview's answers after "A:" are direct
// quotations, one part a paragraph up to the next question; the last
// answer ends with its paragraph; the questions are no quotations; and
// a document with one "Q:" paragraph is read as no interview.
func TestInterview(t *testing.T) {
	text := "Ann Lee spoke with the Courier.\n\nQ: What happened?\n\nA: The pier fell. We saw it go.\n\nIt took a minute.\n\nQ: Why?\n\nA: Rust, mostly.\n\nThe pier reopens in May."
	d := detect(text)
	got := answerParts(d)
	for _, q := range d.Quotes {
		if q.Kind != doc.QuoteDirect {
			continue
		}
		if len(q.Marks) != 0 || q.Element != -1 {
			t.Errorf("marks %v element %d", q.Marks, q.Element)
		}
		if l, _, ok := AnswerLabel(text, d.Paragraphs, q.Content[0].Start); !ok || text[l.Start:l.End] != "A:" {
			t.Errorf("AnswerLabel: %v %q", ok, text[l.Start:l.End])
		}
	}
	want := [][]string{{"The pier fell. We saw it go.", "It took a minute."}, {"Rust, mostly."}}
	if len(got) != len(want) || len(got[0]) != 2 || got[0][0] != want[0][0] || got[0][1] != want[0][1] || got[1][0] != want[1][0] || len(got[1]) != 1 {
		t.Errorf("answers %q, want %q", got, want)
	}
	if d := detect("Q: What happened?\n\nA: The pier fell."); len(d.Quotes) != 0 {
		t.Errorf("one question: %+v", d.Quotes)
	}
}

// TestNamedInterview: turns labelled with the parties' names. The party
// whose turns end in question marks asks; the other's turns are direct
// quotations, an answer running over unlabelled paragraphs up to the
// next question, the last ending with its paragraph. Turns where no
// party mostly asks, and a lone label, are no interview.
func TestNamedInterview(t *testing.T) {
	text := "The provost met the Courier.\n\nThe Courier: Will fees rise?\n\nDunsmore: They will. Not by much.\n\nThat is a promise.\n\nThe Courier: When?\n\nDunsmore: In May.\n\nThe board meets in June."
	d := detect(text)
	got := answerParts(d)
	for _, q := range d.Quotes {
		if q.Kind != doc.QuoteDirect {
			continue
		}
		l, name, ok := AnswerLabel(text, d.Paragraphs, q.Content[0].Start)
		if !ok || text[l.Start:l.End] != ":" || text[name.Start:name.End] != "Dunsmore" {
			t.Errorf("AnswerLabel: %v %q %q", ok, text[l.Start:l.End], text[name.Start:name.End])
		}
	}
	want := [][]string{{"They will. Not by much.", "That is a promise."}, {"In May."}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("answers %q, want %q", got, want)
	}
	for _, text := range []string{
		// Two people talking, neither asking.
		"Ann Lee: The pier fell.\n\nEd Moss: It did.\n\nAnn Lee: We saw it.\n\nEd Moss: We did.",
		// One label.
		"Note: The pier fell.\n\nIt reopens in May?",
		// Labels that are no names.
		"2024: Was it late?\n\nfor now: It was.\n\n2024: Why?\n\nfor now: Rust.",
	} {
		if d := detect(text); len(d.Quotes) != 0 {
			t.Errorf("%q: %d quotations", text, len(d.Quotes))
		}
	}
}

// answerParts returns the words of each direct quotation of d, one
// string a part.
func answerParts(d *doc.Document) [][]string {
	var got [][]string
	for _, q := range d.Quotes {
		if q.Kind != doc.QuoteDirect {
			continue
		}
		var parts []string
		for _, c := range q.Content {
			parts = append(parts, d.Text[c.Start:c.End])
		}
		got = append(got, parts)
	}
	return got
}
