package claim

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/hearsay-project/hearsay/internal/doc"
)

func TestPhraseSyntax(t *testing.T) {
	lx, err := parsePhrases([]string{
		"moderate it seems|seemed",
		"strong i find this|it very|quite? believable",
		"weak would",
	}, true)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		words    string
		n        int
		strength doc.Strength
	}{
		{"it seems so", 2, doc.StrengthModerate},
		{"it seemed", 2, doc.StrengthModerate},
		{"it is", 0, ""},
		{"i find it believable", 4, doc.StrengthStrong},
		{"i find this very believable indeed", 5, doc.StrengthStrong},
		{"i find this very", 0, ""},
		{"would", 1, doc.StrengthWeak},
		{"", 0, ""},
	} {
		n, p := lx.longest(strings.Fields(tc.words))
		var st doc.Strength
		if p != nil {
			st = p.strength
		}
		if n != tc.n || st != tc.strength {
			t.Errorf("%q: %d words, %q; want %d, %q", tc.words, n, st, tc.n, tc.strength)
		}
	}
	for _, bad := range []string{"probably", "huge probably", "weak very? likely"} {
		if _, err := parsePhrases([]string{bad}, true); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

// TestLexicons checks that every shipped lexicon parses and that the
// tiers the issue names are where it says.
func TestLexicons(t *testing.T) {
	for _, tc := range []struct {
		lx       lexicon
		words    string
		strength doc.Strength
	}{
		{hedgeLex, "probably", doc.StrengthModerate},
		{hedgeLex, "it seems", doc.StrengthModerate},
		{hedgeLex, "it's quite possible", doc.StrengthStrong},
		{hedgeLex, "i find this very believable", doc.StrengthStrong},
		{boosterLex, "undeniably", doc.StrengthStrong},
		{boosterLex, "it's an undisputed fact", doc.StrengthStrong},
	} {
		w := strings.Fields(tc.words)
		n, p := tc.lx.longest(w)
		if n != len(w) || p.strength != tc.strength {
			t.Errorf("%q: %d words matched, want %d with %s", tc.words, n, len(w), tc.strength)
		}
	}
}

// FuzzParsePhrases feeds the lexicon parser arbitrary lines: an error or
// a lexicon, never a panic, and every phrase found matches its own words.
func FuzzParsePhrases(f *testing.F) {
	f.Add("strong i find this|it very? believable")
	f.Add("weak a? b")
	f.Add("moderate ||| ?")
	f.Fuzz(func(t *testing.T, line string) {
		lx, err := parsePhrases([]string{line}, true)
		if err != nil {
			return
		}
		for _, ps := range lx {
			for _, p := range ps {
				var words []string
				for _, s := range p.slots {
					words = append(words, s.words[0])
				}
				if n, _ := lx.longest(words); n == 0 {
					t.Fatalf("%q does not match its own words %q", line, words)
				}
			}
		}
	})
}

// TestNeedsNext holds the gate of cues and vagueSpans to what longestOf
// would answer: a word marked needsNext starts only phrases whose second
// slot must be filled, every word of such a slot is found by lexOf
// with the inPhrase flag, and mayStart lets each through, so that before
// a word it turns away none of those phrases can match.
func TestNeedsNext(t *testing.T) {
	gated := 0
	for w, e := range lexWords {
		for k, ps := range e.starts {
			for _, p := range ps {
				if e.needsNext[k] && (len(p.slots) < 2 || p.slots[1].optional) {
					t.Errorf("%q: needsNext in lexicon %d, but %q needs no second word", w, k, p.text)
				}
				for _, sl := range p.slots[1:] {
					for _, x := range sl.words {
						if r, ok := lexOf(x); !ok || r.flags&inPhrase == 0 {
							t.Errorf("%q of %q is not flagged inPhrase", x, p.text)
						}
					}
				}
				// mayStart lets every second word of the phrase through.
				if len(p.slots) < 2 {
					continue
				}
				for _, x := range p.slots[1].words {
					r, _ := lexOf(x)
					if !e.mayStart(k, &word{flags: r.flags, lex: r.idx}) {
						t.Errorf("%q: mayStart turns away %q, second in %q", w, x, p.text)
					}
				}
			}
			if e.needsNext[k] {
				gated++
			}
		}
	}
	if gated == 0 {
		t.Error("no word's phrases are gated")
	}
	// A phrase matches only when its second word is flagged.
	for _, tc := range []struct {
		words []string
		want  int
	}{{[]string{"some", "say"}, 2}, {[]string{"some", "ferry"}, 0}} {
		e := lexWords[tc.words[0]]
		next, _ := lexOf(tc.words[1])
		n, _ := longestOf(e.starts[lexVague], formsOf(tc.words), 0)
		if n != tc.want || (n > 0) != (next.flags&inPhrase != 0) && e.needsNext[lexVague] {
			t.Errorf("%v: longest vague phrase %d words, want %d; next word flagged %v", tc.words, n, tc.want, next.flags&inPhrase != 0)
		}
	}
}

// TestLexAt holds lexAt to lexOf for every stretch of up to twelve bytes
// of texts made of the lexicons' words (each of at most eight bytes, and
// longer), near misses (a byte more or fewer, a NUL byte, a capital) and
// the text's last bytes, where lexAt cannot read eight.
func TestLexAt(t *testing.T) {
	var words []string
	for w := range lexWords {
		words = append(words, w)
	}
	slices.Sort(words)
	rng := rand.New(rand.NewPCG(3, 4))
	alphabet := "abeilmnoprstuwy' \x00A"
	for range 2000 {
		var b strings.Builder
		for b.Len() < 1+rng.IntN(48) {
			if rng.IntN(2) == 0 {
				b.WriteString(words[rng.IntN(len(words))])
			} else {
				b.WriteByte(alphabet[rng.IntN(len(alphabet))])
			}
		}
		text := b.String()
		for i := 0; i < len(text); i++ {
			for j := i + 1; j <= len(text) && j-i <= 12; j++ {
				got, gok := lexAt(text, i, j)
				want, wok := lexOf(text[i:j])
				if got != want || gok != wok {
					t.Fatalf("lexAt(%q, %d, %d) = %v, %v; lexOf(%q) = %v, %v", text, i, j, got, gok, text[i:j], want, wok)
				}
			}
		}
	}
	for _, w := range words {
		text := w + "        "
		if got, ok := lexAt(text, 0, len(w)); !ok || got != mustLex(t, w) {
			t.Errorf("lexAt of %q: %v, %v", w, got, ok)
		}
	}
}

func mustLex(t *testing.T, w string) lexRef {
	r, ok := lexOf(w)
	if !ok {
		t.Fatalf("%q not in the lexicon", w)
	}
	return r
}

// TestJoinerFlag holds the isJoiner flag, which clauseBreak reads, to
// clauseJoiners: every joiner has it and no other word of the lexicons.
func TestJoinerFlag(t *testing.T) {
	for w := range lexWords {
		r, _ := lexOf(w)
		if (r.flags&isJoiner != 0) != clauseJoiners[w] {
			t.Errorf("%q: isJoiner %v, in clauseJoiners %v", w, r.flags&isJoiner != 0, clauseJoiners[w])
		}
	}
	for w := range clauseJoiners {
		if r, ok := lexOf(w); !ok || r.flags&isJoiner == 0 {
			t.Errorf("joiner %q not flagged", w)
		}
	}
}

// TestAsks holds asks to asksLoop, the trim it passes over, on endings
// made of question and other marks, closing marks inside and outside
// ASCII (some that asks trims itself, some it leaves to asksLoop),
// citation markers and white space.
func TestAsks(t *testing.T) {
	pieces := []string{"?", ".", "!", "word", "”", "’", "»", "\u00a0", "\u2003", ")", "]", "[", "[1]", "[A]", " ", "\n",
		"\"", "'", "é", "“", "?”", "[12345678901]"}
	rng := rand.New(rand.NewPCG(7, 8))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(7) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := asks(s), asksLoop(s); got != want {
			t.Fatalf("asks(%q) = %v, asksLoop %v", s, got, want)
		}
	}
}

// TestEndsInColon holds endsInColon to the library trim it passes over,
// on endings of colons, other marks, ASCII and other white space (some
// of it a multi-byte rune, "\u0085", the no-break space), and a lone
// byte of a broken rune.
func TestEndsInColon(t *testing.T) {
	pieces := []string{":", ".", "word", " ", "\t", "\n", "\r", "\v", "\f", "\u0085", "\u00a0", "\u2003", "”", "é",
		"\x85", "\xe2", ":\u00a0", "?"}
	rng := rand.New(rand.NewPCG(9, 10))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(7) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := endsInColon(s), strings.HasSuffix(strings.TrimRightFunc(s, unicode.IsSpace), ":"); got != want {
			t.Fatalf("endsInColon(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestFixedMatch holds fixedMatch, longestOf's path for phrases with no
// optional slot, to matchSlots on every such phrase of the lexicons,
// with words drawn from its slots and others, some too few.
func TestFixedMatch(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	for _, lx := range []lexicon{hedgeLex, boosterLex, formulaLex, vagueLex} {
		for _, ps := range lx {
			for _, p := range ps {
				if !p.fixed {
					continue
				}
				rest := p.slots[1:]
				for range 20 {
					n := rng.IntN(len(rest) + 2)
					words := make([]string, n)
					for k := range words {
						switch {
						case k < len(rest) && rng.IntN(4) > 0:
							words[k] = rest[k].words[rng.IntN(len(rest[k].words))]
						default:
							words[k] = "zzz"
						}
					}
					want := matchSlots(rest, formsOf(words), 0) == len(rest)
					got := len(words) >= len(rest) && fixedMatch(rest, formsOf(words), 0)
					if got != want {
						t.Fatalf("%q on %q: fixedMatch %v, matchSlots %v", p.text, words, got, want)
					}
				}
			}
		}
	}
}

// TestModalFlag holds the isModal flag, which features reads, to
// modalWords: every modal has it, and isGrammar, and no other word.
func TestModalFlag(t *testing.T) {
	for w := range lexWords {
		r, _ := lexOf(w)
		if want := slices.Contains(modalWords, w); (r.flags&isModal != 0) != want || want && r.flags&isGrammar == 0 {
			t.Errorf("%q: flags %b, a modal %v", w, r.flags, want)
		}
	}
}
