package speaker

import "testing"

// TestF15Called checks that a description of a people ("the Jew", "the
// young American") takes the name the turns next to two of its uses
// call its speaker by, its mention staying the description; and that
// one call, a name the description itself calls, two names called as
// often, and a call in a turn without a named speaker leave it as
// written.
func TestF15Called(t *testing.T) {
	gap := "\n\nThe rain fell on the roofs of the old town. The lamps were lit.\n\n"
	tests := []struct{ text, line, speaker, mention string }{
		// Two uses, each answered by name: that name, for every use.
		{"“Where is the money?” said the Jew." + "\n\n“Gone, Isaac,” said Ed Moss." + gap + "“Then find it,” said the Jew." + "\n\n“I will try, Isaac,” said Ana Ruiz.", "Then find it", "Isaac", "the Jew"},
		{"“Where is the money?” said the Jew." + "\n\n“Gone, Isaac,” said Ed Moss." + gap + "“Then find it,” said the Jew." + "\n\n“I will try, Isaac,” said Ana Ruiz.", "Where is the money", "Isaac", "the Jew"},
		{"“Where is the money?” said the young American." + "\n\n“Gone, Isaac,” said Ed Moss." + gap + "“Then find it,” said the young American." + "\n\n“I will try, Isaac,” said Ana Ruiz.", "Then find it", "Isaac", "the young American"},
		// Called once only: not enough.
		{"“Where is the money?” said the Jew." + "\n\n“Gone, Isaac,” said Ed Moss." + gap + "“Then find it,” said the Jew." + "\n\n“I will try,” said Ana Ruiz.", "Then find it", "Jew", "the Jew"},
		// The description calls that name itself: someone else.
		{"“Where is the money, Isaac?” said the Jew." + "\n\n“Gone, Isaac,” said Ed Moss." + gap + "“Then find it,” said the Jew." + "\n\n“I will try, Isaac,” said Ana Ruiz.", "Then find it", "Jew", "the Jew"},
		// Two names as often: which one?
		{"“Where is the money?” said the Jew." + "\n\n“Gone, Isaac,” said Ed Moss." + gap + "“Then find it,” said the Jew." + "\n\n“I will try, Jacob,” said Ana Ruiz.", "Then find it", "Jew", "the Jew"},
		// A turn with no named speaker may name its own speaker.
		{"“What is your name?” said the Jew." + "\n\n“Isaac, sir.”" + gap + "“Then find it,” said the Jew." + "\n\n“Isaac, sir, I will.”", "Then find it", "Jew", "the Jew"},
		// Not a people: "the Dodger" is a name.
		{"“Where is the money?” said the Dodger." + "\n\n“Gone, Isaac,” said Ed Moss." + gap + "“Then find it,” said the Dodger." + "\n\n“I will try, Isaac,” said Ana Ruiz.", "Then find it", "Dodger", "the Dodger"},
	}
	for _, tt := range tests {
		checkNameMention(t, tt.text, tt.line, tt.speaker, tt.mention)
	}
}
