package speaker

import (
	"slices"
	"testing"
)

// TestN89Chains checks the two hops of wire copy: "…, the agency
// reported, citing two people close to the talks" gives the clause to
// the people, through the agency, and drops the reading of the people as
// the agency's words; "the paper quoted X as saying …" gives the words
// after "as saying" to X, through the paper. A "citing" that names no
// source is left.
func TestN89Chains(t *testing.T) {
	d := run(t, "The vote was close.\n\nGreen Field will ask for two ministries in exchange for its support, the Tollan Wire news agency reported, citing two people close to the talks.")
	q := find(d, "Green Field will ask")
	if q == nil || q.Speaker.Name != "two people close to the talks" || !slices.Equal(q.Chain, []string{"the Tollan Wire news agency", "two people close to the talks"}) {
		t.Errorf("citing: %+v", q)
	}
	if find(d, "two people close") != nil {
		t.Errorf("the cited source is still read as words: %+v", d.Quotes)
	}
	d = run(t, "The team had a bad week.\n\nThe Tollmere Ledger reported Monday, citing two people with knowledge of the workouts, that the team had brought in two quarterbacks.")
	q = find(d, "that the team had brought")
	if q == nil || q.Speaker.Name != "two people with knowledge of the workouts" || d.Text[q.Cue.Start:q.Cue.End] != "citing" || !slices.Equal(q.Chain, []string{"Tollmere Ledger", "two people with knowledge of the workouts"}) {
		t.Errorf("citing before the clause: %+v", q)
	}
	if find(d, "two people with") != nil {
		t.Errorf("the cited source is still read as words: %+v", d.Quotes)
	}
	d = run(t, "The hostages were freed.\n\nThe Dorvan Courier quoted the brigade's commander, Ismet Varg, as saying the group had freed the hostages as a gesture.")
	q = find(d, "the group had freed")
	if q == nil || q.Speaker.Name != "Ismet Varg" || d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End] != "the brigade's commander, Ismet Varg," || d.Text[q.Cue.Start:q.Cue.End] != "as saying" || len(q.Chain) != 2 {
		t.Errorf("quoted as saying: %+v", q)
	}
	d = run(t, "The border shut.\n\nThe ministry closed the crossing on Friday, officials said, citing security concerns.")
	if q := find(d, "security concerns"); q != nil && q.Speaker.Name == "security concerns" {
		t.Errorf("a reason read as a source: %+v", q)
	}
}
