package cite

import (
	"reflect"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

func TestParseEntry(t *testing.T) {
	tests := []struct {
		in   string
		want doc.Reference
	}{
		{ // Chicago note, book
			"Agnes R. Pell, Tide and Timetable (Harrow & Finch, 1958), p. 112.",
			doc.Reference{Authors: []string{"Agnes R. Pell"}, Title: "Tide and Timetable", Publisher: "Harrow & Finch", Year: "1958", Pages: "112"},
		},
		{ // Chicago note, article with a quoted title holding years
			"S. T. Okafor, “Minutes of the Port Elsby Harbour Board, 1920–1940: a Calendar”, Coastal History Review 14 (1997): 33–58.",
			doc.Reference{Authors: []string{"S. T. Okafor"}, Title: "Minutes of the Port Elsby Harbour Board, 1920–1940: a Calendar", Container: "Coastal History Review", Year: "1997", Pages: "33–58"},
		},
		{ // Chicago note with a place before the publisher
			"Ruth Abernethy, The Salt Road (Leith: Cairn Books, 2011), pp. 40–44.",
			doc.Reference{Authors: []string{"Ruth Abernethy"}, Title: "The Salt Road", Publisher: "Cairn Books", Year: "2011", Pages: "40–44"},
		},
		{ // APA book
			"Taubman, W. (2003). Khrushchev: The Man and His Era. W. W. Norton.",
			doc.Reference{Authors: []string{"Taubman, W."}, Year: "2003", Title: "Khrushchev: The Man and His Era", Publisher: "W. W. Norton"},
		},
		{ // APA article with two authors, volume, issue and a DOI address
			"Okafor, S. T., & Pell, A. R. (1997). Minutes of the harbour board. Coastal History Review, 14(2), 33–58. https://doi.org/10.5555/chr.14.33",
			doc.Reference{Authors: []string{"Okafor, S. T.", "Pell, A. R."}, Year: "1997", Title: "Minutes of the harbour board", Container: "Coastal History Review", Pages: "33–58", URL: "https://doi.org/10.5555/chr.14.33", DOI: "10.5555/chr.14.33"},
		},
		{ // APA, an organisation as author
			"County Council (2026). Millbrook Library Condition Survey. Valley Press.",
			doc.Reference{Authors: []string{"County Council"}, Year: "2026", Title: "Millbrook Library Condition Survey", Publisher: "Valley Press"},
		},
		{ // MLA book
			"Pell, Agnes R. Tide and Timetable. Harrow & Finch, 1958.",
			doc.Reference{Authors: []string{"Pell, Agnes R."}, Title: "Tide and Timetable", Publisher: "Harrow & Finch", Year: "1958"},
		},
		{ // MLA article
			"Okafor, Samuel. “Minutes of the Board.” Coastal History Review, vol. 14, 1997, pp. 33–58.",
			doc.Reference{Authors: []string{"Okafor, Samuel"}, Title: "Minutes of the Board", Container: "Coastal History Review", Year: "1997", Pages: "33–58"},
		},
		{ // Wikipedia book citation with an ISBN
			"Harrow, Lionel (2004). The Shape of Tides: an introduction. Northgate University Press. p. 652. ISBN 0-521-53927-7.",
			doc.Reference{Authors: []string{"Harrow, Lionel"}, Year: "2004", Title: "The Shape of Tides: an introduction", Publisher: "Northgate University Press", Pages: "652", ISBN: "0-521-53927-7"},
		},
		{ // Wikipedia journal citation, authors by semicolons, identifiers
			`Quist, L.M.; van der Berg, J. (Nov 2008). "Mapping Tides with Small Boats" (PDF). Journal of Coastal Surveys. 9 (3): 2579–2605. doi:10.1118/1.3267037. PMID 20175497.`,
			doc.Reference{Authors: []string{"Quist, L.M.", "van der Berg, J."}, Year: "2008", Title: "Mapping Tides with Small Boats", Container: "Journal of Coastal Surveys", Pages: "2579–2605", DOI: "10.1118/1.3267037"},
		},
		{ // Wikipedia web citation: site, date and a Retrieved clause
			`"Ferry Company Reports 1931 Sailings". Harbour Gazette. 19 November 2007. Retrieved 2009-01-07.`,
			doc.Reference{Title: "Ferry Company Reports 1931 Sailings", Container: "Harbour Gazette", Year: "2007"},
		},
		{ // Wikipedia news citation with an author and a site address
			`Marsh, Evelyn (2 March 2010). "Library roof could be saved". courier.example. Retrieved 3 March 2010.`,
			doc.Reference{Authors: []string{"Marsh, Evelyn"}, Year: "2010", Title: "Library roof could be saved", Container: "courier.example"},
		},
		{ // a forum post: title in marks, author after "by"
			"Port Elsby Memories forum, thread “The 1931 strike”, post by Wren, 4 May 2009.",
			doc.Reference{Authors: []string{"Wren"}, Title: "The 1931 strike", Year: "2009"},
		},
		{ // a plain note: a title before the first comma
			"Millbrook Library Condition Survey, County Council, May 2026, p. 4.",
			doc.Reference{Title: "Millbrook Library Condition Survey", Year: "2026", Pages: "4"},
		},
		{ // a sentence, no structure
			"Petition delivered to the council on 12 July 2026.",
			doc.Reference{Year: "2026"},
		},
		{ // a URL at the end of a sentence
			"The minutes are online at https://archive.example/board/1931.",
			doc.Reference{URL: "https://archive.example/board/1931", Year: ""},
		},
		{ // a chapter in an edited book
			"Lee, Ann. “Ferries and Fares.” In Harbour Towns, edited by R. Cole, Cairn Books, 2001, pp. 5–9.",
			doc.Reference{Authors: []string{"Lee, Ann"}, Title: "Ferries and Fares", Container: "Harbour Towns", Year: "2001", Pages: "5–9"},
		},
		{ // ibid: pages only
			"Ibid., p. 4.",
			doc.Reference{Pages: "4"},
		},
	}
	for _, tt := range tests {
		got := ParseEntry(tt.in)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParseEntry(%q)\n got %+v\nwant %+v", tt.in, got, tt.want)
		}
	}
}

// TestPageNeeds checks that each page pattern matches only where the
// text takePages looks for first is present, so that skipping a pattern
// without it changes nothing.
func TestPageNeeds(t *testing.T) {
	if len(pageNeeds) != len(pageRes) {
		t.Fatalf("%d page patterns, %d texts they need", len(pageRes), len(pageNeeds))
	}
	for _, in := range []string{
		"Pell, Tide (1958), p. 112.", "PP. 3–9", "Pages 4-5", "pgs. xi–xiv", "Review 14 (1997): 33–58.",
		"Review 14 (3), 33–58", "Review 14, 33–58", "Review: 33 - 58", "2001:12", "In: 1-2",
		"PAGE 7", "Pg. 3", "pgs. 4–6", "x (p. iv)", "14 (1997):\t33", "9,\n10–12", "Name, p.3",
	} {
		for k, re := range pageRes {
			if re.MatchString(in) && !pageNeeds[k](in) {
				t.Errorf("page pattern %d matches %q, but pageNeeds says it cannot", k, in)
			}
		}
	}
}
