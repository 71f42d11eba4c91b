// Package claim finds the claims an article makes: what kind each is
// (factual, evaluative, normative, counterfactual, prediction, question),
// how firmly it is made (hedges and boosters, each with a strength and a
// scope), whether it deserves checking and why, and what in the article
// backs it. It runs after the quotation, citation, source and support
// stages and reads their layers; it never calls them.
//
// A claim is one sentence, or one clause of it where clauses set off by a
// semicolon or colon make claims of different types. Sentences the author
// writes are the author's claims. A sentence wholly inside a direct
// quotation is the quoted person's: it is recorded as a claim (its kind
// and hedges are worth knowing) with Quoted set, and it is backed by the
// quotation itself and the quotation's citations. The article reports it rather than asserts
// it, so it is never flagged unsupported; whether the quotation is
// accurate is the checks' business. A quotation inside one of the
// author's sentences backs that sentence.
package claim

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// CheckWorthyAt is the check-worthiness from which a factual claim of the
// author's needs support; below it a claim is too vague, personal or
// hedged to be worth a fact-checker's time.
const CheckWorthyAt = doc.CheckWorthyThreshold

// A word is one word or number token of a sentence. Its comparison form
// (lower case, straight apostrophes) is not kept in it (see forms): a
// word with no pointer is 24 bytes the collector neither scans nor
// guards each write of with a barrier.
type word struct {
	// Start and End are the token's, 32-bit as there: a word is 16
	// bytes, which read writes for nearly every token of the text.
	Start, End int32
	// class says whether it is a number, a year, "1960s"
	// (classNumber), starts with a capital letter (classCap), and is
	// ASCII with no apostrophe (classPlain, doc.Token.Plain): no
	// contraction such as "we'll". One byte, written at once, where
	// three bools were three writes for nearly every token of the text.
	class uint8
	flags flags  // the lexicons it is in
	lex   uint16 // what they say of it: its index in lexEntries, read only when flags say it starts a phrase
}

// number, capital and plain say what w's class says.
func (w *word) number() bool  { return w.class&classNumber != 0 }
func (w *word) capital() bool { return w.class&classCap != 0 }
func (w *word) plain() bool   { return w.class&classPlain != 0 }

// forms gives the comparison forms of a run of words. The form of a
// plain word (most words) is where it lies in the segmenter's lower-case
// text, and is read from there when a pass asks for it: read, which
// visits every token, writes no form for such a word. Only the forms of
// the other words (capitals with a curly apostrophe, other scripts)
// are made and kept, in alt.
type forms struct {
	ws  []word
	alt []string // alt[i] is the form of ws[i] when it is not plain; unset for a plain word
	low string   // the document's LowerText
}

// at returns the comparison form of word i.
func (f *forms) at(i int) string {
	if w := &f.ws[i]; w.plain() {
		return f.low[w.Start:w.End]
	}
	return f.alt[i]
}

// formsOf returns forms whose words are words, none of them plain, each
// with what the lexicons say of it: for tests and the lexicon's own
// lookups of phrases given as strings.
func formsOf(words []string) *forms {
	f := &forms{ws: make([]word, len(words)), alt: words}
	for i, w := range words {
		if e, ok := lexOf(w); ok {
			f.ws[i].flags, f.ws[i].lex = e.flags, e.idx
		}
	}
	return f
}

// Detect adds the Claims of each sentence that makes one, in order, and
// the findings unsupported-claim and vague-attribution. Time is linear in
// the length of the text (plus O(n log n) in the number of quotations,
// source mentions and citations).
func Detect(d *doc.Document) {
	if len(d.Sentences) == 0 {
		return
	}
	x := newIndex(d)
	r := &reader{d: d}
	had := len(d.Findings) // the findings of earlier stages
	d.Claims = slices.Grow(d.Claims, claimRoom(d))
	claimsFrom := len(d.Claims) // this stage's claims follow
	nf := 0                     // the findings they will have (see y2Findings)
	for si := range d.Sentences {
		s := &d.Sentences[si]
		// A sentence of a title, byline, heading, code or note makes no
		// claim: its tokens are passed over, not read into words, and
		// only counted for the diagnostic read would give.
		claims := claimParagraph(d, s.Paragraph)
		if ok := claims && r.read(si) || !claims && r.pass(si); !ok {
			d.Diagnose(s.Span, CodeSentenceTooLong, fmt.Sprintf("a sentence of more than %d words: not read for claims", MaxWords))
			continue
		}
		if !claims || !makesClaim(r) {
			continue
		}
		// Appended straight to d.Claims, not made in a buffer and
		// copied there: a claim is some 200 bytes.
		from := len(d.Claims)
		d.Claims = claimsOf(d, x, si, r, d.Claims)
		for i := from; i < len(d.Claims); i++ {
			nf += y2FindingCount(&d.Claims[i])
		}
	}
	r.reasons.flush()
	// The claims' findings, in the claims' order, as they were made
	// claim by claim, but with d.Findings grown once to hold them
	// (counted above as the claims were made: see y2Findings).
	d.Findings = y2Findings(d, d.Claims[claimsFrom:], nf, d.Findings)
	if len(d.Findings) > had {
		// Appended straight to d.Findings, after those of earlier stages,
		// as a list of this stage's own appended there would be.
		sortFindings(d.Findings, had)
	}
	for _, name := range Resources {
		d.Resources = append(d.Resources, doc.Resource{Name: name, Digest: digests[name]})
	}
}

// findingStart orders findings by where they start.
func findingStart(a, b doc.Finding) int { return cmp.Compare(a.Span.Start, b.Span.Start) }

// sortFindings sorts fs stably by start, as slices.SortStableFunc does
// (a stable sort has one answer), where fs[:had] are the findings of
// earlier stages and fs[had:] this stage's. Both lists nearly always
// come in order already (this stage's are made sentence by sentence),
// and then they are merged in one pass, ties taken from the first list
// first as the stable sort keeps them, rather than sorted anew: the
// stable sort's insertion and rotations move these 72-byte values many
// times over. Either list out of order is left to the stable sort.
func sortFindings(fs []doc.Finding, had int) {
	if !slices.IsSortedFunc(fs[:had], findingStart) || !slices.IsSortedFunc(fs[had:], findingStart) {
		slices.SortStableFunc(fs, findingStart)
		return
	}
	if had == 0 || had == len(fs) || findingStart(fs[had-1], fs[had]) <= 0 {
		return // the two lists are in order one after the other
	}
	// The findings of the first list that start no later than the
	// second's first stay where they are; the rest are set aside and
	// merged with the second list into the room from there on.
	from := sort.Search(had, func(i int) bool { return findingStart(fs[i], fs[had]) > 0 })
	first := slices.Clone(fs[from:had])
	i, j, k := 0, had, from
	for i < len(first) && j < len(fs) {
		if findingStart(fs[j], first[i]) < 0 {
			fs[k] = fs[j]
			j++
		} else {
			fs[k] = first[i]
			i++
		}
		k++
	}
	copy(fs[k:], first[i:]) // when the second list ran out; else k == j and its rest is in place
}

// MaxWords is the most tokens a sentence may have for the claim stage
// to read it. Real sentences stay far below it (a long one has a hundred
// words); text with no sentence ends, such as a megabyte of words or of
// numbers, would otherwise hold a word list many times its size. A
// longer sentence gets no claim and a CodeSentenceTooLong diagnostic.
const MaxWords = 2000

// CodeSentenceTooLong marks a sentence the claim stage did not read
// because it has more than MaxWords tokens.
const CodeSentenceTooLong doc.Code = "sentence-too-long"

// A reader reads sentences' words in order, passing over the tokens
// once, into buffers it reuses from one sentence to the next.
type reader struct {
	d        *doc.Document
	next     int        // the first token not yet passed
	ws       []word     // the words of the sentence read last
	all      forms      // their forms (see forms)
	part     forms      // the forms of a clause of theirs (see forms)
	alt      []string   // the comparison forms of those not plain, by index (see forms)
	masked   []bool     // for cues: words set phrases took; false from maskedTo on
	maskedTo int        // the end of the words matchCues masked last
	lower    []byte     // lower-cased words, made a string once per sentence
	sel      []int32    // the indexes in ws of the words the passes after read look at (see selFlags)
	fix      []int      // indexes in ws of the words whose norm is in lower
	cues     []cueMatch // for cues: the cues found in the words
	vagueAt  []int32    // for vagueSpansOf: the words matchCues passed that start a vague phrase, by index in its part
	parts    []int      // for clauses: the first words of the clauses
	facts    facts      // for analyse: what the words of the part read last show
	pool     stringPool // for worth: the claims' reasons
	reasons  reasonBuf  // for worth: the text of the claims' reasons
	ints     intPool    // for support: the claims' lists of citations, quotations and sources
	cueLists cuePool    // for cues: the claims' lists of hedges and boosters
	// quotedReasons are the reasons analyse gives a quoted claim, by
	// speaker.
	quotedReasons map[string]string
	// lastWho and lastQuoted are the speaker and reason made or found
	// last.
	lastWho, lastQuoted string
	// colon says a token of the sentence read last is a semicolon or a
	// colon: without one no clause is set off (see clauses).
	colon bool
	// question says a token of the sentence read last is a question
	// mark: without one it asks nothing (see asks).
	question bool
	// colons are, for each such token, the index in ws of the word
	// after it: the gaps clauses would find the marks in (see
	// clausesAt).
	colons []int32
}

// read reads the words of sentence si, which must come after the last
// one read. It reports false, reading nothing, for a sentence of more
// than MaxWords tokens.
//
// The words are written in place in buffers with room for a word of
// each token of the longest sentence read (not appended one by one),
// by fastWords for nearly every token; the rest, words in a citation's
// stretch, words not plain and the like, are read here.
func (r *reader) read(si int) bool {
	d, s := r.d, &r.d.Sentences[si]
	toks, end := d.Tokens, s.End
	tok := r.next
	for tok < len(toks) && int(toks[tok].Start) < s.Start {
		tok++
	}
	first := tok
	r.alt, r.lower, r.fix = r.alt[:0], r.lower[:0], r.fix[:0]
	r.colon, r.colons, r.question = false, r.colons[:0], false
	// The sentence's tokens, and one more where it has more than
	// MaxWords: the loop below stops at its end. The words' arrays are
	// made only as long as that, where they were made MaxWords long,
	// a whole text for a short article (its 700 tokens, some 11 KB,
	// allocated for each article of a corpus and read only to its
	// first sentence's end).
	sent := toks[first:min(len(toks), first+MaxWords+1)]
	in := 0
	for in < len(sent) && int(sent[in].End) <= end {
		in++ // the loop below stops at the first token past the end
	}
	sent = sent[:min(len(sent), in+1)]
	ws := slices.Grow(r.ws[:0], len(sent))[:len(sent)]
	sel := slices.Grow(r.sel[:0], len(sent))[:len(sent)]
	// Only a token that overlaps the stretch from the sentence's first
	// citation to its last can lie in one (see inCitation): the others,
	// nearly all the tokens of a sentence with a marker, are not asked
	// about each citation in turn.
	citeFrom, citeTo := citedStretch(d, s)
	// What d.LowerOf asks of the document at each token, asked once: a
	// Plain token's form is lowText at its span when the segmenter made
	// the lower-case text.
	text, lowText := d.Text, d.LowerText
	haveLow := len(lowText) == len(text)
	n, m := 0, 0 // the words and selected words written
	// fastWords stops at the sentence's end, before the stretch of the
	// citations and before the text's last sixteen bytes; past the
	// stretch, only at the others.
	last := min(len(lowText)-15, end+1)
	stop := min(citeFrom, last)
	k := 0
	for ; k < len(sent); k++ {
		if haveLow {
			var j int
			if j, n, m = fastWords(sent[k:], text, lowText, stop, ws, sel, n, m); k+j == len(sent) {
				k = len(sent)
				break
			}
			k += j
		}
		// A token fastWords does not read: one past the sentence's end,
		// a word in the stretch of the citations or after it, one not
		// plain, or one of more than sixteen bytes.
		t := &sent[k]
		if int(t.End) > end {
			break
		}
		if int(t.Start) > citeTo {
			stop = last
		}
		if t.Kind == doc.TokenPunct {
			switch text[t.Start] {
			case ';', ':':
				r.colon = true
				r.colons = append(r.colons, int32(n))
			case '?':
				r.question = true
			}
			continue
		}
		if int(t.End) >= citeFrom && int(t.Start) <= citeTo && inCitation(d, s, t.Span()) {
			continue
		}
		if t.Plain && haveLow && t.End > t.Start {
			ws[n] = plainWord(*t, text, lowText)
		} else {
			ws[n] = r.oddWord(*t, n)
		}
		// Selected as fastWords selects a plain word; any other always
		// is (see oddWord), and, its flags not known until the sentence
		// is read, may select the word before it.
		w := &ws[n]
		if !w.plain() || w.flags&inPhrase != 0 {
			m = selectBefore(ws, sel, n, m)
		}
		sel[m] = int32(n)
		if !w.plain() || w.flags&selects != 0 || w.class&(classNumber|classCap) != 0 {
			m++
		}
		n++
	}
	tok = first + k
	if k > MaxWords {
		// One token more than MaxWords: the sentence is not read.
		for tok < len(toks) && int(toks[tok].End) <= end {
			tok++
		}
		r.next = tok
		r.ws, r.sel, r.alt, r.lower, r.fix = ws[:0], sel[:0], r.alt[:0], r.lower[:0], r.fix[:0]
		r.all = forms{}
		return false
	}
	r.next = tok
	r.ws, r.sel = ws[:n], sel[:m]
	r.alt = upTo(r.alt, n)
	r.all = forms{ws: r.ws, alt: r.alt, low: d.LowerText}
	if len(r.fix) > 0 {
		low := string(r.lower)
		for k := 0; k < len(r.fix); k += 3 {
			i := r.fix[k]
			f := low[r.fix[k+1]:r.fix[k+2]]
			r.alt[i] = f
			if e, ok := lexOf(f); ok {
				r.ws[i].flags, r.ws[i].lex = e.flags, e.idx
			}
		}
	}
	return true
}

// plainWord returns the word of the plain token t, which fastWords
// leaves to read: one in the stretch of the citations, or of more than
// sixteen bytes, or among the text's last sixteen bytes.
func plainWord(t doc.Token, text, low string) word {
	c := text[t.Start]
	wd := word{Start: t.Start, End: t.End, class: firstClass[c] | kindClass[t.Kind&3] | classPlain}
	if e, ok := lexAt(low, int(t.Start), int(t.End)); ok {
		wd.flags, wd.lex = e.flags, e.idx
	}
	return wd
}

// oddWord returns the word of token t, the nth of its sentence, when
// it is not plain (or the segmenter made no lower-case text): its form
// is made here and kept in r.alt (or, for a word normCase says to
// copy, recorded in r.fix and made once the sentence is read). Such a
// word is always selected: its flags may be known only after the
// sentence is read, and it may be a contraction ("we'll").
func (r *reader) oddWord(t doc.Token, n int) word {
	wd := word{Start: t.Start, End: t.End, class: kindClass[t.Kind&3]}
	w := r.d.Text[t.Start:t.End]
	if w != "" && w[0] < utf8.RuneSelf { // most words: no decoding
		wd.class |= firstClass[w[0]]
	} else {
		c, _ := utf8.DecodeRuneInString(w)
		if unicode.IsDigit(c) {
			wd.class |= classNumber
		}
		if unicode.IsUpper(c) {
			wd.class |= classCap
		}
	}
	norm := w
	switch normCase(w) {
	case normCopy:
		// Normalised into one buffer for the sentence, so that the
		// capitalised words and those with a curly apostrophe
		// ("town’s") cost one allocation between them; looked up
		// once that is made.
		from := len(r.lower)
		r.lower = appendNorm(r.lower, w)
		r.fix = append(r.fix, n, from, len(r.lower))
	case normOther:
		norm = normWord(w)
		fallthrough
	default: // normSame: w itself
		if e, ok := lexOf(norm); ok {
			wd.flags, wd.lex = e.flags, e.idx
		}
	}
	r.alt = upTo(r.alt, n+1)
	r.alt[n] = norm
	return wd
}

// upTo returns xs at length n (no shorter than it is), the entries it
// gains unset or stale: the places of plain words in reader.alt, which
// nothing reads.
func upTo(xs []string, n int) []string {
	if n <= cap(xs) {
		return xs[:n]
	}
	return slices.Grow(xs, n-len(xs))[:n]
}

// forms returns the forms of words lo to hi of the sentence read last:
// for the whole sentence, most parts asked about, those read made once
// (r.all); for a clause, made in r.part, which the next call reuses.
func (r *reader) forms(lo, hi int) *forms {
	if lo == 0 && hi == len(r.ws) {
		return &r.all
	}
	r.part = forms{ws: r.ws[lo:hi], alt: r.alt[lo:hi], low: r.d.LowerText}
	return &r.part
}

// selFlags are the flags that put a plain word in reader.sel: those
// cues, vagueSpans and features act on. A plain word with none of them,
// no number and no capital, most words, is one each of those passes
// would pass over at once; they read the selected words alone, and the
// others only as the neighbours of those. A word that waits for the
// next (waitsForNext) is selected only before a word that may stand in
// one of its phrases (see selects).
const selFlags = startsFormula | startsHedge | startsBooster | startsVague | featureFlags

// partSel returns the selected words (reader.sel) of words lo to hi.
// The whole sentence, most parts, is all of them; a clause's are found
// by search.
func (r *reader) partSel(lo, hi int) []int32 {
	if lo == 0 && hi == len(r.ws) {
		return r.sel
	}
	a := sort.Search(len(r.sel), func(k int) bool { return int(r.sel[k]) >= lo })
	b := sort.Search(len(r.sel), func(k int) bool { return int(r.sel[k]) >= hi })
	return r.sel[a:b]
}

// pass passes over the tokens of sentence si, which must come after the
// last one read, as read does but reading no words. It reports false
// for a sentence of more than MaxWords tokens, as read does.
func (r *reader) pass(si int) bool {
	d, s := r.d, &r.d.Sentences[si]
	tok := r.next
	for tok < len(d.Tokens) && int(d.Tokens[tok].Start) < s.Start {
		tok++
	}
	first := tok
	for tok < len(d.Tokens) && int(d.Tokens[tok].End) <= s.End {
		tok++
	}
	r.next = tok
	r.ws, r.alt, r.lower, r.fix, r.sel = r.ws[:0], r.alt[:0], r.lower[:0], r.fix[:0], r.sel[:0]
	r.all = forms{}
	return tok-first <= MaxWords
}

// How normWord's form of a word can be had (see normCase).
const (
	normSame  = iota // the word itself: lower-case ASCII
	normCopy         // byte by byte, by appendNorm
	normOther        // only by normWord: other non-ASCII letters
)

// normCase says how w's normWord form can be had: w is lower-case ASCII
// already; or ASCII but for curly apostrophes, with a capital letter or
// such an apostrophe, so that appendNorm makes the form; or neither.
func normCase(w string) int {
	c := normSame
	for i := 0; i < len(w); i++ {
		switch b := w[i]; {
		case b >= utf8.RuneSelf:
			if !strings.HasPrefix(w[i:], "’") {
				return normOther
			}
			c = normCopy
			i += len("’") - 1
		case 'A' <= b && b <= 'Z':
			c = normCopy
		}
	}
	return c
}

// appendNorm appends normWord(w) to buf, for a word that normCase says
// is normCopy: ASCII lower-cased, curly apostrophes straightened.
func appendNorm(buf []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		b := w[i]
		switch {
		case b >= utf8.RuneSelf: // a curly apostrophe, as normCase saw
			b = '\''
			i += len("’") - 1
		case 'A' <= b && b <= 'Z':
			b += 'a' - 'A'
		}
		buf = append(buf, b)
	}
	return buf
}

// Cues returns the hedges and boosters of every sentence of d, claim or
// not, in order: what the claim stage would find, for evaluation against
// hedge-cue annotations. d needs its sentences and tokens.
func Cues(d *doc.Document) (hedges, boosters []doc.Cue) {
	r := &reader{d: d}
	for si := range d.Sentences {
		if !r.read(si) {
			continue
		}
		var c doc.Claim
		cues(d, r, r.forms(0, len(r.ws)), r.sel, 0, &c)
		hedges = append(hedges, c.Hedges...)
		boosters = append(boosters, c.Boosters...)
	}
	return hedges, boosters
}

// citedStretch returns the least start and greatest end of the
// citations of sentence s that inCitation counts (not links); an empty
// stretch (from > to) when there is none. A span that one of them
// contains has from <= its start and its end <= to.
func citedStretch(d *doc.Document, s *doc.Sentence) (from, to int) {
	from, to = math.MaxInt, math.MinInt
	for _, c := range s.Citations {
		if cs := &d.Citations[c]; cs.Kind != doc.CiteLink {
			from, to = min(from, cs.Start), max(to, cs.End)
		}
	}
	return from, to
}

// inCitation reports whether span t of sentence s lies in one of its
// citations: the "A" of "[A]" is no word of the sentence.
func inCitation(d *doc.Document, s *doc.Sentence, t doc.Span) bool {
	for _, c := range s.Citations {
		if cs := d.Citations[c].Span; cs.Contains(t) && d.Citations[c].Kind != doc.CiteLink {
			return true
		}
	}
	return false
}

// claimParagraph reports whether sentences of paragraph p can be claims:
// titles, bylines, headings, code and notes are not. A subtitle (a
// standfirst) is: it usually states the article's case.
func claimParagraph(d *doc.Document, p int) bool {
	if p < 0 || p >= len(d.Paragraphs) {
		return true
	}
	switch d.Paragraphs[p].Kind {
	case doc.BlockTitle, doc.BlockByline, doc.BlockDate, doc.BlockHeading, doc.BlockCode, doc.BlockFootnote:
		return false
	}
	return true
}

// greetings open sentences that greet, thank or sign off.
var greetings = map[string]bool{"dear": true, "hello": true, "hi": true, "thanks": true, "greetings": true,
	"regards": true, "cheers": true, "sincerely": true, "welcome": true, "goodbye": true}

// makesClaim reports whether a sentence of these words says anything: a
// fragment of one or two words ("It began:") or a greeting does not.
func makesClaim(r *reader) bool {
	if len(r.ws) < 3 {
		return false
	}
	if len(r.ws) >= 6 { // most sentences
		return true
	}
	f := r.forms(0, len(r.ws))
	return !greetings[f.at(0)]
}

// claimsOf appends to out the claims of sentence si, whose words r
// holds: one for the sentence, or one for each of its clauses where
// clauses set off by a semicolon or colon make claims of different types
// ("This would have failed anyway: but it is a fact that …").
//
// Each claim is made in its place in out (see analyse), not made
// elsewhere and copied there: a claim is some 200 bytes.
func claimsOf(d *doc.Document, x *index, si int, r *reader, out []doc.Claim) []doc.Claim {
	n := len(out) // out[n] is the whole sentence's claim; the clauses' follow it
	s := &d.Sentences[si]
	out = append(out, doc.Claim{})
	analyse(d, x, si, r, 0, len(r.ws), s.Span, true, &out[n])
	var parts []int
	if r.colon {
		// A semicolon or colon between two words is a token of the
		// sentence: with none, there is no clause to find (and no
		// search of its bytes for one).
		parts = clausesAt(r.ws, r.colons, &r.parts)
	}
	if len(parts) < 2 {
		return out
	}
	// The clauses' types are found first, and their claims made only
	// when the types differ: most sentences with clauses make one kind
	// of claim throughout, and the whole sentence's claim stands. A
	// type is what cues's matches, features and asks give kind; the
	// rest of a claim (its scopes, worth, reasons and support) would be
	// made for nothing.
	mixed := false
	var first doc.ClaimType
	for k, lo := range parts {
		hi, span := clausePart(r, s, parts, k)
		t := clauseType(d, x, r, lo, hi, span, k+1 == len(parts))
		if k == 0 {
			first = t
		}
		if mixed = t != first; mixed {
			break
		}
	}
	if !mixed {
		return out
	}
	// The clauses' claims take the whole sentence's place.
	out[n] = doc.Claim{}
	out = out[:n]
	for k, lo := range parts {
		hi, span := clausePart(r, s, parts, k)
		out = append(out, doc.Claim{})
		analyse(d, x, si, r, lo, hi, span, k+1 == len(parts), &out[len(out)-1])
	}
	return out
}

// clausePart returns the end (hi) and span of the kth clause of
// sentence s, whose first words are parts.
func clausePart(r *reader, s *doc.Sentence, parts []int, k int) (int, doc.Span) {
	hi, end := len(r.ws), s.End
	if k+1 < len(parts) {
		hi = parts[k+1]
		end = int(r.ws[hi-1].End)
	}
	return hi, doc.Span{Start: int(r.ws[parts[k]].Start), End: end}
}

// clauseType returns the type analyse would give the claim of words lo
// to hi, which span the given part of the sentence; last says whether
// the part ends it.
func clauseType(d *doc.Document, x *index, r *reader, lo, hi int, span doc.Span, last bool) doc.ClaimType {
	nf := r.forms(lo, hi)
	sel := r.partSel(lo, hi)
	masked, _ := matchCues(r, nf, sel, lo)
	f := &r.facts
	features(f, d.Text, nf, sel, lo, masked, len(x.mentionsIn(span)))
	f.question = last && r.question && asks(d.Slice(span))
	return f.kind()
}

// minClause is the fewest words a clause needs to be a claim of its own.
const minClause = 4

// clausesAt returns the index of the first word of each clause of ws
// that a semicolon or colon sets off, each of at least minClause words;
// nil when the sentence is one clause. The list is made in *buf, which
// the next call reuses. The marks are tokens of the sentence, before
// the words colons gives (see reader.colons), found as the sentence was
// read, not by searching its bytes and visiting each gap. TestClausesAt
// holds it to clauses, that byte search, kept in the test.
func clausesAt(ws []word, colons []int32, buf *[]int) []int {
	if len(ws) < 2*minClause {
		return nil // no gap with minClause words on either side
	}
	var parts []int // nil until a second clause is found
	prev := 0
	for _, c := range colons { // in order: a gap's marks one after another
		if i := int(c); i >= minClause && i <= len(ws)-minClause && i-prev >= minClause {
			if parts == nil {
				parts = append((*buf)[:0], 0)
			}
			parts = append(parts, i)
			prev = i
		}
	}
	if parts != nil {
		*buf = parts
	}
	return parts
}

// analyse makes c, which must be zero, the claim of words lo to hi of
// sentence si, which span the given part of it; last says whether the
// part ends the sentence.
func analyse(d *doc.Document, x *index, si int, r *reader, lo, hi int, span doc.Span, last bool, c *doc.Claim) {
	nf := r.forms(lo, hi)
	ws := nf.ws
	c.Span, c.Sentence = span, si
	c.Quoted = x.quotedBy(d, doc.Span{Start: int(ws[0].Start), End: int(ws[len(ws)-1].End)})
	sel := r.partSel(lo, hi)
	masked := cues(d, r, nf, sel, lo, c)
	// The source mentions in the part, found once for the three readers
	// below, in a buffer of x that the next part reuses.
	mentions := x.mentionsIn(span)
	// The words that start a vague phrase, as matchCues (in cues above)
	// noted them among the same words.
	c.Vague = vagueSpansOf(d, mentions, nf, r.vagueAt)
	f := &r.facts
	features(f, d.Text, nf, sel, lo, masked, len(mentions))
	f.question = last && r.question && asks(d.Slice(span))
	c.Type = f.kind()
	quoted := ""
	if c.Quoted >= 0 {
		who := "the quoted speaker"
		if name := d.Quotes[c.Quoted].Speaker.Name; name != "" {
			who = name
		}
		// Made once for each speaker, not once for each claim quoting
		// them: an article's quotations alternate between a few
		// speakers. The last speaker's is at hand without the map: a
		// quotation's sentences come one after another.
		if who == r.lastWho && r.lastQuoted != "" {
			quoted = r.lastQuoted
		} else {
			if quoted = r.quotedReasons[who]; quoted == "" {
				if r.quotedReasons == nil {
					r.quotedReasons = map[string]string{}
				}
				quoted = "quoted: " + who + "'s words, reported by the author"
				r.quotedReasons[who] = quoted
			}
			r.lastWho, r.lastQuoted = who, quoted
		}
	}
	c.CheckWorthy, c.Reasons = worth(d, c, f, quoted, &r.pool, &r.reasons)
	support(d, x, si, nf, mentions, c, f, last, r.colon, &r.ints)
}

// cues finds the hedges and boosters among ws and returns which words
// set phrases took, so that "would like" is neither a hedge nor a modal
// (see matchCues).
func cues(d *doc.Document, r *reader, nf *forms, sel []int32, lo int, c *doc.Claim) []bool {
	ws := nf.ws
	masked, ms := matchCues(r, nf, sel, lo)
	if len(ms) == 0 {
		return masked
	}
	// The clause a cue is in is found from the cue itself, by walking to
	// the breaks on either side, not for every word of the part: the
	// cues are in order and do not overlap, so that the walks forward
	// pass over each word once (a clause's end, once found, serves every
	// cue before it), and a walk back is made only for a cue that ends
	// its clause, one a clause at most. TestCueScopes holds the scopes
	// to those of marking every word's clause.
	clauseEnd := -1 // the last word of the clause found last
	for _, m := range ms {
		// The scope runs from the cue to the end of its clause, or, for
		// a cue that ends its clause ("…, maybe."), over the clause.
		last := m.i + m.n - 1
		if last > clauseEnd {
			clauseEnd = last
			// breaksBefore, its test of a one-space gap, most gaps,
			// written out in the walk: a call for each word the walk
			// passes cost more than the test.
			for clauseEnd+1 < len(ws) {
				if j := clauseEnd + 1; !(ws[j].Start == ws[j-1].End+1 && d.Text[ws[j-1].End] == ' ') && clauseBreak(d, ws, j) {
					break
				}
				clauseEnd++
			}
		}
		from, to := m.i, clauseEnd
		if to == last {
			for from > 0 && !breaksBefore(d, ws, from) {
				from--
			}
		}
		cue := doc.Cue{Span: doc.Span{Start: int(ws[m.i].Start), End: int(ws[last].End)},
			Scope: doc.Span{Start: int(ws[from].Start), End: int(ws[to].End)}, Strength: m.p.strength}
		if m.booster {
			c.Boosters = r.cueLists.append(c.Boosters, cue)
		} else {
			c.Hedges = r.cueLists.append(c.Hedges, cue)
		}
	}
	return masked
}

// matchCues finds the hedge and booster phrases among the words of nf
// and returns them, in order, and which words set phrases (formulas)
// took (nil when none did): cues's matching, without the scopes, which
// a clause's type (see clauseType) does not need. Both lists are
// buffers of r that the next call reuses.
//
// It reads the words of sel, less lo (see reader.sel), those that can
// start a phrase among them; next is the first word a match has not
// taken.
func matchCues(r *reader, nf *forms, sel []int32, lo int) ([]bool, []cueMatch) {
	ws := nf.ws
	// r.masked is all false but for the words the last call masked,
	// which are cleared here: most sentences have no formula, and their
	// list is nil, with no buffer cleared for them.
	clear(r.masked[:r.maskedTo])
	r.maskedTo = 0
	var masked []bool
	ms := r.cues[:0]
	next := 0
	const starts = startsFormula | startsHedge | startsBooster
	// The words that start a vague phrase are noted on the way, for
	// vagueSpansOf (see reader.vagueAt): its own pass over sel for them
	// read the flags of every selected word a second time.
	vagueAt := r.vagueAt[:0]
	for p := nextFlagged(ws, sel, lo, 0, starts|startsVague); p < len(sel); p = nextFlagged(ws, sel, lo, p+1, starts|startsVague) {
		i := int(sel[p]) - lo
		if ws[i].flags&startsVague != 0 {
			vagueAt = append(vagueAt, int32(i))
		}
		if i < next || ws[i].flags&starts == 0 {
			continue
		}
		// A word whose phrases all need a second word of theirs, before
		// a word in none (see needsNextCue), most such as "it" and "in",
		// starts none: what mayStart would answer for each lexicon,
		// asked of the two words' flags alone.
		if ws[i].flags&needsNextCue != 0 && (i+1 == len(ws) || ws[i+1].flags&inPhrase == 0) {
			continue
		}
		// Each lexicon is looked up only when the word starts one of its
		// phrases: a word that starts none would find no phrase there.
		var after *word // the next word, if any
		if i+1 < len(ws) {
			after = &ws[i+1]
		}
		nx := &phrasesNext[ws[i].lex]
		if ws[i].flags&startsFormula != 0 {
			if n, _ := longestIn(nx[lexFormula].of(after), nf, i, false); n > 0 {
				if masked == nil {
					r.masked = slices.Grow(r.masked[:0], len(ws))[:len(ws)]
					masked = r.masked
				}
				r.maskedTo = i + n
				for k := i; k < i+n; k++ {
					masked[k] = true
				}
				next = i + n
				continue
			}
		}
		// "may" is a month name: the flag is asked before the string.
		if ws[i].flags&isMonth != 0 && nf.at(i) == "may" && (i > 0 && ws[i-1].number() || i+1 < len(ws) && ws[i+1].number()) {
			continue // the month: 14 May 2018
		}
		var nh, nb int
		var h, b *phrase
		// Only the phrases that can match before the next word are
		// tried (see nextPhrases): none, most often, where a phrase
		// needs a next word of its own and the next word is none.
		if ws[i].flags&startsHedge != 0 {
			if ps := nx[lexHedge].of(after); ps != nil {
				nh, h = longestIn(ps, nf, i, false)
			}
		}
		if ws[i].flags&startsBooster != 0 {
			if ps := nx[lexBooster].of(after); ps != nil {
				nb, b = longestIn(ps, nf, i, false)
			}
		}
		switch {
		case nh == 0 && nb == 0:
		case nb > nh:
			ms = append(ms, cueMatch{i, nb, b, true})
			next = i + nb
		default:
			ms = append(ms, cueMatch{i, nh, h, false})
			next = i + nh
		}
	}
	r.cues = ms // its room kept for the next part's cues
	r.vagueAt = vagueAt
	return masked, ms
}

// nextFlagged returns the first p from p on for which word sel[p]-lo of
// ws has one of the flags fs, or len(sel). cues and vagueSpans pass over
// most of the selected words (those selected for features) in this
// short loop of its own, which touches nothing but sel and the words'
// flags, rather than in the turns of their own loops.
func nextFlagged(ws []word, sel []int32, lo, p int, fs flags) int {
	for ; p < len(sel); p++ {
		if ws[int(sel[p])-lo].flags&fs != 0 {
			return p
		}
	}
	return p
}

// breaksBefore reports whether a clause ends between words j-1 and j
// (j > 0): clauseBreak, with one space between the words, most gaps,
// answered without the call.
func breaksBefore(d *doc.Document, ws []word, j int) bool {
	if ws[j].Start == ws[j-1].End+1 && d.Text[ws[j-1].End] == ' ' {
		return false
	}
	return clauseBreak(d, ws, j)
}

// A cueMatch is a hedge or booster phrase found at word i, n words long.
type cueMatch struct {
	i, n    int
	p       *phrase
	booster bool
}

// clauseJoiners start a new clause after a comma.
var clauseJoiners = map[string]bool{"but": true, "whereas": true, "while": true, "although": true, "though": true,
	"yet": true, "which": true, "who": true, "because": true, "since": true, "so": true}

// clauseBreak reports whether a clause ends between word j-1 and word j:
// at a semicolon, colon, dash or bracket, or at a comma before "but",
// "which" and the like.
func clauseBreak(d *doc.Document, ws []word, j int) bool {
	gap := d.Text[ws[j-1].End:ws[j].Start]
	if gap == " " {
		return false // the gap between most words: no mark in it
	}
	if gap == ", " {
		// The next commonest, which holds none of the marks below.
		return ws[j].flags&isJoiner != 0
	}
	mark, comma := gapMarks(gap)
	return mark || comma && ws[j].flags&isJoiner != 0
}

// gapMarks reports whether gap holds a mark that ends a clause, one of
// ";:()–—[]" or " - ", and whether it holds a comma: what
// strings.ContainsAny(gap, ";:()–—[]") || strings.Contains(gap, " - ")
// and strings.Contains(gap, ",") answer, in one pass over its bytes
// (ContainsAny, its set not ASCII, looked each rune of the gap up in
// the set). comma is left false when a mark is found. TestGapMarks
// holds it to the library's answers.
func gapMarks(gap string) (mark, comma bool) {
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case ';', ':', '(', ')', '[', ']':
			return true, false
		case ',':
			comma = true
		case '-':
			if i > 0 && gap[i-1] == ' ' && i+1 < len(gap) && gap[i+1] == ' ' {
				return true, false
			}
		case 0xE2: // "–" is E2 80 93 in UTF-8, "—" E2 80 94
			if i+2 < len(gap) && gap[i+1] == 0x80 && (gap[i+2] == 0x93 || gap[i+2] == 0x94) {
				return true, false
			}
		}
	}
	return false, comma
}

// vagueSpans returns the attributions that name no one: phrases of
// vague.txt, and the mentions (those in the part ws are words of) of
// sources the sources stage found vague. It reads the words of sel,
// less lo, as cues does.
func vagueSpans(d *doc.Document, mentions []mention, nf *forms, sel []int32, lo int) []doc.Span {
	var at []int32
	for p := nextFlagged(nf.ws, sel, lo, 0, startsVague); p < len(sel); p = nextFlagged(nf.ws, sel, lo, p+1, startsVague) {
		at = append(at, sel[p]-int32(lo))
	}
	return vagueSpansOf(d, mentions, nf, at)
}

// vagueSpansOf is vagueSpans given the indexes in nf's words of those
// among sel that start a vague phrase (startsVague), in order: what
// matchCues notes for the same words (reader.vagueAt), which analyse
// hands it.
func vagueSpansOf(d *doc.Document, mentions []mention, nf *forms, at []int32) []doc.Span {
	ws := nf.ws
	var out []doc.Span
	next := 0 // the first word a phrase found has not taken
	for _, k := range at {
		i := int(k)
		if i < next {
			continue
		}
		var after *word // the next word, if any
		if i+1 < len(ws) {
			after = &ws[i+1]
		}
		ps := phrasesNext[ws[i].lex][lexVague].of(after)
		if ps == nil {
			continue // "some" before a word of none of its phrases
		}
		if n, _ := longestIn(ps, nf, i, false); n > 0 {
			out = append(out, doc.Span{Start: int(ws[i].Start), End: int(ws[i+n-1].End)})
			next = i + n
		}
	}
	for _, m := range mentions {
		if d.Sources[m.source].Vague && !overlapsAny(out, m.Span) {
			out = append(out, m.Span)
		}
	}
	if len(out) > 1 {
		sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	}
	return out
}

func overlapsAny(ss []doc.Span, t doc.Span) bool {
	for _, s := range ss {
		if s.Start < t.End && t.Start < s.End {
			return true
		}
	}
	return false
}

// asks reports whether a sentence ends in a question mark, before any
// closing marks, brackets and citation markers.
//
// The closing marks most sentences end in (white space, an ASCII quote
// or bracket, ” or ’) are trimmed here byte by byte, and a citation
// marker ("[1]", one sentence in seven of a cited article) is cut where
// asksLoop would cut it, its '[' among the last twelve bytes; when what
// is left ends in other ASCII, that is the mark asksLoop would read,
// without its rune-by-rune trim. Anything else goes to asksLoop, with
// what is left of s: the trim and cut made here are the ones its turns
// would make (TestAsks holds the two to the same answers).
func asks(s string) bool {
	n := len(s)
	for n > 0 {
		c := s[n-1]
		if c < utf8.RuneSelf {
			if closing(rune(c)) {
				n--
				continue
			}
			if c != ']' {
				return c == '?'
			}
			// A marker: cut at its '[', as asksLoop does; a ']' with
			// none near is no marker, and the sentence ends in it.
			from := max(n-12, 0)
			i := strings.LastIndexByte(s[from:n], '[')
			if i < 0 {
				return false
			}
			n = from + i
			continue
		}
		if n >= 3 && (s[n-3:n] == "”" || s[n-3:n] == "’") {
			n -= 3
			continue
		}
		return asksLoop(s[:n])
	}
	return false
}

// asksLoop is asks for any sentence: closing marks and citation markers
// are trimmed from the end, in turn, until neither is left.
func asksLoop(s string) bool {
	for {
		t := strings.TrimRightFunc(s, closing)
		// A marker's '[' is among the last 12 bytes: searching them alone
		// finds it, or finds that the last '[' is too far back.
		from := max(len(t)-12, 0)
		if i := strings.LastIndexByte(t[from:], '['); i >= 0 && strings.HasSuffix(t, "]") {
			t = t[:from+i] // a marker: [A], [12]
		}
		if t == s {
			return strings.HasSuffix(s, "?")
		}
		s = t
	}
}

// closing reports whether r is trimmed from a sentence's end before its
// mark is read: white space, a closing quotation mark or bracket. ASCII,
// most of them, is answered without the Unicode tables (no ASCII
// character is in Pf).
func closing(r rune) bool {
	if r < utf8.RuneSelf {
		switch r {
		case ' ', '\t', '\n', '\v', '\f', '\r', ')', '"', '\'':
			return true
		}
		return false
	}
	return unicode.IsSpace(r) || unicode.Is(unicode.Pf, r) || r == '’'
}

// facts is what a sentence's words show about it.
type facts struct {
	question, counterfactual, normative, prediction bool
	numbers                                         []string // the first few numbers and dates
	entities                                        []string // the first few names
	sweeping                                        []string // "always", "everyone"
	evaluative                                      []string // "a grand success"
	firstPerson                                     bool     // "I find", "I think": the author's opinion
	attributes                                      bool     // "said", "according to", "memoirs"
}

// monthNames make a date of the word after or before them.
var monthNames = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true, "december": true}

// firstPersonViews are the verbs of "I think", "I find it …".
var firstPersonViews = map[string]bool{"think": true, "believe": true, "find": true, "feel": true, "suspect": true,
	"doubt": true, "reckon": true, "suppose": true, "guess": true, "consider": true}

// notNames are capitalised words that name no one: pronouns and the like.
var notNames = map[string]bool{"i": true, "i'm": true, "i've": true, "i'd": true, "i'll": true}

// features sets f to what the words show. f's slices are reused: their
// contents are only read (and copied into reasons) before the next call.
//
// It reads the words of sel, less lo (see reader.sel): a plain word
// with no flag of featureFlags, no number and no capital meets none of
// its tests.
func features(f *facts, text string, nf *forms, sel []int32, lo int, masked []bool, sourceWords int) {
	ws := nf.ws
	f.question, f.counterfactual, f.normative, f.prediction, f.firstPerson, f.attributes = false, false, false, false, false, false
	f.numbers, f.entities, f.sweeping, f.evaluative = f.numbers[:0], f.entities[:0], f.sweeping[:0], f.evaluative[:0]
	// The loop's findings so far, kept in memory (v's address is
	// taken) rather than in registers: set for few words, they were
	// saved and restored around each call the loop makes.
	v := &struct{ modal, modalPerfect, ifHad, ifAny, without, sawIf bool }{}
	for _, k := range sel {
		i := int(k) - lo
		if masked != nil && masked[i] {
			continue
		}
		w := &ws[i] // not a copy of each word
		if w.flags&isGrammar != 0 {
			// The grammar words, told apart by their codes: each case
			// is one of the word list's, tested in the order the cases
			// were when they compared the word's form ("had" after "if"
			// is a conditional's, else at the start a "had I known").
			switch grammarCodes[w.lex] {
			case gramModal: // word i is not masked
				v.modal = true
				if has(nf, masked, i+1, "have", "not") || has(nf, masked, i+2, "have") {
					v.modalPerfect = true
				}
			case gramIf:
				v.sawIf, v.ifAny = true, true
			case gramHadNot:
				if v.sawIf {
					v.ifHad = true
				}
			case gramHad, gramWere:
				if v.sawIf {
					v.ifHad = true
				} else if i == 0 || i == 1 && has(nf, masked, 0, "even") {
					v.without = true
				}
			case gramWithout:
				if i == 0 || i == 1 && has(nf, masked, 0, "even") {
					v.without = true
				}
			case gramBut:
				if has(nf, masked, i+1, "for") {
					v.without = true
				}
			case gramShould:
				f.normative = true
			case gramMust:
				if !has(nf, masked, i+1, "have", "be") {
					f.normative = true
				}
			case gramNeed:
				if has(nf, masked, i+1, "to") {
					f.normative = true
				}
			case gramWill:
				if !has(nf, masked, i-1, "i", "we") {
					f.prediction = true
				}
			case gramFirst: // "I think"
				if i+1 < len(ws) && firstPersonViews[nf.at(i+1)] {
					f.firstPerson = true
				}
			case gramIn: // "in my view"
				if has(nf, masked, i+1, "my", "our") && has(nf, masked, i+2, "view", "opinion", "mind", "judgement", "judgment") {
					f.firstPerson = true
				}
			}
		} else if !w.plain() {
			// A contraction of "will" is no grammar word: a word with
			// an apostrophe is not plain.
			if n := nf.alt[i]; strings.HasSuffix(n, "'ll") && n != "i'll" && n != "we'll" {
				f.prediction = true
			}
		}
		if w.flags&(featureFlags&^isGrammar) != 0 || w.number() {
			// The month's flag asked before its neighbours: most words are none.
			if w.number() || w.flags&isMonth != 0 && (i+1 < len(ws) && ws[i+1].number() || i > 0 && ws[i-1].number()) && nf.at(i) != "may" {
				if len(f.numbers) < 3 {
					f.numbers = append(f.numbers, text[w.Start:w.End])
				}
			}
			if w.flags&isSweeping != 0 && !idiom(nf, i) && len(f.sweeping) < 3 {
				f.sweeping = append(f.sweeping, nf.at(i))
			}
			if w.flags&isEvaluative != 0 && len(f.evaluative) < 3 {
				f.evaluative = append(f.evaluative, nf.at(i))
			}
			if w.flags&isAttribution != 0 {
				f.attributes = true
			}
		} else if !w.capital() {
			continue // most selected words: none of the tests holds
		}
		// A capital with none of the flags above, the commonest selected
		// word, comes straight here.
		// A name: a run of capitalised words joined by spaces alone, not
		// counting the sentence's first word, which is capitalised anyway.
		if w.capital() && i > 0 && w.flags&isNotName == 0 && !(i > 1 && ws[i-1].capital() && ws[i-1].flags&isNotName == 0 && spaced(text, ws, i)) {
			j := i
			for j+1 < len(ws) && ws[j+1].capital() && ws[j+1].flags&isNotName == 0 {
				// spaced's test of one space, most gaps, written out:
				// the call cost more than the test.
				if a, b := ws[j].End, ws[j+1].Start; !(b == a+1 && text[a] == ' ') && !spacedGap(text[a:b]) {
					break
				}
				j++
			}
			if len(f.entities) < 3 {
				f.entities = append(f.entities, text[ws[i].Start:ws[j].End])
			}
		}
	}
	if sourceWords > 0 && len(f.entities) == 0 {
		f.entities = append(f.entities, "a named source")
	}
	f.counterfactual = v.modal && (v.ifHad || v.without) || v.modalPerfect && v.ifAny
}

// has reports whether word i of nf, not masked (masked is nil when no
// word is), is one of set; false for an i outside the words.
func has(nf *forms, masked []bool, i int, set ...string) bool {
	if i < 0 || i >= len(nf.ws) || masked != nil && masked[i] {
		return false
	}
	w := nf.at(i)
	for _, s := range set {
		if w == s {
			return true
		}
	}
	return false
}

// featureFlags are the flags features asks of a word; see its fast path.
const featureFlags = isGrammar | isMonth | isSweeping | isEvaluative | isAttribution

// idiom reports whether the sweeping word at i is part of a set phrase
// that sweeps nothing: "of all", "at all", "all too", "never mind".
func idiom(nf *forms, i int) bool {
	w := nf.at(i)
	if w != "all" && w != "never" {
		return false // most sweeping words: no neighbour to read
	}
	prev, next := "", ""
	if i > 0 {
		prev = nf.at(i - 1)
	}
	if i+1 < len(nf.ws) {
		next = nf.at(i + 1)
	}
	switch w {
	case "all":
		return prev == "of" || prev == "at" || prev == "above" || prev == "after" || next == "too" || next == "but" || next == "along"
	case "never":
		return next == "mind"
	}
	return false
}

// spaced reports whether only spaces stand between words i-1 and i.
//
// One space, the gap between most words, is told by the offsets and one
// byte, without slicing the gap from the text; any other gap goes to
// spacedGap.
func spaced(text string, ws []word, i int) bool {
	a, b := ws[i-1].End, ws[i].Start
	if b == a+1 && text[a] == ' ' {
		return true
	}
	return spacedGap(text[a:b])
}

// spacedGap reports whether a gap between two words is white space and
// not empty.
func spacedGap(gap string) bool {
	return gap != "" && strings.TrimSpace(gap) == ""
}

// kind types the claim: a question by its mark, a counterfactual, a norm
// or a prediction by its verbs, and otherwise evaluative or factual by
// which the words weigh more towards: judgements, or names, numbers and
// sweeping statements about the world.
func (f *facts) kind() doc.ClaimType {
	switch {
	case f.question:
		return doc.ClaimQuestion
	case f.counterfactual:
		return doc.ClaimCounterfactual
	case f.normative:
		return doc.ClaimNormative
	case f.prediction:
		return doc.ClaimPrediction
	}
	eval := 0.35 * float64(len(f.evaluative))
	if f.firstPerson {
		eval += 0.3
	}
	fact := 0.2 * float64(min(len(f.entities), 2))
	if len(f.numbers) > 0 {
		fact += 0.3
	}
	if len(f.sweeping) > 0 {
		fact += 0.15
	}
	if f.attributes {
		fact += 0.1
	}
	if eval > fact {
		return doc.ClaimEvaluative
	}
	return doc.ClaimFactual
}

// worth scores how much the claim deserves checking, in the spirit of
// ClaimBuster: checkable content (numbers, dates, names, sweeping
// generalisations, firm assertion, an unnamed source) raises it; kinds
// that cannot be checked, hedging and first-person opinion lower it.
//
// quoted is the last reason, for a quoted claim; "" for the author's.
func worth(d *doc.Document, c *doc.Claim, f *facts, quoted string, pool *stringPool, rb *reasonBuf) (float64, []string) {
	// The reasons counted first, so that the list is allocated once at
	// its size: the type's, one for each kind of content below, and the
	// quoted speaker's (quoted).
	hedge := firmHedge(c)
	hedged := hedge >= 0
	n := 1 + count(len(f.numbers) > 0) + count(len(f.entities) > 0) + count(len(f.sweeping) > 0) +
		count(len(c.Boosters) > 0) + count(len(c.Vague) > 0) + count(hedged) + count(f.firstPerson) + count(c.Quoted >= 0)
	reasons := pool.make(n)
	score := 0.0
	switch c.Type {
	case doc.ClaimFactual:
		score = 0.25
		reasons = append(reasons, "factual: states what is or was")
	case doc.ClaimEvaluative:
		score = 0.1
		reasons = rb.add(reasons, "evaluative: ", f.evaluative...)
	case doc.ClaimNormative:
		score = 0.05
		reasons = append(reasons, "normative: says what ought to be")
	case doc.ClaimPrediction:
		score = 0.15
		reasons = append(reasons, "a prediction: checkable only later")
	case doc.ClaimCounterfactual:
		reasons = append(reasons, "counterfactual: cannot be checked")
	case doc.ClaimQuestion:
		reasons = append(reasons, "a question")
	}
	// Checkable content counts in full for factual claims and by half for
	// the rest, which are about judgements more than facts.
	w := 1.0
	if c.Type != doc.ClaimFactual {
		w = 0.5
	}
	if c.Type == doc.ClaimCounterfactual || c.Type == doc.ClaimQuestion {
		w = 0
	}
	if len(f.numbers) > 0 {
		score += 0.25 * w
		reasons = rb.add(reasons, "a number or date: ", f.numbers...)
	}
	if len(f.entities) > 0 {
		score += 0.1 * float64(min(len(f.entities), 2)) * w
		reasons = rb.add(reasons, "names: ", f.entities...)
	}
	if len(f.sweeping) > 0 {
		score += 0.2 * w
		reasons = rb.add(reasons, "a sweeping generalisation: ", f.sweeping...)
	}
	if len(c.Boosters) > 0 {
		score += 0.15 * w
		reasons = rb.add(reasons, "asserted firmly: ", d.Slice(c.Boosters[0].Span))
	}
	if len(c.Vague) > 0 {
		score += 0.2 * w
		reasons = rb.add(reasons, "leans on an unnamed source: ", d.Slice(c.Vague[0]))
	}
	if hedged {
		score -= 0.1
		reasons = rb.add(reasons, "hedged: ", d.Slice(c.Hedges[hedge].Span))
	}
	if f.firstPerson {
		score -= 0.2
		reasons = append(reasons, "the author's own view")
	}
	if quoted != "" {
		reasons = append(reasons, quoted)
	}
	// Clamped to [0, 1] by comparisons: the score is a sum of a few
	// constants, never NaN, and a zero of either sign is rounded to 0
	// below, which is all the builtins' care for those would add.
	if score < 0 {
		score = 0
	} else if score > 1 {
		score = 1
	}
	// The list is whole: the reasons held in the buffer are filled into
	// its array, which the claim keeps, at the next flush.
	rb.finish(reasons)
	return float64(int(score*100+0.5)) / 100, reasons
}

// A reasonBuf makes the reasons that quote a claim's words ("names:
// Port Elsby, Okafor") in one buffer, turned into one string only when
// the buffer holds reasonChunk bytes or the stage ends (flush), and cut:
// one allocation for the reasons of some hundred claims rather than one
// for each claim. Until then a claim's list holds "" in their places,
// which flush fills in; the list's array is the one the claim keeps
// (the lists have room for all their reasons: see worth), and nothing
// reads a reason before the stage ends.
type reasonBuf struct {
	buf     []byte
	at      []int           // for each reason of the claim in hand: its index in the list, its start and end in buf
	pending []pendingReason // the reasons of claims finished, not yet filled in
}

// A pendingReason is a reason in a reasonBuf's bytes from to to, for
// the place at of a claim's list (in the list's array, which the claim
// keeps).
type pendingReason struct {
	at       *string
	from, to int
}

// reasonChunk is the most bytes of reasons a reasonBuf holds before it
// makes them a string.
const reasonChunk = 16 << 10

// add appends to reasons a placeholder for prefix followed by items
// joined with ", ", which flush fills in.
func (rb *reasonBuf) add(reasons []string, prefix string, items ...string) []string {
	from := len(rb.buf)
	rb.buf = append(rb.buf, prefix...)
	for k, it := range items {
		if k > 0 {
			rb.buf = append(rb.buf, ", "...)
		}
		rb.buf = append(rb.buf, it...)
	}
	rb.at = append(rb.at, len(reasons), from, len(rb.buf))
	return append(reasons, "")
}

// finish records the places add held in reasons, the claim's list with
// all its reasons, and flushes the buffer once it is full.
func (rb *reasonBuf) finish(reasons []string) {
	if len(rb.at) == 0 {
		return
	}
	for k := 0; k < len(rb.at); k += 3 {
		rb.pending = append(rb.pending, pendingReason{&reasons[rb.at[k]], rb.at[k+1], rb.at[k+2]})
	}
	rb.at = rb.at[:0]
	if len(rb.buf) >= reasonChunk {
		rb.flush()
	}
}

// flush fills in the reasons finish recorded, from one string of the
// buffer, and empties rb.
func (rb *reasonBuf) flush() {
	if len(rb.pending) == 0 {
		return
	}
	text := string(rb.buf)
	for _, p := range rb.pending {
		*p.at = text[p.from:p.to]
	}
	clear(rb.pending) // no list kept alive by the buffer
	rb.buf, rb.pending = rb.buf[:0], rb.pending[:0]
}

// poolChunk is the room of a pool's next array after one of room prev
// (0 for the first): twice as much, from 32 up to most. A corpus is
// analysed one article at a time, and an array of most for every
// article (16 KB of strings, 8 KB of ints, 24 KB of cues, whatever the
// article's size) was most of what the stage allocated for an article
// of a few kilobytes, pointers the collector scans; a long document
// still takes arrays of most after a few doublings.
func poolChunk(prev, most int) int { return min(most, max(32, 2*prev)) }

// A stringPool hands out empty slices of strings with room for a given
// number, cut from arrays it shares between them: each claim has a few
// reasons, and a slice of its own for each would be the stage's most
// frequent allocation. A slice's capacity is its room, so that appending
// beyond it copies rather than writing into another's.
type stringPool []string

func (p *stringPool) make(n int) []string {
	if cap(*p)-len(*p) < n {
		*p = make([]string, 0, max(poolChunk(cap(*p), 1024), n))
	}
	at := len(*p)
	*p = (*p)[:at+n]
	return (*p)[at : at : at+n]
}

// firmHedge returns the index in c.Hedges of the first hedge of c that
// lowers its worth, one not weak, or -1. "Some say" hedges, but as a
// vague attribution it has already made the claim more worth checking,
// not less: a hedge within a vague attribution does not count.
func firmHedge(c *doc.Claim) int {
	for i := range c.Hedges {
		if h := &c.Hedges[i]; h.Strength != doc.StrengthWeak && !overlapsAny(c.Vague, h.Span) {
			return i
		}
	}
	return -1
}

// count is 1 for true and 0 for false.
func count(b bool) int {
	if b {
		return 1
	}
	return 0
}

// support links the claim to what backs it: for a quoted sentence, its
// quotation and the citations of that quotation and those around it; for
// the author's own, the citations in the sentence, the quotations it
// holds or introduces (a sentence ending in a colon before a quotation),
// and the named sources it cites (a work, periodical or website, or a
// person with an attribution verb: "Taubman wrote").
//
// colon says the sentence has a semicolon or colon token: one that ends
// in a colon does, and the end of one that has none is not read.
func support(d *doc.Document, x *index, si int, nf *forms, mentions []mention, c *doc.Claim, f *facts, last, colon bool, ints *intPool) {
	s := &d.Sentences[si]
	for _, ci := range s.Citations {
		// A marker after the last word backs the last clause.
		at := d.Citations[ci].Start
		if d.Citations[ci].Status != doc.CiteOrphan && at >= c.Start && (at < c.End || last) {
			c.Citations = ints.appendNew(c.Citations, ci)
		}
	}
	if c.Quoted >= 0 {
		c.Quotes = ints.appendNew(nil, c.Quoted)
		for q := c.Quoted; q >= 0; q = d.Quotes[q].Parent {
			for _, ci := range d.Quotes[q].Citations {
				c.Citations = ints.appendNew(c.Citations, ci)
			}
		}
		return
	}
	for _, q := range x.quotesIn(d, c.Span) {
		if vaguelySpoken(&d.Quotes[q], c.Vague) {
			continue // "Officials say …": reported, but by no one named
		}
		c.Quotes = ints.appendNew(c.Quotes, q)
	}
	if last && colon && si+1 < len(d.Sentences) && endsInColon(d.Slice(s.Span)) {
		next := d.Sentences[si+1]
		if q := x.quoteStarting(d, next.Start); q >= 0 {
			c.Quotes = ints.appendNew(c.Quotes, q)
			for _, ci := range d.Quotes[q].Citations {
				c.Citations = ints.appendNew(c.Citations, ci)
			}
		}
	}
	// The sources the mentions give: those of works, periodicals and
	// websites, and of people and organisations where the claim
	// attributes words to them, none vague, in the order of their
	// first such mention. Where two are first given by mentions that
	// start together, an order of those mentions other than
	// sortMentions's would show in the list: unless the mentions are
	// in that order already, they are put in it and read again (see
	// newIndex).
	watch := !x.exact
	for again := true; again; {
		again = false
		lastNew := -1 // the start of the mention that gave the last source
		for _, m := range mentions {
			src := &d.Sources[m.source]
			if src.Vague {
				continue
			}
			if src.Type != doc.SourcePerson && src.Type != doc.SourceOrganisation || f.attributes && attributed(nf, m.Span) {
				n := len(c.Sources)
				if c.Sources = ints.appendNew(c.Sources, m.source); watch && len(c.Sources) > n {
					if m.Start == lastNew {
						x.exactOrder(d)
						mentions, c.Sources, watch, again = x.mentionsIn(c.Span), nil, false, true
						break
					}
					lastNew = m.Start
				}
			}
		}
	}
}

// endsInColon reports whether s ends in a colon before any white space:
// strings.HasSuffix(strings.TrimRightFunc(s, unicode.IsSpace), ":"),
// with ASCII white space, all most sentences end in, trimmed byte by
// byte rather than by decoding each rune from the end; a byte of a
// multi-byte rune goes to the library's test. TestEndsInColon holds the
// two to the same answers.
func endsInColon(s string) bool {
	n := len(s)
	for n > 0 {
		switch s[n-1] {
		case ' ', '\t', '\n', '\v', '\f', '\r':
			n--
			continue
		case ':':
			return true
		}
		if s[n-1] >= utf8.RuneSelf {
			return strings.HasSuffix(strings.TrimRightFunc(s[:n], unicode.IsSpace), ":")
		}
		return false
	}
	return false
}

// vaguelySpoken reports whether q's speaker is named only by one of the
// claim's vague attributions: such a quotation backs nothing.
func vaguelySpoken(q *doc.Quote, vague []doc.Span) bool {
	m := q.Speaker.Mention
	for _, v := range vague {
		if m.Start < v.End && v.Start < m.End {
			return true
		}
	}
	return false
}

// attributed reports whether the mention m of a person or organisation
// is where the sentence says its words come from: an attribution word
// ("said", "memoirs", "according") within three words after it, or
// "according to" just before it. A name that is only the topic
// ("a book on Stalin") backs nothing.
func attributed(nf *forms, m doc.Span) bool {
	ws := nf.ws
	k := sort.Search(len(ws), func(k int) bool { return int(ws[k].Start) >= m.End })
	for j := k; j < len(ws) && j < k+3; j++ {
		if ws[j].flags&isAttribution != 0 {
			return true
		}
	}
	k = sort.Search(len(ws), func(k int) bool { return int(ws[k].Start) >= m.Start })
	return k >= 2 && nf.at(k-2) == "according" && nf.at(k-1) == "to"
}

// appendNew appends x to xs unless xs holds it. A list's first element
// takes a slice from p: most claims have a citation, quotation or
// source or two, and a slice of their own for each list was a frequent
// allocation of the stage.
func (p *intPool) appendNew(xs []int, x int) []int {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	if xs == nil {
		xs = p.make(intRoom)
	}
	return append(xs, x)
}

// intRoom is the room of a list's slice from an intPool; a list that
// grows past it is copied, as append does.
const intRoom = 4

// An intPool hands out empty slices of ints with a given room, cut from
// arrays it shares between them, as a stringPool does strings.
type intPool []int

func (p *intPool) make(n int) []int {
	if cap(*p)-len(*p) < n {
		*p = make([]int, 0, max(poolChunk(cap(*p), 1024), n))
	}
	at := len(*p)
	*p = (*p)[:at+n]
	return (*p)[at : at : at+n]
}

// A cuePool hands out the lists of hedges and boosters of the claims, as
// an intPool does lists of ints: most claims with a cue have one.
type cuePool []doc.Cue

// cueRoom is the room of a list from a cuePool; a list that grows past
// it is copied, as append does.
const cueRoom = 1

// append appends c to xs, taking xs from p when it is its first.
func (p *cuePool) append(xs []doc.Cue, c doc.Cue) []doc.Cue {
	if xs == nil {
		if cap(*p)-len(*p) < cueRoom {
			*p = make([]doc.Cue, 0, poolChunk(cap(*p), 512))
		}
		at := len(*p)
		*p = (*p)[:at+cueRoom]
		xs = (*p)[at : at : at+cueRoom]
	}
	return append(xs, c)
}

// unsupportedMessage is the message of an unsupported-claim finding for
// a claim of worth x.
func unsupportedMessage(x float64) string {
	if k := int(x*100 + 0.5); 0 <= k && k < len(unsupportedMessages) && x == float64(k)/100 {
		return unsupportedMessages[k]
	}
	return unsupportedText(x)
}

func unsupportedText(x float64) string {
	return "check-worthy factual claim (" + strconv.FormatFloat(x, 'f', 2, 64) + ") with no citation, link, quotation or named source"
}

// unsupportedMessages are the messages for the worths worth gives (in
// hundredths from 0 to 1), made once: the message was two of the
// stage's allocations for each finding.
var unsupportedMessages = func() (m [101]string) {
	for k := range m {
		m[k] = unsupportedText(float64(k) / 100)
	}
	return m
}()

// findings appends to out an author's check-worthy factual claim that
// nothing backs, and every vague attribution.
func findings(d *doc.Document, c *doc.Claim, out []doc.Finding) []doc.Finding {
	if unsupported(c) {
		out = append(out, doc.Finding{Code: doc.FindUnsupportedClaim, Span: c.Span,
			Message:  unsupportedMessage(c.CheckWorthy),
			Evidence: c.Reasons})
	}
	for _, v := range c.Vague {
		out = append(out, doc.Finding{Code: doc.FindVagueAttribution, Span: v,
			// strconv.Quote is what %q writes of a string, without
			// fmt's reflective formatting for each vague attribution.
			Message: "attribution that names no one: " + strconv.Quote(d.Slice(v))})
	}
	return out
}
