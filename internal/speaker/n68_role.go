package speaker

import "strings"

// n68RoleName returns the name that ends mention when the speaker's
// name is the mention's first words and a noun for a person in lower
// case stands between them: "Castleford boss Gary Whitlow", "Rovers
// manager Marco Bellini", whose first name is the body the person
// works for, the speaker the one named last. Most readers name such a
// mention by its last name (n1Premodified); the reader of a participle
// after the clause ("…, claiming his goalkeeper had been fouled") kept
// the first. ok is false for any other mention.
func n68RoleName(name, mention string) (string, bool) {
	if !strings.HasPrefix(mention, name+" ") {
		return "", false
	}
	rest := mention[len(name)+1:]
	role, last, ok := strings.Cut(rest, " ")
	if !ok || role == "" || role[0] < 'a' || role[0] > 'z' {
		return "", false
	}
	if _, person := persons[role]; !person {
		return "", false
	}
	for w := range strings.FieldsSeq(last) {
		if !capital(w) {
			return "", false // a name in capitals to the mention's end: "Gary Whitlow"
		}
	}
	return last, last != ""
}
