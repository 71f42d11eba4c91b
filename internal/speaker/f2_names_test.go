package speaker

import "testing"

// TestF2Widen checks the names widened to the part of their mention
// they stand for, and those left as they are.
func TestF2Widen(t *testing.T) {
	for _, tt := range []struct {
		name, mention, want string
	}{
		{"Almeida", "de Almeida", "de Almeida"},
		{"Dijk", "van Dijk, a planner in Leiden", "van Dijk"}, // an appositive after it
		{"Dijk", "van Dijk", "van Dijk"},
		{"officials", "Harbour Gas officials", "Harbour Gas officials"},
		{"aides", "the Town Hall aides", "Town Hall aides"},
		{"magazine", "Lakeside magazine", "Lakeside magazine"},
		{"a number", "a number of economists", "a number of economists"},
		{"economists", "a number of economists", "a number of economists"},
		{"Parliament", "Some members of Parliament", "Some members of Parliament"},
		{"Some members", "Some members of Parliament, ", "Some members of Parliament"},
		{"The Ministry", "The Ministry of Coastal Affairs, which runs the ports", "The Ministry of Coastal Affairs"},
		{"Board", "the Board of Port Pilots", "Board of Port Pilots"},
		{"his brother", "Kowalski and his brother", "Kowalski and his brother"},
		{"her son", "her son, Peter", "Peter"},
		{"the firm's founder", "the firm's founder, Ann Reed, who lives in Leeds", "Ann Reed"},
		{"local radio", "local radio reports", "local radio reports"},
		// must not fire
		{"her son", "her son, Kowalski", ""},                        // no given name: perhaps a place or a firm
		{"the mayor", "the mayor, Acme Group", ""},                  // a body
		{"his brother", "Kowalski, the mayor, and his brother", ""}, // a list with commas
		{"local radio", "local radio stations", ""},                 // no carrier of words
		{"Ed Moss", "Ed Moss of the Harbour Trust", ""},             // a person's place of work
		{"officials", "But officials", ""},                          // a sentence's opening word
		{"officials", "Acme's officials", ""},                       // a possessive
		{"officials", "Monday officials", ""},                       // a day
		{"residents", "Lakeside residents", ""},                     // not a body's staff
		{"The Ministry", "The Ministry of coastal affairs", ""},     // not a name after "of"
		{"a number", "a number of people who live on the hill", ""}, // a clause after "of"
		{"Ana de Almeida", "Ana de Almeida", ""},                    // already whole
		{"Almeida", "Ana de Almeida", ""},                           // no particle-led mention here: the name reader's
	} {
		got, ok := f2Widen(tt.name, tt.mention)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("f2Widen(%q, %q) = %q, want %q", tt.name, tt.mention, got, tt.want)
		}
	}
}

// TestF2Names checks the speakers' names of whole sentences.
func TestF2Names(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"“The lights were everywhere,” said de Almeida, who grew up in Lisbon.", "de Almeida"},
		{"Harbour Gas officials said the pipes would be replaced by spring.", "Harbour Gas officials"},
		{"A number of economists say the slump will last into next year.", "A number of economists"},
		{"Harbour Gas officials, who run the pipes, said they would be replaced by spring.", "Harbour Gas officials"},
		{"“We had no warning,” her son, Peter, said on Monday.", "Peter"},
		{"Kowalski and his brother said the shop would close.", "Kowalski and his brother"},
		{"About 40 people were hurt, according to local radio reports.", "local radio reports"},
		// must not fire: a name with its particle inside it.
		{"“The lights were everywhere,” said Ana de Almeida, who grew up in Lisbon.", "Ana de Almeida"},
	} {
		d := run(t, tt.text)
		got := ""
		for _, q := range d.Quotes {
			got = q.Speaker.Name
		}
		if got != tt.want {
			t.Errorf("%q: speaker %q, want %q", tt.text, got, tt.want)
		}
	}
}
