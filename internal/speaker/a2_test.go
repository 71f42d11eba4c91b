package speaker

import "testing"

// TestA2Share checks a bare share of a polled group as the source of
// what it says or backs (a2_share.go), with exact spans, and the
// shares and numbers that are no subject.
func TestA2Share(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"In the survey, 61 percent said the ferry was too slow.", []string{"61 percent | said | the ferry was too slow"}},
		{"Only 12 percent say the levy is fair.", []string{"Only 12 percent | say | the levy is fair"}},
		{"Among riders, 38% back the new fares.", []string{"38% | back | the new fares"}},
		{"Among riders, 38 per cent support the new fares.", []string{"38 per cent | support | the new fares"}},
		{"Most riders backed the plan, while 9 percent opposed it.", []string{"Most riders | backed | the plan", "9 percent | opposed | it"}},
		{"Another 20 percent said they were undecided.", []string{"Another 20 percent | said | they were undecided"}},
		// A share inside a clause, or before a noun, is no subject.
		{"Fares rose 40 percent last year.", nil},
		{"The mayor said 40 percent would leave.", []string{"The mayor | said | 40 percent would leave"}},
		{"Ridership fell by 30 percent and stayed low.", nil},
	}
	for _, tc := range tests {
		checkTopIndirect(t, tc.text, tc.want)
	}
}
