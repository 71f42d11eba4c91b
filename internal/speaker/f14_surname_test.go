package speaker

import "testing"

// TestF14FamilySex checks that a full name which took its sex from an
// earlier name with its surname ("Mrs. Quarle") takes the other sex
// when the next sentence's subject is a pronoun of that sex, so that a
// "he" in a cue goes to it; and that the sex stays where the pronoun
// is in the name's own sentence, is an object, or follows another name,
// and where the name's own words tell its sex.
func TestF14FamilySex(t *testing.T) {
	tests := []speakerCase{
		// The husband after the wife: "he" after a fronted clause.
		{"Mrs. Quarle wept in the hall while Brisby waited at the gate.\n\nOsric Quarle sat in the library, stern and silent. When the clock struck, he rang for Brisby.\n\n“Leave this house,” he said.", "Leave this house,", "Osric Quarle"},
		// The next sentence opens with "He".
		{"Mrs. Quarle wept in the hall while Brisby waited at the gate.\n\nOsric Quarle sat in the library. He rang for Brisby.\n\n“Leave this house,” he said.", "Leave this house,", "Osric Quarle"},
	}
	for _, tt := range tests {
		checkSpeakerName(t, tt)
	}
}

// TestF14FamilySexKept checks, on the mentions, the sex a full name
// keeps: where the pronoun is in its own sentence, is an object, follows
// another name, or where its own words tell its sex.
func TestF14FamilySexKept(t *testing.T) {
	for _, tt := range []struct {
		text, name string
		want       byte
	}{
		{"Mrs. Quarle wept in the hall.\n\nOsric Quarle sat in the library. He rang.", "Osric Quarle", 'm'},
		{"Mrs. Quarle wept in the hall.\n\nTamsin Quarle was not there, but soon he saw her mother.", "Tamsin Quarle", 'f'},
		{"Mrs. Quarle wept in the hall.\n\nTamsin Quarle sat in the library. Then Brisby called him in.", "Tamsin Quarle", 'f'},
		{"Mrs. Quarle wept in the hall.\n\nTamsin Quarle sat with Brisby. He rang.", "Tamsin Quarle", 'f'},
		{"Madame Orlova wept in the hall.\n\nCountess Orlova sat in the library. He rang.", "Countess Orlova", 'f'},
		{"Mrs. Quarle wept in the hall.\n\nIn the library sat Osric Quarle. He rang.", "Osric Quarle", 'f'},
	} {
		d := run(t, tt.text)
		a := newAttributor(d)
		a.f14FamilySex()
		got := byte(1)
		for _, m := range a.mentions {
			if m.text == tt.name {
				got = m.gender
			}
		}
		if got != tt.want {
			t.Errorf("%q: %s's sex %q, want %q", tt.text, tt.name, got, tt.want)
		}
	}
}

// TestF14NextSubject checks the pronoun read in the sentence after a
// name, with exact stretches.
func TestF14NextSubject(t *testing.T) {
	tests := []struct {
		text string
		want byte
	}{
		{" sat down. He rose.", 'm'},
		{" sat down. As the bell rang, she rose.", 'f'},
		{" sat down. The bell rang and he rose.", 0}, // not the subject's place
		{" sat down, and he rose.", 0},               // the name's own sentence
		{" sat down. Ann called him.", 0},
		{" sat down.\n\nHe rose.", 0}, // a paragraph's end
		{" sat down. “Go,” he said.", 0},
	}
	for _, tt := range tests {
		if got := f14NextSubject(tt.text, 0, len(tt.text)); got != tt.want {
			t.Errorf("f14NextSubject(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestF14TellsSex checks the words before a surname that keep a name's
// sex its own.
func TestF14TellsSex(t *testing.T) {
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"Countess Orlova", true}, {"Mrs. Orlova", true}, {"Osric Quarle", false}, {"General Quarle", false},
	} {
		if got := f14TellsSex(tt.name, lastBreak(tt.name)); got != tt.want {
			t.Errorf("f14TellsSex(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
