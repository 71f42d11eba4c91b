package speaker

// rareLast numbers the lexicon's entries anew so that those with a bit
// of rareClass (sites and works) come last, from the entry it returns
// on, and the others keep their order; index, each word's entry, is
// renumbered with them. Entry 0, the entry of every word in no list,
// stays 0.
//
// newTokIndex lists the rare tokens of the whole text (tokIndex.fill),
// and a token's test is then a comparison of its entry with a number
// in hand, where it loaded the entry's class and tested two of its
// bits: a few instructions for every token of the text.
func rareLast(entries []lexEntry, index map[string]int32) ([]lexEntry, int32) {
	order := make([]int32, 0, len(entries)) // order[new] is the old entry
	for id := range entries {
		if id == 0 || entries[id].class&rareClass == 0 {
			order = append(order, int32(id))
		}
	}
	first := int32(len(order))
	for id := range entries {
		if id != 0 && entries[id].class&rareClass != 0 {
			order = append(order, int32(id))
		}
	}
	renumbered := make([]lexEntry, len(entries))
	newID := make([]int32, len(entries))
	for n, old := range order {
		renumbered[n] = entries[old]
		newID[old] = int32(n)
	}
	for w, id := range index {
		index[w] = newID[id]
	}
	return renumbered, first
}
