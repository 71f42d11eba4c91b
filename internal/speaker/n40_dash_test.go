package speaker

import "testing"

// TestN40Dash checks that a subject parted from its cue by a phrase
// between dashes is read with the phrase as the mention, up to the
// closing dash (n40DashMentions), also after an appositive between a comma
// and the opening dash (n40DashAppositive); and that an opening phrase
// before a comma, a relative clause after it, an aside that is a
// clause of its own, and a subject that ends before the dashes are
// read as they were.
func TestN40Dash(t *testing.T) {
	for _, c := range []struct {
		text, quote string
		mention     string // "": no reading of the quote
		name        string // "": any
	}{
		// The phrase joins the mention, and so does its closing dash (n70_close.go).
		{"Ed Moss -- co-founder of a club for sailors -- said the ferry was late.", "the ferry was late", "Ed Moss -- co-founder of a club for sailors --", "Ed Moss"},
		{"Ed Moss — the harbour's master — said the ferry was late.", "the ferry was late", "Ed Moss — the harbour's master —", "Ed Moss"},
		{"The log of the crossing–kept by the Harbour Trust–shows that the ferry was late.", "that the ferry was late", "The log of the crossing–kept by the Harbour Trust–", ""},
		{"The log of the crossing – kept by the Harbour Trust – shows that the ferry was late.", "that the ferry was late", "The log of the crossing – kept by the Harbour Trust –", ""},
		// Mended: a name, its appositive, then the phrase between dashes.
		{"Ann Ortiz, the head of Gull Lines -- a firm that sails to the islands, which also runs buses -- told me the ferry was late.", "the ferry was late", "Ann Ortiz, the head of Gull Lines -- a firm that sails to the islands, which also runs buses --", "Ann Ortiz"},
		{"Ann Ortiz, the head of Gull Lines -- a firm that sails to the islands -- told us, \"The ferry was late.\"", "The ferry was late.", "Ann Ortiz, the head of Gull Lines -- a firm that sails to the islands --", "Ann Ortiz"},
		{"Ann Ortiz, 52, the head of Gull Lines -- a small firm -- said the ferry was late.", "the ferry was late", "Ann Ortiz, 52, the head of Gull Lines -- a small firm --", "Ann Ortiz"},
		{"Ann Ortiz, a pilot -- and a good one -- said the ferry was late.", "the ferry was late", "Ann Ortiz, a pilot -- and a good one --", "Ann Ortiz"},
		// Held before, unchanged: no dashes, a comma's aside.
		{"Ed Moss, the harbour's master, said the ferry was late.", "the ferry was late", "Ed Moss, the harbour's master,", "Ed Moss"},
		{"The mayor, in a statement on Friday, said the ferry was late.", "the ferry was late", "The mayor", ""},
		{"Moss, for his part, said the ferry was late.", "the ferry was late", "Moss", "Moss"},
		{"In 2010, when the law passed, officials said the ferry was late.", "the ferry was late", "officials", ""},
		{"Moss, Ortiz and Lee said the ferry was late.", "the ferry was late", "Moss, Ortiz and Lee", ""},
		// Held before: an opening phrase before the comma; the
		// subject follows it.
		{"After the storm, a spokesman for the line -- which owns the pier -- said the ferry was late.", "the ferry was late", "a spokesman for the line", ""},
		{"Yesterday, a spokesman for the line -- which owns the pier -- said the ferry was late.", "the ferry was late", "a spokesman for the line", ""},
		{"When the storm ended, a spokesman for the line -- which owns the pier -- said the ferry was late.", "the ferry was late", "a spokesman for the line", ""},
		// Held before: a clause of its own between the dashes, a
		// subject that ends before them.
		{"The pier -- critics say it is a folly -- has cost a lot, officials said.", "it is a folly", "critics", ""},
		{"The line met -- briefly -- and said the ferry was late.", "the ferry was late", "The line", ""},
		{"The record of the vote–published by the Harbour Times–shows that the ferry was late.", "that the ferry was late", "The record of the vote–published by the Harbour Times–", ""},
		// Not read: a relative clause after the comma.
		{"But some careful persons, who had seen him on a morning -- bright and mild -- might have regarded the pier as safe.", "the pier as safe", "", ""},
	} {
		d := run(t, c.text)
		q := find(d, c.quote)
		if c.mention == "" {
			if q != nil && q.Speaker.Mention.End > 0 {
				t.Errorf("%q: reading %q, mention %q; want none", c.text, c.quote, d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End])
			}
			continue
		}
		if q == nil || q.Speaker.Mention.End == 0 {
			t.Errorf("%q: no quotation %q with a speaker", c.text, c.quote)
			continue
		}
		m := d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End]
		if m != c.mention || c.name != "" && q.Speaker.Name != c.name {
			t.Errorf("%q: mention %q name %q, want %q, %q", c.text, m, q.Speaker.Name, c.mention, c.name)
		}
	}
}

// TestN40DashNot checks that n40DashAppositive reads no subject out
// of an opening phrase ("Despite the rain", "Meanwhile"), a pronoun's
// clause between the dashes, or a pronoun before a cue noun (n38): the
// mention must not be the one given (the sentence may get another
// reading, or none).
func TestN40DashNot(t *testing.T) {
	for _, c := range []struct{ text, quote, not string }{
		{"Despite the rain, fans -- soaked to the bone -- said the show was great.", "the show was great", "the rain, fans -- soaked to the bone"},
		{"Across the state, farmers -- tired of the drought -- said the rain came late.", "the rain came late", "the state, farmers -- tired of the drought"},
		{"Meanwhile, a spokesman for the line -- which owns the pier -- said the ferry was late.", "the ferry was late", "Meanwhile, a spokesman for the line -- which owns the pier"},
		{"Ed Moss, a lawyer -- and he meant it -- said the ferry was late.", "the ferry was late", "Ed Moss, a lawyer -- and he meant it"},
		{"Two of them claim officials said the road was safe.", "the road was safe", "claim officials"},
	} {
		d := run(t, c.text)
		if q := find(d, c.quote); q != nil && q.Speaker.Mention.End > 0 {
			if m := d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End]; m == c.not {
				t.Errorf("%q: mention %q", c.text, m)
			}
		}
	}
}

// TestN40Paren checks that a parenthesis between a subject and its cue
// joins the mention (n40ParenEnd), and that a party label and a
// parenthesis holding words in marks are read as they were.
func TestN40Paren(t *testing.T) {
	for _, c := range []struct{ text, quote, mention string }{
		// Mended.
		{"Many ports (northern ones, above all) say the ferry was late.", "the ferry was late", "Many ports (northern ones, above all)"},
		{"The crew (or what was left of it) said the ferry was late.", "the ferry was late", "The crew (or what was left of it)"},
		// Held before, unchanged.
		{"Ed Moss (D-Maine) said the ferry was late.", "the ferry was late", "Ed Moss (D-Maine)"},
		{"The crew (\"the old hands\") said the ferry was late.", "the ferry was late", "The crew"},
	} {
		checkMention(t, c.text, c.quote, c.mention)
	}
}
