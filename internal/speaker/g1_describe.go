package speaker

// g1Prepositions open the phrase that ends an appositive's head noun
// phrase: in "Ann Lee, the head of the ferry union," and "Ed Moss, a
// spokesman for the port authority," the appositive describes a head
// and a spokesman; the union and the authority are other bodies, which
// "the union" and "the authority" later in the text name, not Ann Lee
// or Ed Moss. resolveDescription matches a description's head word
// with the appositive's words only up to the first of these.
var g1Prepositions = map[string]bool{
	"of": true, "for": true, "at": true, "in": true, "with": true, "from": true, "on": true,
	"to": true, "by": true, "about": true, "over": true, "under": true, "within": true,
}

// g1EndsHead reports whether w, a word of an appositive, is a
// preposition that ends its head noun phrase. A word of two to six
// ASCII letters is looked up; any other is no preposition.
func g1EndsHead(w string) bool {
	if len(w) < 2 || len(w) > 6 || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	return g1Prepositions[w]
}
