package speaker

import (
	"testing"
	"unicode/utf8"
)

// TestQuiet holds each index token's quiet to its definition, whichever
// of the tokeniser's paths read it: a word is quiet when its lead is
// false (mayLead of its first byte and lexicon entry) or it is a
// describer in lower case one space after a token whose last byte is
// printable ASCII, an ASCII mark unless it may end a sentence, a mark
// of U+2000 to U+203F unless it is "…", and no other mark. A quiet
// describer has no line break in the gap before it, which findNames,
// passing over it, does not read.
func TestQuiet(t *testing.T) {
	texts := []string{
		"The mayor said the pier, Ms. Ortiz's plan, was “reckless.” Officials agreed!",
		"Spokeswoman Ann Reed-Moss told the council-members: ÉLAN and élan (U.S.) officials — 1990s… ‘Yes’?",
		"a b c d. The Mayor. the spokesperson announced; Президент сказал «да». résumé Ärzte \x01 ¿Qué?",
		"extraordinarily Extraordinarily internationalization don't Don’t well-known Forty-six\u2028next",
		"a the\nthe an\n an .\nhis, her  its\t their (our) my\u00a0the “the” —the \x01 the 1 the\r\nthe\u2028 a  a. A The His the",
	}
	texts = withExamples(t, "*", texts)
	for _, text := range texts {
		x := newTokIndex(text, "")
		for g, c := range x.all {
			w := text[c.s:c.e]
			var want bool
			switch r, _ := utf8.DecodeRuneInString(w); {
			case c.word:
				want = !mayLead(w[0], c.lex)
				if describer := w[0]-'a' < 26 && c.is(isDescriber); describer && g > 0 {
					p := x.all[g-1]
					want = p.e+1 == c.s && text[p.e] == ' ' && text[p.e-1] > ' ' && text[p.e-1] < 0x7f
					if want && hasNewline(text[p.e:c.s]) {
						t.Fatalf("%q at %d: quiet with a line break before it", w, c.s)
					}
				}
			case r < utf8.RuneSelf:
				want = w != "." && w != "!" && w != "?"
			default:
				want = '\u2000' <= r && r < '\u2040' && r != '…'
			}
			if c.quiet != want {
				t.Fatalf("%q at %d: quiet %v, want %v", w, c.s, c.quiet, want)
			}
		}
	}
}
