package speaker

import "testing"

// TestK1FarCue: a colon introduction whose cue verb stands more than six
// words before the colon, followed only by phrases of place, time,
// medium or addressee; and clauses where the rule must not fire.
func TestK1FarCue(t *testing.T) {
	cases := []struct {
		clause, subj, cue string
	}{
		{"Harbour Master Ana Ruiz said in a letter to the council last month: ", "Harbour Master Ana Ruiz", "said"},
		{"AS Harbour Master Ana Ruiz said in a letter to the council last month: ", "Harbour Master Ana Ruiz", "said"},
		{"The mayor told reporters at the old pier on Monday night after the vote: ", "The mayor", "told"},
		{"Ed Moss wrote on his blog late on Sunday after the long meeting: ", "Ed Moss", "wrote"},
		{"The union explained in a letter to all of its members this week: ", "The union", "explained"},
		// A clause after the cue: its own words, not the colon's.
		{"Ana Ruiz said that the pier would close in the spring and summer: ", "", ""},
		{"Ana Ruiz said the pier, which opened in the spring of 1990: ", "", ""},
		{"Ana Ruiz said in May she would close the pier for the summer: ", "", ""},
		// A noun for an utterance, not a verb.
		{"His comments in a letter to the board of the harbour last week: ", "", ""},
		// An object that is no addressee.
		{"Ana Ruiz said the pier of the old town on the bay at dawn: ", "", ""},
		// Beyond the bound.
		{"Ana Ruiz said in a letter to the council of the town by the sea in the north of the county last month: ", "", ""},
	}
	for _, c := range cases {
		toks := tokenize(c.clause, 0, len(c.clause))
		f := introClause(c.clause, toks)
		var subj, cue string
		if f.ok {
			subj, cue = c.clause[f.subj.Start:f.subj.End], c.clause[f.cue.Start:f.cue.End]
		}
		if subj != c.subj || cue != c.cue {
			t.Errorf("%q: got %q/%q, want %q/%q", c.clause, subj, cue, c.subj, c.cue)
		}
	}
}

// TestK1InOwnWork: a colon introduction that ends "in his <work>:" after
// its subject's verb gives the subject; and where it must not.
func TestK1InOwnWork(t *testing.T) {
	cases := []struct{ clause, subj string }{
		{"Ed Moss evokes the pier as a symbol of the 1900s in his foreword: ", "Ed Moss"},
		{"Acme sets out its case in its report: ", "Acme"},
		// A description: left to the other rules.
		{"The council sets out its case in its report: ", ""},
		{"She describes the storm in her memoir: ", "She"},
		// A second person who may own the work.
		{"Ed Moss quotes Ann Reed in her book: ", ""},
		// No work: a place.
		{"Ann Reed was sitting in her office: ", ""},
		// A clause between.
		{"Ed Moss says that the pier failed in his report: ", ""},
		// No possessive.
		{"Ed Moss describes the storm in a report: ", ""},
	}
	for _, c := range cases {
		toks := tokenize(c.clause, 0, len(c.clause))
		f := k1InOwnWork(c.clause, toks, len(toks)-1)
		subj := ""
		if f.ok {
			subj = c.clause[f.subj.Start:f.subj.End]
		}
		if subj != c.subj {
			t.Errorf("%q: got %q, want %q", c.clause, subj, c.subj)
		}
	}
}
