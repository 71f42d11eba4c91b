package cite

import (
	"context"
	"errors"
	"testing"

	"github.com/hearsay-project/hearsay/internal/segment"
	"github.com/hearsay-project/hearsay/internal/source"
)

// FuzzDetect runs the stage over arbitrary input read as plain text and
// as Markdown, and checks the invariants every document must keep.
func FuzzDetect(f *testing.F) {
	for _, c := range markerCases {
		f.Add(c.src)
	}
	for _, s := range []string{
		"(see Smith, Jones & Lee 2001a: 4; cf. Lee n.d.)", "word¹²³⁴ x² [^a]: b\n\n[^a]: c",
		"Notes\n\n1. a\n2) b\n¹ c\n* d\n** e\n† f", "References\n\nLee, A. (2001). T. P.\nvan Berg, B. (2002). U.",
		"[[1]] [1](x) [^] [^ a] [note 12] ((Lee 2001)) (Lee 2001", "“Title”, Review 14 (1997): 33–58. doi:10.1/x ISBN 978-0",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, name := range []string{"f.txt", "f.md"} {
			d, err := source.LoadBytes(context.Background(), name, []byte(s), source.Options{})
			if errors.Is(err, source.ErrEmpty) || errors.Is(err, source.ErrBinary) {
				continue
			}
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			segment.Run(d)
			Detect(d)
			checkInvariants(t, d)
		}
	})
}
