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

// TestN109ParticipleBeforeVerb checks a past participle that describes
// a subject's noun, with its time and place, before the verb of
// reporting: after the content ("…, a large study published … in the
// Annals of Medicine suggests.") and before it with a modifier on the
// noun ("The new report published Tuesday by …").
func TestN109ParticipleBeforeVerb(t *testing.T) {
	checkN2Content(t, "Older people are more likely to fall, a large study published Wednesday in the Annals of Medicine suggests.",
		"suggests", "a large study published Wednesday in the Annals of Medicine", "Older people are more likely to fall")
	checkN2Content(t, "The new report published Tuesday by the Council of Science showed that fares rose.",
		"showed", "The new report published Tuesday by the Council of Science", "that fares rose")
	checkN2Content(t, "The mines will close, the company announced Wednesday in Perth.",
		"announced", "the company", "The mines will close")
}

// TestN109OwnerName checks a description whose owner is a name of
// several words in the possessive before an appositive name: the
// mention is the whole, as after a one-word owner.
func TestN109OwnerName(t *testing.T) {
	checkN2Content(t, "Tumbarra Shire Council's director of infrastructure, Graham Pollitt, said the council had applied for funding.",
		"said", "Tumbarra Shire Council's director of infrastructure, Graham Pollitt,", "the council had applied for funding")
	checkN2Content(t, "In Tumbarra Shire's west, Graham Pollitt said the council had applied.",
		"said", "Graham Pollitt", "the council had applied")
}

// TestN109ToldBodies checks a trailing "told" whose hearer is a body
// named by a noun of toldBodies: the stock exchange, an inquest, a paper.
func TestN109ToldBodies(t *testing.T) {
	checkN2Content(t, "About 420 workers will lose their jobs, the company told the stock exchange on Thursday.",
		"told", "the company", "About 420 workers will lose their jobs")
	checkN2Content(t, "The ferry was late, the driver told the inquest.", "told", "the driver", "The ferry was late")
}
