package speaker

import "testing"

// TestN77BodyWord checks that a body's one-word name after a possessive
// ("the state’s Office of Emergency Services") is no one a later "he"
// means, nor the name a later body with the same head word resolves to.
func TestN77BodyWord(t *testing.T) {
	text := "The fire spread.\n\n“The system did what it was designed to do,” said Owen Tarrant, a spokesman for the governor. Tarrant said the administration would ask the state’s Office of Emergency Services to review the alerts, and he acknowledged that several cell towers had lost power.\n\nForecasters at the Federal Weather Office predicted that gusts could return."
	wantSpeaker(t, text, "that several cell towers", "Owen Tarrant")
	wantSpeaker(t, text, "that gusts could return", "Forecasters at the Federal Weather Office")
	wantSpeaker(t, "The outbreak grew.\n\nDr. Caspian Ardelean, a specialist at Tolvern Children’s Hospital, has treated four children. “Two of them needed oxygen,” he said.", "Two of them", "Dr. Caspian Ardelean")
	for _, w := range []string{"Office", "Ministry", "Hospital", "Haverbrook University Medical Center", "VT-418", "Celsius"} {
		if !n77BodyWord(w) {
			t.Errorf("n77BodyWord(%q) = false", w)
		}
	}
	for _, w := range []string{"Tarrant", "Office Depot", "Jin Park", "Ann Court"} {
		if n77BodyWord(w) {
			t.Errorf("n77BodyWord(%q) = true", w)
		}
	}
}
