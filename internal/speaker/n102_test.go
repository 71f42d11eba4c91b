package speaker

import "testing"

// TestN102Contents checks the fortieth session's content readings: a
// place's preposition after the addressee ("told reporters outside
// parliament that"), a content read before a trailing cue that a
// clause resumes after ("…, he said, and walked off"), and a content
// that ends before a pronoun's cue opening a quotation ("…, he said:
// “…”").
func TestN102Contents(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"Roberto Salvane told reporters outside parliament that his party was ready.", "told", "Roberto Salvane", "that his party was ready"},
		{"Ana Ruiz told the broadcaster outside the court that she was innocent.", "told", "Ana Ruiz", "that she was innocent"},
		{"Ed Lo told aides near the border that the road was closed.", "told", "Ed Lo", "that the road was closed"},
		{"Roberto Salvane spoke on Monday. He argued the deal was fair, he said, and walked off.", "argued", "He", "the deal was fair"},
		{"Roberto Salvane spoke on Monday. He argued the deal was fair, he said, and walked off.", "said", "he", "He argued the deal was fair | and walked off"},
		{"Roberto Salvane spoke on Monday. He would consider governing with the party, he said: \"I will talk to anyone.\"", "consider", "He", "governing with the party"},
		// A base form is no trailing cue's verb: "her proudest boast"
		// is a noun phrase, and the content before it runs on.
		{"I have understood that it was, to the last, her proudest boast, that she had never been on the water in her life.", "understood", "I", "that it was, to the last, her proudest boast, that she had never been on the water in her life"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
}
