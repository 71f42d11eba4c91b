package speaker

import "testing"

// TestC5ToldThat checks that the "that" after a verb of telling and the
// one told opens the clause told, not a relative clause whose verb is a
// word of reporting ("was sound"), and that an object relative after a
// thing told is still read.
func TestC5ToldThat(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention string }{
		// "" mention: no quotation with that cue
		{"Ann Lee told The Associated Press that the plan was sound.", "sound", ""},
		{"Ed Moss told voters that the bank was financially sound.", "sound", ""},
		{"Ann Lee told The Associated Press that the plan was sound.", "told", "Ann Lee"},
		// must not fire
		{"Ann Lee told the story that Ed Moss so admires.", "admires", "Ed Moss"},
		{"It is the kind of leader that Ed Moss so admires.", "admires", "Ed Moss"},
	} {
		checkCueMention(t, tt.text, tt.cue, tt.mention)
	}
}
