package speaker

import "strings"

// n85Reach bounds the bytes n85VerbAfter reads between a name and its
// verb.
const n85Reach = 120

// n85VerbAfter returns the offset of the space before the verb that
// follows the name ending at e past what may stand between a subject and
// its verb: a place it is of or from ("Deb Harlan of Pine Orchard,
// said"), or a relative clause or an appositive between commas ("Banks,
// who finished with nine catches, said", "Ann Moss, a pilot, said");
// -1 when none does. n67SaidJustBefore read the verb right after the
// name (past a comma) only, so the "she" or "he" of the quotation after
// such a report went to a name of known sex further back.
func n85VerbAfter(text string, e int) int {
	p := e
	if strings.HasPrefix(text[p:], " of ") || strings.HasPrefix(text[p:], " from ") {
		p += strings.IndexByte(text[p+1:], ' ') + 2
		for n := 0; n < 4 && p < len(text) && text[p] >= 'A' && text[p] <= 'Z'; n++ {
			for p < len(text) && text[p] != ' ' && text[p] != ',' {
				p++
			}
			if p < len(text) && text[p] == ' ' {
				p++
			}
		}
		if p > 0 && text[p-1] == ' ' {
			p--
		}
	}
	if p >= len(text) || text[p] != ',' {
		return -1
	}
	if l := n85LabelEnd(text, p+1); l > 0 {
		p = l // ", D-Millford, the chairman of …, said": the label, then the aside
	}
	// The aside between commas, if any: one more comma closes it
	// within n85Reach bytes, with no end of a sentence or a mark of
	// quotation in it.
	rest := text[p+1 : min(len(text), p+1+n85Reach)]
	c := strings.IndexByte(rest, ',')
	if c < 0 {
		return p + 1 // "Deb Harlan of Pine Orchard, said" has none
	}
	if a := rest[:c]; strings.ContainsAny(a, ".!?;:“”\"") || thousandsCommaAt(text, p+1+c) {
		return p + 1
	}
	q := p + 1 + c + 1
	// An age, then a relative clause: "Nerida Papadakis, 68, who bought
	// her house in 1987, says" (fifty-fifth session); one more aside.
	if w := text[q:min(len(text), q+8)]; strings.HasPrefix(w, " who ") || strings.HasPrefix(w, " whose ") {
		rest := text[q:min(len(text), q+n85Reach)]
		if c := strings.IndexByte(rest, ','); c > 0 && !strings.ContainsAny(rest[:c], ".!?;:“”\"") && !thousandsCommaAt(text, q+c) {
			return q + c + 1
		}
	}
	return q
}

// n85PartyLabel reports whether the name text at offset start is a
// party label set off by a comma after a name: ", D-Millford," ("State
// Sen. Rowan Achebe, D-Millford, the chairman …, said"). Such a label
// in parentheses was passed over already; after a comma it was read as
// a name of unknown sex, which a later "he" then meant.
func n85PartyLabel(text string, start int, name string) bool {
	return len(name) > 2 && (name[0] == 'D' || name[0] == 'R' || name[0] == 'I') && name[1] == '-' && start >= 2 && text[start-2:start] == ", "
}

// n85LabelEnd returns the offset of the comma that closes a party label
// opening at offset p (" D-Millford,", " R-Corbin Lake,"), or -1.
func n85LabelEnd(text string, p int) int {
	if p+3 >= len(text) || text[p] != ' ' || !(text[p+1] == 'D' || text[p+1] == 'R' || text[p+1] == 'I') || text[p+2] != '-' {
		return -1
	}
	c := strings.IndexByte(text[p:min(len(text), p+40)], ',')
	if c < 0 {
		return -1
	}
	return p + c
}
