package speaker

import "testing"

// TestN45ClauseSpeech checks that a colon introduction whose last
// clause, after a comma and a conjunction or the "that" of "so … that",
// ends with a noun for an utterance names that clause's subject; and
// that a conjunction with no subject after it, a relative "that", a
// cause ("the vote prompted"), a paper that prints someone's words and
// a subject that takes a third person's words in name no one there.
func TestN45ClauseSpeech(t *testing.T) {
	for _, c := range []struct {
		text, quote, mention, name, cue string
	}{
		{"My mother was upset, and I gave my answer: \"Of course we sail at dawn.\"", "Of course we sail", "I", "the author", "answer"},
		{"She became upset, and drove so fast that I had to change my answer: \"Of course we sail at dawn.\"", "Of course we sail", "I", "the author", "answer"},
		{"The crowd went quiet, and the mayor gave this warning: \"Stay off the pier.\"", "Stay off the pier", "the mayor", "the mayor", "warning"},
		{"The crowd went quiet, and gave this warning: \"Stay off the pier.\"", "Stay off the pier", "", "", ""},
		{"The storm came, and the vote prompted this statement: \"Stay off the pier.\"", "Stay off the pier", "", "", ""},
		// A verb of giving before "his": the subject gives it out.
		{"The hall went quiet, and the skipper gave his answer: \"We sail at dawn.\"", "We sail at dawn", "the skipper", "the skipper", "answer"},
	} {
		checkReading(t, c.text, c.quote, c.mention, c.name, c.cue)
	}
	// The reader on its own: a relative "that" and a conjunction with
	// no comma are no openers.
	// Nor does a third person's words passed on: a verb of publishing,
	// of taking in, or any verb but one of giving before "his", "her",
	// "their"; the clause's subject is no speaker there.
	for _, s := range []string{"The letter that I wrote carried this message", "Ann Ortiz and Ed Moss issued this statement",
		"Ortiz lost the vote, and the paper ran his statement",
		"Ortiz lost the vote, and The Harbor Gazette published her statement",
		"Ortiz lost the vote, and the crowd read his statement",
		"Ortiz lost the vote, and his clerks will draft his statement",
		"Ortiz lost the vote, and the sailors saw the statement",
		"Ortiz lost the vote, and the sailors heard their answer",
		"Ortiz lost the vote, and the clerk kept the statement"} {
		toks := tokenize(s, 0, len(s))
		if f := n45ClauseSpeech(s, toks, len(toks)); f.ok {
			t.Errorf("n45ClauseSpeech(%q) = %q, want nothing", s, s[f.subj.Start:f.subj.End])
		}
	}
}
