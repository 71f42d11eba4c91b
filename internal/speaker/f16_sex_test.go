package speaker

import (
	"strings"
	"testing"
)

// TestF16Called checks that a description of one sex keeps its own
// words where the turns around call a name of the other sex (by a
// given name, a title, or the sex the narration gives the name's own
// turns), and still takes a name of its sex, or one whose sex nothing
// tells.
func TestF16Called(t *testing.T) {
	gap := "\n\nThe rain fell on the roofs of the old town. The lamps were lit.\n\n"
	two := func(desc, call string) string {
		return "“Where is the money?” said " + desc + "." + "\n\n“No, " + call + ",” said Ana Ruiz." + gap +
			"“Then find it,” said " + desc + "." + "\n\n“I will try, " + call + ",” said Lena Ortiz."
	}
	tests := []struct{ text, line, speaker, mention string }{
		// A girl is not Tom, nor Mr. Moss.
		{two("the young girl", "Tom"), "Then find it", "the young girl", "the young girl"},
		{two("the old lady", "Mr. Moss"), "Then find it", "the old lady", "the old lady"},
		{two("the young man", "Mary"), "Where is the money", "the young man", "the young man"},
		{two("the Frenchwoman", "Tom"), "Then find it", "Frenchwoman", "the Frenchwoman"},
		// A name the narration gives a man's turns: "Quill ... he".
		{"“I am going,” said Quill. He took his hat.\n\n" + two("the young girl", "Quill"), "Then find it", "the young girl", "the young girl"},
		// Of the same sex, or of none told: the name stands.
		{two("the young girl", "Mary"), "Then find it", "Mary", "the young girl"},
		{two("the young girl", "Quill"), "Then find it", "Quill", "the young girl"},
		{two("the Frenchwoman", "Mary"), "Then find it", "Mary", "the Frenchwoman"},
	}
	for _, tt := range tests {
		checkNameMention(t, tt.text, tt.line, tt.speaker, tt.mention)
	}
}

// TestF16DemonymSuffixes keeps f16DescSex's quick test true: every
// people's noun it reads ends in "man" or "ess".
func TestF16DemonymSuffixes(t *testing.T) {
	for k := range f16Demonyms {
		if !strings.HasSuffix(k, "man") && !strings.HasSuffix(k, "ess") {
			t.Errorf("%q: f16DescSex passes over names not ending in man or ess", k)
		}
	}
	for _, c := range []struct {
		name string
		want byte
	}{{"the Frenchwoman", 'f'}, {"Englishman ", 'm'}, {"the Jewess", 'f'}, {"Ann Moss", 0}, {"the German", 0}} {
		if got := f16DescSex(c.name); got != c.want {
			t.Errorf("f16DescSex(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}
