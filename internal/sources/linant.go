package sources

// antIndex lets antecedent find its answer without walking back over
// the candidates of a long sentence: the walk (antecedentWalk) skips
// organisations and the persons of other quotations, and read them
// again for each "he said" and "his book", in time quadratic in a
// sentence of many names and pronouns.
//
// What the walk finds, for a token at pos in sentence S and quotation
// Q, read backwards from the last candidate: a candidate in a sentence
// before S-1 ends it with no answer; so does a person (no organisation,
// starting before pos) in no sentence, when S > 0; the first person of
// quotation Q is the answer. The candidates' sentences rise with their
// index, outside the ones in no sentence, so that the walk's answer is
// the last person k of quotation Q, unless a person in no sentence
// comes after it (when S > 0), k itself is in no sentence (when S > 0),
// or k is in a sentence before S-1: then there is none.
//
// The index keeps the candidates that are no organisation when made,
// by quotation and, for those in no sentence, on a list of their own,
// in order. A candidate turns into an organisation (speaks) but never
// back, so one that has is dropped from the top of its list when a
// look-up meets it. It is made at the first look-up, from the
// candidates then, and kept up to date as candidates are pushed and
// popped (name); most texts ask antecedent nothing, or little.
type antIndex struct {
	built   bool
	byQuote map[int32][]int32
	noSent  []int32
}

// add indexes candidate k, the last one.
func (x *antIndex) add(b *builder, k int) {
	c := b.cands.at(k)
	if !x.built || c.org {
		return
	}
	x.byQuote[c.quote] = append(x.byQuote[c.quote], int32(k))
	if c.sent < 0 {
		x.noSent = append(x.noSent, int32(k))
	}
}

// drop takes candidate k, the last one, out of the index, before it is
// popped: it is on top of its lists, if on any.
func (x *antIndex) drop(b *builder, k int) {
	if !x.built {
		return
	}
	c := b.cands.at(k)
	if l := x.byQuote[c.quote]; len(l) > 0 && l[len(l)-1] == int32(k) {
		x.byQuote[c.quote] = l[:len(l)-1]
	}
	if l := x.noSent; len(l) > 0 && l[len(l)-1] == int32(k) {
		x.noSent = l[:len(l)-1]
	}
}

// lastPerson returns the last candidate of l that is no organisation,
// dropping those that have become one, or -1; ok is false when that
// candidate starts at or after pos, which the walk would skip: the
// index does not answer then.
func (b *builder) lastPerson(l []int32, pos int) (rest []int32, k int, ok bool) {
	for len(l) > 0 && b.cands.at(int(l[len(l)-1])).org {
		l = l[:len(l)-1]
	}
	if len(l) == 0 {
		return l, -1, true
	}
	k = int(l[len(l)-1])
	return l, k, b.cands.at(k).span.Start < pos
}

// antecedent returns the last person candidate before token i, whose
// facts are in, in its sentence, or in the sentence before, within the
// same quotation: antecedentWalk's answer, found in the index.
func (b *builder) antecedent(i int, in tokInfo) int {
	k := b.antecedentIndexed(i, in)
	if b.antCheck != nil {
		b.antCheck(i, in, k)
	}
	return k
}

// antecedentIndexed is antecedent's look-up in the index.
func (b *builder) antecedentIndexed(i int, in tokInfo) int {
	x := &b.ant
	if !x.built {
		x.built, x.byQuote = true, map[int32][]int32{}
		for k := range b.cands.len() {
			x.add(b, k)
		}
	}
	pos := int(b.toks[i].Start)
	var k int
	var ok bool
	x.byQuote[in.quote], k, ok = b.lastPerson(x.byQuote[in.quote], pos)
	if !ok {
		return b.antecedentWalk(i, in)
	}
	if in.sent > 0 {
		var m int
		x.noSent, m, ok = b.lastPerson(x.noSent, pos)
		if !ok {
			return b.antecedentWalk(i, in)
		}
		if m >= 0 && m >= k {
			return -1 // a person in no sentence, k or one after it
		}
	}
	if k < 0 {
		return -1
	}
	if s := b.cands.at(k).sent; s >= 0 && s < in.sent-1 {
		return -1
	}
	return k
}
