package quote

import (
	"strings"
	"testing"
	"time"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

// TestB3HeadlineQuotedInBody checks that Title Case words in marks in a
// Title Case headline are someone's words where the body quotes them in
// lower case and never with the headline's capitals, and stay a title
// where the body writes them with those capitals or not at all; below
// the headline and in a sentence-case headline capitals keep their
// meaning.
func TestB3HeadlineQuotedInBody(t *testing.T) {
	for _, tc := range []struct{ name, want, kinds string }{
		{"words the body quotes in lower case", "Lawmakers Rip Mayor As A [1‘]⟨1Disgraceful Failure.⟩[1’]\n\nThe mayor is [2“]⟨2a disgraceful failure,⟩[2”] Ann Reed said.", "mixed, mixed"},
		{"words after a verb, quoted below in lower case", "Mayor Speaks [1‘]⟨1Directly To Ferry Crews⟩[1’] After Storm.\n\nShe wanted to speak [2“]⟨2directly to ferry crews,⟩[2”] she said.", "mixed, mixed"},
		{"two words the body quotes in lower case", "Mayor Sees [1‘]⟨1Personal Insult⟩[1’] in Vote.\n\nShe would take it as a [2“]⟨2personal insult⟩[2”] if the vote failed.", "scare, scare"},
		{"words after a cue, quoted below in lower case", "Crews Say Storm Left [1‘]⟨1Nothing But Rubble⟩[1’] on Pier.\n\nThe storm left [2“]⟨2nothing but rubble,⟩[2”] the crews said.", "mixed, mixed"},
		{"words with a curly apostrophe", "Crews Vow [1‘]⟨1Don’t Give Up⟩[1’] After Storm.\n\nThe crews said they [2“]⟨2don’t give up⟩[2”] easily.", "mixed, mixed"},
		{"title the body names", "Critics Slam [1‘]⟨1Ten Days⟩[1’] as Boring.\n\nThe film [2“]⟨2Ten Days⟩[2”] opened on Friday.", "title, title"},
		{"title the body names and uses as words", "Critics Slam [1‘]⟨1Ten Days⟩[1’] as Boring.\n\nThe shoot of [2“]⟨2Ten Days⟩[2”] took ten days.", "title, title"},
		{"title the body never repeats", "Critics Slam [1‘]⟨1Ten Days⟩[1’] as Boring.\n\nThe board met on Monday.", "title"},
		{"a colon still opens speech", "Union Chief: [1‘]⟨1We Will Not Sail.⟩[1’]\n\nThe union said it will not sail.", "direct"},
		{"sentence-case headline keeps its title", "Singer joins [1‘]⟨1The Late Show⟩[1’] for a week.\n\nThe late show airs at night.", "title"},
		{"below the headline capitals still name", "Mayor Opens New Pier After Long Delay.\n\nCrews watched [1‘]⟨1Ten Days⟩[1’] after ten days of work.", "title"},
	} {
		t.Run(tc.name, func(t *testing.T) { expectQuotes(t, tc.want, tc.kinds) })
	}
}

// TestB3IndexFold checks the folded search at both ends of the text,
// where the hashes roll, and where bytes differ only past ASCII folding.
func TestB3IndexFold(t *testing.T) {
	for _, tc := range []struct {
		s, w string
		want int
	}{
		{"a disgraceful failure, she said", "Disgraceful Failure", 2},
		{"Disgraceful failure", "disgraceful failure", 0},
		{"it was a total FAILURE", "Total Failure", 9},
		{"it was a total failur", "Total Failure", -1},
		{"total-failure", "Total Failure", -1},
		{"", "a", -1},
		{"abc", "", 0},
		{"ab", "abc", -1},
		{"they don’t give up", "Don’t Give Up", 5},
		{"ÉTÉ été", "été", 6}, // É is not folded: the lower-case word
		{"aaaaaaaaab", "AAB", 7},
	} {
		if got := b3IndexFold(tc.s, tc.w); got != tc.want {
			t.Errorf("b3IndexFold(%q, %q) = %v, want %v", tc.s, tc.w, got, tc.want)
		}
	}
}

// TestB3HeadlineLinear checks that a headline full of quotations costs
// time linear in the body below it: each lookup reads the body once and
// a document makes b3MaxBodyLookups at most, so eight times the body
// may take at most sixteen times as long. The body repeats the quoted
// words all but their last letter, so that every lookup reads it to the
// end, its folded search checking bytes at each place.
func TestB3HeadlineLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	head := strings.Repeat("Rip ‘Aaaa Aaab’ ", 10) + "Now.\n\n"
	if len(head) > a2MaxHeadline {
		t.Fatalf("headline of %d bytes, more than a headline's %d", len(head), a2MaxHeadline)
	}
	run := func(n int) time.Duration {
		text := head + strings.Repeat("aaaa aaaa ", n)
		var d *doc.Document
		el := testutil.LeastCPU(3, nil, func() { d = detect(text) })
		if len(d.Quotes) != 10 {
			t.Fatalf("%d quotations, want 10", len(d.Quotes))
		}
		return el
	}
	ts, tb := run(1<<14), run(1<<17)
	t.Logf("body ×1 in %v, ×8 in %v", ts, tb)
	if tb > 16*ts {
		t.Errorf("8× the body took %.1f× as long", float64(tb)/float64(ts))
	}
}
