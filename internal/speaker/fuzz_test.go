package speaker

import (
	"context"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/quote"
	"github.com/hearsay-project/hearsay/internal/segment"
	"github.com/hearsay-project/hearsay/internal/source"
)

// FuzzAttribute checks that any text, read as plain text, Markdown or
// HTML, gets valid speaker and cue spans, and that scare quotes and
// titles stay unattributed.
func FuzzAttribute(f *testing.F) {
	for _, s := range []string{
		"“A,” he said, “B.”",
		"It was deemed unsafe by one In Jones.", // an agent read after "one In" was cut before its start (n18, review)
		"Ann Ortiz: “We ‘wait’.” It began:\n\n“X.”",
		"‘’“”'\" said: , that according to",
		"H. G. Wells said ‘x‘. I said, “y”",
		"> “A.”\n>\n> — Ann Ortiz\n\n“B.” She sat.\n\n“C?”\n\n“D.”",
		"<blockquote><p>A.</p><footer>— <cite>Ann</cite>, 3 May</footer></blockquote><blockquote><footer>—</footer></blockquote>",
		"X, the council says, will go. Y, sources said. Ann, who said it “was” safe, R-Ky., said.",
		"The ferry stopped; Ann Ortiz said that it would, but nobody knew.",
		"Critics see the levy as", // the text ending after "see … as" once read past the tokens
		"Ann Lee spoke.\n\nQ: Why?\n\nA: Rust.\n\nMore.\n\nQ: And?\n\nA:  \n\nA: x",                           // an interview's answers (n91_interview.go)
		"Ann Lee spoke.\n\nThe Courier: Why?\n\nLee: Rust.\n\nMore.\n\nThe Courier: And?\n\nLee:  \n\nLee: x", // a named interview (n106_readings.go)
		"Trial opens; lawyer says case ‘built on nothing’, solicitor says\n\n(Ann says so.)",                  // a headline's bare speakers (n106_readings.go)
		"OSLO (Reuters) - Ann said, one of them said. BRANNOCK — X, citing Y, said No. 4 was “it”.",
		"Fake fares: Tidewater Lines cuts prices, says demand fell; regulator says ‘x’; Ferrer: ‘y’, jury told\n\nIt said so. ‘Z,’ witness tells trial, said Sen. A, D-Ore.", // headline shapes (n115_readings.go)
		"Poll: Most Riders Want Later Ferries\n\nMayor Says Ferry Will Sail\n\nAnn Ortiz criticized the plan, saying that it would cost too much; all agreed. Among riders, according to a survey, most want ferries. “It will hold,” Ed Moss said, though he admitted that it was rusty.",
	} {
		for name := range 3 {
			f.Add(s, uint8(name))
		}
	}
	f.Fuzz(func(t *testing.T, s string, format uint8) {
		name := [...]string{"f.txt", "f.md", "f.html"}[format%3]
		d, err := source.LoadBytes(context.Background(), name, []byte(s), source.Options{})
		if err != nil {
			t.Skip(err)
		}
		segment.Run(d)
		quote.Detect(d)
		Attribute(d)
		for _, q := range d.Quotes {
			if !doc.ValidSpan(d.Text, q.Speaker.Mention) || !doc.ValidSpan(d.Text, q.Cue) {
				t.Fatalf("invalid span in %+v", q)
			}
			if (q.Kind == doc.QuoteScare || q.Kind == doc.QuoteTitle) && (q.Speaker.Name != "" || q.Chain != nil) {
				t.Fatalf("%s attributed", q.Kind)
			}
		}
	})
}
