package speaker

// g3CapsLead returns the index of the first word after a section label
// in capitals that runs into its sentence, when a fronted subordinate
// clause opens right after it: "THE BORROWING Back when he wrote his
// book, Mr. Reed said …". News pages set such labels ("THE BORROWING",
// "ON THE TRAIL") as run-in subheads, and copied as text they lose their
// line break, so the sentence seems to open with the label and
// frontedEnd (parc.go) did not see its "Back when …": the content of
// "wrote" ran on over the comma into the main clause. The label is one
// to five words of two or more letters, all capitals, and the word after
// it an opener (frontOpeners, openerAdverbs) with a capital; otherwise
// k is returned. k is the sentence's first word.
//
// Cost: the first word's first two bytes turn away almost every
// sentence; the label is at most five words.
func g3CapsLead(text string, toks []tok, k int) int {
	if k+1 >= len(toks) || !toks[k].word || toks[k].e-toks[k].s < 2 || !g3Upper(text[toks[k].s]) || !g3Upper(text[toks[k].s+1]) {
		return k
	}
	for j := k; j < len(toks) && j <= k+5; j++ {
		t := &toks[j]
		if !t.word {
			return k
		}
		if w := text[t.s:t.e]; !g3AllCaps(w) {
			if j > k && g3Upper(w[0]) && (frontOpeners[t.low] || openerAdverbs[t.low]) {
				return j
			}
			return k
		}
	}
	return k
}

func g3Upper(b byte) bool { return 'A' <= b && b <= 'Z' }

// g3AllCaps reports whether w has two or more letters and all of them
// capitals (ASCII; an apostrophe or a hyphen may stand between).
func g3AllCaps(w string) bool {
	n := 0
	for i := 0; i < len(w); i++ {
		switch b := w[i]; {
		case g3Upper(b):
			n++
		case b == '\'' || b == '-':
		default:
			return false
		}
	}
	return n >= 2
}
