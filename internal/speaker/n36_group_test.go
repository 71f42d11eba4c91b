package speaker

import "testing"

// TestN36GroupPlurals checks that a plural without "-s" ("police",
// "people", "staff", "media", "women", "children", "clergy",
// "personnel") is the subject of its verb of reporting after a word that
// opens the sentence and with an adverb or an auxiliary between it and
// the verb; that the readings that held before hold as they were; and
// that such a plural right before a verb that is no cue of subjectAt's
// ("feel", "find") still gives no reading.
func TestN36GroupPlurals(t *testing.T) {
	for _, c := range []struct {
		text, quote string
		mention     string // "": no reading of the quote
		cue         string
	}{
		// Mended: an opener, the plural, an adverb or an auxiliary.
		{"But police also said that the ferry was late.", "that the ferry was late", "police", "said"},
		{"But people also said that the ferry was late.", "that the ferry was late", "people", "said"},
		{"And staff also said that the ferry was late.", "that the ferry was late", "staff", "said"},
		{"However, police also said that the ferry was late.", "that the ferry was late", "police", "said"},
		{"But police recently said that the ferry was late.", "that the ferry was late", "police", "said"},
		{"But police now fear that the ferry will sink.", "that the ferry will sink", "police", "fear"},
		{"Still, police have said that the ferry was late.", "that the ferry was late", "police", "said"},
		{"But local people also said that the ferry was late.", "that the ferry was late", "local people", "said"},
		{"But harbour staff also said that the ferry was late.", "that the ferry was late", "harbour staff", "said"},
		{"Yet media also reported that the ferry was late.", "that the ferry was late", "media", "reported"},
		{"Meanwhile, women often say that the ferry is late.", "that the ferry is late", "women", "say"},
		{"So children sometimes claim that the ferry is haunted.", "that the ferry is haunted", "children", "claim"},
		{"In March, clergy had already warned that the ferry was unsafe.", "that the ferry was unsafe", "clergy", "warned"},
		{"But personnel later confirmed that the ferry was late.", "that the ferry was late", "personnel", "confirmed"},
		{"But police on Tuesday said that the ferry was late.", "that the ferry was late", "police", "said"},
		{"But staff in March warned that the ferry was unsafe.", "that the ferry was unsafe", "staff", "warned"},
		// Held before, unchanged.
		{"Police also said that the ferry was late.", "that the ferry was late", "Police", "said"},
		{"But police said that the ferry was late.", "that the ferry was late", "police", "said"},
		{"But police officers said that the ferry was late.", "that the ferry was late", "police officers", "said"},
		{"But the police also fear that the ferry will sink.", "that the ferry will sink", "the police", "fear"},
		{"But officers also said that the ferry was late.", "that the ferry was late", "officers", "said"},
		{"But many people also said that the ferry was late.", "that the ferry was late", "many people", "said"},
		{"And people close to him also said that the ferry was late.", "that the ferry was late", "people close to him", "said"},
		{"Officers also police the docks and say that the ferry is late.", "that the ferry is late", "Officers", "say"},
		{"But working people also said that the ferry was late.", "that the ferry was late", "working people", "said"},
		// Not read: the plural the object of a gerund whose verb is
		// singular (the act, not a source), or right before a verb
		// that is no cue.
		{"But hiring staff also suggests that the ferry line is growing.", "that the ferry line is growing", "", ""},
		{"And training police on Monday signals that the town is worried.", "that the town is worried", "", ""},
		{"For some odd reason, people feel the need to shout on the ferry.", "the need to shout", "", ""},
		{"It is the meaning and deep joy people find when they pull together.", "when they pull", "", ""},
	} {
		d := run(t, c.text)
		q := find(d, c.quote)
		if c.mention == "" {
			if q != nil {
				t.Errorf("%q: reading %q, speaker %q; want none", c.text, c.quote, q.Speaker.Name)
			}
			continue
		}
		if q == nil || q.Cue.End == 0 {
			t.Errorf("%q: no quotation %q with a cue", c.text, c.quote)
			continue
		}
		m := d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End]
		if cue := d.Text[q.Cue.Start:q.Cue.End]; m != c.mention || cue != c.cue || q.Speaker.Name == "" {
			t.Errorf("%q: mention %q cue %q name %q, want %q, %q", c.text, m, cue, q.Speaker.Name, c.mention, c.cue)
		}
	}
}

// TestN36GroupHead checks the reader on its own: a plural without "-s"
// before an adverb or an auxiliary, not before its verb, not a plural in
// "-s", not at the text's end.
func TestN36GroupHead(t *testing.T) {
	for _, c := range []struct {
		text string
		k    int
		want bool
	}{
		{"But police also said", 1, true},
		{"But people have said", 1, true},
		{"But police said", 1, false},
		{"But officers also said", 1, false},
		{"But police", 1, false},
		{"But police on Tuesday said", 1, true},
		{"But people in 2012 said", 1, true},
		{"But people in march said", 1, false}, // no month without its capital
		{"But people on the pier said", 1, false},
	} {
		toks := newTokIndex(c.text, "").tokens(0, len(c.text))
		if got := n36GroupHead(c.text, toks, c.k); got != c.want {
			t.Errorf("n36GroupHead(%q, %d) = %v, want %v", c.text, c.k, got, c.want)
		}
	}
}
