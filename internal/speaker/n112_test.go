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

// TestN112AndSubject checks a second clause that ", and" opens before a
// mixed quotation: its subject names the phrase, not the first
// clause's subject through its own verb.
func TestN112AndSubject(t *testing.T) {
	text := "Ann Lee said the rules were unfair, and she accused the industry of “treating the model like a trade secret.”"
	checkMention(t, text, "treating the model", "she")
	q := find(run(t, text), "treating the model")
	if q == nil || text[q.Cue.Start:q.Cue.End] != "accused" {
		t.Errorf("%q: want the cue \"accused\"", text)
	}
	checkMention(t, "Its business agent, Ricky Barragán, said the mine would bring about 1,100 jobs, and he accused opponents of “moving the finish line.”", "moving the finish line", "he")
	// No second subject: the first clause's is the speaker's.
	checkMention(t, "Ann Lee said the rules were unfair, and accused the industry of “treating the model like a trade secret.”", "treating the model", "Ann Lee")
}

// TestN112OpenerMentions checks a mention that ran from inside a
// sentence's opening phrase of place: it starts at the name. A
// person's own description, or a place that only modifies the head
// ("the county health director"), stays.
func TestN112OpenerMentions(t *testing.T) {
	checkN2Content(t, "At a computer shop near the university’s main campus, Princess Joy Dalangin, 17, said she cried when she saw her name.",
		"said", "Princess Joy Dalangin, 17,", "she cried when she saw her name")
	checkN2Content(t, "In an interview last week at his district office, a former shoe store on Halsey Avenue, Trowbridge, 74, said the line was only partly a joke.",
		"said", "Trowbridge, 74,", "the line was only partly a joke")
	checkN2Content(t, "In a letter to staff, the provost, Rosalba Tressider, said the cuts were final.",
		"said", "the provost, Rosalba Tressider,", "the cuts were final")
	checkN2Content(t, "In Cawley, the county health director, Wilma Bellingrath, said clinics had run short.",
		"said", "the county health director, Wilma Bellingrath,", "clinics had run short")
}

// TestN112TurnOpener checks a sentence's opening participle of
// turn-taking, alone or with an adverb: it is no part of the mention.
func TestN112TurnOpener(t *testing.T) {
	for _, opener := range []string{"Reacting", "Reacting further", "Speaking further", "Contributing", "Concluding"} {
		checkN2Content(t, opener+", the Chairman of the Board, Hon. Ibrahim Garbatau, said the council had opened two centres.",
			"said", "the Chairman of the Board, Hon. Ibrahim Garbatau,", "the council had opened two centres")
	}
}
