package speaker

import "testing"

// TestN112RoleName checks a capitalised word, a noun of role and a name
// before a verb that names a phrase in marks: the whole phrase is the
// mention, the name the speaker.
func TestN112RoleName(t *testing.T) {
	checkMention(t, "Board member Sheila Marquardt accused the majority of “hiding behind a legal memo.”", "hiding behind", "Board member Sheila Marquardt")
	wantSpeaker(t, "Board member Sheila Marquardt accused the majority of “hiding behind a legal memo.”", "hiding behind", "Sheila Marquardt")
	checkMention(t, "Labour leader Ann Lee called the plan “a disgrace.”", "a disgrace", "Labour leader Ann Lee")
	checkMention(t, "Councillor Ann Lee called the plan “a disgrace.”", "a disgrace", "Councillor Ann Lee")
}
