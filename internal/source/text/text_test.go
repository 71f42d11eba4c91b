package text

import (
	"strings"
	"testing"
	"unicode"

	"github.com/hearsay-project/hearsay/internal/doc"
)

func TestParagraphs(t *testing.T) {
	text := "Title\r\n\r\n  First line\nwrapped line.  \n \t\nSecond.\n- item one\n- item two\n\n[1] A note.\n[2] Another.\n"
	got := Paragraphs(text, nil)
	want := []struct {
		text string
		kind doc.BlockKind
	}{
		{"Title", doc.BlockParagraph},
		{"First line\nwrapped line.", doc.BlockParagraph},
		{"Second.", doc.BlockParagraph},
		{"- item one", doc.BlockListItem},
		{"- item two", doc.BlockListItem},
		{"[1] A note.", doc.BlockFootnote},
		{"[2] Another.", doc.BlockFootnote},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d paragraphs %v, want %d", len(got), got, len(want))
	}
	for i, w := range want {
		if g := text[got[i].Start:got[i].End]; g != w.text || got[i].Kind != w.kind {
			t.Errorf("paragraph %d: got %q %s, want %q %s", i, g, got[i].Kind, w.text, w.kind)
		}
	}
	if got[0].Span != (doc.Span{Start: 0, End: 5}) || got[1].Span != (doc.Span{Start: 11, End: 35}) {
		t.Errorf("spans: got %v and %v", got[0].Span, got[1].Span)
	}
}

func TestMetadata(t *testing.T) {
	for _, tc := range []struct {
		text                          string
		title, subtitle, author, date string
	}{
		{"The Ferry Strike\n\nHow a Town Remembers\n\nBy Marta K. Oyelaran\n\n12 March 2025\n\nBody text here.",
			"The Ferry Strike", "How a Town Remembers", "Marta K. Oyelaran", "12 March 2025"},
		{"A Title\n\nby J. Smith and Ana López, Staff Writers\n\nBody.", "A Title", "", "J. Smith and Ana López", ""},
		{"Posted: November 28, 2026\n\nBody.", "", "", "", "Posted: November 28, 2026"},
		{"This is a sentence that starts the article.\n\nAnd another.", "", "", "", ""},
		{"Only one paragraph", "", "", "", ""},
		{"Heading\n\nBy the way, this is body text that mentions a byline.", "Heading", "", "", ""},
	} {
		d := &doc.Document{Text: tc.text}
		Load(d)
		m := d.Meta
		if m.Title != tc.title || m.Subtitle != tc.subtitle || m.Author != tc.author || m.Date != tc.date {
			t.Errorf("%q:\n got  %q %q %q %q\n want %q %q %q %q", tc.text, m.Title, m.Subtitle, m.Author, m.Date,
				tc.title, tc.subtitle, tc.author, tc.date)
		}
		if m.Author != "" && d.Text[m.AuthorSpan.Start:m.AuthorSpan.End] != m.Author {
			t.Errorf("%q: author span %v covers %q", tc.text, m.AuthorSpan, d.Text[m.AuthorSpan.Start:m.AuthorSpan.End])
		}
	}
}

func TestItemKind(t *testing.T) {
	for line, want := range map[string]doc.BlockKind{
		"- item": doc.BlockListItem, "* item": doc.BlockListItem, "• item": doc.BlockListItem,
		"1. First": doc.BlockListItem, "12) Twelfth": doc.BlockListItem, "b) second": doc.BlockListItem,
		"(iv) fourth": doc.BlockListItem, "[1] A note": doc.BlockFootnote, "[A] Note": doc.BlockFootnote,
		"3] note": doc.BlockFootnote, "^a note": doc.BlockFootnote,
		"-dash": "", "1.5 per cent": "", "1923. A year": "", "12345. x": "", "[citation needed] x": "",
		"Word. Next": "", "(see above) x": "", "": "",
	} {
		if got := itemKind(line); got != want {
			t.Errorf("itemKind(%q) = %q, want %q", line, got, want)
		}
	}
}

func TestByline(t *testing.T) {
	for line, want := range map[string]string{
		"By Gwydion M. Williams":                      "Gwydion M. Williams",
		"by J. Smith and Ana López, Staff Writers":    "J. Smith and Ana López",
		"By Ludwig van Beethoven | The Daily Example": "Ludwig van Beethoven",
		"Written by Ann Lee — Reuters":                "Ann Lee",
		"BY PRIYA DESMOND":                            "PRIYA DESMOND",
		"By Tuesday, the ferries were running again.": "",
		"By Tuesday":                        "",
		"By the way, this is body text.":    "",
		"By far the largest":                "",
		"Bye now":                           "",
		"By Ann Lee, who wrote it in 1990.": "",
	} {
		start, end, ok := Byline(line)
		got := ""
		if ok {
			got = line[start:end]
		}
		if got != want {
			t.Errorf("Byline(%q) = %q, want %q", line, got, want)
		}
	}
}

// TestAllDigits holds allDigits to the strings.Trim test it replaced.
func TestAllDigits(t *testing.T) {
	for _, s := range []string{"", "1", "12", "123", "a", "1a", "a1", "12b", "B", "٣", "1٣", " 1", "1 "} {
		if got, want := allDigits(s), strings.Trim(s, "0123456789") == ""; got != want {
			t.Errorf("allDigits(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestASCIINonSpace holds asciiNonSpace to unicode.IsSpace.
func TestASCIINonSpace(t *testing.T) {
	for c := 0; c < 256; c++ {
		want := c < 0x80 && !unicode.IsSpace(rune(c))
		if got := asciiNonSpace(byte(c)); got != want {
			t.Errorf("asciiNonSpace(%#x) = %v, want %v", c, got, want)
		}
	}
}

// TestNormSpaceFast holds normSpace's fast path (spaced) and
// doc.HasPrefixLower to the general readings they skip.
func TestNormSpaceFast(t *testing.T) {
	for _, s := range []string{
		"", " ", "Ferry Strike Ends", " Ferry", "Ferry ", "Ferry  Strike", "Ferry\tStrike",
		"Ferry\u00a0Strike", "Ferry\u2003Strike", "By Ann Lee", "a", "x\ny", "Café Talks",
	} {
		if got, want := normSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("normSpace(%q) = %q, want %q", s, got, want)
		}
		for _, p := range []string{"by ", "written by ", "author: "} {
			if got, want := doc.HasPrefixLower(s, p), strings.HasPrefix(strings.ToLower(s), p); got != want {
				t.Errorf("HasPrefixLower(%q, %q) = %v, want %v", s, p, got, want)
			}
		}
	}
}

// TestEndsLikeDate holds the date pattern's gate to the pattern: every
// line the pattern reads as a date passes it.
func TestEndsLikeDate(t *testing.T) {
	dates := 0
	for _, line := range []string{
		"12 March 2026", "March 12, 2026.", "Published: Tuesday, 3rd Feb 2026", "2026-03-12", "3/12/2026",
		"Posted March 2026", "Updated: Mar. 4, 2026.", "Ferry Strike Ends", "In 2026 the pier", "March 12, 2026, at noon",
	} {
		if date.MatchString(line) {
			dates++
			if !endsLikeDate(line) {
				t.Errorf("%q is a date the gate turns away", line)
			}
		}
	}
	if dates != 7 {
		t.Errorf("the pattern read %d dates, want 7", dates)
	}
	for _, line := range []string{"Ferry Strike Ends", "In 2026 the pier closed", "2026.."} {
		if endsLikeDate(line) {
			t.Errorf("endsLikeDate(%q) = true", line)
		}
	}
}
