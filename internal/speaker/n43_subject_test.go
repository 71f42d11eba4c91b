package speaker

import (
	"slices"
	"testing"
)

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
		// must not fire: a finite verb or copula ends a clause before the mention
		{"The vote is lost for the tenants have said they will move.", "said", "the tenants"},
		{"The fare is high for the riders have told the board they will walk.", "told", "the riders"},
	} {
		checkCueMention(t, tt.text, tt.cue, tt.mention)
	}
}

// TestN43SubjectChains checks that the readings nested in a widened
// one name the widened mention in their chains, and that the speaker's
// vagueness is read again from it.
func TestN43SubjectChains(t *testing.T) {
	text := "Most of the tenants we spoke with about the rent have said the landlord told them the fee would rise."
	d := run(t, text)
	q := find(d, "the fee would rise")
	if q == nil {
		t.Fatalf("%q: no quotation %q", text, "the fee would rise")
	}
	want := []string{"Most of the tenants we spoke with about the rent", "the landlord"}
	if !slices.Equal(q.Chain, want) {
		t.Errorf("%q: chain %q, want %q", text, q.Chain, want)
	}
	if o := find(d, "the landlord told"); o == nil || o.Speaker.Vague != v1VagueSpeaker(o.Speaker.Name) {
		t.Errorf("%q: outer reading missing or its vagueness not read from %q", text, want[0])
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
