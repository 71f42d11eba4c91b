package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// namePrepositions end the words of a description before the noun
// phrase it is about: "a spokeswoman for", "officials in", "one of".
var namePrepositions = []string{"for", "of", "at", "in", "with", "to", "from", "on", "near"}

// describedNames renames a quotation's speaker when the name read is
// only the noun phrase after a preposition inside the mention: the rules
// find "the port" in "A spokesman for the port said", the mention is
// widened to the description afterwards, and the name stayed the
// port's, so the report and the chain of hands said the port spoke. A
// description is named by its head, as the mention's other readers name
// it ("A spokesman", "An attorney" of "An attorney for Mills"); a name
// written in capitals on both sides of the preposition by the whole
// mention ("Citizens for Tax Justice", "Ed Moss of the Sierra Club").
// A name that opens its mention or follows a title ("the Rev. Ed Moss")
// is kept, and so is the publisher after a thing that carries words ("A
// post on the forum", "an editorial in the Ledger"), whose words they
// are; "by" names an author, so it is no preposition here. A name read
// up to an adjective of acquaintance loses it ("two people familiar" of
// "two people familiar with the talks"). The chain's last hand, the
// speaker, is renamed with it.
func describedNames(d *doc.Document) {
	gluedNames(d) // "of the Ledger Moss said": Moss (b1_glued.go)
	for i := range d.Quotes {
		q := &d.Quotes[i]
		m, name := q.Speaker.Mention, q.Speaker.Name
		if name == "" || m.End <= m.Start || m.End > len(d.Text) {
			continue
		}
		mention := d.Text[m.Start:m.End] // strings.TrimRight(…, ", "), without making the set for every speaker
		for e := len(mention); e > 0 && (mention[e-1] == ',' || mention[e-1] == ' '); e-- {
			mention = mention[:e-1]
		}
		if len(name) >= len(mention) {
			continue
		}
		if h, ok := acquaintedHead(name, mention); ok {
			rename(q, name, h) // "two people familiar" of "two people familiar with the talks"
			continue
		}
		if h, ok := n103AcquaintedObject(name, mention); ok {
			rename(q, name, h) // "finances" of "Two people familiar with its finances" (n103_readings.go)
			continue
		}
		if to, ok := f2Widen(name, mention); ok {
			rename(q, name, to) // "a number of analysts", "de Miranda": f2_names.go
			continue
		}
		if to, ok := n68RoleName(name, mention); ok {
			rename(q, name, to) // "Castleford boss Gary Whitlow": Gary Whitlow, not Castleford (n68_role.go)
			continue
		}
		if !strings.HasSuffix(mention, name) {
			continue
		}
		head := strings.TrimRight(mention[:len(mention)-len(name)], " ")
		if endsWithWord(head, []string{"the", "a", "an", "both", "all", "two", "three", "several", "many", "some"}) {
			head = strings.TrimRight(head[:max(0, strings.LastIndexByte(head, ' '))], " ") // "Ed Moss of the Sierra Club"
		}
		if !endsWithWord(head, namePrepositions) {
			continue
		}
		if w := strings.Fields(head); len(w) >= 2 && (carriers[strings.ToLower(w[len(w)-2])] || carriers[strings.TrimSuffix(strings.ToLower(w[len(w)-2]), "s")]) {
			continue // "A post on the forum", "a study at Yale": the forum or Yale is whose words they are
		}
		if groupNouns[name] && endsWithWord(head, []string{"of", "for"}) {
			rename(q, name, mention) // "The chief of staff", "the director of personnel": the group names the office
			continue
		}
		if !properName(head) || !properName(name) {
			// A description: its head names the speaker, as the
			// mention's other readers do ("a spokeswoman" of "a
			// spokeswoman for the city, Houston").
			head = strings.TrimRight(head[:max(0, strings.LastIndexByte(head, ' '))], " ")
			if head == "" {
				continue
			}
			rename(q, name, head)
			continue
		}
		rename(q, name, mention) // "Citizens for Tax Justice", "Ed Moss of the Sierra Club"
	}
}

// acquaintedHead returns name without its last word when that word is
// an adjective of acquaintance whose phrase the mention goes on with:
// the rules read "two people familiar" up to the adjective, and the
// phrase "with the talks" is the mention's, not the name's.
func acquaintedHead(name, mention string) (string, bool) {
	i := strings.LastIndexByte(name, ' ')
	if i <= 0 || len(mention) <= len(name) || mention[len(name)] != ' ' || !strings.HasPrefix(mention, name) { // strings.HasPrefix(mention, name+" "), without joining them
		return "", false
	}
	next := strings.Fields(mention[len(name):])
	if len(next) == 0 || !acquaintance[strings.ToLower(name[i+1:])+" "+strings.ToLower(next[0])] {
		return "", false
	}
	return name[:i], true
}

// properName reports whether every word of s opens with a capital or is
// a short function word inside it ("Citizens for Tax Justice", "the
// Sierra Club"), as a name of a person or a body is written.
func properName(s string) bool {
	w := strings.Fields(s)
	for i, x := range w {
		if r := x[0]; 'a' <= r && r <= 'z' && !(i > 0 && len(x) <= 3 || i == 0 && x == "the") {
			return false
		}
	}
	return len(w) > 0
}

// rename gives q's speaker the name to in place of name, and the
// chain's last hand, the speaker, with it.
func rename(q *doc.Quote, name, to string) {
	q.Speaker.Name = to
	if n := len(q.Chain); n > 0 && q.Chain[n-1] == name {
		q.Chain = append(q.Chain[:n-1:n-1], to)
	}
}

// endsWithWord reports whether s ends with one of words as a whole word,
// ignoring case.
func endsWithWord(s string, words []string) bool {
	l := strings.ToLower(s)
	for _, w := range words {
		if strings.HasSuffix(l, w) && (len(l) == len(w) || l[len(l)-len(w)-1] == ' ') {
			return true
		}
	}
	return false
}
