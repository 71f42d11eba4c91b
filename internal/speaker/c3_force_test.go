package speaker

import (
	"strings"
	"testing"
)

// TestC3ByForce checks that an attack by arms reports nothing, told by
// its attacker, its target, its weapon or its dead; and that an attack
// in words keeps its content, also where a target's noun is only a
// modifier or a possessor and where "with" brings no weapon.
func TestC3ByForce(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		// By force: no quotation.
		{"Gunmen attacked the harbour on Monday.", nil},
		{"Last year rebels attacked the ferry terminal and two villages.", nil},
		{"In 2011 a crowd attacked bars and art galleries in the capital.", nil},
		{"Two men attacked a stranded seal with an axe, the council said.", []string{"the council | said | Two men attacked a stranded seal with an axe"}},
		{"The group attacked the Harbour Star, killing nine sailors.", nil},
		{"The drones targeted a convoy near the border.", nil},
		// In words: the content stays.
		{"Ann Reed attacked the plan on Monday.", []string{"Ann Reed | attacked | the plan"}},
		{"The mayor attacked the school board over the closures.", []string{"The mayor | attacked | the school board"}},
		{"The mayor attacked the hotel’s owners in a speech.", []string{"The mayor | attacked | the hotel’s owners"}},
		{"The senator attacked the mayor with a barrage of insults.", []string{"The senator | attacked | the mayor"}},
		{"The advert attacks voters in the north.", []string{"The advert | attacks | voters"}},
	} {
		got := c3Attributed(t, tt.text)
		for i, g := range got {
			// Compare the words up to their first preposition or mark:
			// the rule is about whether there is content, not where it ends.
			parts := strings.SplitN(g, " | ", 3)
			if len(parts) == 3 {
				w := strings.Fields(parts[2])
				for k, x := range w {
					if k > 0 && (x == "on" || x == "over" || x == "in" || x == "with" || x == "near") && parts[1] != "said" {
						w = w[:k]
						break
					}
				}
				got[i] = parts[0] + " | " + parts[1] + " | " + strings.Join(w, " ")
			}
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestC3BaseVerb checks that a plural noun before a base verb of
// reporting is the subject's head, not a cue in -s, and that a verb in
// -s before a noun stays a cue.
func TestC3BaseVerb(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Still, many harbour figures openly oppose the closure.", []string{"many harbour figures | oppose | the closure"}},
		{"Local officials believe that the pier is safe.", []string{"Local officials | believe | that the pier is safe"}},
		{"The mayor figures the pier is safe.", []string{"The mayor | figures | the pier is safe"}},
	} {
		if got := c3Attributed(t, tt.text); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}
