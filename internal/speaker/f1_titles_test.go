package speaker

import "testing"

// TestForeignTitlesTellSex checks that the honorifics of the older and
// foreign novel tell a name's sex as "Mr" and "Mrs" do: "he" is not read
// as "Madame …" nor "she" as "Herr …", while the pronoun that fits keeps
// the name.
func TestForeignTitlesTellSex(t *testing.T) {
	tests := []struct{ text, speaker string }{
		{"At noon Madame Vauclin rose from her chair.\n\n“Are you well?” he asked.", ""},
		{"At noon Madame Vauclin rose from her chair.\n\n“Are you well?” she asked.", "Madame Vauclin"},
		{"At noon Herr Adler rose from his chair.\n\n“Are you well?” she asked.", ""},
		{"At noon Herr Adler rose from his chair.\n\n“Are you well?” he asked.", "Herr Adler"},
		{"At noon Señora Ruiz rose from her chair.\n\n“Are you well?” he asked.", ""},
		{"At noon Monsieur Brun rose from his chair.\n\n“Are you well?” she asked.", ""},
	}
	for _, tt := range tests {
		d := run(t, tt.text)
		q := find(d, "Are you well?")
		if q == nil {
			t.Fatalf("%q: no quotation", tt.text)
		}
		if q.Speaker.Name != tt.speaker {
			t.Errorf("%q: speaker %q, want %q", tt.text, q.Speaker.Name, tt.speaker)
		}
	}
}
