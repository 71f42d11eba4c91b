package speaker

import (
	"strings"
	"testing"
)

// TestF8Resume checks that a run of turns after a paragraph of
// narration goes on with the conversation before it when it names one
// of its two parties, and that it does not where the run calls a third
// person by name, names someone who was not in it, or comes too late.
func TestF8Resume(t *testing.T) {
	const before = "“Shall we walk to the pier?” asked Tom Reed.\n\n“It is too cold,” said Mrs. Moss.\n\n“Then we can take the car.”\n\n"
	const narration = "The rain began again, and the lamps were lit along the street.\n\n"
	tests := []speakerCase{
		{before + narration + "“Is the car ready?” asked Tom Reed.\n\n“Not until noon.”\n\n“Then we wait.”", "Not until noon", "Mrs. Moss"},
		{before + narration + "“Is the car ready?” asked Tom Reed.\n\n“Not until noon.”\n\n“Then we wait.”", "Then we wait", "Tom Reed"},
		// The run calls someone else by name: a new conversation.
		{before + narration + "“Is the car ready?” asked Tom Reed.\n\n“Not until noon, Lucy.”\n\n“Then we wait.”", "Not until noon", ""},
		// Someone who was not in the conversation: no party to give.
		{before + narration + "“Is the car ready?” asked Lucy Bell.\n\n“Not until noon.”", "Not until noon", ""},
		// Too many paragraphs of narration between.
		{before + narration + narration + narration + narration + "“Is the car ready?” asked Tom Reed.\n\n“Not until noon.”", "Not until noon", ""},
	}
	for _, tt := range tests {
		checkSpeakerName(t, tt)
	}
}

// TestF8Called checks the vocative positions f8NamesThird reads.
func TestF8Called(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"“Why, Harry?”", "Harry", true},
		{"“Harry, sit down.”", "Harry", true},
		{"“Never marry, Harry,” he said.", "Harry", true},
		{"“I met Harry at the pier.”", "Harry", false},
		{"“Ask Harry, then.”", "Harry", false},
	}
	for _, tt := range tests {
		i := indexOf(tt.text, tt.name)
		if got := f8Called(tt.text, i, i+len(tt.name)); got != tt.want {
			t.Errorf("%q: %v, want %v", tt.text, got, tt.want)
		}
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// TestF8ResumeSir checks that a turn calling the one who answers "sir"
// keeps a woman of the conversation before from answering it.
func TestF8ResumeSir(t *testing.T) {
	const before = "“Shall we walk to the pier?” asked Tom Reed.\n\n“It is too cold,” said Mrs. Moss.\n\n“Then we can take the car.”\n\n"
	const narration = "The rain began again, and the lamps were lit along the street.\n\n"
	tests := []speakerCase{
		{before + narration + "“Is the car ready, sir?” asked Tom Reed.\n\n“Not until noon.”", "Not until noon", ""},
		{before + narration + "“Is the car ready, madam?” asked Tom Reed.\n\n“Not until noon.”", "Not until noon", "Mrs. Moss"},
	}
	for _, tt := range tests {
		checkSpeakerName(t, tt)
	}
}

// TestF8SirStop checks that the alternation stops giving turns at the
// answer to a "sir" that the party of its parity, a woman, cannot be,
// and gives the turns before it.
func TestF8SirStop(t *testing.T) {
	const text = "“Is it cold out?” asked Tom Reed.\n\n“Very,” said Mrs. Moss.\n\n“And how is your father, sir?”\n\n“Better, thank you.”"
	checkSpeakerName(t, speakerCase{text, "And how is your father", "Tom Reed"})
	checkSpeakerName(t, speakerCase{text, "Better, thank you", ""})
	const madam = "“Is it cold out?” asked Tom Reed.\n\n“Very,” said Mrs. Moss.\n\n“And how is your father, madam?”\n\n“Better, thank you.”"
	checkSpeakerName(t, speakerCase{madam, "Better, thank you", "Mrs. Moss"})
}

// TestF8ResumeNews checks that two people quoted in turn, each line
// named, as news prose quotes them, are no conversation to go on with:
// the bare paragraph after the narration is not given the other one.
func TestF8ResumeNews(t *testing.T) {
	const text = "“The pier is unsafe,” Ed Moss said.\n\n“It will be repaired this year,” Ann Lee said.\n\nThe council meets on Monday to vote on the budget for the harbour.\n\n“We have waited long enough,” Ed Moss said.\n\n“The money was promised in March.”"
	d := run(t, text)
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if strings.Contains(q.Words(d.Text), "The money was promised") && q.Speaker.Name != "Ed Moss" {
			t.Errorf("%q: speaker %q, want Ed Moss going on", q.Words(d.Text), q.Speaker.Name)
		}
	}
}
