package speaker

import (
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestA3ItSaid checks "it" as the subject of reported speech in
// narration, named by a body or a carrier of words in the sentence
// before, and the cases where it must stay silent: no body before it, a
// place or a building after "the", a verb of evidence that a fact may
// do.
func TestA3ItSaid(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The agency met on Monday. It said the program would end in May.", []string{"It | said | the program would end in May"}},
		{"The committee held a hearing. It later said that the vote was delayed.", []string{"It | said | that the vote was delayed"}},
		{"The Harbor Trust met on Monday. The pier, it said, was unsafe.", []string{"it | said | The pier … was unsafe"}},
		{"The IMF cut its forecast. The slowdown would last, it warned.", []string{"it | warned | The slowdown would last"}},
		{"The report came out on Monday. It said the program would end.", []string{"It | said | the program would end"}},
		// No body before "it": none.
		{"The ferry left on Monday. It said the program would end.", nil},
		{"The weather turned on Monday. The pier, it said, was unsafe.", nil},
		// A body after a preposition is seldom whom "it" means.
		{"The city sent a van to the agency. It says the campaign broke the law.", nil},
		// A place after "the" does not speak.
		{"They met at the Sunnylands estate. It said the program would end.", nil},
		// A body but a verb of evidence: a deal or a fact may show.
		{"The agency met on Monday. It showed that the program had failed.", nil},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, true)
	}
}

// TestA3ItSaidName checks the name "it" gets: the body, not a carrier
// named after it in another clause.
func TestA3ItSaidName(t *testing.T) {
	for _, c := range []struct{ text, name string }{
		{"The agency met on Monday. It said the program would end in May.", "The agency"},
		{"The IMF cut its forecast. It said the slowdown would last.", "The IMF"},
		{"The city sent a letter. It says the campaign broke the law.", "a letter"},
	} {
		d := run(t, c.text)
		if len(d.Quotes) != 1 || d.Quotes[0].Speaker.Name != c.name {
			t.Errorf("%q: got %+v, want one quotation named %q", c.text, d.Quotes, c.name)
		}
	}
}

// TestA3ItQuoted checks "“…,” it added." after a direct quotation whose
// speaker is a text or a body described ("the article"), where the
// sentence before "it" is that quotation's words; a person who spoke
// last is not "it".
func TestA3ItQuoted(t *testing.T) {
	for _, c := range []struct{ text, name string }{
		{"Ann Reed read it twice. “The pier is old and the ferry is late again this week,” the article read.\n\n“The harbor board has known this for years,” it added.", "the article"},
		{"Ann Reed read it twice. “The pier is old and the ferry is late again this week,” the committee said.\n\n“The harbor board has known this for years,” it added.", "the committee"},
		{"The ferry was late. “The pier is old and the ferry is late again this week,” Ann Reed said.\n\n“The harbor board has known this for years,” it added.", ""},
	} {
		d := run(t, c.text)
		var got string
		for _, q := range d.Quotes {
			if q.Kind == doc.QuoteDirect && q.Start > strings.Index(c.text, "\n\n") {
				got = q.Speaker.Name
			}
		}
		if got != c.name {
			t.Errorf("%q: got %q, want %q", c.text, got, c.name)
		}
	}
}
