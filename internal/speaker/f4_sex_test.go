package speaker

import (
	"strings"
	"testing"
)

// TestF4SexFromPronouns checks that a name whose sex no title nor given
// name tells takes the sex of the pronouns the narration uses of it
// as a subject, so that "he" or "she" in a cue goes to it rather than
// to a name of known sex further back; and that pronouns after a name
// in another place (a possessor, an object, a modifier, across a
// sentence's end or a quotation) tell it nothing.
func TestF4SexFromPronouns(t *testing.T) {
	tests := []speakerCase{
		// The subject's "his": Brackley is a man, nearer than Mr. Pym.
		{"Mr. Pym sat by the fire with Brackley all evening. Brackley was the first to rise to his feet.\n\n“We leave at dawn,” said he.", "We leave at dawn,", "Brackley"},
		// "herself" after the subject: a woman, so "he" passes her by.
		{"Mr. Pym sat by the fire. Corvina poured the tea herself.\n\n“We leave at dawn,” he said.", "We leave at dawn,", "Mr. Pym"},
		// After a cue verb that puts its subject after it.
		{"“Nonsense,” said Mrs. Dray. “Sit down.”\n\n“Not yet,” said Vantry, shaking his head.\n\n“Why not?” she asked.", "Why not?", "Mrs. Dray"},
		// A possessor's "his" means the clause's subject: no sex for
		// Oswin, and the man named before wins.
		{"Mrs. Tull listened, but Harry Dunmore, who had read Oswin's letter to his brother, stood up at once.\n\n“Where did he go?” he asked.", "Where did he go?", "Harry Dunmore"},
		// Not a subject ("when his sister Elspet came in"): her "his"
		// tells nothing, and "he" keeps the man of the sentence.
		{"Mr. Arden frowned when his sister Elspet came in, and bent over his book.\n\n“What now?” he asked.", "What now?", "Mr. Arden"},
		// The pronoun is past the sentence's end: it tells nothing.
		{"Mr. Pym sat by the fire. Corvina had gone out. She came back at nine.\n\n“We leave at dawn,” he said.", "We leave at dawn,", "Mr. Pym"},
		// A nearer name of unknown sex as a subject still wins over one
		// the narration called "he" further back.
		{"The chair was Brackley, the clerk Lee. Brackley shook his head and left the hall.\n\nLee also spoke about the plan, noting that the vote was delayed.\n\n“It is a sad day,” he said.", "It is a sad day,", "Lee"},
		// A nearer name in another place does not.
		{"The chair was Brackley. Brackley shook his head and read a note that Colvin wrote.\n\n“It is a sad day,” he said.", "It is a sad day,", "Brackley"},
	}
	for _, tt := range tests {
		checkSpeakerName(t, tt)
	}
}

// TestF4TurnWithNarration checks that a paragraph whose quotation is
// followed by narration is no bare turn of a dialogue: the next
// paragraph's "she" goes on with its speaker, where after a bare turn
// it goes to the other party.
func TestF4TurnWithNarration(t *testing.T) {
	tests := []speakerCase{
		{"Ann Reid spoke first.\n\n“We will wait,” said Mary Marsh on Monday. She added a word of caution.\n\n“We can try again in May,” she said.", "We can try again in May,", "Mary Marsh"},
		// A bare turn: the other man answers.
		{"Ann Reid spoke first.\n\n“We will wait,” said Mary Marsh.\n\n“Why?” said Ann Reid.\n\n“It is too soon,” she said.", "It is too soon,", "Mary Marsh"},
	}
	for _, tt := range tests {
		checkSpeakerName(t, tt)
	}
}

// TestF4PronounAfter checks the pronoun read after a name, with exact
// stretches.
func TestF4PronounAfter(t *testing.T) {
	tests := []struct {
		text string
		want byte
	}{
		{"Ardis sprang to his feet.", 'm'},
		{"Ardis, pale and grim, said he would go.", 'm'},
		{"Ardis did it herself.", 'f'},
		{"Ardis went on her way.", 'f'},
		{"Ardis thanked her and left.", 0},         // an object: someone else
		{"Ardis made her stop.", 0},                // "her" after a verb, not a preposition
		{"Ardis saw him. He waved.", 0},            // "him" stops the reading
		{"Ardis waited. He came.", 'm'},            // the next sentence opens with its pronoun
		{"Ardis waited. Then he came.", 0},         // past the sentence's end
		{"Ardis said, “he is here.”", 0},           // a quotation
		{"Ardis smiled.\n\nHe went out.", 0},       // a paragraph's end
		{"Ardis watched the shepherd feed it.", 0}, // "shepherd" holds "he" but is no pronoun
	}
	for _, tt := range tests {
		if got := f4PronounAfter(tt.text, len("Ardis"), len(tt.text)); got != tt.want {
			t.Errorf("%q: %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestF4Subject checks where a name stands as a clause's subject.
func TestF4Subject(t *testing.T) {
	tests := []struct {
		before string
		want   bool
	}{
		{"", true},
		{"It rained. ", true},
		{"“Go,” ", true},
		{"It rained, and ", true},
		{"It rained; but ", true},
		{"Tom and ", false}, // two names joined, no clause
		{"“Go,” said ", true},
		{"when his sister ", false},
		{"He turned to ", false},
		{"It rained, ", false}, // a mark after the name: no verb
		{"Ed said ", true},     // "said Ardis," with a mark after it
	}
	for _, tt := range tests {
		if got := f4Subject(tt.before+"Ardis, left.", len(tt.before), len(tt.before)+5); got != tt.want {
			t.Errorf("%q: %v, want %v", tt.before, got, tt.want)
		}
	}
	// After a cue verb, a verb after the name makes it the subject of
	// the clause reported: "Ed said Ardis left."
	if text := "Ed said Ardis left."; f4Subject(text, 8, 13) {
		t.Errorf("%q: the reported clause's subject read as the cue's", text)
	}
	if text := "“Go,” said Ardis to his wife."; !f4Subject(text, 15, 20) {
		t.Errorf("%q: the cue's subject before its preposition not read", text)
	}
	// After a comma, a name before a verb is a subject ("By then,
	// Ardis left"); one of a list or before "of" is not.
	if text := "By then, Ardis left."; !f4Subject(text, 9, 14) {
		t.Errorf("%q: the subject after an opening phrase not read", text)
	}
	for _, text := range []string{"Ed, Ardis and Tom left.", "By then, Ardis of Kent left."} {
		if f4Subject(text, strings.Index(text, "Ardis"), strings.Index(text, "Ardis")+5) {
			t.Errorf("%q: a list's or a modifier's name read as a subject", text)
		}
	}
}
