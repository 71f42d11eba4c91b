package speaker

import "testing"

// TestN109DatedThing checks that a month or a year after a subject
// stays in the mention when the subject's head is a thing it dates:
// a participle with its agent, a carrier of words with its "of"
// phrase; not after persons, whose act it dates.
func TestN109DatedThing(t *testing.T) {
	checkN2Content(t, "A review commissioned by the health department in 2022 found that patients missed fewer sessions.",
		"found", "A review commissioned by the health department in 2022", "that patients missed fewer sessions")
	checkN2Content(t, "An agency inspection of the plant in Corbin Mills in April found that workers had not cleaned the equipment.",
		"found", "An agency inspection of the plant in Corbin Mills in April", "that workers had not cleaned the equipment")
	checkN2Content(t, "Federal prosecutors in May charged that he lied.", "charged", "Federal prosecutors", "that he lied")
	checkN2Content(t, "The lawyers for the family in March argued that the gates were needed.",
		"argued", "The lawyers for the family", "that the gates were needed")
}
