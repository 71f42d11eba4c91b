package speaker

import "testing"

// TestN3Surname checks that a surname alone that opens a sentence is a
// name when a full name with it, whose sex is known, is read elsewhere,
// so that a pronoun after it goes to it, not to a name further back; and
// that the last word of a place or a body is not made a name.
func TestN3Surname(t *testing.T) {
	for _, tt := range []struct{ text, cue, name string }{
		{"The rally was held for Governor Ann Marsh and her running mate Peter Lund.\n\nLund has also spoken about Okafor's arrest.\n\nOn Monday, he told reporters that the arrest was wrong.", "told", "Peter Lund"},
		{"Crowds cheered for Senator Mark Ridley at the fair.\n\nRidley has also written about Delgado's trial.\n\nLater, he told the crowd that the verdict was unjust.", "told", "Senator Mark Ridley"},
		// must not revive a surname in the possessive at a line's start
		{"Dr. Hale walked home alone. He was sorry he had accepted Mr. Ned Carver's offer.\nCarver's plans worried him.\n\n“I hope it ends soon,” he muttered.", "muttered", "Dr. Hale"},
		// must not make a name: a body's last word
		{"The Harbor Times covered the story.\n\nTimes change, and Ann Reed said that the paper would close.", "said", "Ann Reed"},
	} {
		checkCueName(t, tt.text, tt.cue, tt.name)
	}
}

// TestN3WhoAfterCue checks that "who" after an inverted trailing cue
// stands for the whole proper-modified noun phrase after the verb.
func TestN3WhoAfterCue(t *testing.T) {
	for _, tt := range []struct{ text, cue, name string }{
		{"The pipes are old, said Bay Water officials, who added that the work would take years.", "added", "Bay Water officials"},
		{"Fares will rise, told Metro Transit managers, who warned that service would be cut.", "warned", "Metro Transit managers"},
		// must not read past a determiner: the antecedent's reading stands
		{"The pipes are old, said the officials, who added that the work would take years.", "added", "the officials"},
	} {
		checkCueName(t, tt.text, tt.cue, tt.name)
	}
}

// TestN3TheyNotOnePerson checks that "they" is not given a person's full
// name whose sex only its given name tells ("Governor Ann Marsh"), but
// the group before it; and that a pair joined by "and" is both of them
// (n56_they.go).
func TestN3TheyNotOnePerson(t *testing.T) {
	for _, tt := range []struct{ text, cue, name string }{
		{"Port officials said they were not told that Governor Ann Marsh would close the harbor. But they have repeatedly stated that the alliance is sound.", "stated", "Port officials"},
		{"Local fishermen say they are not heard when they tell the council that the bay is dying.", "tell", "Local fishermen"},
		// a pair: both
		{"Senator Ann Marsh and Senator Tom Reyes met the mayor. They said that the budget would pass.", "said", "Senator Ann Marsh and Senator Tom Reyes"},
	} {
		checkCueName(t, tt.text, tt.cue, tt.name)
	}
}
