package speaker

import "testing"

// TestN48Heard checks a passive of "hear" with a gerund of saying and a
// "that" clause (n48Heard), and a verb of speech with "to" and a hearer
// before "that" (n48SaidTo), with the shapes each refuses.
func TestN48Heard(t *testing.T) {
	for _, c := range []n48Case{
		{"Ann Reed can be heard yelling to the guards that her son was unarmed.", "yelling", "Ann Reed", "that her son was unarmed"},
		{"Ann Reed is heard saying that her son was unarmed.", "saying", "Ann Reed", "that her son was unarmed"},
		{"The ferry captain could not be heard shouting that the ramp was down.", "shouting", "The ferry captain", "that the ramp was down"},
		{"The ferry captain has been heard whispering to the crew that the ramp was down.", "whispering", "The ferry captain", "that the ramp was down"},
		// Refused: no form of "be" before "heard"; a gerund of no
		// saying; "that" with a finite verb after it (a relative
		// clause on the hearer); the verb alone, out of the frame.
		{"The crew heard Ann Reed yelling that her son was unarmed.", "yelling", "", ""},
		{"Ann Reed heard yelling that the ferry was late.", "yelling", "", ""},
		{"Ann Reed can be heard laughing that her son was unarmed.", "laughing", "", ""},
		{"Ann Reed can be heard yelling to the guards that were at the gate.", "yelling", "", ""},
		{"The crowd shouted that the ferry was late.", "shouted", "", ""},
		// "said to" and a hearer.
		{"The coach said to reporters that the team would travel on Friday.", "said", "The coach", "that the team would travel on Friday"},
		{"The coach explained to the harbour board that the team would travel.", "explained", "The coach", "that the team would travel"},
		{"The coach said to him that the team would travel.", "said", "The coach", "that the team would travel"},
		{"The coach said to Ann Reed that the team would travel.", "said", "The coach", "that the team would travel"},
		// Refused: a relative "that"; an infinitive; an answer to a
		// claim; a noun of stance before "that"; a wh-clause inside
		// the hearer; a verb of naming.
		{"The coach said to reporters that were waiting outside the gym.", "said", "", ""},
		{"The coach is said to be leaving the club.", "said", "", ""},
		{"The coach said to everyone that the team would travel.", "said", "The coach", "that the team would travel"},
		{"The coach responded to reports that the team would fold.", "responded", "", ""},
		{"The coach pointed out to me how unlikely it was that the team would travel.", "pointed out", "", ""},
		{"The coach said to the claims that the team would fold very little.", "said", "", ""},
		{"The coach did not call to their minds that the team would travel.", "call", "", ""},
	} {
		checkN48(t, c)
	}
}
