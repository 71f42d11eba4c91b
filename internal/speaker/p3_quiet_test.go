package speaker

import (
	"testing"
	"unicode/utf8"
)

// TestQuiet holds each index token's quiet to its definition, whichever
// of the tokeniser's paths read it: a word is quiet when its lead is
// false (mayLead of its first byte and lexicon entry), an ASCII mark unless it may end a sentence, a mark of U+2000
// to U+203F unless it is "…", and no other mark.
func TestQuiet(t *testing.T) {
	texts := []string{
		"The mayor said the pier, Ms. Ortiz's plan, was “reckless.” Officials agreed!",
		"Spokeswoman Ann Reed-Moss told the council-members: ÉLAN and élan (U.S.) officials — 1990s… ‘Yes’?",
		"a b c d. The Mayor. the spokesperson announced; Президент сказал «да». résumé Ärzte \x01 ¿Qué?",
		"extraordinarily Extraordinarily internationalization don't Don’t well-known Forty-six\u2028next",
	}
	texts = withExamples(t, "*", texts)
	for _, text := range texts {
		x := newTokIndex(text, "")
		for _, c := range x.all {
			w := text[c.s:c.e]
			var want bool
			switch r, _ := utf8.DecodeRuneInString(w); {
			case c.word:
				want = !mayLead(w[0], c.lex)
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
