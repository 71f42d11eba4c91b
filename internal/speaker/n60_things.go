package speaker

// n60ThingsBetween reports whether every mention after mentions[j] and
// before mentions[i] names a thing ("the Marigold", after "the", "a" or
// "an"): a description of a person stays the nearest antecedent of "he"
// or "she" across them. "My father came home … ‘They have tied up the
// Marigold,’ he said": the boat is no one "he" may mean, and the
// description before it was passed over as not right before the
// pronoun (resolveAtExcept). So is a name of no known sex in an
// object's place, as a place in the description's own phrase: "A
// spokeswoman for Vostren’s customs service said …. She insisted …".
func (a *attributor) n60ThingsBetween(j, i int) bool {
	if i-j > 4 {
		return false
	}
	for k := j + 1; k < i; k++ {
		if !a.mentions[k].thing && !(a.mentions[k].object && a.mentions[k].gender == 0) {
			return false
		}
	}
	return true
}
