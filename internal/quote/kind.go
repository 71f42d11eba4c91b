package quote

import (
	"bufio"
	"bytes"
	_ "embed"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

//go:embed cues.txt
var cueData []byte

//go:embed titlewords.txt
var titleWordData []byte

//go:embed determiners.txt
var determinerData []byte

//go:embed works.txt
var workData []byte

//go:embed verbatim.txt
var verbatimData []byte

//go:embed aspect.txt
var aspectData []byte

//go:embed dropped.txt
var droppedData []byte

//go:embed ratings.txt
var ratingData []byte

var (
	cues        = newLexicon(wordSet(cueData))
	titleWords  = newLexicon(wordSet(titleWordData))
	determiners = newLexicon(wordSet(determinerData))
	works       = newLexicon(wordSet(workData))
	verbatim    = newLexicon(wordSet(verbatimData))
	aspect      = newLexicon(wordSet(aspectData))
	ratings     = wordSet(ratingData)
)

// wordSet reads one word a line, skipping blank lines and "#" comments.
func wordSet(data []byte) map[string]bool {
	set := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		if w := strings.TrimSpace(sc.Text()); w != "" && w[0] != '#' {
			set[w] = true
		}
	}
	return set
}

// A classifier reads the words around and inside each quotation, for its
// kind and for joining split quotations.
type classifier struct {
	d  *doc.Document
	qs []doc.Quote // sorted, with parents set
	// spans is the scanner's slab, which join takes the room for a
	// joined quotation's spans from.
	spans *spanSlab
	// Where the last lookups of sentences and paragraphs were.
	sents, paras cursor
	ends         ends // theirs, for the cursors to search
	// ctx keeps contextStart's answer for the quotation being decided,
	// which the rules ask for several times; kind and join clear it
	// before each decision, so that it never outlives the quotations it
	// was read from.
	ctx contextMemo
	// a2head is where the document's headline ends (a2InHeadline).
	a2head a2HeadMemo
	// b3lookups counts the headline quotations looked up in the body
	// (b3NamedInBody), which it bounds.
	b3lookups int
}

// A contextMemo is contextStart's answer lo for the quotation at q, or
// holds nothing when q is nil. Keeping in it as well the space and word
// before q's opening mark, which intro, reportedThat, verbatimBefore
// and workBefore each read again, was measured in the seventeenth
// session and not kept: Stage/quote 1,852.47 M → 1,852.53 M
// instructions (20x). intro reads them for every quotation and the
// others for few, so the memo's checks and stores cost what the reads
// saved.
type contextMemo struct {
	q  *doc.Quote
	lo int
}

// rating reports whether q's words are a label of ratings.txt and a
// word of rating ("rating", "rated", "verdict") stands in its
// paragraph within maxReach bytes before it.
func (c *classifier) rating(q *doc.Quote) bool {
	if len(q.Content) != 1 {
		return false
	}
	text := c.d.Text
	words := strings.TrimRight(text[q.Content[0].Start:q.Content[0].End], ".,!")
	if len(words) > 24 || !ratings[strings.ToLower(words)] {
		return false
	}
	lo := max(c.paragraph(q.Start).Start, q.Start-maxReach)
	for lo < q.Start && !utf8.RuneStart(text[lo]) {
		lo++
	}
	before := strings.ToLower(text[lo:q.Start])
	return strings.Contains(before, "rating") || strings.Contains(before, "rated") || strings.Contains(before, "verdict")
}

// An intro is what comes before a quotation in its sentence.
type intro uint8

const (
	introStart intro = iota // nothing: the quotation opens its sentence, or its enclosing quotation
	introColon              // a colon: "It began:", "Stalin asked:"
	introCue                // a cue word, among the three words before or the six before a comma: "told reporters", "he said of it,"
	introComma              // a comma with no cue before it
	introDash               // a dash after the author's words
	introWords              // the author's own words: "the ‘capitalist democracies’"
)

// Word counts the rules use. The classifier reads no more than
// maxWords words of a quotation, which keeps it fast on long ones.
const (
	maxTitleWords = 12 // a title or name in marks: ‘Minutes of the Port Elsby Harbour Board, 1920–1940’
	maxWords      = maxTitleWords + 1
)

// A shape is what the words of a quotation's content look like.
type shape struct {
	words int  // words and numbers: up to five, or up to maxWords for a title
	title bool // every word capitalised, bar small words after the first
	upper bool // the first word capitalised
	comma bool // a comma among them
	last  rune // the last character of the content
}

// kind decides the kind of quotation i. The rules, in order:
//
//   - a block quotation, a quotation over several paragraphs and a split
//     quotation are direct (their Kind is set before);
//   - in a footnote, a quotation not introduced by a colon or cue is the
//     title of an article or chapter;
//   - Capitalised Words In Marks, not introduced by a colon, straight
//     after a cue word or followed by a cue, are a title or name (with a
//     comma or full stop inside only after words, where American style
//     puts it: "on NBC's “Nightly News.”"; after a cue and a comma, a
//     sentence's end inside the marks makes it speech: "I said,
//     ‘Because.’");
//   - Three or More Capitalised Words In Marks on a line of their own,
//     with no comma and no question or exclamation, are a heading: a
//     title, even with a full stop inside the marks;
//   - Capitalised Words In Marks right after a noun for a work ("his
//     book, ‘…’", "the anthem “…”") are its title, whatever cue follows;
//     so are they after an owner's possessive, after "on", or after a
//     noun for a named thing and "of" or a participle of naming, or
//     after "titled" whatever the noun ("on
//     CNN's “State of the Union.”", "a goal of “Peace Through
//     Strength.”": a2NamedBefore); and any words in marks in apposition
//     to such a noun and followed by the noun's verb ("her commentary,
//     “…,” is thoughtful": a2Appositive);
//   - Capitalised Words In Marks right after an article ("sold as the
//     “HarvestEye 4.”") are a name, and so are they closed by a comma
//     inside the marks in apposition to a noun phrase that opens with a
//     determiner or an owner's possessive, the sentence running on after
//     them in lower case with no cue ("The app, “Bay Crossing,” predicts
//     …": a2ApposedName);
//   - after a colon a quotation is direct; so is one that opens its
//     sentence (or its enclosing quotation, or a line) if it ends with
//     punctuation inside the marks, is followed by a cue ("“…,” she
//     said"; not after a conjunction and the author's words, "“…” and
//     unsafe, she said": mixed), or has four words or more and the author's sentence does
//     not run on in lower case after it ("“You squeezed employees” to
//     drive up the price, she said" quotes a phrase: mixed);
//   - one that starts with a capital is direct after a cue word ("told
//     reporters “We…”"; but mixed when the reported clause runs on past
//     the marks into its object, "claimed “Trump exaggerates” the level
//     of …": a2ObjectAfter), or after a comma or dash if it is a clause or
//     three words or more, unless the author's sentence runs on past
//     them in lower case with no cue ("After the storm, “Three piers
//     gone in one night” was the headline" quotes a phrase), and
//     after the author's words if a cue follows it; one that starts in
//     lower case there is a fragment of the author's sentence, unless it
//     follows a comma and a cue follows it ("As for cost, “…,” he said");
//   - one right after a verb whose object is the words themselves
//     ("had typed “acute distress”", verbatim.txt) is direct;
//   - one right after "that" following a cue ("said that “…”") is words
//     of the speaker's reported in the author's clause: mixed;
//   - one or two words with no punctuation, or up to four after a
//     determiner ("the ‘first generation of leadership’"), are a scare
//     quote: a term the author holds at arm's length;
//   - anything else is mixed: a phrase quoted inside the author's sentence.
func (c *classifier) kind(i int) doc.QuoteKind {
	q := &c.qs[i]
	c.ctx = contextMemo{}
	if q.Kind != "" {
		return q.Kind
	}
	if len(q.Content) > 1 {
		return doc.QuoteDirect
	}
	sh := c.shape(q)
	if sh.title && sh.words >= 2 && c.a2InHeadline(q) {
		// Title Case words in a Title Case headline that the body
		// quotes in lower case are someone's words, not a name
		// (b3QuotedInBody).
		if quoted, lower := c.b3QuotedInBody(q); quoted {
			sh.title = false
			sh.upper = !lower
		}
	}
	if sh.title && sh.words == 1 && c.a2InHeadline(q) {
		// A Title Case headline capitalises every word, so one
		// capitalised word in marks there names nothing: "Trump Was
		// ‘Mocking’ Clinton Camp", "The Trends Are ‘Terrifying.’". (A
		// title of two words or more stays one, "Critics Slam ‘Ten
		// Days’": the speaker stage reads the verb before it, unless
		// the body quotes its words in lower case, above.)
		sh.title = false
	}
	if sh.words == 0 {
		return doc.QuoteScare // marks around punctuation or a symbol
	}
	if sh.title && sh.words <= 2 && unicode.IsLetter(sh.last) && nickname(c.d.Text, q.Start, q.End) {
		return doc.QuoteTitle // a nickname inside a name: Ann “Annie” Reed
	}
	in := c.intro(q)
	terminal := strings.ContainsRune(".!?…", sh.last)
	clause := terminal || strings.ContainsRune(",;:—–-", sh.last)
	afterRead, afterCue := false, false
	after := func() bool { // read only when a rule asks
		if !afterRead {
			afterRead, afterCue = true, c.cueAfter(q)
		}
		return afterCue
	}
	switch {
	case sh.upper && sh.words <= 4 && in != introCue && in != introStart && c.rating(q):
		return doc.QuoteTitle // "The Courier’s rating: “Mostly False.”": a verdict's label (ratings.txt)
	case c.paragraph(q.Start).Kind == doc.BlockFootnote && in != introColon && in != introCue:
		return doc.QuoteTitle // notes quote the titles of articles and chapters
	case sh.title && sh.words >= 2 && sh.words <= maxTitleWords && sh.last != '!' && sh.last != '?' && c.k1NounNamed(q):
		return doc.QuoteTitle // "software called “Smart Shift,” and drivers say": a thing's name (k1naming.go)
	case sh.title && sh.words <= maxTitleWords && in != introColon && c.workBefore(q):
		return doc.QuoteTitle // "his book, ‘Make Your Kid a Millionaire,’ …"
	case sh.title && sh.words <= maxTitleWords && in != introColon && sh.last != '!' && sh.last != '?' && c.a2NamedBefore(q):
		return doc.QuoteTitle // "said on CNN's “State of the Union.”", "a goal of “Peace Through Strength.”"
	case in != introColon && c.a2Appositive(q):
		return doc.QuoteTitle // "her commentary, “Melania, tell your story,” is thoughtful"
	case sh.title && sh.words <= maxTitleWords && in == introWords && sh.last != '!' && sh.last != '?' && c.articleBefore(q):
		return doc.QuoteTitle // "a probe sold as the “HarvestEye 4.”", "the trawler, the “Sea Lark II,” said": no one's words follow an article
	case sh.title && sh.last == ',' && in == introComma && !after() && c.runsOn(q) && !c.thenAfter(q) && c.a2ApposedName(q):
		return doc.QuoteTitle // "The app, “Elbow Room,” predicts …": the thing's name
	case sh.title && sh.words >= 2 && sh.words <= maxTitleWords && in == introCue && !clause && sh.last != '!' && sh.last != '?' && performedBefore(c.d.Text, q.Start):
		return doc.QuoteTitle // "the choir sang ‘Lantern of the Northern Sky’ and …": a song's title (y12titles.go)
	case sh.title && sh.words <= maxTitleWords && in != introColon && sh.last != '!' && sh.last != '?' &&
		(in != introCue || !cueBefore(c.d.Text, 0, q.Start, 1) && !terminal) && (!clause || in != introStart && in != introComma) && !after():
		return doc.QuoteTitle
	case sh.title && sh.words >= 3 && sh.words <= maxTitleWords && !sh.comma && sh.last != '!' && sh.last != '?' && in == introStart && c.alone(q):
		return doc.QuoteTitle // a heading: "‘Lessons From the Flood.’" on a line of its own
	case in == introColon:
		return doc.QuoteDirect
	case in == introStart && (clause || !(unicode.IsLetter(sh.last) && after() && c.joinsPhrase(q)) && (after() || sh.words >= 4 && !(unicode.IsLetter(sh.last) && c.runsOn(q)))):
		return doc.QuoteDirect
	case !sh.upper && sh.words <= 4 && (sh.last == '.' || sh.last == ',') && (in == introWords || in == introCue) && c.k1NamedAs(q):
		return doc.QuoteScare // "This is called a “third-party request.”": a term named, not words said (k1naming.go)
	case sh.upper && in == introCue && !clause && !after() && c.a2ObjectAfter(q):
		return doc.QuoteMixed // "claimed “Trump exaggerates” the level of …": the clause runs on past the marks
	case sh.upper && in == introCue:
		return doc.QuoteDirect
	case terminal && (in == introComma || in == introCue) && c.asFrame(q):
		return doc.QuoteDirect // "as The Times put it, “the operator.”": the frame's words, whole
	case (in == introComma || in == introDash) && (sh.upper && (clause || sh.words >= 3 && (after() || !c.runsOn(q))) || clause && after()):
		return doc.QuoteDirect
	case sh.upper && in == introWords && clause && after():
		return doc.QuoteDirect
	case (in == introCue || in == introWords) && c.verbatimBefore(q):
		return doc.QuoteDirect // "a nurse had typed “acute distress”": the words written, as they were
	case in == introWords && c.reportedThat(q):
		return doc.QuoteMixed // "X said that “the bridge is safe”": someone's words in a reported clause
	case !clause && !sh.comma && (sh.words <= 2 || sh.words <= 4 && c.determinerBefore(q)):
		return doc.QuoteScare
	}
	return doc.QuoteMixed
}

// shape reads the words of q's content.
func (c *classifier) shape(q *doc.Quote) shape {
	var sh shape
	text := c.d.Text
	last := q.Content[len(q.Content)-1]
	sh.last, _ = utf8.DecodeLastRuneInString(text[last.Start:last.End])
	sh.title = len(q.Content) == 1
	// Past five words only a title needs reading on.
	end := min(last.End, q.Content[0].Start+maxReach)
	for i := q.Content[0].Start; i < end && sh.words < maxWords && (sh.title || sh.words < 5); {
		// An ASCII byte, most of what is read, is told without decoding
		// (asciiWord is doc.IsWordRune for ASCII).
		var r rune
		var n int
		var word, upper bool
		if c := text[i]; c < utf8.RuneSelf {
			r, n, word, upper = rune(c), 1, asciiWord[c], 'A' <= c && c <= 'Z'
		} else {
			r, n = utf8.DecodeRuneInString(text[i:end])
			word, upper = doc.IsWordRune(r), unicode.IsUpper(r)
		}
		if !word {
			sh.comma = sh.comma || r == ','
			i += n
			continue
		}
		j := wordEnd(text, i, last.End)
		if sh.words == 0 {
			sh.upper = upper
		}
		if sh.title && !upper && !unicode.IsDigit(r) && (sh.words == 0 || !inSet(titleWords, text[i:j])) {
			sh.title = false
		}
		sh.words++
		i = j
		if i < end && text[i] == ' ' {
			i++ // the space most words end at, passed here, not by a turn of the loop, which it would leave as it is
		}
	}
	if end < last.End && sh.words < 5 { // a long run without words: not a term or a title
		sh.words, sh.title = 5, false
	}
	return sh
}

// contextStart returns where the words that may introduce q begin: the
// start of its sentence, or of its enclosing quotation's content if that
// is later.
func (c *classifier) contextStart(q *doc.Quote) int {
	if c.ctx.q == q {
		return c.ctx.lo
	}
	lo := c.readContextStart(q)
	c.ctx = contextMemo{q: q, lo: lo}
	return lo
}

// readContextStart is contextStart without the memo.
func (c *classifier) readContextStart(q *doc.Quote) int {
	lo := 0
	sents := c.d.Sentences
	if k := c.sentenceAfter(q.Start); k < len(sents) && sents[k].Start <= q.Start {
		lo = sents[k].Start
	} else {
		lo = c.paragraph(q.Start).Start
	}
	if q.Parent >= 0 {
		content := c.qs[q.Parent].Content
		k := sort.Search(len(content), func(k int) bool { return content[k].End > q.Start })
		if k < len(content) {
			lo = max(lo, content[k].Start)
		}
	}
	return lo
}

// sentenceAfter returns the index of the first sentence that ends after
// offset i, or len(d.Sentences): the last answer if it still holds, as
// it does for quotations in one sentence, else the cursor's search.
func (c *classifier) sentenceAfter(i int) int {
	sents := c.d.Sentences
	if k := int(c.sents); k < len(sents) && sents[k].End > i && (k == 0 || sents[k-1].End <= i) {
		return k
	}
	return c.sents.firstEndAfter(c.ends.of(c.d).sents, i)
}

// paragraph returns the paragraph holding offset i, or the whole text.
func (c *classifier) paragraph(i int) doc.Paragraph {
	paras := c.d.Paragraphs
	k := int(c.paras)
	// The last answer, most often the same paragraph again, is tried
	// before the search, whose every step calls a closure.
	if !(k < len(paras) && paras[k].End > i && (k == 0 || paras[k-1].End <= i)) {
		k = c.paras.firstEndAfter(c.ends.of(c.d).para, i)
	}
	if k < len(paras) && paras[k].Start <= i {
		return paras[k]
	}
	return doc.Paragraph{Span: doc.Span{Start: 0, End: len(c.d.Text)}, Kind: doc.BlockParagraph}
}

// alone reports whether q is all there is in its paragraph, but white
// space: a line of its own.
func (c *classifier) alone(q *doc.Quote) bool {
	p := c.paragraph(q.Start)
	text := c.d.Text
	return trimLeft(text, p.Start, p.End) == q.Start && trimRight(text, p.Start, p.End) == q.End
}

// intro reads back from q's opening mark to what introduces it, passing
// over other marks and brackets. A line break just before the mark, not
// after a comma or colon, starts a new line of speech, whatever the
// sentence splitter made of it.
func (c *classifier) intro(q *doc.Quote) intro {
	text := c.d.Text
	lo := c.contextStart(q)
	i, newline := spaceBefore(text, lo, q.Start)
	if r, _ := runeBefore(text, lo, i); newline && r != ',' && r != ':' {
		return introStart
	}
	dash := false
	lo = max(lo, q.Start-maxReach)
	for {
		i, _ = spaceBefore(text, lo, i)
		if i <= lo {
			return introStart
		}
		r, n := runeBefore(text, lo, i)
		switch {
		case doc.IsWordRune(r):
			switch {
			case inSet(thatWord, text[wordStart(text, lo, i):i]): // "said that ‘…’" reports; the marks quote a phrase
				return introWords
			case cueBefore(text, lo, i, 3):
				return introCue
			case dash:
				return introDash
			}
			return introWords
		case r == '—' || r == '–' || r == '-':
			dash = true
		case isQuoteRune(r) || r == '(' || r == '[' || r == '{' || r == '/':
		case r == ':':
			return introColon
		case r == ',':
			j, _ := spaceBefore(text, lo, i-n)
			switch {
			case inSet(thatWord, text[wordStart(text, lo, j):j]):
				return introWords // "said that, “…”" reports
			case cueBefore(text, lo, j, 6):
				return introCue
			}
			return introComma
		default:
			return introStart
		}
		i -= n
	}
}

var thatWord = newLexicon(map[string]bool{"that": true})

// cueAfter reports whether a cue comes among the first four words after
// q, past a comma or a dash, within its paragraph: "“…,” she said".
func (c *classifier) cueAfter(q *doc.Quote) bool {
	text := c.d.Text
	end := min(c.paragraph(q.End-1).End, q.End+maxReach)
	// A full stop inside the marks ends the sentence: a capitalised
	// word after it opens the next one, whose cue is its own ("…
	// itself, “as the law requires.” The company denied …"), where a
	// question's or an exclamation's mark may stand before a cue
	// ("“Why?” asked Ann").
	stop := len(q.Content) > 0 && strings.HasSuffix(text[:q.Content[len(q.Content)-1].End], ".")
	// Words in lower case inside the marks are a phrase of the author's
	// sentence, which "and" goes on with; a sentence in capitals before
	// "and he said so" is speech.
	lowerStart := func() bool {
		if len(q.Content) == 0 || q.Content[0].Start >= len(text) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(text[q.Content[0].Start:])
		return unicode.IsLower(r)
	}
	for i, n := q.End, 4; i < end && n > 0; {
		if c := text[i]; c < utf8.RuneSelf && !asciiWord[c] {
			// ASCII space or punctuation, told without decoding.
			if c != ' ' && (c < '\t' || c > '\r') && c != ',' && c != '-' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:end])
		switch {
		case doc.IsWordRune(r):
			j := wordEnd(text, i, end)
			if inSet(cues, text[i:j]) {
				return true
			}
			if stop && n == 4 && r < utf8.RuneSelf && 'A' <= r && r <= 'Z' {
				return false
			}
			if n == 4 && inSet(y12Conjunctions, text[i:j]) && lowerStart() {
				return false // "named it X, “the air dragon of Glenvarrow,” and argued …": the sentence's verb
			}
			i, n = j, n-1
		case unicode.IsSpace(r) || r == ',' || r == '—' || r == '–' || r == '-':
			i += size
		default:
			return false
		}
	}
	return false
}

// determinerBefore reports whether the word just before q's opening mark
// is a determiner: "the ‘first generation of leadership’".
func (c *classifier) determinerBefore(q *doc.Quote) bool {
	text := c.d.Text
	lo := c.paragraph(q.Start).Start
	i, _ := spaceBefore(text, lo, q.Start)
	return inSet(determiners, text[wordStart(text, lo, i):i])
}

// verbatimBefore reports whether q's opening mark follows a verb whose
// object is the words themselves (verbatim.txt) at once, with no object
// or punctuation between, no determiner before the verb ("his
// written “notes”" is a noun phrase) and no verb of the author's clause
// after the marks: "a nurse had typed “acute distress”", "the crowd
// began chanting “four more years”".
func (c *classifier) verbatimBefore(q *doc.Quote) bool {
	text := c.d.Text
	lo := c.contextStart(q)
	i, _ := spaceBefore(text, lo, q.Start)
	start := wordStart(text, lo, i)
	if start >= i || !inSet(verbatim, text[start:i]) {
		return false
	}
	prev := ""
	if j, _ := spaceBefore(text, lo, start); j < start {
		prev = text[wordStart(text, lo, j):j]
		if inSet(determiners, prev) || inSet(possessives, prev) {
			return false
		}
	}
	if !VerbatimAfter(prev, text[start:i]) {
		return false // "Good writing “matters”": a gerund, no verb
	}
	// "she wrote “the pier” was unsafe": the marked words are the
	// subject of the author's clause that the verb reports.
	if i, end, ok := c.wordAfter(q); ok && inSet(finiteVerbs, text[i:wordEnd(text, i, end)]) {
		return false
	}
	return true
}

// beForms before an -ing form make it a progressive verb: "was
// chanting".
var beForms = newLexicon(map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true, "been": true})

// possessives before a verb form make it a noun's modifier or a noun:
// "his written “notes”", "my tweet “…”".
var possessives = newLexicon(map[string]bool{"his": true, "her": true, "my": true, "our": true, "your": true})

// reportedThat reports whether q's opening mark follows "that" after a
// cue among the three words before it: "Maria Lopez said that “…”",
// "told reporters that “…”".
func (c *classifier) reportedThat(q *doc.Quote) bool {
	text := c.d.Text
	lo := c.contextStart(q)
	i, _ := spaceBefore(text, lo, q.Start)
	start := wordStart(text, lo, i)
	return start < i && inSet(thatWord, text[start:i]) && cueBefore(text, lo, start, 3)
}

// workBefore reports whether the word before q's opening mark, past a
// comma, is a noun for a work with a title, or for a slogan: "his 2002
// book, ‘…’", "under the slogan “Fund Kids First,” said".
func (c *classifier) workBefore(q *doc.Quote) bool {
	text := c.d.Text
	lo := c.contextStart(q)
	i, _ := spaceBefore(text, lo, q.Start)
	if i > lo && text[i-1] == ',' {
		i, _ = spaceBefore(text, lo, i-1)
	}
	w := text[wordStart(text, lo, i):i]
	return inSet(works, w) || inSet(slogans, w)
}

// slogans are nouns for words that a body or a campaign goes by rather
// than says on an occasion: Title Case in marks after one is its name.
var slogans = newLexicon(map[string]bool{
	"slogan": true, "slogans": true, "motto": true, "mottos": true, "mottoes": true,
	"mantra": true, "catchphrase": true, "tagline": true, "watchword": true,
})

// wordAfter returns where the author's sentence goes on after q's
// closing mark, past spaces or tabs, and how far it may be read (the
// paragraph's end, at most maxReach on); ok is false when no space
// follows the mark or nothing follows in the paragraph.
func (c *classifier) wordAfter(q *doc.Quote) (i, end int, ok bool) {
	text := c.d.Text
	end = min(c.paragraph(q.End-1).End, q.End+maxReach)
	i = q.End
	for i < end && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	return i, end, i > q.End && i < end
}

// runsOn reports whether the author's sentence goes on after q's closing
// mark with a word in lower case that is not a cue or a conjunction: the marks hold a
// phrase of the sentence, not a sentence of their own.
func (c *classifier) runsOn(q *doc.Quote) bool {
	text := c.d.Text
	i, end, ok := c.wordAfter(q)
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:end])
	w := text[i:wordEnd(text, i, end)]
	return unicode.IsLower(r) && !inSet(cues, w) && !inSet(conjunctions, w)
}

// articleBefore reports whether an article opens the noun phrase that
// q's opening mark ends: right before it ("the “Marit II,”", "a “Safe
// Streets” grant"), or before one or two lower-case nouns and
// adjectives ("the space western “Ashfall Reach,” said", "a new app
// “Bay Crossing”"), none a cue, a verb in -ed or a word that takes the
// marked words as its object ("the crowd chanted “…”").
func (c *classifier) articleBefore(q *doc.Quote) bool {
	text := c.d.Text
	lo := c.contextStart(q)
	i := q.Start
	for n := 0; n < 3; n++ {
		j, _ := spaceBefore(text, lo, i)
		s := wordStart(text, lo, j)
		if s >= j {
			return false
		}
		w := text[s:j]
		if inSet(articles, w) {
			return true
		}
		if w[0] < 'a' || w[0] > 'z' || inSet(cues, w) || inSet(verbatim, w) || strings.HasSuffix(w, "ed") || inSet(thatWord, w) {
			return false
		}
		i = s
	}
	return false
}

var articles = newLexicon(map[string]bool{"the": true, "a": true, "an": true})

// thenAfter reports whether "then" follows q's closing mark: "picked up
// the phone, “Hello There,” then hung up" tells what came next, after
// words spoken.
func (c *classifier) thenAfter(q *doc.Quote) bool {
	text := c.d.Text
	i, end, ok := c.wordAfter(q)
	return ok && text[i:wordEnd(text, i, end)] == "then"
}

// joinsPhrase reports whether the author's sentence goes on after q's
// closing mark with a conjunction and a word in lower case that is no
// pronoun and no cue: "“…” and unsafe, she said", "“…” or worse, he
// wrote". The marked words are then a phrase of the author's clause,
// which a cue after it reports as a whole (a mixed attribution), not a
// quotation of their own. The caller asks only where a cue follows
// within four words; "“…” and he said", "“…” and the mayor said" and
// "“…” and added …" join a clause and keep the quotation whole.
func (c *classifier) joinsPhrase(q *doc.Quote) bool {
	text := c.d.Text
	i, end, ok := c.wordAfter(q)
	if !ok {
		return false
	}
	j := wordEnd(text, i, end)
	if !inSet(phraseJoiners, text[i:j]) {
		return false
	}
	k := j
	for k < end && (text[k] == ' ' || text[k] == '\t') {
		k++
	}
	if k == j || k >= end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[k:end])
	w := text[k:wordEnd(text, k, end)]
	return unicode.IsLower(r) && !inSet(cues, w) && !inSet(clausePronouns, w) && !inSet(determiners, w)
}

// phraseJoiners join a phrase to the marked words before them.
var phraseJoiners = newLexicon(map[string]bool{"and": true, "or": true, "but": true, "nor": true})

// clausePronouns open a clause after a conjunction, or its subject:
// "“…” and he left", "“…” and his aide said".
var clausePronouns = newLexicon(map[string]bool{"his": true, "her": true, "our": true, "my": true, "your": true, "i": true, "he": true, "she": true, "it": true, "we": true, "they": true, "you": true, "then": true, "there": true, "that": true, "this": true})

// conjunctions may join a quoted sentence to the next clause ("“…” and
// he left"), so they do not make the quotation a phrase.
var conjunctions = newLexicon(map[string]bool{"and": true, "or": true, "but": true, "nor": true, "so": true, "yet": true})

// asFrame reports whether the clause before q's comma is a comment
// clause of speech that opens with "as" ("as The Times put it in a long
// profile, “the operator.”", "as Ed Moss said, “a pier to nowhere.”"):
// the words in marks that end the sentence after it are what the
// clause's subject put so, a quotation whole, not a phrase of the
// author's sentence. The clause runs back from the comma to the
// previous comma or the sentence's start, at most twelve words, and
// holds a cue or "put it".
func (c *classifier) asFrame(q *doc.Quote) bool {
	text := c.d.Text
	if len(q.Content) > 0 && predicateStart(text[q.Content[0].Start:q.Content[0].End]) {
		return false // "The pier, as Ed Moss said, “is old.”": the rest of the author's sentence
	}
	lo := max(c.contextStart(q), q.Start-maxReach)
	i, _ := spaceBefore(text, lo, q.Start)
	for i > lo && isQuoteRune(lastRune(text[lo:i])) {
		i -= utf8.RuneLen(lastRune(text[lo:i]))
		i, _ = spaceBefore(text, lo, i)
	}
	if i <= lo || text[i-1] != ',' {
		return false
	}
	end := i - 1
	start := lo
	if k := strings.LastIndexAny(text[lo:end], ",;:"); k >= 0 {
		start = lo + k + 1
	}
	// Most clauses before a comma do not open with "as": told from the
	// first word alone, before the rest is split.
	t := strings.TrimLeftFunc(text[start:end], unicode.IsSpace)
	if k := strings.IndexFunc(t, unicode.IsSpace); k >= 0 {
		t = t[:k]
	}
	if !strings.EqualFold(t, "as") {
		return false
	}
	// The clause's words, into an array rather than strings.Fields's
	// new slice: a clause of more than twelve is no comment clause.
	var buf [12]string
	n := 0
	for w := range strings.FieldsSeq(text[start:end]) {
		if n == len(buf) {
			return false
		}
		buf[n] = w
		n++
	}
	words := buf[:n]
	if len(words) < 3 || !strings.EqualFold(words[0], "as") {
		return false
	}
	for k, w := range words[1:] {
		if inSet(cues, w) || strings.EqualFold(w, "put") && k+2 < len(words) && strings.EqualFold(words[k+2], "it") {
			return true
		}
	}
	return false
}

// finiteVerbs open a predicate: words in marks that start with one
// finish a sentence whose subject stands before them. Right after a
// closing mark, one makes the marked words the subject of a clause
// (verbatimBefore: "she wrote “the pier” was unsafe").
var finiteVerbs = newLexicon(map[string]bool{"is": true, "was": true, "are": true, "were": true, "has": true, "have": true, "had": true, "will": true, "would": true, "can": true, "could": true, "should": true, "may": true, "might": true, "must": true, "does": true, "did": true})

// predicateStart reports whether s opens with a lower-case finite verb.
func predicateStart(s string) bool {
	s = strings.TrimLeft(s, " ")
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(s)
	}
	return finiteVerbs.words[s[:end]]
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// nickname reports whether the marks at text[start:end] stand between a
// capitalised word and a capitalised surname, one space on either side:
// Ann “Annie” Reed, Ed "The Hammer" Moss. Such marks hold a name, not
// anyone's words. A quoted word after a lower-case one ("the so-called
// “Annie” rule", "called it “Annie” Monday") is left to the other
// rules.
func nickname(text string, start, end int) bool {
	if start < 3 || end+2 > len(text) || text[start-1] != ' ' || text[end] != ' ' {
		return false
	}
	if text[start] != '"' && !strings.HasPrefix(text[start:], "“") {
		return false // the speaker stage runs a name over double marks only
	}
	r, _ := utf8.DecodeRuneInString(text[end+1:])
	if !unicode.IsUpper(r) {
		return false
	}
	// The word before: letters back to a space or the text's start,
	// capitalised.
	i := start - 1
	for i > 0 {
		p, n := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsLetter(p) {
			break
		}
		i -= n
	}
	if i == start-1 || i > 0 && text[i-1] != ' ' && text[i-1] != '\n' {
		return false
	}
	f, _ := utf8.DecodeRuneInString(text[i:])
	if !unicode.IsUpper(f) {
		return false
	}
	// Headlines and capitals are not names: "REED SAYS “NO” TO PLAN",
	// "Mayor Says “Never” Again"; nor is a sentence's opening adverb
	// ("Then “Stop” Reed yelled").
	word := text[i : start-1]
	if word == strings.ToUpper(word) || text[start:end] == strings.ToUpper(text[start:end]) || notFirstNames[word] {
		return false
	}
	return true
}

// notFirstNames are capitalised words that can stand before a quoted
// capitalised word and a capital without being a first name: a
// headline's verbs and a sentence's opening adverbs.
var notFirstNames = map[string]bool{
	"Says": true, "Said": true, "Tells": true, "Told": true, "Calls": true, "Called": true,
	"Urges": true, "Urged": true, "Vows": true, "Vowed": true, "Shouts": true, "Asks": true,
	"Then": true, "Now": true, "And": true, "But": true, "So": true, "When": true, "Also": true,
}
