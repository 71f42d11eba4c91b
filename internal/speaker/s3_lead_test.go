package speaker

import (
	"testing"
)

// TestLead holds each index word's quiet to its definition (quietWord;
// TestQuiet holds the marks'), whichever of the tokeniser's paths read it: short
// and long words, words with joiners, digits, capitals within and
// beyond ASCII, describers, and the project's examples.
func TestLead(t *testing.T) {
	texts := []string{
		"The mayor said the pier, Ms. Ortiz's plan, was “reckless.” Officials agreed.",
		"Spokeswoman Ann Reed-Moss told the council-members: ÉLAN and élan, U.S. officials, 1990s.",
		"a b c d. The Mayor. the spokesperson announced; Президент сказал «да». résumé Ärzte",
		"extraordinarily Extraordinarily internationalization don't Don’t well-known Forty-six",
	}
	texts = withExamples(t, "*", texts)
	for _, text := range texts {
		x := newTokIndex(text, "")
		for _, c := range x.all {
			if c.word && c.quiet != quietWord(text, int(c.s), c.lex) {
				t.Fatalf("%q at %d: quiet %v, want %v", text[c.s:c.e], c.s, c.quiet, quietWord(text, int(c.s), c.lex))
			}
		}
	}
}
