package speaker

import "testing"

// TestA3Contact checks a subject whose noun a contact clause follows
// ("the experts I spoke to"), before the cue, after an inverted cue and
// before a cue that ends the sentence, with a stranded preposition, an
// irregular past and a bare plural that opens the sentence; and the
// cases it leaves: a pronoun that is the clause's own subject, an
// infinitive before the cue.
func TestA3Contact(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The experts I spoke to said the rule was illegal.", []string{"The experts I spoke to | said | the rule was illegal"}},
		{"Officials we interviewed said the rule was illegal.", []string{"Officials we interviewed | said | the rule was illegal"}},
		{"Everyone they met agreed that the rule was illegal.", []string{"Everyone they met | agreed | that the rule was illegal"}},
		{"Most of the lawyers we talked with said the rule was illegal.", []string{"Most of the lawyers we talked with | said | the rule was illegal"}},
		{"The rule was illegal, the experts I spoke to said.", []string{"the experts I spoke to | said | The rule was illegal"}},
		{"The rule was illegal, said the experts I spoke to.", []string{"the experts I spoke to | said | The rule was illegal"}},
		// Unchanged: the pronoun right before an "-ed" form.
		{"The experts I interviewed said the rule was illegal.", []string{"The experts I interviewed | said | the rule was illegal"}},
		// The pronoun is the subject of its own clause.
		{"I think we wanted to say the rule was illegal.", []string{"I | think | we wanted to say the rule was illegal"}},
		// An infinitive before the cue, no contact clause.
		{"The experts wanted to say the rule was illegal.", []string{"The experts | wanted | to say the rule was illegal"}},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, true)
	}
}
