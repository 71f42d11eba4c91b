package cite

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

// TestMarkers checks every marker form and its resolution, through the
// loader of each format, with exact spans.
func TestMarkers(t *testing.T) {
	for _, c := range markerCases {
		t.Run(c.name, func(t *testing.T) {
			d := expectCitations(t, c.name, c.src, c.want...)
			checkFindings(t, d)
			checkInvariants(t, d)
		})
	}
}

// checkFindings checks that every unresolved citation and every orphan
// has its finding, on its span, and that there are no others.
func checkFindings(t *testing.T, d *doc.Document) {
	t.Helper()
	var want []string
	for _, c := range d.Citations {
		switch c.Status {
		case doc.CiteUnresolved:
			want = append(want, fmt.Sprintf("%s %v", doc.FindUnresolvedCitation, c.Span))
		case doc.CiteOrphan:
			want = append(want, fmt.Sprintf("%s %v", doc.FindOrphanNote, c.Span))
		}
	}
	var got []string
	for _, f := range d.Findings {
		got = append(got, fmt.Sprintf("%s %v", f.Code, f.Span))
		if f.Message == "" {
			t.Errorf("finding %s %v has no message", f.Code, f.Span)
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("findings\n got %v\nwant %v", got, want)
	}
}

// checkInvariants checks what must hold of any document: spans valid and
// sorted, targets and repeats valid indexes, statuses consistent.
func checkInvariants(t testing.TB, d *doc.Document) {
	t.Helper()
	for i, c := range d.Citations {
		if !doc.ValidSpan(d.Text, c.Span) || c.Len() == 0 {
			t.Fatalf("citation %d: span %v invalid in text of %d bytes", i, c.Span, len(d.Text))
		}
		if i > 0 && c.Start < d.Citations[i-1].Start {
			t.Errorf("citation %d: not sorted", i)
		}
		if c.Target < -1 || c.Target >= len(d.References) {
			t.Errorf("citation %d: target %d out of range", i, c.Target)
		}
		if c.Repeat < -1 || c.Repeat >= i {
			t.Errorf("citation %d: repeat %d not an earlier citation", i, c.Repeat)
		}
		switch c.Status {
		case doc.CiteResolved:
			if c.Target < 0 && c.Kind != doc.CiteLink {
				t.Errorf("citation %d: resolved without a target", i)
			}
		case doc.CiteUnresolved:
			if c.Target >= 0 {
				t.Errorf("citation %d: unresolved with a target", i)
			}
		case doc.CiteOrphan:
			if c.Target < 0 || !d.References[c.Target].Contains(c.Span) {
				t.Errorf("citation %d: orphan outside its note", i)
			}
		default:
			t.Errorf("citation %d: status %q", i, c.Status)
		}
		if c.Kind == doc.CiteLink && c.URL == "" {
			t.Errorf("citation %d: link without a URL", i)
		}
	}
	for i, r := range d.References {
		if !doc.ValidSpan(d.Text, r.Span) {
			t.Fatalf("reference %d: span %v invalid", i, r.Span)
		}
		if i > 0 && r.Start < d.References[i-1].End {
			t.Errorf("reference %d: overlaps or precedes reference %d", i, i-1)
		}
	}
	for i, f := range d.Findings {
		if !doc.ValidSpan(d.Text, f.Span) {
			t.Errorf("finding %d: span %v invalid", i, f.Span)
		}
	}
}

func TestReferenceFields(t *testing.T) {
	d := load(t, "refs.txt", "Intro line here.\n\nA claim.[1] Another.[2]\n\nNotes\n\n"+
		"1. Taubman, W. (2003). Khrushchev: The Man and His\nEra. W. W. Norton.\n"+
		"2. See https://archive.example/minutes, retrieved 4 May 2009.\n")
	want := []doc.Reference{
		{Span: doc.Span{Start: 50, End: 119}, Label: "1", Authors: []string{"Taubman, W."}, Year: "2003", Title: "Khrushchev: The Man and His Era", Publisher: "W. W. Norton"},
		{Span: doc.Span{Start: 120, End: 181}, Label: "2", URL: "https://archive.example/minutes"},
	}
	if !reflect.DeepEqual(d.References, want) {
		t.Errorf("references\n got %+v\nwant %+v", d.References, want)
	}
}

// examplePath returns the path of one of the team's examples.
func examplePath(name string) string { return filepath.Join("..", "..", "examples", name) }

func TestFerryStrike(t *testing.T) {
	d := loadFile(t, examplePath("ferry-strike.txt"))
	want := []string{
		`note resolved "[1]" 1038-1041 m=1 t=0 r=-1`,
		`note resolved "[2]" 1316-1319 m=2 t=1 r=-1`,
		`note resolved "[3]" 1832-1835 m=3 t=2 r=-1`,
		`note unresolved "[4]" 2451-2454 m=4 t=-1 r=-1`,
		`note unresolved "[5]" 2879-2882 m=5 t=-1 r=-1`,
	}
	if got := cites(d); !reflect.DeepEqual(got, want) {
		t.Errorf("citations\n got %q\nwant %q", got, want)
	}
	checkFindings(t, d)
	if len(d.Findings) != 2 || !strings.Contains(d.Findings[0].Message, `"[4]"`) || !strings.Contains(d.Findings[1].Message, `"[5]"`) {
		t.Errorf("findings: %+v", d.Findings)
	}
	refs := []doc.Reference{
		{Span: doc.Span{Start: 2884, End: 2953}, Label: "1", Authors: []string{"Agnes R. Pell"}, Title: "Tide and Timetable", Publisher: "Harrow & Finch", Year: "1958", Pages: "112"},
		{Span: doc.Span{Start: 2954, End: 3086}, Label: "2", Authors: []string{"S. T. Okafor"}, Title: "Minutes of the Port Elsby Harbour Board, 1920–1940: a Calendar", Container: "Coastal History Review", Year: "1997", Pages: "33–58"},
	}
	if !reflect.DeepEqual(d.References[:2], refs) {
		t.Errorf("notes 1 and 2\n got %+v\nwant %+v", d.References[:2], refs)
	}
	if len(d.References) != 3 || d.References[2].Label != "3" {
		t.Errorf("want three notes, got %+v", d.References)
	}
}

func TestLibraryClosure(t *testing.T) {
	d := loadFile(t, examplePath("library-closure.html"))
	want := []string{
		`note resolved "1" 458-459 m=1 t=0 r=-1`,
		`note resolved "2" 583-584 m=2 t=1 r=-1`,
		`link resolved "I learned to read in that building. My grandson learned to read in that building. Nobody has told me where he will take his own children.\n\n— a letter to the Valley Courier, 28 August 2026" 715-904 m=https://courier.example/letters/2026-08-28 t=-1 r=-1 https://courier.example/letters/2026-08-28`,
		`link resolved "county statistics office" 1004-1028 m=county statistics office t=-1 r=-1 https://stats.example/libraries`,
		`note unresolved "3" 1100-1101 m=3 t=-1 r=-1`,
	}
	if got := cites(d); !reflect.DeepEqual(got, want) {
		t.Errorf("citations\n got %q\nwant %q", got, want)
	}
	checkFindings(t, d)
	if len(d.Findings) != 1 || !reflect.DeepEqual(d.Findings[0].Evidence, []string{"#note-3"}) {
		t.Errorf("findings: %+v", d.Findings)
	}
}

func TestJazzReview(t *testing.T) {
	d := loadFile(t, examplePath("jazz-review.md"))
	want := []string{
		`note resolved "[^count]" 669-677 m=count t=0 r=-1`,
		`link resolved "the Jazz Threads forum" 808-830 m=the Jazz Threads forum t=-1 r=-1 https://example.org/threads/halvorsen`,
		`note resolved "[^forum]" 891-899 m=forum t=1 r=-1`,
	}
	if got := cites(d); !reflect.DeepEqual(got, want) {
		t.Errorf("citations\n got %q\nwant %q", got, want)
	}
	if len(d.Findings) != 0 {
		t.Errorf("findings: %+v", d.Findings)
	}
}

// TestColonTrap: a reference right before a colon mid-line is a
// reference, in Markdown as the loader reads it and in plain text.
func TestColonTrap(t *testing.T) {
	md := "# Title\n\nTo get started[^sleep]: install it.\n\n[^sleep]: After a nap.\n"
	expectCitations(t, "trap.md", md, `note resolved "[^sleep]" 21-29 m=sleep t=0 r=-1`)
	expectCitations(t, "trap.txt", "Intro line here.\n\nTo get started[^sleep]: install it.\n\n[^sleep]: After a nap.\n",
		`note resolved "[^sleep]" 32-40 m=sleep t=0 r=-1`)
}

// TestEssay: the essay's seven markers [A]–[G] lead nowhere, each with a
// finding.
func TestEssay(t *testing.T) {
	d := loadFile(t, testutil.SharedData(t, "seed", "khrushchev-essay.txt"))
	var got []string
	for _, c := range d.Citations {
		if c.Kind != doc.CiteNote {
			continue
		}
		got = append(got, fmt.Sprintf("%s %s", d.Slice(c.Span), c.Status))
	}
	want := []string{"[A] unresolved", "[B] unresolved", "[C] unresolved", "[D] unresolved", "[E] unresolved", "[F] unresolved", "[G] unresolved"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("essay markers\n got %q\nwant %q", got, want)
	}
	checkFindings(t, d)
	if len(d.Findings) != 7 {
		t.Errorf("%d findings, want 7", len(d.Findings))
	}
}

// TestSharedData runs Detect over the development pages and checks the
// invariants, and that every footnote-reference element is one citation.
func TestSharedData(t *testing.T) {
	for _, sub := range []string{"footnotes", "markdown", "html"} {
		dir := testutil.SharedData(t, sub)
		paths, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, p := range paths {
			switch filepath.Ext(p) {
			case ".html", ".html5", ".md":
			default:
				if fi, err := os.Stat(filepath.Join(p, "source.html")); err == nil && !fi.IsDir() {
					p = filepath.Join(p, "source.html")
					break
				}
				continue
			}
			t.Run(filepath.Base(filepath.Dir(p))+"/"+filepath.Base(p), func(t *testing.T) {
				d := loadFile(t, p)
				checkInvariants(t, d)
				checkFindings(t, d)
				refs := 0
				for _, e := range d.Elements {
					if e.Kind == doc.ElemFootnoteRef {
						refs++
					}
				}
				notes := 0
				for _, c := range d.Citations {
					if c.Kind == doc.CiteNote && c.Status != doc.CiteOrphan {
						notes++
					}
				}
				if notes < refs {
					t.Errorf("%d note citations for %d footnote references", notes, refs)
				}
			})
		}
	}
}
