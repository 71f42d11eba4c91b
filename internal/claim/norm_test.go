package claim

import "testing"

// TestAppendNorm checks that the sentence buffer's forms are normWord's.
func TestAppendNorm(t *testing.T) {
	for _, w := range []string{"town", "Town", "town’s", "Town’s", "TOWN'S", "’90s", "workers’", "don’t",
		"Élan", "élan", "Khrushchev’s", "naïve", "x", "A", "’", "l’État", "it's"} {
		var got string
		switch normCase(w) {
		case normSame:
			got = w
		case normCopy:
			got = string(appendNorm(nil, w))
		default:
			got = normWord(w)
		}
		if want := normWord(w); got != want {
			t.Errorf("%q: %q, normWord gives %q", w, got, want)
		}
	}
}

// TestFormsAt holds forms.at, which reads a plain word's form from the
// lower-case text where read once wrote every word's form into a list,
// to normWord of the word as written, for every word of sentences of
// plain words, capitals, curly and straight apostrophes, other scripts
// and numbers; and its words to those of the sentence's tokens.
func TestFormsAt(t *testing.T) {
	text := "The Town’s workers said it's over. Élan and naïve SPEECH: we’ll see in 1960s Khrushchev’s l’État, don't they? " +
		"Oh. A short one here, with 42 words and ’90s talk."
	d := segmented(t, text)
	r := &reader{d: d}
	plain, other := 0, 0
	for si := range d.Sentences {
		if !r.read(si) {
			t.Fatalf("sentence %d not read", si)
		}
		f := r.forms(0, len(r.ws))
		for i, w := range r.ws {
			written := d.Text[w.Start:w.End]
			if got, want := f.at(i), normWord(written); got != want {
				t.Errorf("word %q: form %q, want %q", written, got, want)
			}
			if w.plain() {
				plain++
			} else {
				other++
			}
		}
	}
	if plain == 0 || other == 0 {
		t.Errorf("%d plain words and %d others: want some of each", plain, other)
	}
}
