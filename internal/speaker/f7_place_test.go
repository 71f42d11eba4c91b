package speaker

import (
	"strings"
	"testing"
)

// TestF7DeepPossessor checks that "he" or "she" passes over a fitting
// possessor in no subject's place for the subject of its sentence, and
// only then.
func TestF7DeepPossessor(t *testing.T) {
	tests := []speakerCase{
		// A possessor after a verb: the subject before it speaks.
		{"Dale was away when he came home.\n\nMr. Giles stood still, but Paul Ward, who had heard Dale's story from his aunt, knew it at once.\n\n“Where did he go?” he asked.", "Where did he go?", "Paul Ward"},
		// No possessor: a verb's object is left as it was.
		{"Dale was away when he came home.\n\nMr. Giles stood still, but Paul Ward met Dale in the lane.\n\n“Where did he go?” he asked.", "Where did he go?", "Dale"},
		// A preposition's object is passed over as before.
		{"Dale was away when he came home.\n\nMr. Giles stood still, but Paul Ward, who had heard the story from Dale, knew it at once.\n\n“Where did he go?” he asked.", "Where did he go?", "Paul Ward"},
	}
	for _, tt := range tests {
		checkSpeakerName(t, tt)
	}
}

// TestF7Place checks the names f7Place reads as a place's.
func TestF7Place(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Columbia City", true},
		{"Fulton County", true},
		{"Baker Street", true},
		{"Hudson River", true},
		{"City", false}, // one word: a name that may be anyone's
		{"Ann Hall", false},
		{"Tom Hill", false},
		{"Dale", false},
		{"Mr. Street", false},
		{"Ann Reed", false},
		{"Carmen Oyster Bay", true},
	}
	for _, tt := range tests {
		if got := f7Place(tt.name); got != tt.want {
			t.Errorf("%q: %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestF7PlaceNoSex checks that a place opening a clause gives the
// "she" after it no one to mean.
func TestF7PlaceNoSex(t *testing.T) {
	tests := []speakerCase{
		{"Ann Cole took the train. Columbia City was not far, once she was in the town. Her hands were cold. The train was slow.\n\n“That is a fine town,” said a voice.\n\n“Is it?” she answered.", "Is it?", "Ann Cole"},
	}
	for _, tt := range tests {
		checkSpeakerName(t, tt)
	}
}

// TestF7DeepPossessorPlace checks the places f7DeepPossessor reads.
func TestF7DeepPossessorPlace(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"He had heard Dale's story.", "Dale", true},
		{"He spoke on Dale’s death.", "Dale", true},
		{"It rained. Dale's aunt came.", "Dale", false}, // a sentence's first word
		{"He met Dale in the lane.", "Dale", false},     // no possessor
		{"He met Dales.", "Dales", false},
	}
	for _, tt := range tests {
		st := strings.Index(tt.text, tt.name)
		if got := f7DeepPossessor(tt.text, st, st+len(tt.name)); got != tt.want {
			t.Errorf("%q: %v, want %v", tt.text, got, tt.want)
		}
	}
}
