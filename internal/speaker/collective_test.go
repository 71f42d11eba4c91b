package speaker

import "testing"

// TestCollectiveSubjects checks that a bare collective noun with no
// plural ending ("police", "staff", "people") is read as a speaker
// where a bare plural is: right before its cue after a quotation or a
// reported clause, and after an inverted cue that ends the sentence.
// A phrase after the noun may be the verb's, so there it reads nothing,
// as for plurals; a singular word in the same place stays no speaker.
func TestCollectiveSubjects(t *testing.T) {
	checkDirectMentions(t, []mentionCase{
		{"Ann met the crew.\n\n“The ferry is late,” police said.", []string{"police | said"}},
		{"Ann met the crew.\n\n“The ferry is late,” staff added.", []string{"staff | added"}},
		{"Ann met the crew.\n\n“The ferry is late,” people say.", []string{"people | say"}},
		{"Ann met the crew.\n\n“The ferry is late,” said police.", []string{"police | said"}},
		{"Ann met the crew.\n\n“The ferry is late,” said personnel.", []string{"personnel | said"}},
		{"Ann met the crew.\n\n“The ferry is late,” the police said.", []string{"the police | said"}},
		{"Ann met the crew.\n\n“The ferry is late,” said police at the scene.", []string{" | "}},
		{"Ann met the crew.\n\n“The ferry is late,” said policy.", []string{" | "}},
	})
	tests := []struct {
		text string
		want []string
	}{
		{"The officer was not armed, police said.", []string{"police | said | The officer was not armed"}},
		{"The ferry was late, staff say.", []string{"staff | say | The ferry was late"}},
		{"The ferry was late, policy said.", nil},
	}
	for _, tt := range tests {
		checkIndirect(t, "Ann met the crew. "+tt.text, tt.want, true)
	}
}
