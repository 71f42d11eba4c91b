package fidelity

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// Limits and thresholds of the alignment, with why.
const (
	// minWords is the fewest words a quotation must have to be checked:
	// one or two words ("fair", "very soon") are found in any long text
	// and prove nothing.
	minWords = 3
	// maxPostings is how many places a shingle may occur before it stops
	// voting ("one of the", "it is a"); such shingles say nothing about
	// where a quotation comes from and would make a lookup cost grow with
	// the corpus.
	maxPostings = 2000
	// maxGap is how far (in words) the pieces of an elided quotation may
	// lie from each other in the source.
	maxGap = 5000
	// maxWildcard is how many source words a bracketed insertion ("[his]",
	// "[the Party]") may stand for.
	maxWildcard = 6
	// maxPiece is the longest run of words aligned at once; longer pieces
	// are cut, so that the alignment table stays small.
	maxPiece = 400
	// minShared is the least share of a quotation's words that must be in
	// the passage for it to count as altered rather than not found.
	minShared = 0.5
)

// joint says what separates two pieces of a quotation.
type joint uint8

const (
	jointNone      joint = iota // a long piece cut in two: the source should run on
	jointElision                // "…", "...", "[…]": words left out
	jointNarration              // narration between the parts of a split quotation
	jointWildcard               // a bracketed insertion: "[his]"
)

// A piece is a run of a quotation's words with nothing left out.
type piece struct {
	words  []string // normalised
	shown  []string // as written
	hashes []uint32
	after  joint // what separates it from the previous piece
}

// pieces splits the quoted words into pieces at ellipses, bracketed
// insertions and breaks between content spans, and drops "[sic]".
func pieces(text string, content []doc.Span) []piece {
	var ps []piece
	for ci, c := range content {
		j := jointNarration
		if ci == 0 {
			j = jointNone
		}
		for _, seg := range splitMarks(text[c.Start:c.End]) {
			if seg.after != jointNone {
				j = max(j, seg.after)
			}
			var p piece
			eachWord(seg.text, 0, len(seg.text), func(s, e int) {
				w := seg.text[s:e]
				p.shown = append(p.shown, w)
				p.words = append(p.words, norm(w))
			})
			if len(p.words) == 0 {
				continue
			}
			p.after = j
			j = jointNone
			for len(p.words) > maxPiece {
				head := piece{words: p.words[:maxPiece], shown: p.shown[:maxPiece], after: p.after}
				ps = append(ps, head)
				p = piece{words: p.words[maxPiece:], shown: p.shown[maxPiece:], after: jointNone}
			}
			ps = append(ps, p)
		}
	}
	if len(ps) > 0 {
		ps[0].after = jointNone
	}
	for i := range ps {
		ps[i].hashes = make([]uint32, len(ps[i].words))
		for k, w := range ps[i].words {
			ps[i].hashes[k] = hashWord(w)
		}
	}
	return ps
}

type segment struct {
	text  string
	after joint
}

// splitMarks splits s at ellipses and bracket groups. A bracket group
// that touches a word ("[T]he", "wom[e]n") is an editor's letter and is
// kept without its brackets; "[sic]" and notes of emphasis are dropped;
// any other is an insertion that stands for words of the source.
func splitMarks(s string) []segment {
	var segs []segment
	var b strings.Builder
	next := jointNone
	flush := func(j joint) {
		segs = append(segs, segment{text: b.String(), after: next})
		b.Reset()
		next = j
	}
	for i := 0; i < len(s); {
		switch {
		case strings.HasPrefix(s[i:], "…"):
			flush(jointElision)
			i += len("…")
			continue
		case strings.HasPrefix(s[i:], "..."):
			flush(jointElision)
			for i < len(s) && s[i] == '.' {
				i++
			}
			continue
		case strings.HasPrefix(s[i:], ". . ."):
			flush(jointElision)
			i += len(". . .")
			continue
		case s[i] == '[':
			end := strings.IndexByte(s[i:], ']')
			if end < 0 || end > 80 {
				break
			}
			inner := s[i+1 : i+end]
			after := i + end + 1
			low := strings.ToLower(strings.TrimSpace(inner))
			switch {
			case low == "…" || low == "..." || low == ". . ." || low == "":
				flush(jointElision)
			case low == "sic" || low == "sic!" || strings.HasPrefix(low, "emphasis") || strings.HasPrefix(low, "italics"):
				// nothing in the source stands for it
			case touchesWord(s, i, after):
				b.WriteString(inner)
			default:
				flush(jointWildcard)
			}
			i = after
			continue
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		b.WriteString(s[i : i+n])
		i += n
	}
	flush(jointNone)
	return segs
}

// touchesWord reports whether the bracket group s[i:after] has a word
// character right before or right after it.
func touchesWord(s string, i, after int) bool {
	if i > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); doc.IsWordRune(r) {
			return true
		}
	}
	if after < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[after:]); doc.IsWordRune(r) {
			return true
		}
	}
	return false
}

// A placement is where a piece lies in the source: the words
// [from, to) of the corpus, and the alignment of the piece with them.
type placement struct {
	ok       bool
	from, to int
	ops      []op // nil when the piece matches the words exactly
}

// An op is one step of a word alignment: a quotation word (q >= 0), a
// source word (s >= 0), or both when they are equal.
type op struct{ q, s int }

// Align compares the quoted words (content spans of text) with the
// corpus and returns the verdict, which is never VerdictTranslated: the
// caller knows whether the article marks the quotation as translated.
// ok is false for a quotation too short to check.
func (c *Corpus) Align(text string, content []doc.Span) (f doc.Fidelity, ok bool) {
	ps := pieces(text, content)
	n := 0
	for _, p := range ps {
		n += len(p.words)
	}
	if n < minWords {
		return doc.Fidelity{}, false
	}
	notFound := doc.Fidelity{Verdict: doc.VerdictNotFound}
	if len(c.hashes) == 0 {
		return notFound, true
	}
	// Vote for each piece's place: every shingle it shares with the
	// corpus votes for the position its first word would then have. The
	// piece whose best place has the most votes anchors the others (a
	// short piece of common words could be anywhere); of two with as many
	// votes, the one with the larger share of its shingles voting.
	cands := make([][]cand, len(ps))
	best, bestScore := -1, 0.0
	for i, p := range ps {
		cands[i] = c.vote(p.hashes)
		if len(cands[i]) == 0 {
			continue
		}
		score := float64(cands[i][0].votes) / float64(max(1, len(p.words)-shingle+1))
		if best < 0 || cands[i][0].votes > cands[best][0].votes || cands[i][0].votes == cands[best][0].votes && score > bestScore {
			best, bestScore = i, score
		}
	}
	if best < 0 {
		return notFound, true
	}
	place := make([]placement, len(ps))
	t := c.textOf(int(cands[best][0].at))
	lo, hi := int(c.first[t]), int(c.first[t+1])
	place[best] = c.place(ps[best], int(cands[best][0].at), lo, hi)
	// The pieces after the best one, each after the previous; then those
	// before it, each before the next.
	for i := best + 1; i < len(ps); i++ {
		from := place[i-1].to
		if !place[i-1].ok {
			from = place[best].to
		}
		place[i] = c.placeNear(ps[i], cands[i], from, min(hi, from+maxGap), lo, hi, true)
	}
	for i := best - 1; i >= 0; i-- {
		to := place[i+1].from
		place[i] = c.placeNear(ps[i], cands[i], max(lo, to-maxGap), to, lo, hi, false)
	}
	return c.verdict(t, ps, place), true
}

// A cand is a candidate position for a piece's first word, with the
// number of shingles that vote for it.
type cand struct {
	at    uint32
	votes int
}

// vote returns the candidate positions of the piece with the hashes hs,
// most votes first.
func (c *Corpus) vote(hs []uint32) []cand {
	if len(hs) < shingle {
		return nil
	}
	votes := map[uint32]int{}
	for pass := 0; pass < 2 && len(votes) == 0; pass++ {
		for k := 0; k+shingle <= len(hs); k++ {
			if pass == 0 && c.bucketSize(hs[k], hs[k+1], hs[k+2]) > 4*maxPostings {
				continue
			}
			seen := 0
			c.lookup(hs[k], hs[k+1], hs[k+2], func(p uint32) bool {
				seen++
				// The piece's first word would be k words back, but not
				// before the start of the text the shingle is in (the
				// words before it were then changed or added).
				at := int(p) - k
				if k > 0 {
					at = max(at, int(c.first[c.textOf(int(p))]))
				}
				votes[uint32(at)]++
				return seen < maxPostings
			})
			if pass == 0 && seen >= maxPostings {
				continue
			}
		}
	}
	out := make([]cand, 0, len(votes))
	for at, v := range votes {
		out = append(out, cand{at, v})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].votes != out[j].votes {
			return out[i].votes > out[j].votes
		}
		return out[i].at < out[j].at
	})
	if len(out) > 64 {
		out = out[:64]
	}
	return out
}

// placeNear places a piece within the words [from, to) of the text
// [lo, hi): at its best voted candidate there, else by aligning it with
// the words next to the neighbour it must follow (forward) or precede.
func (c *Corpus) placeNear(p piece, cands []cand, from, to, lo, hi int, forward bool) placement {
	for _, cd := range cands {
		at := int(cd.at)
		if at >= from && (forward && at < to || !forward && at+len(p.words) <= to) {
			return c.place(p, at, lo, hi)
		}
	}
	span := 2*len(p.words) + maxWildcard + 2
	if forward {
		return c.alignIn(p, from, min(hi, from+span))
	}
	return c.alignIn(p, max(lo, to-span), to)
}

// place places a piece whose first word is voted to be at, within the
// text [lo, hi): exactly if the words there are the piece's, else by
// aligning it with the words around.
func (c *Corpus) place(p piece, at, lo, hi int) placement {
	if at+len(p.words) <= hi {
		exact := true
		for k, h := range p.hashes {
			if c.hashes[at+k] != h {
				exact = false
				break
			}
		}
		if exact {
			return placement{ok: true, from: at, to: at + len(p.words)}
		}
	}
	slack := len(p.words)/2 + 3
	return c.alignIn(p, max(lo, at-slack), min(hi, at+len(p.words)+slack))
}

// alignIn aligns the piece with the best-matching run of the words
// [from, to): every word of the piece is aligned, the run may start and
// end anywhere (a semi-global alignment). A substitution costs as much
// as a deletion and an insertion, so the diff shows each changed word
// as one word out and one word in; a shared word earns one, so that of
// two runs equally far from the quotation the one sharing more words
// with it wins ("would open in June" is aligned with "would reopen in
// May", not left hanging after "would").
func (c *Corpus) alignIn(p piece, from, to int) placement {
	n, m := len(p.hashes), to-from
	if m <= 0 {
		return placement{}
	}
	w := m + 1
	cost := make([]int32, (n+1)*w)
	for i := 1; i <= n; i++ {
		cost[i*w] = int32(i)
		for j := 1; j <= m; j++ {
			best := cost[(i-1)*w+j] + 1 // a quotation word not in the source
			if d := cost[i*w+j-1] + 1; d < best {
				best = d // a source word not in the quotation
			}
			if c.hashes[from+j-1] == p.hashes[i-1] {
				if d := cost[(i-1)*w+j-1] - 1; d < best {
					best = d
				}
			}
			cost[i*w+j] = best
		}
	}
	end := 0
	for j := 1; j <= m; j++ {
		if cost[n*w+j] <= cost[n*w+end] {
			end = j
		}
	}
	var ops []op
	i, j := n, end
	for i > 0 {
		switch {
		case j > 0 && c.hashes[from+j-1] == p.hashes[i-1] && cost[i*w+j] == cost[(i-1)*w+j-1]-1:
			ops = append(ops, op{i - 1, from + j - 1})
			i, j = i-1, j-1
		case cost[i*w+j] == cost[(i-1)*w+j]+1:
			ops = append(ops, op{i - 1, -1})
			i--
		default:
			ops = append(ops, op{-1, from + j - 1})
			j--
		}
	}
	for l, r := 0, len(ops)-1; l < r; l, r = l+1, r-1 {
		ops[l], ops[r] = ops[r], ops[l]
	}
	// Trim source words deleted at either end: the run starts and ends
	// with a word of the quotation.
	start := j
	for len(ops) > 0 && ops[0].q < 0 {
		ops = ops[1:]
		start++
	}
	for len(ops) > 0 && ops[len(ops)-1].q < 0 {
		ops = ops[:len(ops)-1]
		end--
	}
	// A quotation whose first or last words were changed ends with words
	// the source lacks; when the source has as many words right there,
	// they are what was replaced ("in June" for "in May").
	lead, trail := 0, 0
	for lead < len(ops) && ops[lead].s < 0 {
		lead++
	}
	for trail < len(ops)-lead && ops[len(ops)-1-trail].s < 0 {
		trail++
	}
	if k := min(lead, start); k > 0 && lead < len(ops) {
		pre := make([]op, 0, len(ops)+k)
		for s := start - k; s < start; s++ {
			pre = append(pre, op{-1, from + s})
		}
		ops = append(pre, ops...)
		start -= k
	}
	if k := min(trail, m-end); k > 0 && trail < len(ops) {
		tail := append([]op(nil), ops[len(ops)-trail:]...)
		ops = ops[:len(ops)-trail]
		for s := end; s < end+k; s++ {
			ops = append(ops, op{-1, from + s})
		}
		ops = append(ops, tail...)
		end += k
	}
	shared := 0
	for _, o := range ops {
		if o.q >= 0 && o.s >= 0 {
			shared++
		}
	}
	if shared == 0 {
		return placement{ops: ops}
	}
	return placement{ok: true, from: from + start, to: from + end, ops: ops}
}

// verdict turns the placements of the pieces in text t into a Fidelity.
func (c *Corpus) verdict(t int, ps []piece, place []placement) doc.Fidelity {
	total, shared, changed, srcWords := 0, 0, 0, 0
	exact, gaps := true, false
	first, last := -1, -1
	var diff []doc.DiffOp
	add := func(opName, w string) {
		if k := len(diff) - 1; k >= 0 && diff[k].Op == opName {
			diff[k].Text += " " + w
			return
		}
		diff = append(diff, doc.DiffOp{Op: opName, Text: w})
	}
	prevTo := -1
	for i, p := range ps {
		pl := place[i]
		total += len(p.words)
		if !pl.ok {
			exact = false
			changed += len(p.words)
			for _, w := range p.shown {
				add("insert", w)
			}
			continue
		}
		if first < 0 || pl.from < first {
			first = pl.from
		}
		last = max(last, pl.to)
		if prevTo >= 0 {
			gap := pl.from - prevTo
			switch {
			case gap < 0:
				exact = false // pieces out of order
			case gap > 0 && p.after == jointNone:
				// words of the source missing where the quotation runs on
				exact = false
				changed += gap
				srcWords += gap
				for s := prevTo; s < pl.from; s++ {
					add("delete", c.sourceWord(t, s))
				}
			case gap > maxWildcard && p.after == jointWildcard:
				gaps = true
			case gap > 0 && (p.after == jointElision || p.after == jointNarration):
				gaps = true
			}
		}
		prevTo = pl.to
		srcWords += pl.to - pl.from
		if pl.ops == nil {
			shared += len(p.words)
			for _, w := range p.shown {
				add("equal", w)
			}
			continue
		}
		for _, o := range pl.ops {
			switch {
			case o.q >= 0 && o.s >= 0:
				shared++
				add("equal", p.shown[o.q])
			case o.q >= 0:
				exact = false
				changed++
				add("insert", p.shown[o.q])
			default:
				exact = false
				changed++
				add("delete", c.sourceWord(t, o.s))
			}
		}
	}
	if first < 0 || float64(shared) < minShared*float64(total) {
		return doc.Fidelity{Verdict: doc.VerdictNotFound}
	}
	text := c.texts[t].Text
	passage := doc.Span{Start: int(c.starts[first]), End: c.wordEnd(t, int(c.starts[last-1]))}
	f := doc.Fidelity{Source: c.texts[t].Name, Passage: passage, Text: text[passage.Start:passage.End]}
	switch {
	case exact && gaps:
		f.Verdict = doc.VerdictElided
	case exact:
		f.Verdict = doc.VerdictVerbatim
	default:
		f.Verdict = doc.VerdictAltered
		f.Diff = diff
		f.EditRatio = float64(changed) / float64(total+srcWords)
	}
	return f
}

// sourceWord returns corpus word p as written in text t.
func (c *Corpus) sourceWord(t, p int) string {
	s := int(c.starts[p])
	return c.texts[t].Text[s:c.wordEnd(t, s)]
}
