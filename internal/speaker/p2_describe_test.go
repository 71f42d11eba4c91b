package speaker

import (
	"os"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// p2DescribeTexts hold descriptions whose head stands before a name, as
// its first word, in an appositive, in a title, in another case, and
// beside the two characters beyond ASCII that lower-case to ASCII
// (U+0130, the Kelvin sign), which p2HeadPlaces does not gate.
var p2DescribeTexts = []string{
	"Senator Ann Ortiz spoke. Businessman Ed Moss, a Democratic senator, replied. Later the senator said no, and the businessman left.",
	"Carpenter Ed Moss opened it. Sen. Jo Park left. The senator spoke. The carpenter spoke. Ann Ortiz, a nurse and carpenter, said so.",
	"SENATOR Bo Lee came. Jo Kim, the \u212Aeeper, left. Al Roe, a k\u0130te maker, said. " + p2Filler + "The keeper smiled. The kite smiled. The kİte smiled.",
	"Ann Ortiz, a \u212Aeeper, left. " + p2Filler + "The keeper smiled.",
	"Ed Moss, a k\u0130te maker, said. " + p2Filler + "The kite smiled.",
	"Ed Moss, a long serving and widely admired old harbour pilot, said. " + p2Filler + "The pilot said.",
	"Ann Ortiz, our dear friend and longtime neighbour in the valley and the town's tireless beekeeper, said. " + p2Filler + "The beekeeper said.",
	"We met harbourmaster-in-chief   Ed Moss. " + p2Filler + "The harbourmaster-in-chief said.",
	"The first one to speak was the well known and much admired harbour carpenter Ed Moss. " + p2Filler + "The carpenter said.",
	"Ed Moss, a businessman\u00a0and father, said. Ann\u00a0Ortiz, a senator\u2009from Ohio, said. The father said. The senator said. The mayor said.",
	"Gov. Ed Moss spoke. Dr. Ann Ortiz spoke. The governor said yes. The doctor said no. The professor said. The general said.",
}

// p2Filler puts a description out of reach of the stretches read
// around the mentions before it (and holds no description itself).
var p2Filler = strings.Repeat("It rained on and on all day long. ", 5)

// TestP2HeadPlaces holds resolveDescription's gate (p2HeadPlaces) to
// the reading of every mention: for each "the" or "The" of each text,
// the description of two to five words from it is resolved with the
// gate and with every gate open, by attributors of their own.
func TestP2HeadPlaces(t *testing.T) {
	texts := withExamples(t, "*.txt", p2DescribeTexts)
	// The same text twice over: the second's descriptions meet the
	// first's mentions, as in the bench text.
	if b, err := os.ReadFile("../../examples/ferry-strike.txt"); err == nil {
		texts = append(texts, string(b)+"\n\n"+string(b))
	}
	defer func() { gatesOff = false }()
	n, named := 0, 0
	for _, text := range texts {
		gatesOff = false
		gated := newAttributor(&doc.Document{Text: text})
		gatesOff = true
		open := newAttributor(&doc.Document{Text: text})
		for at := 0; at < len(text); at++ {
			if !strings.HasPrefix(text[at:], "the ") && !strings.HasPrefix(text[at:], "The ") || at > 0 && isASCIILetter(text[at-1]) {
				continue
			}
			end := at
			for w := 0; w < 5 && end < len(text); w++ {
				k := strings.IndexAny(text[end+1:], " \n")
				if k < 0 {
					end = len(text)
				} else {
					end += 1 + k
				}
				if w == 0 {
					continue
				}
				desc := text[at:end]
				gatesOff = false
				got := gated.resolveDescription(desc, at)
				gatesOff = true
				want := open.resolveDescription(desc, at)
				if got != want {
					t.Errorf("%q at %d: %q with the gate, %q without", desc, at, got, want)
				}
				n++
				if want != "" {
					named++
				}
			}
		}
	}
	t.Logf("%d descriptions, %d resolved", n, named)
}

// TestP2Kelvin holds p2Kelvin to strings.Contains.
func TestP2Kelvin(t *testing.T) {
	for _, s := range []string{"", "\u212a", "a\u212a", "\u212ab", "\u2122 \u212a", "\u2122", "\x84", "\xe2\x84", "\x84\xaa", "“”—\u0184\u212b"} {
		if got, want := p2Kelvin(s), strings.Contains(s, "\u212a"); got != want {
			t.Errorf("p2Kelvin(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestP2FoldsOthers holds p2Folds' shortcut to its search: a text that
// holds U+0130 or U+212A anywhere (in an ASCII word, opening one, after
// a curly apostrophe or a hyphen, alone, among marks) has a token of
// form lowOther in its index.
func TestP2FoldsOthers(t *testing.T) {
	for _, c := range []string{"\u0130", "\u212a"} {
		for _, s := range []string{c, "a" + c, c + "b", "ab" + c + "cd", "abcdefghij" + c, "don’" + c, "ann-" + c + "x", "x’" + c, "“" + c + "”", "(" + c + ")", "1" + c, "—" + c, "é" + c, c + "é", " \t" + c + "\n", "Forty" + c + "six", "U.S." + c} {
			text := "The mayor said " + s + " on Friday."
			x := newTokIndex(text, doc.LowerASCII(text))
			if len(x.others) == 0 {
				t.Errorf("%q: no token of form lowOther", text)
			}
			a := &attributor{text: text, ix: x}
			if !a.p2Folds() {
				t.Errorf("%q: p2Folds is false", text)
			}
		}
	}
	text := "The mayor said it on Friday: “Ünal’s plan”, ¿no?"
	if a := (&attributor{text: text, ix: newTokIndex(text, doc.LowerASCII(text))}); a.p2Folds() {
		t.Errorf("%q: p2Folds is true", text)
	}
}

// TestP2ResolveOrder holds resolveDescription's index of heads (p2Head)
// to the reading of every mention when the descriptions are asked out
// of order: backwards and shuffled, the index starting again each time
// a description is not next to what it holds, and on a text whose head
// comes hundreds of times, the occurrences it keeps being dropped as it
// goes.
func TestP2ResolveOrder(t *testing.T) {
	texts := withExamples(t, "*.txt", p2DescribeTexts)
	texts = append(texts, strings.Repeat("Senator Ann Ortiz, a senator and a senator's aide, met the senator. Ed Moss, a senator, said so. The senator said no. ", 200))
	// The word before a name behind spaces, "." and "," and a no-break
	// space, in another paragraph, cut by the stretch read before the
	// name, and the head across the end of the stretch after a name.
	for _, gap := range []string{" ", ". ", ", ", " , ", ".,\t", "\u00a0", " \u00a0", "\u2009", "\n\n", ".\n\n", "’ ", "-"} {
		texts = append(texts, "We met senator"+gap+"Ed Moss. The senator said no. Ann Ortiz met carpenters"+gap+"Jo Park. The carpenter left.")
	}
	for n := 36; n < 48; n++ {
		texts = append(texts, "We met senator"+strings.Repeat(" ", n)+"Ed Moss. The senator said no. Ann Ortiz met carpenter,"+strings.Repeat(". ", n/2)+"Jo Park. The carpenter left.")
	}
	for n := 30; n < 50; n++ {
		texts = append(texts, "Ann Ortiz said. "+strings.Repeat("a", n)+"senator Ed Moss spoke. The senator said no.")
	}
	for n := 85; n < 110; n++ {
		texts = append(texts, "Ann Ortiz, "+strings.Repeat("a", n)+" senator Ed Moss spoke. The senator said no.")
	}
	defer func() { gatesOff = false }()
	type query struct {
		desc string
		at   int
	}
	n := 0
	for _, text := range texts {
		var qs []query
		for at := 0; at < len(text); at++ {
			if !strings.HasPrefix(text[at:], "the ") && !strings.HasPrefix(text[at:], "The ") || at > 0 && isASCIILetter(text[at-1]) {
				continue
			}
			for end, w := at+4, 0; w < 4; w++ {
				k := strings.IndexAny(text[end:], " \n")
				if k < 0 {
					qs = append(qs, query{text[at:], at})
					break
				}
				qs = append(qs, query{text[at : end+k], at})
				end += k + 1
			}
		}
		gatesOff = true
		open := newAttributor(&doc.Document{Text: text})
		want := make([]string, len(qs))
		for k, q := range qs {
			want[k] = open.resolveDescription(q.desc, q.at)
		}
		gatesOff = false
		backward := newAttributor(&doc.Document{Text: text})
		for k := len(qs) - 1; k >= 0; k-- {
			if got := backward.resolveDescription(qs[k].desc, qs[k].at); got != want[k] {
				t.Errorf("backwards, %q at %d: %q, want %q", qs[k].desc, qs[k].at, got, want[k])
			}
		}
		shuffled := newAttributor(&doc.Document{Text: text})
		seed := uint32(len(text))
		for range qs {
			seed = seed*1664525 + 1013904223
			k := int(seed>>8) % len(qs)
			if got := shuffled.resolveDescription(qs[k].desc, qs[k].at); got != want[k] {
				t.Errorf("shuffled, %q at %d: %q, want %q", qs[k].desc, qs[k].at, got, want[k])
			}
		}
		n += len(qs)
	}
	t.Logf("%d descriptions", n)
}

// TestP2WordEndsElse checks p2Extend's pre-check against p2Before: at
// every start of texts of spaces, marks, words and bytes beyond ASCII,
// with heads whose last byte is and is not the word's before the start,
// p2WordEndsElse is true only where p2Before is false.
func TestP2WordEndsElse(t *testing.T) {
	texts := []string{
		"the senator said", "a senator, the senator. senator  x", "ex-senator\u00a0ed moss",
		"the company’s own ledgers show", ".,  , .a b", "tor tor. tor, tor\ttor\ntor",
		"senator\u0130 x", "\u212a k", " a", "a  b", "the chair, chair. chair",
	}
	heads := []string{"senator", "tor", "a", "b", "x", "chair", "k", "show", "own", "ed"}
	for _, s := range texts {
		lower := doc.LowerASCII(s)
		for start := 0; start <= len(lower); start++ {
			for _, h := range heads {
				if p2WordEndsElse(lower, start, h[len(h)-1]) && p2Before(lower, start, h, p2Rare(h)) {
					t.Errorf("%q at %d, head %q: p2WordEndsElse turns away what p2Before takes", s, start, h)
				}
			}
		}
	}
}

// TestCapitalModifiedMay checks attributionsInto's gate against
// capitalModified: at every token of texts with "one", capitals in and
// beyond ASCII, determiners and marks, capitalModified is true only
// where capitalModifiedMay is.
func TestCapitalModifiedMay(t *testing.T) {
	texts := []string{
		"A Texas judge ruled that the plan failed.", "One Letter Says the port is shut.",
		"one report argues that, the Chinese say the rest.", "a Harbour Ferry Times report said",
		"The Ohio review found it. The Democrats argue. Éire Ólann report finds",
		"“Ann Ortiz” one estimate shows 4 one day; the ÉTAT review holds",
	}
	for _, s := range texts {
		toks := tokenize(s, 0, len(s))
		for c := range toks {
			if capitalModified(s, toks, c) && !capitalModifiedMay(s, toks, c) {
				t.Errorf("%q at %q: capitalModified is true where capitalModifiedMay is not", s, toks[c].str(s))
			}
		}
	}
}
