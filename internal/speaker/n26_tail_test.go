package speaker

import "testing"

// TestN26PlaceTail checks that a trailing "…, said <person> in the
// <place>." is read as an attribution whose mention takes the phrase of
// place, and that a sentence going on after the phrase, a name after the
// preposition, a phrase of time and a subject that names no person are
// not read so.
func TestN26PlaceTail(t *testing.T) {
	for _, c := range []struct{ text, quote, mention string }{
		{"The pier plan went nowhere, and the hearing broke up early, said one aide in the room.", "The pier plan went nowhere", "one aide in the room"},
		{"Moss's refusal to testify angered the panel, said a source at the meeting.", "Moss's refusal to testify angered the panel", "a source at the meeting"},
		{"The fares will rise in May, said two members on the board.", "The fares will rise in May", "two members on the board"},
		// A phrase of time after the place stays out of the mention; a
		// party's member is a person.
		{"The pier plan went nowhere, said one aide at the meeting on Monday.", "The pier plan went nowhere", "one aide at the meeting"},
		{"The fares will rise in May, said one Republican on the panel.", "The fares will rise in May", "one Republican on the panel"},
		// Not: no person before the phrase; a phrase of more than two words.
		{"The fares will rise in May, said the report in the folder.", "The fares will rise", ""},
		{"The fares will rise in May, said two aides in the long hall outside.", "The fares will rise", ""},
	} {
		d := run(t, c.text)
		q := find(d, c.quote)
		if c.mention == "" {
			if q != nil && q.Speaker.Name != "" {
				t.Errorf("%q: speaker %q, want none", c.text, q.Speaker.Name)
			}
			continue
		}
		if q == nil {
			t.Fatalf("%q: no quotation %q", c.text, c.quote)
		}
		if m := d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End]; m != c.mention || q.Speaker.Name != c.mention {
			t.Errorf("%q: mention %q name %q, want %q", c.text, m, q.Speaker.Name, c.mention)
		}
	}
	// The reader on its own: a clause after the phrase is not a tail.
	for _, c := range []struct {
		text string
		want bool
	}{
		{"said one aide in the room.", true},
		{"said one aide in the room were angry.", false},
		{"said one aide in the Senate.", false},
		{"said one aide in the morning.", false},
		{"said the plan in the end.", false},
		{"said one aide in the end.", false},
		{"said one aide on the record.", false},
	} {
		at := len("said one aide")
		if c.text[:9] == "said the " {
			at = len("said the plan")
		}
		if got := n26PlaceTail(c.text, at, len(c.text)); got != c.want {
			t.Errorf("n26PlaceTail(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestN26PlaceSpaces holds the phrase's end to the words strings.Fields
// counts, whatever space parts them (a tab, a no-break space), and keeps
// phrases of manner ("in the first place") out.
func TestN26PlaceSpaces(t *testing.T) {
	for _, c := range []struct{ text, mention string }{
		{"The pier plan went nowhere, said one aide in\tthe\troom on Monday.", "one aide in\tthe\troom"},
		{"The pier plan went nowhere, said one aide in the\u00a0room on Monday.", "one aide in the\u00a0room"},
		{"The pier plan went nowhere, said two aides in the first place.", ""},
		{"The pier plan went nowhere, said two aides in the process.", ""},
	} {
		d := run(t, c.text)
		q := find(d, "The pier plan went nowhere")
		got := ""
		if q != nil {
			got = d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End]
		}
		if got != c.mention {
			t.Errorf("%q: mention %q, want %q", c.text, got, c.mention)
		}
	}
}
