package speaker

import "testing"

// TestC1ObserveRaise checks "observe" and "raise", which report a
// clause only (class k): "observed that …" reports, but with an object
// "observe" is seeing or keeping ("observed his guest from the door",
// "observed a minute of silence") and "raise" is lifting or collecting
// ("raised his hand", "raised fares", "raised $2 million"); the stance
// phrases "raise concerns", "raise questions" keep their own lines.
func TestC1ObserveRaise(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Ed Moss observed that the pier was unsafe.", []string{"Ed Moss | observed | that the pier was unsafe"}},
		{"The guard observed a ship on the horizon.", nil},
		{"The town observed a minute of silence for the crew.", nil},
		{"The mayor raised his hand and waited.", nil},
		{"The council raised fares on the ferry.", nil},
		{"The campaign raised $2 million in May.", nil},
		{"The union raised concerns about the safety of the pier.", []string{"The union | raised concerns | the safety of the pier"}},
		{"The audit raised questions about the harbour accounts.", []string{"The audit | raised questions | the harbour accounts"}},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, true)
	}
}

// TestC1Preposition checks the participles prose uses as prepositions
// ("regarding", "concerning", "considering"): after a comma or a noun
// they open a phrase about a topic and report nothing; after an
// auxiliary they are the verb and are read.
func TestC1Preposition(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The union voiced fears, regarding the ferry and the pier.", nil},
		{"Ann thought the plan costly, considering the small size of the town.", []string{"Ann | thought | the plan costly"}},
		{"The mayor sat regarding the crowd with a cold eye.", nil},
		{"The board was considering whether to close the pier.", []string{"The board | considering | whether to close the pier"}},
		{"The board is still considering closing the pier.", []string{"The board | considering | closing the pier"}},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, true)
	}
}

// TestC1MannerAdverb checks that an object with a manner adverb after
// it and no verb ("observed the crowd closely from the tower") is not
// read as a bare clause, and that a clause with an adverb before its
// verb still is.
func TestC1MannerAdverb(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The guard observed the crowd closely from the tower.", nil},
		{"The guard observed the ship carefully, and waved.", nil},
		{"Ed Moss said the crew quickly left the pier.", []string{"Ed Moss | said | the crew quickly left the pier"}},
		{"Ed Moss said the crew probably would leave.", []string{"Ed Moss | said | the crew probably would leave"}},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, true)
	}
}
