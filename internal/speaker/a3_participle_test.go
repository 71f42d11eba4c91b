package speaker

import "testing"

// TestA3Participle checks a speaker described by a participle phrase
// next to a cue that ends the sentence, after an inverted cue and
// before a plain one, and the cases left alone: a clause after the
// participle, a thing that does not speak, a reporting participle.
func TestA3Participle(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The fund is insolvent, said a lawyer representing the family.", []string{"a lawyer representing the family | said | The fund is insolvent"}},
		{"The fund is insolvent, a lawyer representing the family said.", []string{"a lawyer representing the family | said | The fund is insolvent"}},
		{"The ferry was late, said an official based in Kabul.", []string{"an official based in Kabul | said | The ferry was late"}},
		{"The vote was delayed, said lawyers working for the mayor.", []string{"lawyers working for the mayor | said | The vote was delayed"}},
		{"The vote was delayed, two aides handling the case said.", []string{"two aides handling the case | said | The vote was delayed"}},
		{"The fund is insolvent, said a person familiar with the talks.", []string{"a person familiar with the talks | said | The fund is insolvent"}},
		// A clause after the participle: no description.
		{"The fund is insolvent, said a lawyer representing the family was broke.", nil},
		// A thing that carries no words is no speaker.
		{"The fund is insolvent, said a building housing the agency.", nil},
		// A verb's progressive before an infinitive is no subject.
		{"That opener suggests that the firm, under siege, is preparing to respond in kind.", nil},
		{"The fare is too high, is preparing to respond.", nil},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, true)
	}
	checkDirectMentions(t, []mentionCase{
		{"“The fund is insolvent,” said a lawyer representing the family.", []string{"a lawyer representing the family | said"}},
	})
}
