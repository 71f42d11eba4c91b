package cite

import "testing"

// c2Entries are the notes of the team's example article
// (examples/ferry-strike.txt), which BenchmarkStage repeats: the
// entries whose reading the citation stage's figure is most of.
var c2Entries = []string{
	"Agnes R. Pell, Tide and Timetable (Harrow & Finch, 1958), p. 112.",
	"S. T. Okafor, “Minutes of the Port Elsby Harbour Board, 1920–1940: a Calendar”, Coastal History Review 14 (1997): 33–58.",
	"Port Elsby Memories forum, thread “The 1931 strike”, post by Wren, 4 May 2009.",
}

// BenchmarkParseEntry reads the example article's notes, the three a
// loop: the figure of ParseEntry alone that BenchmarkStage's "cite" is
// mostly made of.
func BenchmarkParseEntry(b *testing.B) {
	b.Run("example", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, s := range c2Entries {
				ParseEntry(s)
			}
		}
	})
}
