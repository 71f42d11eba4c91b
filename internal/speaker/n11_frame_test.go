package speaker

import (
	"strings"
	"testing"
)

// TestN11Frames checks that a reading whose subject opens the clause
// after "it is unclear whether", "it should be obvious that" and the
// like is the writer's frame (no speaker, the frame as its cue, the
// words from the complementizer on), and that a verb of speech, a
// frame of another adjective or no frame at all leave the reading's
// speaker alone.
func TestN11Frames(t *testing.T) {
	for _, c := range []struct {
		text, words string // words: a piece of the reading's content
		speaker     string // "" for the writer's frame
		start, cue  string // the content's and the cue's first words, for the frame
	}{
		{"The ferry lost money again. By now it should be obvious that the owners want to sell the old ferry.",
			"sell the old ferry", "", "that the owners", "it should be obvious"},
		{"The pier was shut in May. It was unclear whether the harbour board would rule that the pier was unsafe.",
			"the pier was unsafe", "", "whether the harbour", "It was unclear"},
		// Not: a verb of speech.
		{"The pier was shut in May. It is clear that the harbour master said the pier was unsafe.",
			"the pier was unsafe", "harbour master", "", ""},
		// Not: another adjective.
		{"The ferry lost money again. It is true that the owners want to sell the old ferry.",
			"sell the old ferry", "owners", "", ""},
		// Not: no frame.
		{"The ferry lost money again. The owners want to sell the old ferry.",
			"sell the old ferry", "owners", "", ""},
	} {
		d := run(t, c.text)
		found := false
		for _, q := range d.Quotes {
			if len(q.Content) == 0 || !strings.Contains(q.Words(d.Text), c.words) {
				continue
			}
			found = true
			if c.speaker != "" {
				if !strings.Contains(q.Speaker.Name, c.speaker) {
					t.Errorf("%q: speaker %q, want %q", c.text, q.Speaker.Name, c.speaker)
				}
				continue
			}
			if q.Speaker.Name != "" || !strings.HasPrefix(d.Text[q.Content[0].Start:], c.start) || !strings.HasPrefix(d.Text[q.Cue.Start:q.Cue.End], c.cue) {
				t.Errorf("%q: speaker %q, words %q, cue %q; want the frame %q over %q…", c.text, q.Speaker.Name, q.Words(d.Text), d.Text[q.Cue.Start:q.Cue.End], c.cue, c.start)
			}
		}
		if !found {
			t.Errorf("%q: no reading holding %q", c.text, c.words)
		}
	}
}

// TestN11EndsComplementizer holds the cheap pre-check to n11Frame: every
// window the expression matches passes it.
func TestN11EndsComplementizer(t *testing.T) {
	for _, s := range []string{
		"It is clear that ", "it was unclear WHETHER\n", "It’s likely that  ", "it seems plain whether\t",
		"He said that ", "It is clear that", "It is clear thatch ", "whether ", "", "It is unlikely That ",
	} {
		if n11Frame.MatchString(s) && !n11EndsComplementizer(s) {
			t.Errorf("%q: the frame matches but the pre-check says no", s)
		}
	}
	for _, s := range []string{"It is clear that", "It is clear, ", "It is clear thatch "} {
		if n11EndsComplementizer(s) {
			t.Errorf("%q: pre-check says yes", s)
		}
	}
}
