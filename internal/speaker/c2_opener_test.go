package speaker

import "testing"

// TestC2SentenceAdverb checks that an adverb opening a sentence before
// its subject ("Once she …", "Once in my youth, …, I …") is passed over
// and the subject after it speaks; and that a name in -ly, a measure
// ("More than"), an adverb with its comma and a plain name are read as
// before.
func TestC2SentenceAdverb(t *testing.T) {
	checkDirectMentions(t, []mentionCase{
		{"Tom Reed grew up by the pier.\n\nOnce in his early 20s, when his mother asked about it, he laughed and said, “I do not believe in ghosts.”", []string{"he | said"}},
		{"I grew up by the pier.\n\nOnce in my early 20s, when my mother asked about it on the highway, I laughed and said, “I do not believe in ghosts.”", []string{"I | said"}},
		{"Ann Lee grew up by the pier.\n\nFinally she stood up and said: “The pier is unsafe.”", []string{"she | said"}},
		{"Ann Lee grew up by the pier.\n\nLater in the day, Moss stood up and said: “The pier is unsafe.”", []string{"Moss | said"}},
		// Must not fire: a given name in -ly, a name, a comma.
		{"The pier was closed.\n\nKelly stood up and said: “The pier is unsafe.”", []string{"Kelly | said"}},
		{"The pier was closed.\n\nFinally, Moss stood up and said: “The pier is unsafe.”", []string{"Moss | said"}},
	})
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Ann Lee grew up by the pier. Often she sighed and said that the pier was unsafe.", []string{"she | said | that the pier was unsafe"}},
		{"Tom Reed grew up by the pier. Sometimes he met the crew and said that the pier was unsafe.", []string{"he | said | that the pier was unsafe"}},
		// Must not fire: a measure before the subject.
		{"The pier was closed. More than 300 pilots met and said that the pier was unsafe.", []string{"More than 300 pilots | said | that the pier was unsafe"}},
	} {
		checkIndirect(t, tt.text, tt.want, true)
	}
}
