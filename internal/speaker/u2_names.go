package speaker

import (
	"strings"
)

// nameAtIndex is nameAt read from the index's own tokens (ctok) at the
// index's token g, a capitalised word, where findNames made a window of
// toks (need, after nameEnd) for nameAt and candOf: the names that
// oneWordName does not settle, a dozen a copy of the bench article
// ("Agnes R. Pell", "In Port Elsby", "Dr. Samuel T. Okafor"), took
// about 1,400 instructions each that way, most of them in making the
// window's toks. The name's from and to are indexes of the index's
// tokens.
//
// sure is false where nameAt would read a nickname in marks (Ann
// “Annie” Reed), which nicknameAt reads from toks: the caller then
// takes nameAt's road. Where sure is true, n and ok are nameAt's
// answers (nameAt reads no further than nameEnd, so the window's end
// and the index's give the same name; see nameWindow).
func nameAtIndex(x *tokIndex, g int) (n name, ok, sure bool) {
	text, all := x.text, x.all
	k := g
	j := k
	for j < len(all) {
		c := &all[j]
		w := text[c.s:c.e]
		if !c.word {
			if j > k && openMark(w) {
				return name{}, false, false // perhaps a nickname: nameAt's road
			}
			break
		}
		if !capital(w) {
			if j > k && lexIs(c.lex, isParticle) && particles[w] && j+1 < len(all) && all[j+1].word && capital(text[all[j+1].s:all[j+1].e]) {
				j++
				continue
			}
			break
		}
		if j > k && strings.HasSuffix(w, "s") && lexIs(c.lex, isCue) {
			break // a headline's verb: "Obama Says Museum Will Tell …"
		}
		j++
		// A full stop right after an initial or title belongs to it
		// (initialTok of the token).
		if j < len(all) && all[j].s == c.e && all[j].e == c.e+1 && text[c.e] == '.' && (lexIs(c.lex, isTitle) || initialParts(w)) {
			j++
			if low := x.low(*c); low == "jr" || low == "sr" && (j-2 > k || j < len(all) && lexIs(all[j].lex, isPronoun|isFunction)) {
				break // a suffix ends the name: "Donald Trump Jr. He left."
			}
		}
		if possessive(w) {
			break // the name ends here
		}
		if j < len(all) && all[j].word && all[j].s > all[j-1].e+1 {
			break // more than one space: not one name
		}
	}
	// Drop function words from the start.
	i := k
	for i < j && all[i].word && lexIs(all[i].lex, isFunction) {
		i++
		if i < j && text[all[i].s:all[i].e] == "." {
			i++
		}
	}
	if i >= j || j-i == 2 && classOf2(all[j-1].lex)&(isWeekday|isMonth) != 0 && n103TimeLead(x.low(all[i])) {
		return name{}, false, true // "Last Monday": nameAt's test
	}
	n = name{from: k, to: j, start: int(all[i].s), end: int(all[j-1].e)}
	n.text = strings.TrimSuffix(strings.TrimSuffix(text[n.start:n.end], "’s"), "'s")
	// nameAt's gender, from the first word's entry or its lower case.
	if low := x.low(all[i]); strings.HasSuffix(low, ".") {
		if g, ok := titles[strings.TrimSuffix(low, ".")]; ok {
			n.gender = g
		} else if g, ok := given[low]; ok {
			n.gender = g
		}
	} else if lexIs(all[i].lex, isTitle|isGiven) {
		n.gender = nameGender[all[i].lex&lexMask]
	}
	for i < j-2 && n.gender == 0 && n116Reverend(x.low(all[i])) && !lexIs(all[i].lex, isTitle) {
		i++ // "Very Rev Clare Mountjoy": the style before the title (n116_readings.go)
	}
	if n.gender == 0 && j-i >= 3 {
		n.gender = n4GivenAfterIndex(all, i, j) // "Sen. Ruth Ellison": n4_given.go
	}
	return n, true, true
}

// candOfIndex is candOf for a name nameAtIndex read: the same facts,
// from the index's tokens.
func candOfIndex(x *tokIndex, n name, initial bool) cand {
	text, all := x.text, x.all
	c := cand{start: n.start, end: n.end, text: n.text, gender: n.gender}
	f := &c.nameFacts
	f.initial = initial
	b := n.from
	for b < n.to && int(all[b].s) < n.start {
		b++
	}
	if b > 0 {
		p := all[b-1]
		f.paren = text[p.s:p.e] == "("
		f.thing = text[p.s:p.e] == "&" // "Pell & Rowe": a firm's name, as candOf reads it
		if p.word {
			low := x.low(p)
			f.thing = (low == "the" || low == "a" || low == "an") && !(b > n.from && (n.gender != 0 || lexIs(all[b].lex, isPerson|isTitle))) && !(b < n.to && (lexIs(all[b].lex, isTitle) || b+1 < n.to && n116Reverend(x.low(all[b]))) && !familyPlural(n.text)) // "the Rev. Ed Moss" is a person, "the Miss Steeles" a family
			f.object = lexIs(p.lex, isObjectPrep) || (low == "in" || placePreps[low]) && n.gender == 0 || tellForms[low]
			if n116Owner(low) && n.gender == 0 && n.to < len(all) && all[n.to].word && text[all[n.to].s]-'a' < 26 && !lexIs(all[n.to].lex, n116NotNoun) {
				f.thing = true // "her Pipi Street house" (n116_readings.go)
			}
		}
	}
	f.person = lexIs(all[n.from].lex, isDescriber) && n.start == int(all[n.from].s)
	return c
}

// possessive reports whether w ends with "’s" or "'s".
func possessive(w string) bool {
	return strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s")
}
