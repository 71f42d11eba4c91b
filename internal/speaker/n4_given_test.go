package speaker

import "testing"

// TestN4GivenAfter checks that a given name after a title or an office
// that tells no sex ("Gov.", "Mayor") tells the name's sex: "he" does
// not mean "Gov. Ruth Ellison", "she" does not mean "Gov. Mark
// Ellison", while a title before a surname alone tells nothing.
func TestN4GivenAfter(t *testing.T) {
	tests := []speakerCase{
		{"The hearing ran late. Gov. Ruth Ellison spoke first.\n\n“We are in great shape,” he said.", "We are in great shape,", ""},
		{"The hearing ran late. Gov. Mark Ellison spoke first.\n\n“We are in great shape,” she said.", "We are in great shape,", ""},
		{"The hearing ran late. Mayor Ruth Ellison spoke first.\n\n“We are in great shape,” she said.", "We are in great shape,", "Mayor Ruth Ellison"},
		{"The hearing ran late. Gov. Mark Ellison spoke first.\n\n“We are in great shape,” he said.", "We are in great shape,", "Gov. Mark Ellison"},
		// A surname alone after the title: no sex, "he" may mean it.
		{"The hearing ran late. Gov. Ellison spoke first.\n\n“We are in great shape,” he said.", "We are in great shape,", "Gov. Ellison"},
	}
	for _, tt := range tests {
		checkSpeakerName(t, tt)
	}
}

// TestN4ClosingMarks checks that a name opening a paragraph after the
// closing mark of two ASCII apostrophes is read as a subject, so that a "he" two
// sentences on means it and not a name in a modifier's place ("the
// presumed Ruritanian favorite").
func TestN4ClosingMarks(t *testing.T) {
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"He said: ''It was a shock to me.''\n\nMr. Dale backed the plan.", "Mr. Dale", true},
		{"He said: ''It was a shock to me.''  Mr. Dale backed the plan.", "Mr. Dale", true},
		// A lone apostrophe is an elision, no closing mark.
		{"He met the Smiths' Mr. Dale on Monday.", "Mr. Dale", false},
	} {
		st := indexOf(c.text, c.name)
		if got := f4Subject(c.text, st, st+len(c.name)); got != c.want {
			t.Errorf("%q: f4Subject(%q) = %v, want %v", c.text, c.name, got, c.want)
		}
	}
	tt := speakerCase{"President Ivan Dorn formed the council in May.\n\nMr. King said: ''It was a shock to me.''\n\nMr. Dale backed the mayor, and said he did not back Mr. Stone, the presumed Dorn favorite. He told me on Friday: ''I run a straight news program now.''", "I run a straight news program now.", "Mr. Dale"}
	checkSpeakerName(t, tt)
}
