package speaker

import "testing"

// TestN68RoleName checks the name a mention of a body, a role and a
// person is given: the person's.
func TestN68RoleName(t *testing.T) {
	for _, c := range []struct {
		name, mention, want string
		ok                  bool
	}{
		{"Castleford", "Castleford boss Gary Whitlow", "Gary Whitlow", true},
		{"Rovers", "Rovers manager Marco Bellini", "Marco Bellini", true},
		{"Castleford", "Castleford fans", "", false}, // no name after the noun
		{"Castleford", "Castleford boss Gary Whitlow's side", "", false},
		{"Ann Lee", "Ann Lee, the mayor", "", false},
	} {
		if got, ok := n68RoleName(c.name, c.mention); got != c.want || ok != c.ok {
			t.Errorf("n68RoleName(%q, %q) = %q, %v; want %q, %v", c.name, c.mention, got, ok, c.want, c.ok)
		}
	}
	wantSpeaker(t, "Castleford boss Gary Whitlow was furious about the winner, claiming his goalkeeper had been fouled.", "his goalkeeper had been fouled", "Gary Whitlow")
}
