package speaker

import (
	"math/rand"
	"strings"
	"testing"
)

// TestN39Coordinated checks that a subject made of several people or
// bodies is read whole (a bare plural, a name or a name with its
// party in parentheses first in a list; "others" after a name with no
// "and"; a list after a sentence's opening phrase), and that an
// appositive, an opening phrase of time or place, an adverb, a clause
// before ", and" and a relative pronoun are not read as items.
func TestN39Coordinated(t *testing.T) {
	for _, c := range []struct {
		text, quote string
		mention     string
	}{
		// Mended.
		{"Residents, nurses and teachers also said that the bridge was unsafe.", "that the bridge was unsafe", "Residents, nurses and teachers"},
		{"Police, firefighters and medics said the blaze was contained.", "the blaze was contained", "Police, firefighters and medics"},
		{"Tenants, shop owners and teachers said the blaze was contained.", "the blaze was contained", "Tenants, shop owners and teachers"},
		{"Dunmore, others pledge a swift reply to the raid.", "a swift reply to the raid", "Dunmore, others"},
		{"Farmers, grocers, others warn that prices will climb.", "that prices will climb", "Farmers, grocers, others"},
		{"Sens. Ada Quill (D-Ore.) and Bo Marsh (R-Kan.) said the merger should be blocked.", "the merger should be blocked", "Sens. Ada Quill (D-Ore.) and Bo Marsh (R-Kan.)"},
		{"Ada Quill (D-Ore.) and Bo Marsh (R-Kan.) said the merger should be blocked.", "the merger should be blocked", "Ada Quill (D-Ore.) and Bo Marsh (R-Kan.)"},
		{"On Tuesday, Quill, Marsh and others said the merger should be blocked.", "the merger should be blocked", "Quill, Marsh and others"},
		{"Yesterday, women and children said that the bridge was unsafe.", "that the bridge was unsafe", "women and children"},
		{"Yesterday, nurses and teachers said that the bridge was unsafe.", "that the bridge was unsafe", "nurses and teachers"},
		{"Quill, a lawyer, and Marsh said the merger should be blocked.", "the merger should be blocked", "Quill, a lawyer, and Marsh"},
		// Held before, unchanged.
		{"Quill, Marsh and Dunmore said the merger should be blocked.", "the merger should be blocked", "Quill, Marsh and Dunmore"},
		{"Ms. Quill and Mr. Marsh said the merger should be blocked.", "the merger should be blocked", "Ms. Quill and Mr. Marsh"},
		{"Quill and her aides said the merger should be blocked.", "the merger should be blocked", "Quill and her aides"},
		{"The family, neighbors and church leaders said the verdict was unjust.", "the verdict was unjust", "The family, neighbors and church leaders"},
		// Not items: an appositive, an opening phrase, an adverb, a
		// clause before ", and", a relative.
		{"Quill, a lawyer, said the merger should be blocked.", "the merger should be blocked", "Quill, a lawyer,"},
		{"In Ohio and Texas, officials said the count was slow.", "the count was slow", "officials"},
		// An opening phrase's own list ends before the subject: one
		// "and" a list (review).
		{"Between Ohio, Texas and others, officials and police said the count was slow.", "the count was slow", "officials and police"},
		{"In Ohio, Texas and Utah, others said the count was slow.", "the count was slow", "others"},
		// A list in the window, and one longer than the window: its
		// last item, and no panic at the window's first word (review).
		{"Sens. Ada Quill (D-Ore.), Bo Marsh (R-Kan.), Cy Dunmore (D-Ohio), Di Vance (D-Ore.), Ed Wray (D-Wis.), Flo Amis (D-Md.), Gus Lyle (D-Mass.), Hal Pike (D-Vt.) and Ivy Rook (D-N.J.) said the merger should be blocked.", "the merger should be blocked", "Sens. Ada Quill (D-Ore.), Bo Marsh (R-Kan.), Cy Dunmore (D-Ohio), Di Vance (D-Ore.), Ed Wray (D-Wis.), Flo Amis (D-Md.), Gus Lyle (D-Mass.), Hal Pike (D-Vt.) and Ivy Rook (D-N.J.)"},
		{"Democratic Sens. Adalind Quillfeather (D-Mass.), Bertrand Marshallton (I-Vt.), Cyprian Dunmorefield (D-Ohio), Dorothea Vancebridge (D-Ore.), Evander Wrayburn (D-Ore.), Florentine Amisford (D-Wis.), Gustavus Lylewood (D-Mass.), Hallam Pikesworth (D-Md.) and Ivy Rook (D-N.J.) said the merger should be blocked.", "the merger should be blocked", "Ivy Rook (D-N.J.)"},
		{"In Ohio, officials and police said the count was slow.", "the count was slow", "officials and police"},
		{"Meanwhile, Quill and Marsh said the merger should be blocked.", "the merger should be blocked", "Quill and Marsh"},
		{"However, others say the merger should be blocked.", "the merger should be blocked", "others"},
		{"Still, others argue that the merger should be blocked.", "that the merger should be blocked", "others"},
		{"Unlike Quill, others say the merger should be blocked.", "the merger should be blocked", "others"},
		{"Prices rose, and economists said the trend would last.", "the trend would last", "economists"},
		{"Sales fell, costs rose, and analysts said the firm was in trouble.", "the firm was in trouble", "analysts"},
		{"Quill and Marsh, who both said the merger should be blocked, met today.", "the merger should be blocked", "who"},
	} {
		checkMention(t, c.text, c.quote, c.mention)
	}
}

// TestN39ChainCopy checks that widening a quotation's speaker renames
// its own chain only: a phrase in marks inside it, which shared the
// chain, keeps its speaker and its chain (review).
func TestN39ChainCopy(t *testing.T) {
	d := run(t, `Residents, nurses and teachers also said the bridge was "a death trap".`)
	outer, inner := find(d, "the bridge was"), find(d, "a death trap")
	if outer == nil || inner == nil {
		t.Fatalf("quotations not found: %+v", d.Quotes)
	}
	if got := outer.Chain[len(outer.Chain)-1]; got != "Residents, nurses and teachers" {
		t.Errorf("outer chain ends %q", got)
	}
	if inner.Speaker.Name != "" && inner.Chain[len(inner.Chain)-1] != inner.Speaker.Name {
		t.Errorf("inner speaker %q, chain %q", inner.Speaker.Name, inner.Chain)
	}
}

// TestN39FirstRelative holds n39FirstRelative to n39Relative of the
// first of scratch's tokens, on stretches of up to sixteen bytes from
// every byte of texts of names, pronouns, relative words, marks, words
// beyond ASCII and joiners.
func TestN39FirstRelative(t *testing.T) {
	rng := rand.New(rand.NewSource(39))
	parts := []string{"the", "The", "who", "Who", "which", "they", "They", "others", "Others", "it", "company", "company’s", "Ed", "Ann", "Lee’s", "U.S.", "co-op", "x-", "Ölwerk", "İstanbul", "ſo", "and", ",", ".", "“", "”", "—", "’", "'", "(", ")", "3.5", "1990s", " ", " ", " ", "\n", "  "}
	for n := 0; n < 300; n++ {
		var b strings.Builder
		for k := 40 + rng.Intn(40); k > 0; k-- {
			b.WriteString(parts[rng.Intn(len(parts))])
			if rng.Intn(3) > 0 {
				b.WriteByte(' ')
			}
		}
		text := b.String()
		x := newTokIndex(text, "")
		for lo := 0; lo < len(text); lo++ {
			for hi := lo + 1; hi <= len(text) && hi <= lo+16; hi++ {
				first := x.scratch(3, lo, hi)
				want := len(first) > 0 && n39Relative(&first[0])
				if got := n39FirstRelative(x, lo, hi); got != want {
					t.Fatalf("n39FirstRelative(%q[%d:%d] %q) = %v, want %v", text, lo, hi, text[lo:hi], got, want)
				}
			}
		}
	}
}
