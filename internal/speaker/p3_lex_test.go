package speaker

import "testing"

// TestRareLast holds lexRareFirst to the lexicon's classes: an entry
// has a bit of rareClass exactly when it is lexRareFirst or after, as
// tokIndex.fill's test of a token's entry assumes.
func TestRareLast(t *testing.T) {
	if classOf(0) != 0 {
		t.Fatalf("entry 0 has class %b", classOf(0))
	}
	for id := range lexicon {
		if rare := lexicon[id].class&rareClass != 0; rare != (int32(id) >= lexRareFirst) {
			t.Fatalf("entry %d (%q): rare %v, lexRareFirst %d", id, lexTable.words[id], rare, lexRareFirst)
		}
		if w := lexTable.words[id]; id > 0 && lexOf(w) != int32(id) {
			t.Fatalf("entry %d: its word %q finds entry %d", id, w, lexOf(w))
		}
	}
}
