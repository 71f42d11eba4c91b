package speaker

import "testing"

// TestParticleObject checks that a name after a preposition and a
// nobiliary particle ("the family of de Wint") is read in the object's
// place, so that "she" prefers the subject before it, and that the
// particle does not hide a subject.
func TestParticleObject(t *testing.T) {
	tests := []speakerCase{
		{"Mr. Ashby asked Clara whether she knew the family of de Wint.\n\n“Lady Hester de Wint,” she replied, “has lately bought the mill.”", "Lady Hester de Wint,", "Clara"},
		{"Lady Hester de Wint came in and sat down.\n\n“The mill is sold,” she said.", "The mill is sold,", "Lady Hester de Wint"},
	}
	for _, tt := range tests {
		checkSpeakerName(t, tt)
	}
}
