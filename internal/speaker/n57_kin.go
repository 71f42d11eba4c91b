package speaker

import "github.com/hearsay-project/hearsay/internal/doc"

// n57KinBefore reads "My father said, “…”", "Our coach often said:
// “…”", "And my gran used to say, ‘…’": a possessive of the first or
// second person and a noun of kin or role (persons.txt) opening the
// clause before a quotation, at most two adverbs or "used to", then the
// cue toks[c], the clause's last word before its comma or colon
// (introClause). It is firstPersonKin before the quotation. subjectAt
// takes no "my" as a determiner, since "My grandson learned to read
// here" is narration; a cue right before the quotation's opening mark,
// its subject the whole clause before it, reports the words in marks.
// The mention is the description, as firstPersonKin gives it; a "my"
// inside a quotation is its speaker's, whom the chain names before it.
func n57KinBefore(text string, toks []tok, c int) found {
	k := c - 1
	if k >= 2 && toks[k].low == "to" && toks[k-1].low == "used" {
		k -= 2 // "my gran used to say"
	}
	for skip := 0; skip < 2 && k >= 0 && toks[k].word && (toks[k].is(isAdverb) || mannerLy(text, &toks[k]) || toks[k].is(isVerbAdverb)); skip++ {
		k--
	}
	d := k - 1 // the possessive
	f, ok := n57Kin(text, toks, d)
	if !ok {
		return found{}
	}
	// The description opens the clause, after an opening mark
	// ("“My gran used to say, ‘…’"), "And", "But", or a word of time
	// and perhaps a comma ("Yesterday my father said", "Later, my aunt
	// said").
	j := 0
	for j < d && !toks[j].word {
		j++
	}
	if j < d && toks[j].is(isClauseLead|isTimeWord) {
		j++
		if j < d && toks[j].low == "," {
			j++
		}
	}
	if j != d {
		return found{}
	}
	return f
}

// n57Kin reads a possessive of the first or second person at toks[d]
// and a noun of kin or role after it ("my father", "Your
// great-grandfather"), and returns it as a subject, the words after it
// starting at d+2. firstPersonKin reads it after a quotation, without
// "your".
func n57Kin(text string, toks []tok, d int) (found, bool) {
	if d < 0 || d+1 >= len(toks) || !toks[d+1].word || capital(toks[d+1].str(text)) {
		return found{}, false
	}
	if w := toks[d].low; w != "my" && w != "our" && w != "your" {
		return found{}, false
	}
	if _, ok := persons[toks[d+1].low]; !ok {
		return found{}, false
	}
	sp := doc.Span{Start: toks[d].s, End: toks[d+1].e}
	return found{subj: sp, name: text[sp.Start:sp.End], ok: true}, true
}

// n57UsedTo reads the subject of "used to" before the cue toks[c] of
// the clause before a quotation: "She used to say, ‘…’", "Ann Ortiz
// used to tell us: “…”". beforeCue reads the words before the cue, and
// "to" is none of a subject's; it is asked of "used" instead.
func n57UsedTo(text string, toks []tok, c int) found {
	if c < 3 || toks[c-1].low != "to" || toks[c-2].low != "used" {
		return found{}
	}
	return beforeCue(text, toks, c-2)
}
