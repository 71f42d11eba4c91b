package speaker

import (
	"math/rand"
	"strings"
	"testing"
)

// p35Words are words and near-words for the differential tests of
// p35's gates: the cues and first words they turn away, the words of
// the lists they stand before, in several cases, with marks and bytes
// beyond ASCII.
func p35Words() []string {
	ws := []string{"", "a", "s", "said", "Said", "SAYS", "told", "according", "known", "Known", "KNOWN", " known",
		"\tfound", "finds", "Discovered", "remember", "Appealed", "kNow", "requests", "Request", "calls", "vow", "VOWS",
		"“We", "“we", "We”", "Ann’s", "—Although", "İf", "\u212Aelvin", "ſaid", "\xe2\x80", "\xe2\x80\x9cIf\xff", "\xc2\xa0known",
		"the", "his", "thought", "Thought", "seems", "would", "because", "Über", "Éclair"}
	for w := range n35Licensed {
		ws = append(ws, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	for w := range n45Clears {
		ws = append(ws, w)
	}
	for w := range n45Pasts {
		ws = append(ws, w)
	}
	r := rand.New(rand.NewSource(35))
	alphabet := []string{"a", "B", "k", "K", "f", "r", "e", "s", " ", "\t", "’", "“", "—", "İ", "\u212A", "\xe2", "\x80", "q", "v"}
	for range 20000 {
		var b strings.Builder
		for range 1 + r.Intn(9) {
			b.WriteString(alphabet[r.Intn(len(alphabet))])
		}
		ws = append(ws, b.String())
	}
	return ws
}

// TestP35Gates holds each gate of p35 to what it stands before: a word
// n35Unlicensed turns away is no key of n35Licensed once lower-cased, a
// cue n32NoVerb turns away is neither "known" nor a word of n32Verb once
// trimmed and lower-cased, n7Lower's bytes are strings.ToLower's where
// they fit, and p35LeadWords holds n45Clears and n45Pasts.
func TestP35Gates(t *testing.T) {
	for _, w := range p35Words() {
		if n35Unlicensed(w) {
			if _, ok := n35Licensed[strings.ToLower(w)]; ok {
				t.Errorf("n35Unlicensed(%q) = true, but it is licensed", w)
			}
		}
		if w != "" && n32NoVerb(w[0]) {
			if c := strings.ToLower(strings.TrimSpace(w)); c == "known" || n32Verb(c) != 0 {
				t.Errorf("n32NoVerb(%q) = true, but its cue is %q", w, c)
			}
		}
		var buf [8]byte
		n := n7Lower(&buf, w)
		want := strings.ToLower(w)
		if len(want) > len(buf) {
			want = ""
		}
		if got := string(buf[:n]); got != want {
			t.Errorf("n7Lower(%q) = %q, want %q", w, got, want)
		}
		if got, want := p35LeadWords[w], n45LeadBits(w); got != want {
			t.Errorf("p35LeadWords[%q] = %d, want %d", w, got, want)
		}
	}
}

func n45LeadBits(w string) byte {
	var b byte
	if n45Clears[w] {
		b |= 1
	}
	if n45Pasts[w] {
		b |= 2
	}
	return b
}

// TestP35TrimSpace holds trimSpace to strings.TrimSpace.
func TestP35TrimSpace(t *testing.T) {
	for _, w := range append(p35Words(), ":", " : ", ":\n", "\u00a0:", ":\u2028", "\x85said", "said\xc2\x85", " ", "\t\n") {
		if got, want := trimSpace(w), strings.TrimSpace(w); got != want {
			t.Errorf("trimSpace(%q) = %q, want %q", w, got, want)
		}
	}
}
