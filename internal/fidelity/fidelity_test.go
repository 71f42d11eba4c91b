package fidelity

import (
	"reflect"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

func TestNorm(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Colour", "color"}, {"colours", "colors"}, {"honoured", "honored"}, {"favourite", "favorite"},
		{"behaviour", "behavior"}, {"neighbours", "neighbors"}, {"realise", "realize"}, {"organisation", "organization"},
		{"analysed", "analyzed"}, {"centre", "center"}, {"travelled", "traveled"}, {"grey", "gray"},
		{"It’s", "it's"}, {"four", "four"}, {"hour", "hour"}, {"your", "your"}, {"contour", "contour"},
		{"ÉCOLE", "école"}, {"defence", "defense"},
	} {
		if got := norm(tc.in); got != tc.want {
			t.Errorf("norm(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSplitMarks(t *testing.T) {
	type seg = segment
	for _, tc := range []struct {
		in   string
		want []seg
	}{
		{"a b … c d", []seg{{"a b ", jointNone}, {" c d", jointElision}}},
		{"a b... c", []seg{{"a b", jointNone}, {" c", jointElision}}},
		{"a [...] c", []seg{{"a ", jointNone}, {" c", jointElision}}},
		{"a […] c", []seg{{"a ", jointNone}, {" c", jointElision}}},
		{"a . . . c", []seg{{"a ", jointNone}, {" c", jointElision}}},
		{"[T]he end", []seg{{"The end", jointNone}}},
		{"wom[e]n", []seg{{"women", jointNone}}},
		{"it was [sic] good", []seg{{"it was  good", jointNone}}},
		{"gave [his] word", []seg{{"gave ", jointNone}, {" word", jointWildcard}}},
		{"open [bracket", []seg{{"open [bracket", jointNone}}},
	} {
		if got := splitMarks(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("splitMarks(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// source is a small source text for the alignment tests; the offsets in
// the tests below are into it.
const minutes = `The committee met at noon. Its chair, Ada Quince, said the bridge would reopen in May and that the repairs had cost less than feared. Nobody asked about the tunnel. She added that the colour of the new railings had been chosen by the schoolchildren of the town.`

func mustCorpus(t testing.TB, texts ...Text) *Corpus {
	t.Helper()
	c, err := New(texts)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func align(t *testing.T, c *Corpus, quote string) (doc.Fidelity, bool) {
	t.Helper()
	return c.Align(quote, []doc.Span{{Start: 0, End: len(quote)}})
}

func TestAlign(t *testing.T) {
	c := mustCorpus(t, Text{Name: "minutes.txt", Text: minutes}, Text{Name: "other.txt", Text: "An unrelated text about the tunnel and the river."})
	span := func(s string) doc.Span {
		i := strings.Index(minutes, s)
		if i < 0 {
			t.Fatalf("%q not in source", s)
		}
		return doc.Span{Start: i, End: i + len(s)}
	}
	for _, tc := range []struct {
		name, quote string
		verdict     doc.Verdict
		passage     doc.Span
		diff        []doc.DiffOp
	}{
		{"verbatim", "the bridge would reopen in May", doc.VerdictVerbatim, span("the bridge would reopen in May"), nil},
		{"case, marks and spacing", "The  Bridge would REOPEN in May.", doc.VerdictVerbatim, span("the bridge would reopen in May"), nil},
		{"spelling", "the color of the new railings", doc.VerdictVerbatim, span("the colour of the new railings"), nil},
		{"elided", "the bridge would reopen … the repairs had cost less than feared", doc.VerdictElided,
			span("the bridge would reopen in May and that the repairs had cost less than feared"), nil},
		{"elided in brackets", "the bridge would reopen [...] had cost less than feared", doc.VerdictElided,
			span("the bridge would reopen in May and that the repairs had cost less than feared"), nil},
		{"bracketed insertion", "[The new railings] had been chosen by the schoolchildren", doc.VerdictVerbatim,
			span("had been chosen by the schoolchildren"), nil},
		{"bracket inside a word and sic", "[t]he repairs had cost less [sic] than feared", doc.VerdictVerbatim,
			span("the repairs had cost less than feared"), nil},
		{"altered", "the repairs had cost far less than anyone feared", doc.VerdictAltered, span("the repairs had cost less than feared"),
			[]doc.DiffOp{{Op: "equal", Text: "the repairs had cost"}, {Op: "insert", Text: "far"}, {Op: "equal", Text: "less than"}, {Op: "insert", Text: "anyone"}, {Op: "equal", Text: "feared"}}},
		{"altered word", "the bridge would open in June", doc.VerdictAltered, span("the bridge would reopen in May"),
			[]doc.DiffOp{{Op: "equal", Text: "the bridge would"}, {Op: "delete", Text: "reopen"}, {Op: "insert", Text: "open"}, {Op: "equal", Text: "in"}, {Op: "delete", Text: "May"}, {Op: "insert", Text: "June"}}},
		{"not found", "we shall fight on the beaches", doc.VerdictNotFound, doc.Span{}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, ok := align(t, c, tc.quote)
			if !ok {
				t.Fatal("not checked")
			}
			if f.Verdict != tc.verdict {
				t.Fatalf("verdict %s, want %s (%+v)", f.Verdict, tc.verdict, f)
			}
			if f.Passage != tc.passage {
				t.Errorf("passage %v %q, want %v %q", f.Passage, f.Text, tc.passage, minutes[tc.passage.Start:tc.passage.End])
			}
			if tc.verdict != doc.VerdictNotFound && f.Source != "minutes.txt" {
				t.Errorf("source %q", f.Source)
			}
			if !reflect.DeepEqual(f.Diff, tc.diff) {
				t.Errorf("diff %v, want %v", f.Diff, tc.diff)
			}
			if tc.verdict == doc.VerdictAltered && (f.EditRatio <= 0 || f.EditRatio >= 0.5) {
				t.Errorf("edit ratio %v", f.EditRatio)
			}
		})
	}
	if _, ok := align(t, c, "in May"); ok {
		t.Error("a two-word quotation was checked")
	}
}

func TestAlignSplitQuote(t *testing.T) {
	c := mustCorpus(t, Text{Name: "minutes.txt", Text: minutes})
	// “Its chair,” the clerk wrote, “Ada Quince, said the bridge …”: two
	// content spans that run on in the source are verbatim.
	art := `"Its chair, Ada Quince," the clerk wrote, "said the bridge would reopen in May."`
	a, b := strings.Index(art, "Its"), strings.Index(art, "said the")
	f, _ := c.Align(art, []doc.Span{{Start: a, End: a + len("Its chair, Ada Quince,")}, {Start: b, End: b + len("said the bridge would reopen in May.")}})
	if f.Verdict != doc.VerdictVerbatim {
		t.Errorf("split quotation: %s, want verbatim", f.Verdict)
	}
}

func TestEmptyCorpus(t *testing.T) {
	c := mustCorpus(t)
	if f, ok := align(t, c, "any words at all here"); !ok || f.Verdict != doc.VerdictNotFound {
		t.Errorf("got %v %v", f, ok)
	}
}

func TestDiffSummary(t *testing.T) {
	got := DiffSummary([]doc.DiffOp{{Op: "equal", Text: "a"}, {Op: "delete", Text: "been over into"}, {Op: "insert", Text: "seen"}, {Op: "equal", Text: "b"}, {Op: "insert", Text: "far"}, {Op: "delete", Text: "gone"}})
	if got2 := DiffSummary([]doc.DiffOp{{Op: "insert", Text: "far"}, {Op: "equal", Text: "b"}, {Op: "delete", Text: "gone"}}); got2 != "“far” added; “gone” left out" {
		t.Errorf("got %q", got2)
	}
	want := "“been over into” → “seen”; “gone” → “far”"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func FuzzAlign(f *testing.F) {
	other := "Harbour dues will rise in April … for every boat. The bridge would reopen."
	c := mustCorpus(f, Text{Name: "a.txt", Text: other}, Text{Name: "minutes.txt", Text: minutes}, Text{Name: "empty.txt"}, Text{Name: "b.txt", Text: other})
	for _, s := range []string{"the bridge would reopen … in May", "[T]he [sic] […] colour", "...", "[", "a [b] c [d] e … f", "the the the the"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		fd, ok := c.Align(q, []doc.Span{{Start: 0, End: len(q)}})
		if !ok {
			return
		}
		switch fd.Verdict {
		case doc.VerdictVerbatim, doc.VerdictElided, doc.VerdictAltered, doc.VerdictNotFound:
		default:
			t.Fatalf("verdict %q", fd.Verdict)
		}
		src := map[string]string{"a.txt": other, "b.txt": other, "minutes.txt": minutes}[fd.Source]
		if fd.Verdict != doc.VerdictNotFound && (!doc.ValidSpan(src, fd.Passage) || src[fd.Passage.Start:fd.Passage.End] != fd.Text) {
			t.Fatalf("passage %v out of the source %q", fd.Passage, fd.Source)
		}
		if fd.EditRatio < 0 || fd.EditRatio > 1 {
			t.Fatalf("edit ratio %v", fd.EditRatio)
		}
	})
}

// TestAlignAtTextStart: a quotation whose first words were changed, of a
// passage at the very start of a source, is aligned within that source,
// not with the end of the one before it.
func TestAlignAtTextStart(t *testing.T) {
	c := mustCorpus(t, Text{Name: "a.txt", Text: "Words of another text entirely, ending here."},
		Text{Name: "b.txt", Text: "Harbour dues will rise in April for every boat."})
	f, ok := align(t, c, "Our new harbour dues will rise in April for every boat")
	if !ok || f.Verdict != doc.VerdictAltered || f.Source != "b.txt" || f.Passage.Start != 0 {
		t.Fatalf("got %+v", f)
	}
	if got := DiffSummary(f.Diff); got != "“Our new” added" {
		t.Errorf("diff %q", got)
	}
}
