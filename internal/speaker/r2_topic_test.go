package speaker

import "testing"

// TestR2TopicParticle: a verb of speech with "about" reads its topic
// across an adverbial and an addressee; a clause or a place between
// them leaves it unread. Sentences written for the test.
func TestR2TopicParticle(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Ann Reed spoke at length about the levy.", []string{"Ann Reed | spoke at length about | the levy"}},
		{"Ann Reed talked with harbour workers about the fares.", []string{"Ann Reed | talked with harbour workers about | the fares"}},
		{"The mayor speaks more often in public about crime.", []string{"The mayor | speaks more often in public about | crime"}},
		{"Ed Moss talked to her last week about the ferry.", []string{"Ed Moss | talked to her last week about | the ferry"}},
		{"Ann Reed talked about the levy.", []string{"Ann Reed | talked about | the levy"}},
		// Not read: a place after the addressee, a clause, a verb
		// without "about" among its senses.
		{"Ann Reed spoke to voters in Ohio about the levy.", nil},
		{"Ann Reed walked with her sister about the town.", nil},
		{"Ann Reed talked to the crew and then about noon left.", nil},
	} {
		checkTopIndirect(t, tt.text, tt.want)
	}
}
