package speaker

import "testing"

// TestN48Comments checks a possessive source of "comments" or "remarks"
// with its topic after "on" or "about", past a phrase of time
// (n48CommentPrep), the topic ending before the sentence's verb
// (n48TopicEnd), and "on" and a date, which is no topic.
func TestN48Comments(t *testing.T) {
	for _, c := range []n48Case{
		{"Ann Reed's comments Tuesday on the pier closure came as the council met.", "comments Tuesday on", "Ann Reed's", "the pier closure"},
		{"The mayor's remarks last week about the ferry fares surprised the crew.", "remarks last week about", "The mayor's", "the ferry fares"},
		{"Tom Hale runs the ferry. His remarks this morning on the fares were brief.", "remarks this morning on", "His", "the fares"},
		{"Tom Hale runs the ferry. His remarks on Saturday about the fares drew applause.", "remarks on Saturday about", "His", "the fares"},
		// Without a phrase of time: "on" as "about"; the topic ends
		// before the verb for both.
		{"Ann Reed's comments on the pier closure came as the council met.", "comments on", "Ann Reed's", "the pier closure"},
		{"Ann Reed's comments about the pier closure came as the council met.", "comments about", "Ann Reed's", "the pier closure"},
		// Inside a clause; a word that opens a clause stops the look
		// for the verb.
		{"When Ann Reed's comments on the pier closure were read aloud, the crew left.", "comments on", "Ann Reed's", "the pier closure"},
		{"The crew weighed Ann Reed's comments on the pier closure as the council met.", "comments on", "Ann Reed's", "the pier closure as the council met"},
		// Refused: "on" and a date is a phrase of time; a noun of no
		// comment takes no phrase of time.
		{"Tom Hale runs the ferry. His remarks on Saturday carried a personal tone.", "remarks on", "", ""},
		{"Tom Hale runs the ferry. His remarks on May 3 carried a personal tone.", "remarks on", "", ""},
		{"Her criticism Tuesday of the plan came as the council met.", "criticism Tuesday of", "", ""},
		{"Ann Reed's support on the council helped the plan.", "support on", "", ""},
	} {
		checkN48(t, c)
	}
}
