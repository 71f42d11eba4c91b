package speaker

import "testing"

// TestG3InitialsAndSuffix checks that a name with a middle initial and
// a suffix ("John R. Smith Jr.") names its speaker whole, before or
// after the quotation, as a name with only one of them does.
func TestG3InitialsAndSuffix(t *testing.T) {
	checkDirectNames(t, []mentionCase{
		{"Ann met the crew.\n\n“The plan will work,” John R. Smith Jr. said.", []string{"John R. Smith Jr. | John R. Smith Jr. | said"}},
		{"Ann met the crew.\n\n“The plan will work,” said Ann B. C. Reed Sr.", []string{"Ann B. C. Reed Sr. | Ann B. C. Reed Sr. | said"}},
		{"Ann met the crew.\n\nJohn R. Smith Jr. said: “The plan will work.”", []string{"John R. Smith Jr. | John R. Smith Jr. | said"}},
		// One of them only, or none: as before.
		{"Ann met the crew.\n\n“The plan will work,” John R. Smith said.", []string{"John R. Smith | John R. Smith | said"}},
		{"Ann met the crew.\n\n“The plan will work,” John Smith Jr. said.", []string{"John Smith Jr. | John Smith Jr. | said"}},
		{"Ann met the crew.\n\n“The plan will work,” the mayor said.", []string{"the mayor | the mayor | said"}},
	})
}
