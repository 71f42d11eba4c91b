package speaker

// n1TitleBefore reads on past the start of subjectEnding's window when
// the name it found there begins at the window's first token and a
// capitalised word or two stand right before it: a long name with its
// title ("Vice President Joseph R. Biden Jr.", "Senate Majority Leader
// Mitch McConnell") has more words than the window of four tokens and
// its initials' stops, and was named from its second word ("President
// Joseph R. Biden Jr.") while widen gave the mention the whole phrase.
// News prose writes a first mention so: a title of two or three
// words, then the full name. The name read from the earlier start must
// end where f ends and keep f's name as its tail, so a name is only
// lengthened, never read anew; at most two tokens further back.
func n1TitleBefore(text string, toks []tok, s, k int, f found) found {
	if f.pronoun != "" || f.name == "" || f.subj.Start != toks[s].s {
		return f
	}
	best := f
	for b := s - 1; b >= 0 && b >= s-2; b-- {
		t := &toks[b]
		if !t.word || !capital(t.str(text)) || t.is(isFunction) {
			break
		}
		g, end := subjectAt(text, toks, b, k+1)
		if !g.ok || end != k+1 || g.pronoun != "" || g.subj.End != f.subj.End || len(g.name) <= len(f.name) || g.name[len(g.name)-len(f.name):] != f.name {
			continue
		}
		best = g
	}
	return best
}

// titlePremodifier reports whether low (a lower-case word) is one that
// news prose writes in lower case before a title and a name ("former
// Gov. Ed Rendell", "outgoing Chief Justice …", "then Sen. Ann
// Ortiz"): no part of the name, which starts at the capitalised title.
// As a sentence's first word the modifier is capitalised too, and
// nameAt reads it into the name ("Former Pennsylvania Gov. Ed Rendell
// said"); n1Premodified leaves it out, so the speaker is named as
// "former Pennsylvania Gov. Ed Rendell" names it in mid-sentence. The
// mention keeps it, as a reader underlines it. A switch, not a map:
// it is asked of every name of three tokens or more that opens a
// sentence, and a map's hashing cost more than the rest of the test.
// premodFirst has a bit for each capital that opens a title
// premodifier (titlePremodifier): F, T, E, O, I, A, L, V, R. The name
// readers ask it of a name's first byte before anything else.
const premodFirst = 1<<('F'-'A') | 1<<('T'-'A') | 1<<('E'-'A') | 1<<('O'-'A') | 1<<('I'-'A') | 1<<('A'-'A') | 1<<('L'-'A') | 1<<('V'-'A') | 1<<('R'-'A')

// n1MayPremod reports whether b, a name's first byte, may open a title
// premodifier: a bit test, inlined.
func n1MayPremod(b byte) bool { return b-'A' < 26 && premodFirst>>(b-'A')&1 != 0 }

func titlePremodifier(low string) bool {
	switch low {
	case "former", "then", "ex", "outgoing", "incoming", "acting", "interim", "longtime", "veteran", "embattled", "retiring":
		return true
	}
	return false
}

// n1Premodified returns n's text, less a capitalised title premodifier
// (titlePremodifier) that is its first word, at a sentence's start,
// where two capitalised words or more follow it, a title or a given
// name among them ("Former Gov. Ed Rendell", "Former President Obama";
// not "Former" alone, nor mid-sentence, where the capital makes it a
// name's word). The test
// costs a byte and a length before the map.
func n1Premodified(text string, toks []tok, k int, n name) string {
	if n.from != k || n.to-k < 3 || !n1MayPremod(text[n.start]) {
		return n.text // most names: two tokens ("Ed Moss"); inlined
	}
	return n1PremodRead(text, toks, k, n)
}

// n1PremodRead is n1Premodified past its first test.
func n1PremodRead(text string, toks []tok, k int, n name) string {
	if n.start != toks[k].s {
		return n.text
	}
	w := toks[k].str(text)
	if len(w) < 2 || len(w) > 9 || w[0] < 'A' || w[0] > 'Z' || !titlePremodifier(toks[k].low) || !sentenceFirst(text, toks, k) {
		return n.text
	}
	j := k + 1
	if !toks[j].word || !capital(toks[j].str(text)) || toks[j].s > toks[k].e+1 {
		return n.text
	}
	// A person's name after it, told by a title or a given name: not a
	// body's or a work's ("Acting Out Theatre", "Former Yugoslav
	// Republic").
	for i := j; i < n.to; i++ {
		if toks[i].word && toks[i].is(isTitle|isGiven) {
			return n.text[toks[j].s-n.start:]
		}
	}
	return n.text
}

// n1PremodIndex is n1Premodified for findNames: a name read at a
// sentence's start (nameAtIndex, or nameAt in a window whose token
// base is the index's token 0 of toks) loses its capitalised title
// premodifier, so that the mention a pronoun is resolved to names the
// speaker as the subject's name does ("Interim DNC Chairwoman Donna
// Brazile said …; she added" names "DNC Chairwoman Donna Brazile"
// twice, not two people). Its gender is then its title's or given
// name's, as nameAt tells it from the first word.
func n1PremodIndex(x *tokIndex, n name, base int) name {
	all, text := x.all, x.text
	k, to := base+n.from, base+n.to
	if to-k < 3 || n.start != int(all[k].s) {
		return n
	}
	w := text[all[k].s:all[k].e]
	if len(w) < 2 || len(w) > 9 || w[0] < 'A' || w[0] > 'Z' || !titlePremodifier(x.low(all[k])) {
		return n
	}
	j := k + 1
	if !all[j].word || !capital(text[all[j].s:all[j].e]) || all[j].s > all[k].e+1 {
		return n
	}
	for i := j; i < to; i++ {
		if all[i].word && all[i].is(isTitle|isGiven) {
			n.text = n.text[int(all[j].s)-n.start:]
			n.start = int(all[j].s)
			if all[j].is(isTitle | isGiven) {
				n.gender = nameGender[all[j].lex&lexMask]
			}
			return n
		}
	}
	return n
}
