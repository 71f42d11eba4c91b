package sources

import (
	"context"
	"testing"

	"github.com/hearsay-project/hearsay/internal/cite"
	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/quote"
	"github.com/hearsay-project/hearsay/internal/segment"
	"github.com/hearsay-project/hearsay/internal/source"
	"github.com/hearsay-project/hearsay/internal/speaker"
)

// buildWithSpeakers runs the pipeline's stages before this one as the
// product does, the speaker stage included, then Detect.
func buildWithSpeakers(t testing.TB, text string) *doc.Document {
	t.Helper()
	d, err := source.LoadBytes(context.Background(), "", []byte(text), source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	segment.Run(d)
	quote.Detect(d)
	speaker.Attribute(d)
	cite.Detect(d)
	Detect(d)
	return d
}

// TestSpeakerPhrases pins the sources named in speakers' phrases: a
// place after "from" or "in" is where the speaker is and no source; a
// body after "of", "for" or "at" is an organisation; a person spoken for
// is a person; a name heading a speaker's phrase is a source even with
// no verb right after it; a newspaper or broadcaster is a periodical.
// want lists every source, in order, as "name|type|class|mentions"; the
// sentences are the package's own.
func TestSpeakerPhrases(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"A man from Oslo said the ferry was late.\n", nil},
		{"Officials in Bergen said it was late.\n", nil},
		{"A spokesman for Ed Moss said the pier was safe.\n", []string{"Ed Moss|person|primary|Ed Moss"}},
		{"An attorney for Ann Reed said it was late.\n", []string{"Ann Reed|person|primary|Ann Reed"}},
		{"Ed Moss of the Sierra Club said the pier was safe.\n",
			[]string{"Ed Moss|person|primary|Ed Moss", "Sierra Club|organisation|primary|Sierra Club"}},
		{"Ann Reed of Oslo said it was late.\n", []string{"Ann Reed|person|primary|Ann Reed"}},
		{"Nurses at the Harbour Board said the beds were full.\n", []string{"Harbour Board|organisation|primary|Harbour Board"}},
		{"Officials in the Foreign Ministry said the talks went well.\n", []string{"Foreign Ministry|organisation|primary|Foreign Ministry"}},
		{"A pilot at the Port Authority said the tide was high.\n", []string{"Port Authority|organisation|primary|Port Authority"}},
		{"The Sierra Club said the pier was safe.\n", []string{"Sierra Club|organisation|primary|Sierra Club"}},
		{"The NAACP said the vote was fair.\n", []string{"Naacp|organisation|primary|NAACP"}},
		// A capitalised name inside a body's own name is no person (the
		// body's name is cut at "for", as names are at a small word).
		{"A fellow at the Centre for Coastal Studies said so.\n", []string{"Centre|organisation|primary|Centre"}},
		// A state or party before a title is no one's name.
		{"Coastal Sen. Ann Reed said the pier was safe.\n", []string{"Ann Reed|person|primary|Ann Reed"}},
		// A label before a name is no part of it; a rank that starts a
		// body's name is.
		{"Republican Ed Moss said the pier was safe. Moss said so again.\n", []string{"Ed Moss|person|primary|Ed Moss,Moss"}},
		{"The Justice Department said the files were sealed.\n", []string{"Justice Department|organisation|primary|Justice Department"}},
		// Heading the speaker's phrase, with the verb before the name.
		{"“The roof leaks,” said Evelyn Marsh, who chairs the Friends of Elm Library.\n",
			[]string{"Evelyn Marsh|person|primary|Evelyn Marsh"}},
		// A name modifying a noun is not the speaker.
		{"The Moss campaign said the poll was wrong.\n", nil},
		{"An editorial in the Evening Ledger argued that the pier was safe.\n",
			[]string{"Evening Ledger|periodical|press|Evening Ledger"}},
		{"The Evening Ledger said the pier was safe. The Ledger said so again.\n",
			[]string{"Evening Ledger|periodical|press|Evening Ledger,Ledger"}},
		{"The Herald said the pier was safe.\n", []string{"Herald|periodical|press|Herald"}},
		{"Channel 4 News reported that the ferry sank.\n", []string{"Channel 4 News|periodical|press|Channel 4 News"}},
		{"The Daily Harbour said the ferry sank.\n", []string{"Daily Harbour|periodical|press|Daily Harbour"}},
		// Negatives: people stay people; "the" and a word that also
		// names other things is no paper.
		{"Ed Moss said the pier was safe.\n", []string{"Ed Moss|person|primary|Ed Moss"}},
		{"Moss recalled the storm.\n", []string{"Moss|person|primary|Moss"}},
	} {
		d := buildWithSpeakers(t, tc.text)
		checkSources(t, d)
		var got []string
		for _, s := range d.Sources {
			ms := ""
			for i, m := range s.Mentions {
				if i > 0 {
					ms += ","
				}
				ms += d.Slice(m)
			}
			got = append(got, s.Name+"|"+string(s.Type)+"|"+string(s.Class)+"|"+ms)
		}
		if len(got) != len(tc.want) {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
				break
			}
		}
	}
}
