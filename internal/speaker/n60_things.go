package speaker

// n60ThingsBetween reports whether every mention after mentions[j] and
// before mentions[i] names a thing ("the Marigold", after "the", "a" or
// "an"): a description of a person stays the nearest antecedent of "he"
// or "she" across them. "My father came home … ‘They have tied up the
// Marigold,’ he said": the boat is no one "he" may mean, and the
// description before it was passed over as not right before the
// pronoun (resolveAtExcept).
func (a *attributor) n60ThingsBetween(j, i int) bool {
	if i-j > 4 {
		return false
	}
	for k := j + 1; k < i; k++ {
		if !a.mentions[k].thing {
			return false
		}
	}
	return true
}
