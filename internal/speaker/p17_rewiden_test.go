package speaker

import (
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestWidenOnce holds widen to its own answer: a mention widened once
// is given back as it is when it is read again (found.widened), where
// reading the answer from the text again ran on past the appositive
// into the clause ("…, her Democratic rival, criticised the delay
// and"). An answer that took in a conjunct is read again (tookConjunct):
// the phrase goes on before the "and".
func TestWidenOnce(t *testing.T) {
	for _, c := range []struct {
		text, name, cue string
		once, twice     string // widen's answer, and widen of that answer
	}{
		{"Maria Solis, her Democratic rival, criticised the delay and said the plan would fail.", "Maria Solis", "said",
			"Maria Solis, her Democratic rival", "Maria Solis, her Democratic rival"},
		{"The chairs, tall-backed, rough frames, painted blue, stood by the wall.", "chairs", "painted",
			"The chairs, tall-backed", "The chairs, tall-backed"},
		{"Pilot Omar Haddad said the runway was icy.", "Omar Haddad", "said",
			"Pilot Omar Haddad", "Pilot Omar Haddad"},
		// Must not hold: the look-back stopped at the conjunct, and the
		// answer read again is the whole phrase.
		{"In 2019, a survey run by the Institute for Water and Soil Studies found farmers used less water.", "Soil Studies", "found",
			"Water and Soil Studies", "a survey run by the Institute for Water and Soil Studies"},
	} {
		ix := newTokIndex(c.text, "")
		s := strings.Index(c.text, c.name)
		cs := strings.Index(c.text, " "+c.cue+" ") + 1
		f := found{subj: doc.Span{Start: s, End: s + len(c.name)}, name: c.name, ok: true, cue: doc.Span{Start: cs, End: cs + len(c.cue)}}
		g := widen(ix, f)
		h := widen(ix, g)
		if once, twice := c.text[g.subj.Start:g.subj.End], c.text[h.subj.Start:h.subj.End]; once != c.once || twice != c.twice {
			t.Errorf("%q: widened %q, again %q; want %q, %q", c.text, once, twice, c.once, c.twice)
		}
		if h.widened && h != widen(newTokIndex(c.text, ""), h) {
			t.Errorf("%q: the answer %q widened on a fresh index is not itself", c.text, c.text[h.subj.Start:h.subj.End])
		}
	}
}

// TestWidenOnceIndirect reads the same through the passes: the subject
// of a second verb joined by "and" keeps the mention widen gave it.
func TestWidenOnceIndirect(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The plan stalled. Maria Solis, her Democratic rival, visited the dam and said the plan would fail.", []string{"Maria Solis, her Democratic rival, | said | the plan would fail"}},
		{"The fees rose. Research conducted by the Harbour Institute found that fees doubled.", []string{"Research conducted by the Harbour Institute | found | that fees doubled"}},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, true)
	}
}
