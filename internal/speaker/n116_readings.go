package speaker

import (
	"strings"
	"unicode"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n116NameAfterSource reads a name in apposition after the description
// that an opening "According to" gives, at the comma toks[k]: "According
// to the head of the agency, Ann Lee, the outbreak …", "…, Prof. Ann
// Lee, …". The name is one to five capitalised words, titles with their
// stops among them, and a comma ends it before a clause of at least
// three words with a verb. The description's head names a person
// (n116PersonHead). It returns the index of that comma, or 0.
// appositiveEnd reads the other order (a name, then "the mayor").
func n116NameAfterSource(text string, toks []tok, k int) int {
	if !n116PersonHead(toks, k) {
		return 0 // "According to the league, Arsenal, Chelsea and …"
	}
	names := 0
	for j := k + 1; j < len(toks) && j <= k+9; j++ {
		t := &toks[j]
		switch s := t.str(text); {
		case t.word && capital(s):
			names++
		case s == "." && j > k+1 && toks[j-1].is(isTitle):
			// a title's stop: "Prof."
		case s == "," && names >= 1 && names <= 5 && !toks[j-1].is(isTitle):
			if j+1 < len(toks) && toks[j+1].word && toks[j+1].low != "who" && toks[j+1].low != "which" && hasVerb(toks[j+1:]) && wordsAtLeast(toks[j+1:], 3) {
				return j
			}
			return 0
		default:
			return 0
		}
	}
	return 0
}

// n116PersonHead reports whether the description that ends at toks[k]
// has a person for its head: the last word before its first "of",
// "for" or "at", or its last word ("the head of the agency", "the
// agency's spokesman", "a director at the firm"), in persons.txt or a
// word of leading.
func n116PersonHead(toks []tok, k int) bool {
	h := k - 1
	for j := 2; j < k; j++ {
		if w := toks[j].low; w == "of" || w == "for" || w == "at" {
			h = j - 1
			break
		}
	}
	if h < 0 || !toks[h].word {
		return false
	}
	w := toks[h].low
	return toks[h].is(isPerson) || n116Leading[w] || strings.HasSuffix(w, "-general")
}

// n116Leading are heads of a description of one who leads, not in
// persons.txt because elsewhere they are no person ("the head of the
// queue").
var n116Leading = map[string]bool{"head": true, "chief": true, "boss": true, "leader": true}

// n116QuotedAsDirect gives a direct quotation whose cue is an agency's
// "quoted" to the one quoted: "“…,” Interfax quoted the minister as
// saying." The words after the cue, to the sentence's full stop, are
// "Y as saying" (n116QuotedY); Y speaks, through the agency, as
// n89QuotedAs reads the indirect "X quoted Y as saying Z".
func n116QuotedAsDirect(d *doc.Document) {
	text := d.Text
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Cue.End-q.Cue.Start != len("quoted") || q.Kind != doc.QuoteDirect || q.Speaker.Name == "" || q.Cue.End < q.End {
			continue // "quoted" and "quotes" are six bytes: most cues are turned away by their length
		}
		if w := text[q.Cue.Start:q.Cue.End]; w != "quoted" && w != "quotes" {
			continue
		}
		rest := text[q.Cue.End:min(len(text), q.Cue.End+160)]
		k := strings.Index(rest, " as saying")
		if k <= 0 || !strings.HasPrefix(rest[k+len(" as saying"):], ".") {
			continue
		}
		if m, ok := n116QuotedY(text, q.Cue.End, q.Cue.End+k); ok {
			hand := q.Speaker.Name
			q.Speaker = m
			q.Cue = doc.Span{Start: q.Cue.End + k + 1, End: q.Cue.End + k + len(" as saying")}
			q.Chain = dedupe([]string{hand, m.Name})
		}
	}
}

// n116QuotedAsColon reads the indirect attribution i that the
// attribution reader made of "The agency quoted Ann Lee, the deputy
// minister, as saying: “…”": its words are only "Y as saying" before a
// colon, and the direct quotation after the colon is Y's, through the
// agency. It gives that quotation Y and reports true: the attribution
// i is no report of its own.
func n116QuotedAsColon(d *doc.Document, i int) bool {
	text := d.Text
	q := &d.Quotes[i]
	cs, ce := q.Content[0].Start, q.Content[0].End
	if !strings.HasSuffix(text[cs:ce], " as saying") || !strings.HasPrefix(text[ce:], ":") {
		return false
	}
	m, ok := n116QuotedY(text, cs, ce-len(" as saying"))
	if !ok {
		return false
	}
	for j := i + 1; j < len(d.Quotes) && d.Quotes[j].Start <= ce+8; j++ {
		o := &d.Quotes[j]
		if o.Kind != doc.QuoteDirect || o.Start < ce || strings.TrimSpace(text[ce+1:o.Start]) != "" {
			continue
		}
		o.Speaker = m
		o.Cue = doc.Span{Start: ce - len("as saying"), End: ce}
		o.Chain = dedupe([]string{q.Speaker.Name, m.Name})
		return true
	}
	return false
}

// n116QuotedY reads text[from:to], the words between "quoted" and "as
// saying", as the one quoted: at most 120 bytes with no stop or
// semicolon, opening with a word. The mention keeps an appositive's
// closing comma; the name is the appositive's name where the phrase
// opens with a description ("the deputy minister, Ann Lee").
func n116QuotedY(text string, from, to int) (doc.Speaker, bool) {
	for from < to && text[from] == ' ' {
		from++
	}
	y := text[from:to]
	if y == "" || len(y) > 120 || strings.ContainsAny(y, ".;:“”\"") {
		return doc.Speaker{}, false
	}
	name := strings.TrimRight(y, ", ")
	if c := strings.Index(name, ", "); c > 0 {
		if capital(name[c+2:]) && !capital(name) {
			name = name[c+2:] // "the deputy minister, Ann Lee"
		} else {
			name = name[:c] // "Ann Lee, the deputy minister"
		}
	} else {
		y = name
	}
	return doc.Speaker{Name: name, Mention: doc.Span{Start: from, End: from + len(y)}}, true
}

// n116BodyOfName returns the end of one or two lower-case words at
// toks[j], after a person's name and "of the", that end in a noun of a
// body and then the sentence or the phrase (a mark, no word): "…, said
// Ann Lee of the weather bureau.", "Ed Moss of the local union, who
// …". It returns j when they do not: "of the people", "of the town
// hall meeting on Monday". n115NameOfBody reads the same words after an
// inverted cue of indirect speech.
func n116BodyOfName(text string, toks []tok, j int) int {
	e := j
	for e < len(toks) && e < j+2 && toks[e].word && !capital(toks[e].str(text)) && !toks[e].is(isFunction|isCue|isTimeWord) {
		e++
	}
	if e == j || e < len(toks) && toks[e].word {
		return j
	}
	if h := toks[e-1].low; !bodies[h] && !n107Bodies[h] && !toldBodies[h] {
		return j
	}
	return e
}

// n116OverParagraphs reports whether quotation q, which runs past its
// first paragraph, is one speaker's words over whole paragraphs, each
// re-opened with a mark: nothing but marks and spaces between its
// pieces and after its last one in its last paragraph. n28Runs then
// joins it to the quotation before, as f1Continue joins a one-paragraph
// continuation: "“…,” he said.¶“But … Where is the money?¶“Because it
// hasn’t been here.”" is one quotation in three pieces.
func (a *attributor) n116OverParagraphs(q *doc.Quote) bool {
	text := a.text
	if len(q.Content) < 2 || len(q.Marks) == 0 {
		return false
	}
	for k := 1; k < len(q.Content); k++ {
		if hasLetters(text[q.Content[k-1].End:q.Content[k].Start]) {
			return false
		}
	}
	last := a.d.Paragraphs[a.paragraph(q.End-1)]
	return !hasLetters(text[q.End:last.End])
}

// n116PresentTail is f1ContinueTail after a cue in the present tense,
// where a feature sets the scene after the cue ("Pilkington, now 74,
// says with a laugh, from a camp chair in the shade of the marquee.")
// and the quotation still goes on in the next paragraph.
const n116PresentTail = 16

// n116PresentCue reports whether the cue is a verb in the present
// tense ("says", "adds", "tells"): news features quote in it, novels
// rarely, so a participle after it ("Wardell says, standing on what is
// left of the dune") is where it was said, not a novel's beat before
// the other person's reply (f1Beat).
func n116PresentCue(text string, cue doc.Span) bool {
	if cue.End <= cue.Start || cue.End-cue.Start < 4 {
		return false
	}
	w := text[cue.Start:cue.End]
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && (cues[strings.ToLower(w)] || cues[strings.ToLower(w[:len(w)-1])])
}

// n116Reverend reports whether w, in lower case, is a word of a
// clergy's or a peer's style that follows "the" before a name: "the Very
// Rev Clare Mountjoy", "the Rt Rev Ann Lee", "the Most Rev …", "the Hon
// …". After "the" they open a name, not a description, so the
// appositive names the speaker (appositiveName). A switch, not a map:
// it is asked of names' words (nameAtIndex, candOfIndex).
func n116Reverend(w string) bool {
	switch w {
	case "very", "rt", "right", "most", "rev", "revd", "reverend", "hon", "honourable", "honorable", "venerable", "ven":
		return true
	}
	return false
}

// n116WithoutReverend drops the style's words from the front of a name:
// "Very Rev Clare Mountjoy" is Clare Mountjoy.
func n116WithoutReverend(name string) string {
	for {
		w, rest, ok := strings.Cut(name, " ")
		if !ok || !n116Reverend(strings.ToLower(strings.TrimSuffix(w, "."))) {
			return name
		}
		name = rest
	}
}

// n116NearPlace reports whether the comma toks[j], inside a relative
// clause of place, opens a phrase that places that place nearer a
// better-known one: "who farms 600 acres at Carr End, near Fallowby",
// "who lives in Ostby, outside Harlow,". A place preposition and one to
// four capitalised words, at the text read's end or before a comma or a
// full stop: the phrase is the clause's, and the mention goes on.
func n116NearPlace(text string, toks []tok, j int) bool {
	if j < 1 || j+2 >= len(toks) || !toks[j-1].word || !capital(toks[j-1].str(text)) || !toks[j+1].word || !n116NearPreps[toks[j+1].low] {
		return false
	}
	e := j + 2
	for e < len(toks) && e < j+6 && toks[e].word && capital(toks[e].str(text)) {
		e++
	}
	if e == j+2 {
		return false
	}
	return e == len(toks) || !toks[e].word && (toks[e].str(text) == "," || toks[e].str(text) == ".")
}

// n116NearPreps place a place by another: "near Fallowby".
var n116NearPreps = map[string]bool{"near": true, "outside": true, "nearby": true}

// n116Owner reports whether w is a possessive determiner before a name
// that, with a noun in lower case after it, is a modifier of that noun,
// a place or a make, not a person "he" or "she" may mean: "who bought
// her Pipi Street house", "his Holden ute" (candOf, candOfIndex,
// oneWordName, which ask it of the word before every name).
func n116Owner(w string) bool {
	switch w {
	case "her", "his", "their", "my", "our", "its", "your":
		return true
	}
	return false
}

// n116NotNoun are the classes of a word after such a name that make it
// no noun the name modifies: "told her Ann said", "his Kate would".
const n116NotNoun = isFunction | isCue | isAuxiliary | isFinite | isPronoun | isAdverb

// n116RoleSubject reads a subject at toks[s] that is a capitalised word
// and a role in lower case before a name, at a sentence's start: "Beef
// farmer Alison Trezise, 44, has a different view:", as n115RoleName
// reads one after a cue. subjectAt read "Beef" alone as a name. The
// mention runs from the first word; the name is the person's.
func n116RoleSubject(text string, toks []tok, s, n int) (found, int, bool) {
	if s+2 >= n || !toks[s].word || !capital(toks[s].str(text)) || toks[s].is(isDet|isFunction|isPronoun) || !toks[s+1].word || !toks[s+1].is(isPerson) || capital(toks[s+1].str(text)) || !mayName(text, toks, s+2) {
		return found{}, s, false
	}
	g, e := subjectAt(text, toks, s+2, n)
	if !g.ok || g.pronoun != "" || !capital(g.name) {
		return found{}, s, false
	}
	g.subj.Start = toks[s].s
	return g, e, true
}

// n116AfterNamedAddressee returns where the content starts when the
// addressee read from toks[j] to toks[e] ran on from a name in capitals
// into the clause's first words, which begin in lower case: "told The
// Bulletin most of his regulars signed the petition", "tells The
// Bulletin crews spent 2,300 hours waiting". The name ends the
// addressee where a clause of a plural subject opens after it
// (n116PluralClause); 0 when none does.
func n116AfterNamedAddressee(text string, toks []tok, j, e int) int {
	for k := j + 1; k < e && k < len(toks); k++ {
		if toks[k-1].word && capital(toks[k-1].str(text)) && toks[k].word && !capital(toks[k].str(text)) && n116PluralClause(toks, k) {
			return k
		}
	}
	return 0
}

// n116PluralClause reports whether a clause opens at toks[k] with a
// subject bareClause does not read: a share of a group ("most of his
// regulars", "half of the crews") or a bare plural ("crews"), then a
// finite verb (a past, an irregular past, an auxiliary or a modal).
func n116PluralClause(toks []tok, k int) bool {
	i := k
	if i+2 < len(toks) && n116Shares[toks[i].low] && toks[i+1].low == "of" {
		i += 2
		if i < len(toks) && toks[i].word && (toks[i].is(isDet) || toks[i].is2(isPossessive)) {
			i++
		}
	}
	n := 0
	for i < len(toks) && n < 3 && toks[i].word && !toks[i].is(isFunction|isAuxiliary|isCue) && !pastInEd(toks[i].low) && !finitePasts[toks[i].low] {
		i++
		n++
	}
	if n == 0 || i >= len(toks) || !toks[i-1].pluralNoun() || !toks[i].word {
		return false
	}
	v := &toks[i]
	return v.is(isAuxiliary|isFinite) || pastInEd(v.low) || finitePasts[v.low]
}

// n116Shares open a share of a group before "of".
var n116Shares = map[string]bool{"most": true, "many": true, "some": true, "all": true, "half": true, "none": true, "few": true, "several": true, "both": true, "each": true}

// n116PastSoon reports whether the noun phrase at toks[j], after a
// share's "of" and its determiner, is followed by a verb in the simple
// past, which finiteSoon does not take for a finite verb: "much of the
// delay lay with insurers", "most of the staff left", "half of the
// crews waited". One to three words that are no function word, verb or
// cue, then the past.
func n116PastSoon(toks []tok, j int) bool {
	i, n := j, 0
	for i < len(toks) && n < 3 && toks[i].word && !toks[i].is(isFunction|isAuxiliary|isCue|isFinite) && !pastInEd(toks[i].low) && !finitePasts[toks[i].low] && toks[i].low != "lay" {
		i++
		n++
	}
	if n == 0 || i >= len(toks) || !toks[i].word {
		return false
	}
	w := toks[i].low
	return pastInEd(w) || finitePasts[w] || w == "lay"
}

// n116CapitalPlural reports whether toks[k] is a capitalised plural (a
// party's or a team's name, "Greens", "Democrats", "Lakers") right
// before a plural possessive's lone apostrophe: "the Greens’ co-leader
// Ann Lee told Bild". possessiveSubject read lower-case plurals only.
func n116CapitalPlural(text string, toks []tok, k int) bool {
	if k+1 >= len(toks) || !toks[k].word || !capital(toks[k].str(text)) || toks[k].is(isFunction) {
		return false
	}
	w := toks[k].str(text)
	if len(w) < 4 || w[len(w)-1] != 's' || w[len(w)-2] == 's' || w[len(w)-2] == '\'' {
		return false
	}
	a := toks[k+1].str(text)
	return (a == "’" || a == "'") && toks[k+1].s == toks[k].e
}

// n116PersonWord reports whether t is a noun of persons, or a compound
// with a hyphen whose last part is one ("co-leader", "vice-chair").
func n116PersonWord(t *tok) bool {
	if t.is(isPerson) {
		return true
	}
	if h := strings.LastIndexByte(t.low, '-'); h > 0 {
		_, ok := persons[t.low[h+1:]]
		return ok
	}
	return false
}

// n116FirstPerson reports whether the words s, a headline's quotation,
// speak in the first person ("I", "I’d", "we", "my", "our"): then the
// name a passive's participle follows after the colon said them, "‘I’d
// never try to hurt anyone’: Kinross banned for four weeks", where
// "‘Reckless’: Smith criticised over …" may be his critics' word.
func n116FirstPerson(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '’' && r != '\'' }) {
		w = strings.ToLower(w)
		if b, _, ok := strings.Cut(w, "’"); ok {
			w = b
		}
		switch w {
		case "i", "we", "my", "our", "me", "us":
			return true
		}
	}
	return false
}
