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
// The index chains the candidates that are no organisation when made,
// by quotation (last, then prev from one to the one before), and keeps
// those in no sentence on a list of their own, in order: chains of
// int32 in two slices, not a map of lists, for the index is kept up to
// date at every candidate. A candidate turns into an organisation
// (speaks) but never back, so one that has is dropped from the head of
// its chain or list when a look-up meets it. The index is made at the
// first look-up, from the candidates then, and kept up to date as
// candidates are pushed and popped (name); most texts ask antecedent
// nothing, or little, and answer most by a short walk (antWalkMax).
type antIndex struct {
	built  bool
	last   []int32 // by quotation + 1 (0 for none): the head of its chain, or -1
	prev   []int32 // by candidate: the one before it on its chain, or -1
	noSent []int32
}

// add indexes candidate k, the last one.
func (x *antIndex) add(b *builder, k int) {
	if !x.built {
		return
	}
	x.prev = append(x.prev, -1)
	c := b.cands.at(k)
	if c.org {
		return
	}
	q := c.quote + 1
	x.prev[k], x.last[q] = x.last[q], int32(k)
	if c.sent < 0 {
		x.noSent = append(x.noSent, int32(k))
	}
}

// drop takes candidate k, the last one, out of the index, before it is
// popped: it is at the head of its chain and list, if on any.
func (x *antIndex) drop(b *builder, k int) {
	if !x.built {
		return
	}
	if q := b.cands.at(k).quote + 1; x.last[q] == int32(k) {
		x.last[q] = x.prev[k]
	}
	x.prev = x.prev[:k]
	if l := x.noSent; len(l) > 0 && l[len(l)-1] == int32(k) {
		x.noSent = l[:len(l)-1]
	}
}

// person drops from the head of candidate k's chain (k on, down prev)
// those that have turned into organisations, and returns the new head,
// -1 when none is left; ok is false when that one starts at or after
// pos, which the walk would skip: the index does not answer then.
func (b *builder) person(k int32, pos int) (head int32, ok bool) {
	for k >= 0 && b.cands.at(int(k)).org {
		k = b.ant.prev[k]
	}
	return k, k < 0 || b.cands.at(int(k)).span.Start < pos
}

// lastPerson is person for a list in order: it drops the organisations
// from its end.
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

// antWalkMax is how many candidates antecedent reads back before it
// makes the index: in real texts the walk ends within a few, and the
// index, kept up to date at every candidate once made, would cost more
// than the walks.
const antWalkMax = 64

// antecedent returns the last person candidate before token i, whose
// facts are in, in its sentence, or in the sentence before, within the
// same quotation: antecedentWalk's answer, found by a short walk, or in
// the index, made the first time a walk is long.
func (b *builder) antecedent(i int, in tokInfo) int {
	k, done := -1, false
	if !b.ant.built {
		k, done = b.antecedentWalk(i, in, antWalkMax)
	}
	if !done {
		b.buildAnt()
		k = b.antecedentIndexed(i, in)
	}
	if b.antCheck != nil {
		b.antCheck(i, in, k)
	}
	return k
}

// buildAnt makes the index of the candidates so far; add keeps it up
// to date from then on.
func (b *builder) buildAnt() {
	x := &b.ant
	if x.built {
		return
	}
	x.built = true
	x.last = make([]int32, len(b.d.Quotes)+1)
	for q := range x.last {
		x.last[q] = -1
	}
	x.prev = make([]int32, 0, b.cands.len())
	for k := range b.cands.len() {
		x.add(b, k)
	}
}

// antecedentIndexed is antecedent's look-up in the index.
func (b *builder) antecedentIndexed(i int, in tokInfo) int {
	x := &b.ant
	pos := int(b.toks[i].Start)
	head, ok := b.person(x.last[in.quote+1], pos)
	x.last[in.quote+1] = head
	if !ok {
		k, _ := b.antecedentWalk(i, in, -1)
		return k
	}
	k := int(head)
	if in.sent > 0 {
		var m int
		x.noSent, m, ok = b.lastPerson(x.noSent, pos)
		if !ok {
			k, _ := b.antecedentWalk(i, in, -1)
			return k
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
