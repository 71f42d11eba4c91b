package sources

import (
	"context"
	"testing"

	"github.com/hearsay-project/hearsay/internal/cite"
	"github.com/hearsay-project/hearsay/internal/quote"
	"github.com/hearsay-project/hearsay/internal/segment"
	"github.com/hearsay-project/hearsay/internal/source"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

// TestEssay is the hand-made check on the development essay: every
// source listed must be found with its type, and every source found must
// be one of these (precision 1 on this list).
func TestEssay(t *testing.T) {
	d := loadFile(t, testutil.SharedData(t, "seed", "khrushchev-essay.txt"))
	checkSources(t, d)
	want := map[string]doc.SourceType{
		"Stalin": doc.SourcePerson, "Nikita Khrushchev": doc.SourcePerson, "Simon Sebag Montefiore": doc.SourcePerson,
		"Simon Sebag Montefiore’s books": doc.SourceWork, "Wikipedia": doc.SourceWebsite,
		"William Taubman’s biography": doc.SourceWork, "William Taubman": doc.SourcePerson,
		"Nikita Khrushchev’s memoirs": doc.SourceWork, "Declaration of Forty-six": doc.SourceWork,
		"Quora": doc.SourceWebsite, "Alexander Bunn": doc.SourcePerson, "Russian Wikipedia": doc.SourceWebsite,
		"Lazar Kaganovich": doc.SourcePerson, "Lazar Kaganovich’s memoirs": doc.SourceWork,
		"English Wikipedia": doc.SourceWebsite, "Khrushchev Lied": doc.SourceWork, "Grover Furr": doc.SourcePerson,
		"Secret Speech": doc.SourceWork, "Daily Express": doc.SourcePeriodical, "Daily Telegraph": doc.SourcePeriodical,
		"Daily Mail": doc.SourcePeriodical, "pro-Soviet sources from the 1930s": "", "H. G. Wells": doc.SourcePerson,
	}
	for name, typ := range want {
		if s := find(d, name); s == nil || s.Type != typ {
			t.Errorf("source %q (%s) missing or mistyped", name, typ)
		}
	}
	for _, s := range d.Sources {
		if _, ok := want[s.Name]; !ok {
			t.Errorf("unexpected source %q", s.Name)
		}
	}
	if s := find(d, "pro-Soviet sources from the 1930s"); s != nil && !s.Vague {
		t.Errorf("pro-Soviet sources not vague")
	}
	k := find(d, "Nikita Khrushchev")
	if k == nil || len(k.Mentions) < 15 {
		t.Fatalf("Khrushchev variants not merged:\n%s", dump(d))
	}
	seen := map[string]bool{}
	for _, m := range k.Mentions {
		seen[d.Slice(m)] = true
	}
	for _, v := range []string{"Nikita Khrushchev", "Khrushchev", "Nikita Sergeyevich"} {
		if !seen[v] {
			t.Errorf("Khrushchev variant %q not merged", v)
		}
	}
	if s := find(d, "Wikipedia"); s == nil || s.Class != doc.ClassTertiary {
		t.Errorf("Wikipedia not tertiary")
	}
	if s := find(d, "Quora"); s == nil || s.Class != doc.ClassUserGenerated {
		t.Errorf("Quora not user-generated")
	}
	if s := find(d, "Daily Mail"); s == nil || s.Class != doc.ClassPress {
		t.Errorf("Daily Mail not press")
	}
}

func TestFerry(t *testing.T) {
	d := loadFile(t, "../../examples/ferry-strike.txt")
	checkSources(t, d)
	for _, n := range []string{"Agnes R. Pell", "Samuel T. Okafor", "Wren", "Some say", "Tide and Timetable", "Coastal History Review"} {
		if find(d, n) == nil {
			t.Errorf("missing %q:\n%s", n, dump(d))
		}
	}
	if s := find(d, "Samuel T. Okafor"); s != nil && len(s.Mentions) != 3 {
		t.Errorf("Okafor variants: %d mentions", len(s.Mentions))
	}
}

// TestTable checks mentions, spans and types on sentences of our own.
func TestTable(t *testing.T) {
	tests := []struct {
		text, name, mention string
		typ                 doc.SourceType
		class               doc.SourceClass
		vague               bool
	}{
		{"Maria van der Berg said the bridge was closed.", "Maria van der Berg", "Maria van der Berg", doc.SourcePerson, doc.ClassPrimary, false},
		{"The quote is in Ellen Marsh’s diary of 1901.", "Ellen Marsh’s diary", "Ellen Marsh’s diary", doc.SourceWork, doc.ClassPrimary, false},
		{"It appeared in The New York Times last week.", "The New York Times", "New York Times", doc.SourcePeriodical, doc.ClassPress, false},
		{"We checked the German version of Wikipedia first.", "German Wikipedia", "German version of Wikipedia", doc.SourceWebsite, doc.ClassTertiary, false},
		{"Experts say the dam will hold.", "Experts say", "Experts say", doc.SourcePerson, "", true},
		{"The claim comes from sources close to the mayor.", "sources close to the mayor", "sources close to the mayor", "", "", true},
		{"There is a book called Bridges of Tarn by Owen Hale.", "Bridges of Tarn", "Bridges of Tarn", doc.SourceWork, doc.ClassSecondary, false},
		{"There is a book called Bridges of Tarn by Owen Hale.", "Owen Hale", "Owen Hale", doc.SourcePerson, doc.ClassSecondary, false},
		{"Yesterday the Valley Herald printed a correction.", "Valley Herald", "Valley Herald", doc.SourcePeriodical, doc.ClassPress, false},
	}
	for _, tc := range tests {
		d := build(t, "t.txt", []byte(tc.text+"\n"))
		checkSources(t, d)
		s := find(d, tc.name)
		if s == nil {
			t.Errorf("%q: no source %q:\n%s", tc.text, tc.name, dump(d))
			continue
		}
		if s.Type != tc.typ || s.Class != tc.class || s.Vague != tc.vague || d.Slice(s.Mentions[0]) != tc.mention {
			t.Errorf("%q: got %s %s vague=%v %q; want %s %s vague=%v %q", tc.text, s.Type, s.Class, s.Vague, d.Slice(s.Mentions[0]), tc.typ, tc.class, tc.vague, tc.mention)
		}
	}
	// Topic-only names and sentence-initial words are not sources.
	d := build(t, "t.txt", []byte("Yesterday Paris was calm.  In March the Harbour Board met.\n"))
	if len(d.Sources) != 0 {
		t.Errorf("unexpected sources:\n%s", dump(d))
	}
}

func FuzzDetect(f *testing.F) {
	f.Add("L.M. Kaganovich recalled: “Yes.” Some say the Daily Mail’s books by H. G. Wells.")
	f.Add("his memoirs ’s ' the Russian version of Wikipedia. The English version")
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) == 0 {
			return
		}
		d, err := source.LoadBytes(context.Background(), "f.txt", []byte(s), source.Options{})
		if err != nil {
			return
		}
		segment.Run(d)
		quote.Detect(d)
		cite.Detect(d)
		Detect(d)
		checkSources(t, d)
	})
}

// TestVersionSameParagraph checks that "the English version" names a
// website met earlier in the same paragraph only (the paragraph of a
// token is found by search, not kept per token).
func TestVersionSameParagraph(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"We first read Wikipedia on the matter. The English version was longer.", true},
		{"We first read Wikipedia on the matter.\n\nThe English version was longer.", false},
	} {
		d := build(t, "v.txt", []byte(tc.text))
		got := false
		for _, s := range d.Sources {
			for _, m := range s.Mentions {
				if d.Slice(m) == "English version" {
					got = true
				}
			}
		}
		if got != tc.want {
			t.Errorf("%q: a mention of the English version: %v, want %v", tc.text, got, tc.want)
		}
	}
}
