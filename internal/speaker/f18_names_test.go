package speaker

import (
	"strings"
	"testing"
)

// TestF18Names checks that a sentence adverb that opens a sentence is
// not read into a name, nor read as one; that an adjective of
// nationality after a word in lower case, a participle that opens a
// sentence and a contraction in capitals name no one; and that a
// nickname ("Irish"), a surname in -ing and a person noun after an
// adjective ("the dying Indian") are still names.
func TestF18Names(t *testing.T) {
	tests := []struct{ text, quote, speaker, mention string }{
		// A leading adverb is cut from the name.
		{"Ellen stood by the door. Finally Tom came in from the yard. “The cows are out,” he said.", "The cows are out,", "Tom", "he"},
		{"Naturally Ruth Gale answered at once: “Not today.”", "Not today.", "Ruth Gale", "Ruth Gale"},
		// An adverb alone, or an adverb and a pronoun, is no name.
		{"Ruth Gale came in.\n“We must all go -- ” Though she was tired, she smiled.\n“Ah, Bishop,” she would say, “I am happy.”", "Ah, Bishop,", "Ruth Gale", "she"},
		{"I thought it over.\nTherefore I said: “My dear sister, I will go.”", "My dear sister, I will go.", "", ""},
		// A nationality after a word in lower case is no one.
		{"Mrs. Berg sat down.\nWilliam appeared at noon.\nHe was a very active lad, with a touch of the Dane or Norwegian about him.\n“Can I have my tea, mother?”\nhe cried, rushing in.", "Can I have my tea, mother?", "", ""},
		{"Mrs. Berg sat down.\nWilliam nodded.\nHe pretended that he could not understand my German.\n“You speak well,” he said.", "You speak well,", "", ""},
		// A participle that opens a sentence is no one.
		{"Hugh Dent rose.\n“So do I.” Locking his hands behind his head, he looked up.\n“We stay here,” he said.", "We stay here,", "Hugh Dent", "he"},
		// A name written after "in" or "at" more often than not is a place.
		{"Drouet took the night train.\nHe had never been in Chicago before.\n“We are here,” he said.", "We are here,", "", ""},
		{"Drouet took the night train.\nHe had never been in Chicago before, and the crowds at Chicago frightened him.\n“We are here,” he said.", "We are here,", "", ""},
		// Left as they were: a name after "at" once and a subject twice,
		// a name after "according to".
		{"Hugh Drouet came in.\nEveryone looked at Drouet.\nDrouet sat down.\n“Well,” he said.", "Well,", "Drouet", "he"},
		{"The dam will hold, according to Okafor.\n“It was built well,” he said.", "It was built well,", "Okafor", "he"},
		// Left as they were: a nickname, a surname in -ing, a person noun.
		{"“We ride at dawn,” Irish said.", "We ride at dawn,", "Irish", "Irish"},
		{"Manning said, “We stay here.”", "We stay here.", "Manning", "Manning"},
		{"Pip Lowe watched. The dying Indian sank to his knees. “Keep it,” he said.", "Keep it,", "Indian", "he"},
	}
	for _, tt := range tests {
		checkSpeakerMention(t, tt.text, tt.quote, tt.speaker, tt.mention)
	}
}

// TestF18Heading checks that a chapter heading run into its chapter's
// first words is no name, while regnal numbers and descriptions are
// left.
func TestF18Heading(t *testing.T) {
	for name, want := range map[string]bool{
		"CHAPTER I You": true, "II When": true, "ADVENTURE I": true, "VIII": true,
		"AM BORN Whether I": true, "Unnatural Enterprise This": true, "ADVENTURE\nI": true, "Mlle.\nI": false,
		"Louis XIV": false, "Elizabeth I": false, "Queen Elizabeth II": false,
		"Many of them": false, "Those close to him": false, "Tom Hale": false, "Ed": false,
	} {
		if got := f18Heading(name); got != want {
			t.Errorf("f18Heading(%q) = %v, want %v", name, got, want)
		}
	}
	checkSpeakerMention(t, "Tom Reed was a slow man.\nBut it was like pain .\nII When he woke he found , to his surprise , that his friend had gone .", "that his friend had gone", "Tom Reed", "he")
	checkSpeakerMention(t, "Tom Reed was a slow man.\nCHAPTER I You will hear of me.\nHe assured me that it was all rubbish.", "that it was all rubbish", "Tom Reed", "He")
}

// TestF18Cand checks the candidate reader on its own.
func TestF18Cand(t *testing.T) {
	text := "So WO N'T stop. Finally Tom Hale left."
	if c := f18Cand(text, cand{start: 3, end: 10, text: "WO N'T"}); c.end != 0 {
		t.Errorf("WO N'T kept: %+v", c)
	}
	i := strings.Index(text, "Finally")
	c := f18Cand(text, cand{start: i, end: i + len("Finally Tom Hale"), text: "Finally Tom Hale"})
	if c.text != "Tom Hale" || text[c.start:c.end] != "Tom Hale" {
		t.Errorf("Finally Tom Hale read as %q (%q)", c.text, text[c.start:c.end])
	}
	if c := f18Cand("I’ve been.", cand{start: 0, end: 6, text: "I’ve"}); c.end != 0 {
		t.Errorf("I’ve kept: %+v", c)
	}
	if c := f18Cand(text, cand{start: i + 12, end: i + 16, text: "Hale"}); c.text != "Hale" {
		t.Errorf("Hale changed: %+v", c)
	}
}
