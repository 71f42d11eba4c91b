package speaker

import "testing"

// TestN13Headlines checks that a headline's stance is read (speaker,
// cue and words exact), and that a headline whose verb is an act, a
// question, a line after the first, or a headline the sentence reader
// already read is left as it was.
func TestN13Headlines(t *testing.T) {
	const body = "\n\nThe council met on Tuesday evening in the town hall."
	// A body in which Senator Ortiz and the governor speak: "see", "go
	// after" and "Name on Topic:" need their subject to speak in it.
	const spoke = "\n\n“The plan will fail,” Senator Ortiz said on Monday. Governor Ann Lee said the cuts were wrong."
	for _, c := range []struct {
		text                string
		speaker, cue, words string // speaker "" for no reading of n13's in the first line
	}{
		{"Senator Ortiz Goes After Mayor Lin On Housing." + spoke, "Senator Ortiz", "Goes After", "Mayor Lin On Housing"},
		{"Appeals court rules against the county's new map." + body, "Appeals court", "rules against", "the county's new map"},
		{"Farm leaders weigh plans for a grain reserve." + body, "Farm leaders", "weigh", "plans for a grain reserve"},
		{"Governor Sees 'Grave Risk' in School Cuts." + spoke, "Governor", "Sees", "'Grave Risk' in School Cuts"},
		{"Two Nurses Share Their Thoughts On Overtime." + body, "Two Nurses", "Share", "Their Thoughts On Overtime"},
		{"With a week to go, the mayor still ducks on pensions." + body, "the mayor", "ducks on", "pensions"},
		{"Federal judge rules against the county's new map." + body, "Federal judge", "rules against", "the county's new map"},
		{"One Letter Sums Up The Town's Long Fight." + body, "One Letter", "Sums Up", "The Town's Long Fight"},
		{"Mayor Backtracks On Ferry Fares After Protest." + body, "Mayor", "Backtracks On", "Ferry Fares After Protest"},
		{"Union Breaks With Party On Port Deal." + body, "Union", "Breaks With", "Party On Port Deal"},
		{"Ortiz on Housing: The Market Is 'Broken.'" + spoke, "Ortiz", "on Housing:", "The Market Is 'Broken.'"},
		// Not: a verb of an act, "share" without an opinion, "rule"
		// without a side.
		{"Mayor Visits Flooded Towns Along The River." + body, "", "", ""},
		{"Senator Shares Stage With Rival At Fair." + body, "", "", ""},
		{"Boats Side With Pier At Low Tide." + body, "", "", ""},
		{"Lame Duck Session Opens In Capital." + body, "", "", ""},
		{"Spring Break With Kids In The City." + body, "", "", ""},
		{"Heavy snow weighs on farm markets." + body, "", "", ""},
		{"Visitors See Pandas At The Zoo." + spoke, "", "", ""},
		{"Governor Sees 'Grave Risk' in School Cuts." + body, "", "", ""},
		{"Ohio on Edge: Storm Nears Coast After Rain." + spoke, "", "", ""},
		{"Warriors Break With Tradition In Draft." + body, "", "", ""},
		{"Rail Workers Go On Strike Over Pay." + body, "", "", ""},
		// Not: a question, a question word, a word of grammar.
		{"Why Farm Leaders See Hope In Talks?" + body, "", "", ""},
		{"How Young Voters See The Tax Plan." + body, "", "", ""},
	} {
		d := run(t, c.text)
		var got *struct{ speaker, cue, words string }
		for _, q := range d.Quotes {
			if q.Speaker.Mention.End > q.Speaker.Mention.Start && q.Speaker.Mention.End <= d.Paragraphs[0].End && q.Cue.End > q.Cue.Start && q.Kind == "indirect" {
				got = &struct{ speaker, cue, words string }{d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End], d.Text[q.Cue.Start:q.Cue.End], q.Words(d.Text)}
				break
			}
		}
		switch {
		case c.speaker == "" && got != nil:
			t.Errorf("%q: read %+v, want no reading", c.text, *got)
		case c.speaker != "" && got == nil:
			t.Errorf("%q: no reading, want %q %q %q", c.text, c.speaker, c.cue, c.words)
		case c.speaker != "" && (got.speaker != c.speaker || got.cue != c.cue || got.words != c.words):
			t.Errorf("%q: read %+v, want %q %q %q", c.text, *got, c.speaker, c.cue, c.words)
		}
	}
}

// TestN13FirstLineOnly checks that a headline-like line after the
// first is not read.
func TestN13FirstLineOnly(t *testing.T) {
	d := run(t, "The council met on Tuesday evening in the town hall.\n\nFarm leaders weigh plans for a grain reserve.")
	for _, q := range d.Quotes {
		if q.Cue.End > q.Cue.Start && d.Text[q.Cue.Start:q.Cue.End] == "weigh" {
			t.Errorf("read %q by %q", q.Words(d.Text), q.Speaker.Name)
		}
	}
}

// TestN13WholeText checks that a text of one line is no headline.
func TestN13WholeText(t *testing.T) {
	d := run(t, "Farm leaders weigh plans for a grain reserve.")
	for _, q := range d.Quotes {
		if q.Cue.End > q.Cue.Start && d.Text[q.Cue.Start:q.Cue.End] == "weigh" {
			t.Errorf("read %q by %q", q.Words(d.Text), q.Speaker.Name)
		}
	}
}

// TestN13HeadlineChild checks that a phrase in marks inside a headline's
// words becomes the reading's child and takes its speaker.
func TestN13HeadlineChild(t *testing.T) {
	d := run(t, "Ortiz on Housing: The Market Is 'Broken' For Renters.\n\n“The plan will fail,” Senator Ortiz said on Monday.")
	parent := -1
	for i, q := range d.Quotes {
		if q.Kind == "indirect" && q.Speaker.Name == "Ortiz" {
			parent = i
		}
	}
	if parent < 0 {
		t.Fatalf("no reading by Ortiz: %+v", d.Quotes)
	}
	for _, q := range d.Quotes {
		if q.Words(d.Text) == "Broken" && (q.Parent != parent || q.Kind == "mixed" && q.Speaker.Name != "Ortiz") {
			t.Errorf("'Broken': parent %d speaker %q, want %d Ortiz", q.Parent, q.Speaker.Name, parent)
		}
	}
}

// TestN13DropHeadNouns checks that a headline reading whose cue is the
// subject's head noun ("Safety Rules Face …", "A Dangerous Plan to …")
// is dropped, and that a ruling body's "Rules Against" and a person's
// "Plans to" keep theirs.
func TestN13DropHeadNouns(t *testing.T) {
	const body = "\n\nThe council met on Tuesday evening in the town hall."
	for _, c := range []struct {
		text, speaker string // speaker "" for no reading in the headline
	}{
		{"Port Safety Rules Face Review By State." + body, ""},
		{"A Dangerous Plan to Save the Old Ferry." + body, ""},
		{"Court Rules Against Port In Fee Case." + body, "Court"},
		{"The Harbour Board Rules That Ferry Must Sail." + body, "The Harbour Board"},
		{"A Senator Plans to Block the Bill." + body, "A Senator"},
		{"Harbour Campaign Quietly Seeking Donors In The North." + body, ""},
		{"Mayor Says Cutting Fares Is The Key." + body, "Mayor"},
	} {
		d := run(t, c.text)
		got := ""
		for _, q := range d.Quotes {
			if q.Kind == "indirect" && q.Speaker.Mention.End > q.Speaker.Mention.Start && q.Speaker.Mention.End <= d.Paragraphs[0].End {
				got = d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End]
			}
		}
		if got != c.speaker {
			t.Errorf("%q: speaker %q, want %q", c.text, got, c.speaker)
		}
	}
}

// TestN13HearsayAdverb checks that "Campaign Reportedly Seeking …" is a
// report with no source, cued by the adverb, over the whole line.
func TestN13HearsayAdverb(t *testing.T) {
	d := run(t, "Harbour Campaign Reportedly Seeking Donors In The North.\n\nThe council met on Tuesday evening in the town hall.")
	for _, q := range d.Quotes {
		if q.Cue.End > q.Cue.Start && d.Text[q.Cue.Start:q.Cue.End] == "Reportedly" {
			if q.Speaker.Name != "" || q.Words(d.Text) != "Harbour Campaign … Seeking Donors In The North" {
				t.Errorf("speaker %q, words %q", q.Speaker.Name, q.Words(d.Text))
			}
			return
		}
	}
	t.Errorf("no reading cued by Reportedly: %+v", d.Quotes)
}
