package speaker

import "testing"

// TestN113ProfessionTitles checks the titles of the professions that
// Nigerian papers write short before a name: "Pharm." (a pharmacist),
// "Arc." (an architect) and "Barr." (a barrister) belong to the mention
// and end no sentence.
func TestN113ProfessionTitles(t *testing.T) {
	checkMentionNames(t, []mentionNameCase{
		{"The chairman of the guild, Pharm. Ada Obi-Eze, lamented that the markets were still open.", "that the markets were still open", "The chairman of the guild, Pharm. Ada Obi-Eze,", "Pharm. Ada Obi-Eze"},
		{"The head of the agency, Arc. Femi Ode, told reporters on Monday that the owner had been warned.", "that the owner had been warned", "The head of the agency, Arc. Femi Ode,", "Arc. Femi Ode"},
		{"“Why was the loss not shown?” asked Barr. Uche Eze, a lawyer who has held shares since 1991.", "Why was the loss not shown?", "Barr. Uche Eze, a lawyer who has held shares since 1991", "Barr. Uche Eze"},
	})
}
