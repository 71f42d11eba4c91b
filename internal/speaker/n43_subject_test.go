package speaker

import "testing"

// TestN43Subjects checks that a mention right after a preposition,
// before a plainly finite cue, widens to the subject it ends, and that
// a subject pronoun, a mention after an adverbial opening and a
// preposition's object before no such cue are left.
func TestN43Subjects(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention string }{
		{"Two of the sailors the captain had tried to reach about the storm have refused to speak.", "refused", "Two of the sailors the captain had tried to reach about the storm"},
		{"Most of the tenants we spoke with about the rent have said they will move.", "said", "Most of the tenants we spoke with about the rent"},
		// must not fire
		{"For years I knew that the pier would close.", "knew", "I"},
		{"In talks with the union the mayor has said the pier will close.", "said", "the mayor"},
	} {
		checkCueMention(t, tt.text, tt.cue, tt.mention)
	}
}

// TestN43Tensed checks the cue read as plainly finite: after an
// auxiliary, or in "-s"; not a bare "-ed" word, nor one after "also"
// alone.
func TestN43Tensed(t *testing.T) {
	for _, tt := range []struct {
		gap, cue string
		want     bool
	}{
		{" have ", "refused", true},
		{" ", "tells", true},
		{" ", "described", false},
		{" also ", "warned", false},
		{" ", "discuss", false},
	} {
		if got := n43Tensed(tt.gap, tt.cue); got != tt.want {
			t.Errorf("%q %q: %v, want %v", tt.gap, tt.cue, got, tt.want)
		}
	}
}

// TestN43ClauseOpening checks where a long subject begins: at its
// sentence's capital, not at an adverbial opening, nor across a "said".
func TestN43ClauseOpening(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"The vote was close. Several people we asked about the", "Several people we asked about "},
		{"On the pier, Two of the crews from the", "Two of the crews from "},
		{"After talks with the", ""},
		{"Ann Lee said people close to the", ""},
		{"several of the", ""},
	} {
		ms := len(tt.text) - len("the")
		got := ""
		if s, ok := n43ClauseOpening(tt.text, ms); ok {
			got = tt.text[s:ms]
		}
		if got != tt.want {
			t.Errorf("%q: %q, want %q", tt.text, got, tt.want)
		}
	}
}
