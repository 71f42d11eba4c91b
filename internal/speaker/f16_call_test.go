package speaker

import "testing"

// TestF16MidCall checks that a name called in the middle of a turn's
// words (", Mary! I …", ", Mary? Why …") makes Mary the party who
// answers, so that the bare turns of her parity are hers; and that a
// name before a full stop (an appositive as often as a call) or one
// with no comma before it is not read as a call.
func TestF16MidCall(t *testing.T) {
	lines := func(third string) string {
		return "“You are late,” said Tom Reed.\n\n“The train was slow.”\n\n“" + third + "”\n\n“I am sorry for it.”"
	}
	tests := []struct{ text, line, speaker string }{
		{lines("You always say so, Mary! I waited an hour."), "I am sorry for it", "Mary"},
		{lines("You always say so, Mary! I waited an hour."), "The train was slow", "Mary"},
		{lines("Where were you, Mary? I waited an hour."), "I am sorry for it", "Mary"},
		// Not a call: an appositive before a full stop, a name with no comma.
		{lines("I saw your sister, Mary. She waited an hour."), "I am sorry for it", ""},
		{lines("You always say so. Mary! I waited an hour."), "I am sorry for it", ""},
	}
	for _, tt := range tests {
		d := run(t, tt.text)
		q := find(d, tt.line)
		if q == nil {
			t.Fatalf("%q: no quotation %q", tt.text, tt.line)
		}
		if q.Speaker.Name != tt.speaker {
			t.Errorf("%q: %q speaker %q, want %q", tt.text, tt.line, q.Speaker.Name, tt.speaker)
		}
	}
	if !f16MidCall("so,", "! I waited") || f16MidCall("so,", "!") || f16MidCall("so", "! I waited") || f16MidCall("so,", ". She waited") {
		t.Error("f16MidCall")
	}
}
