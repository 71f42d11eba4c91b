package speaker

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n9Finish cleans the speaker names a user reads, after every other
// rule has named the speakers (the dev scorer reads mentions, so a junk
// name goes unseen there). These classes of junk are read:
//
//   - A name copied from a mention that runs over a line break keeps the
//     break: "Mr.\nKnightley", "the young\ngirl" (hard-wrapped text). The
//     name a user reads has one space for each run of white space; the
//     chain's names too (n9Space).
//   - A name that holds a relative clause set off by a comma: "The
//     alliance, which includes the nation's two largest unions and …".
//     The clause says who the speaker is, it is no part of the name; the
//     name ends before the comma (n9CutClause).
//   - A name that runs on into its verb: "The officer enquired", "A
//     Gallup Korea poll released". The name ends before the verb
//     (n9CutVerb).
//   - A noun read as the cue, after a mention that is a determiner and
//     modifiers with no noun: "the open answers", "a gentle laugh", "was
//     the impatient reply". The words are a noun phrase, not a subject
//     and its verb: nobody speaks there (n9NounCue).
//   - A contraction read as the mention: "It's faster and offers more",
//     "You'll be able to find them", "Don’t say “…”" (n9Contraction).
//   - A label before a colon that names no one: "Q: Is there an RFC?",
//     "Dear Judy: …", "CHAPTER I PARIS: …" (n9Label), and the terms of a
//     glossary ("Task: Unit of execution of a lambda.", n9Glossary).
//   - A "who" that asks read as a relative pronoun: "it's not clear who
//     should accept it" (n9Question).
//
// In the last four a direct or mixed quotation keeps its words and has
// no speaker (its real speaker is not in those words); an indirect one
// made of the misread clause is no quotation, and goes (n9Drop).
func n9Finish(d *doc.Document) {
	drop := false
	glossary := n9Glossary(d)
	cleaned := map[string]string{}
	lastName, lastClean := "", ""
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Speaker.Name == "" {
			continue
		}
		if n9NounCue(d.Text, q.Speaker.Mention, q.Cue) || n9Contraction(d.Text, q.Speaker) || n9Label(d.Text, q.Speaker.Mention, q.Cue) || n9Question(d.Text, q.Speaker.Mention) || glossary[i] {
			if q.Kind == doc.QuoteIndirect {
				drop = true
				continue
			}
			q.Speaker, q.Cue, q.Chain = doc.Speaker{}, doc.Span{}, nil
			continue
		}
		// A text names the same few speakers again and again: each
		// name is cleaned once.
		// The last name asked first: quotations by one speaker come
		// in runs, and the map's hashing cost more than the name's
		// comparison.
		var name string
		if q.Speaker.Name == lastName {
			name = lastClean
		} else {
			var ok bool
			if name, ok = cleaned[q.Speaker.Name]; !ok {
				name = n9Clean(q.Speaker.Name)
				cleaned[q.Speaker.Name] = name
			}
			lastName, lastClean = q.Speaker.Name, name
		}
		if name == q.Speaker.Name {
			continue
		}
		old := q.Speaker.Name
		q.Speaker.Name = name
		for k, c := range q.Chain {
			if c == old {
				q.Chain[k] = name
			} else {
				q.Chain[k] = n9Space(c)
			}
		}
	}
	if drop {
		n9Drop(d, glossary)
	}
}

// n9Clean returns name with its white space made single spaces and a
// comma's relative clause cut off.
func n9Clean(name string) string {
	return n9CutVerb(n9CutClause(n9Space(name)))
}

// n9CutVerb ends a name before a verb in "-ed", or "having", that
// follows its head: "The officer enquired", "The woman looked
// frightened", "The Chozo civilisation attempted", "A Gallup Korea poll
// released", "Mr Gibbs having". The mention ran on past the subject
// into its verb; the name is the subject. The verb is the third word
// or later, of six at most, with no hyphen ("tall-hatted"); it is not
// read as a verb when the word
// before it is a determiner, a pronoun, an adjective, an adverb or a
// preposition ("The alarmed colonists", "everyone I interviewed", "Only
// 52 percent of registered voters"), nor when a preposition follows it
// ("research conducted by the Center", "consultant focused on embedded
// systems"): a participle's phrase is part of the name. A determiner
// or pronoun between the head and the verb opens a contact clause ("a
// report the agency released"), which is part of the name too.
func n9CutVerb(name string) string {
	if n9FewWords(name) || !strings.Contains(name, "ed") && !strings.Contains(name, "having") {
		return name // too short, or no word it reads: most names, asked first
	}
	words := strings.Fields(name)
	if len(words) < 3 || len(words) > 6 {
		return name
	}
	for i := 2; i < len(words); i++ {
		w := words[i]
		if w != "having" && !(len(w) > 4 && strings.HasSuffix(w, "ed") && v1LowerWord(w) && !strings.Contains(w, "-")) {
			continue
		}
		if n9Subject(words[1:i]) {
			return name // "a report the agency released": a contact clause's subject and verb
		}
		prev := strings.ToLower(words[i-1])
		if n9Determiners[prev] || n9Modifiers[prev] || pronouns[prev] || strings.HasSuffix(prev, "ly") || n9AdjectiveLike(prev) {
			continue
		}
		if i+1 < len(words) && n9Modifiers[words[i+1]] {
			continue
		}
		return strings.Join(words[:i], " ")
	}
	return name
}

// n9FewWords reports whether name is ASCII and has fewer than three
// words: fewer than two white space bytes. (Other bytes may be white
// space that strings.Fields cuts at, so a name with any is not asked.)
func n9FewWords(name string) bool {
	spaces := 0
	for i := 0; i < len(name); i++ {
		switch c := name[i]; {
		case c >= utf8.RuneSelf:
			return false
		case c == ' ' || c >= '\t' && c <= '\r':
			spaces++
		}
	}
	return spaces < 2
}

// n9Subject reports whether words hold a determiner or a pronoun, the
// start of a contact clause's subject in a name ("a report the agency
// released", "the plan he announced").
func n9Subject(words []string) bool {
	for _, w := range words {
		if lw := strings.ToLower(w); n9Determiners[lw] || pronouns[lw] {
			return true
		}
	}
	return false
}

// n9Modifiers are the prepositions and other words around a participle
// that make it a modifier in a name (n9CutVerb).
var n9Modifiers = map[string]bool{
	"by": true, "on": true, "in": true, "at": true, "for": true, "with": true, "to": true,
	"from": true, "of": true, "into": true, "onto": true, "as": true, "about": true, "over": true,
	"under": true, "after": true, "before": true, "during": true, "ever": true, "never": true,
	"not": true, "i": true, "you": true, "me": true, "us": true, "them": true, "everyone": true,
	"someone": true, "anyone": true, "and": true, "or": true, "newly": true, "well": true,
}

// n9Space makes each run of white space in s one space.
func n9Space(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '\n' || c == '\r' || c == '\t' || c == ' ' && i+1 < len(s) && s[i+1] == ' ' {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// n9CutClause ends a name before ", which" or ", who" (and "whose",
// "whom"): "The authors of the report, which include …" is "The authors
// of the report". The name before the comma must hold a word.
func n9CutClause(name string) string {
	if strings.IndexByte(name, ',') < 0 {
		return name
	}
	for _, rel := range [...]string{", which ", ", who ", ", whose ", ", whom "} {
		if k := strings.Index(name, rel); k > 0 {
			return strings.TrimSpace(name[:k])
		}
	}
	return name
}

// n9Label reports whether a mention before a colon cue is a label that
// names no one: a letter alone ("Q: Is there an RFC?", an interview's
// or FAQ's question), a salutation ("Dear Judy: Your letter is here"),
// or a chapter heading ("CHAPTER I PARIS: …"). A name or a headline's
// source before a colon ("Pence: …", "Poll: …") is left alone.
func n9Label(text string, m, cue doc.Span) bool {
	if m.End <= m.Start || cue.End <= cue.Start || trimSpace(text[cue.Start:cue.End]) != ":" || m.End-m.Start > 40 {
		return false
	}
	w := text[m.Start:m.End]
	if len(w) == 1 {
		return w[0] >= 'A' && w[0] <= 'Z'
	}
	return strings.HasPrefix(w, "Dear ") || strings.HasPrefix(w, "Chapter ") || strings.HasPrefix(w, "CHAPTER ")
}

// n9Asking are the words before a "who" that asks: "it's not clear who
// should accept it", "No one knows who wrote it", "she wondered who
// had called".
var n9Asking = map[string]bool{
	"clear": true, "unclear": true, "know": true, "knows": true, "knew": true, "known": true,
	"wonder": true, "wonders": true, "wondered": true, "ask": true, "asks": true, "asked": true,
	"sure": true, "certain": true, "decide": true, "decides": true, "decided": true,
	"determine": true, "explain": true, "understand": true, "remember": true, "forget": true,
	"forgot": true, "learn": true, "idea": true, "matter": true, "guess": true,
}

// n9Question reports whether a mention is a "who" that asks (after a
// word of n9Asking): an interrogative clause names no one, and a rule
// that took "who" for a relative pronoun named a speaker from the words
// before it ("User Research" from "the proposed User Research team,
// though it's not clear who should accept it"). "The officials, who
// added …", "people who say …": a noun before "who" is left alone. The
// word before is read from 20 bytes.
func n9Question(text string, m doc.Span) bool {
	if m.End-m.Start != 3 || text[m.Start:m.End] != "who" {
		return false
	}
	k := m.Start
	for k > 0 && text[k-1] == ' ' {
		k--
	}
	j := k
	for j > 0 && k-j < 20 && text[j-1] >= 'a' && text[j-1] <= 'z' {
		j--
	}
	return j < k && n9Asking[text[j:k]]
}

// n9Glossary marks the indirect quotations that are the entries of a
// glossary or a list of kinds: paragraphs that each open with a term and
// a colon, the term a word or two, three or more in the text, and no
// line of the text opening with the same label as another ("Lambda: A callback implementing business logic." "Task:
// Unit of execution of a lambda." "Priority: Labels defining …"). A
// term defined names no one. A transcript's labels come back turn after
// turn ("Holt: … Trump: … Holt: …", n9LabelTwice), a headline's source
// stands alone,
// a label in capitals ("CLINTON:") is a speaker's: none is marked. It
// returns nil when there are none.
func n9Glossary(d *doc.Document) map[int]bool {
	var at []int
	for i := range d.Quotes {
		q := &d.Quotes[i]
		m := q.Speaker.Mention
		if q.Kind != doc.QuoteIndirect || q.Parent >= 0 || m.End <= m.Start || m.End-m.Start > 30 || q.Cue.End <= q.Cue.Start || trimSpace(d.Text[q.Cue.Start:q.Cue.End]) != ":" {
			continue
		}
		term := d.Text[m.Start:m.End]
		if strings.Count(term, " ") > 1 || strings.ToUpper(term) == term || !n9ParagraphStart(d.Text, m.Start) {
			continue
		}
		at = append(at, i)
	}
	if len(at) < 3 || n9LabelTwice(d.Text) {
		return nil
	}
	marked := make(map[int]bool, len(at))
	for _, i := range at {
		marked[i] = true
	}
	return marked
}

// n9LabelTwice reports whether two lines of text open with the same
// label of one or two words and a colon ("Holt:"), as a transcript's or
// an interview's turns do. One pass over the text; a label is read from
// the first 30 bytes of a line.
func n9LabelTwice(text string) bool {
	seen := map[string]bool{}
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := strings.TrimLeft(text[start:end], " \t\u00a0")
		if c := strings.IndexByte(line, ':'); c > 0 && c <= 30 && strings.Count(line[:c], " ") <= 1 {
			if seen[line[:c]] {
				return true
			}
			seen[line[:c]] = true
		}
		start = end + 1
	}
	return false
}

// n9ParagraphStart reports whether only spaces lie between the line
// break before at (or the text's start) and at; eight bytes are read.
// Web pages indent a paragraph with a no-break space now and then.
func n9ParagraphStart(text string, at int) bool {
	for k := at - 1; k >= 0 && k >= at-8; k-- {
		switch text[k] {
		case '\n':
			return true
		case ' ', '\t', 0xa0, 0xc2: // a space, a tab, a no-break space (C2 A0)
		default:
			return false
		}
	}
	return at == 0
}

// n9Contractions are a pronoun and a verb, or a negated verb, in one
// word, in lower case with an ASCII apostrophe.
var n9Contractions = map[string]bool{
	"i'd": true, "i'll": true, "i'm": true, "i've": true, "you'll": true, "you're": true,
	"you've": true, "you'd": true, "we're": true, "we'll": true, "we've": true, "we'd": true,
	"they're": true, "they'll": true, "they've": true, "they'd": true, "he's": true, "she's": true,
	"it's": true, "he'd": true, "she'd": true, "he'll": true, "she'll": true, "it'll": true,
	"don't": true, "doesn't": true, "didn't": true, "can't": true, "won't": true,
}

// n9Contraction reports whether a speaker's mention is a contraction
// (n9Contractions): "It's faster and offers more", "You'll be able to
// find them", "Don’t say “…”". The subject and its verb are
// one word there, and a rule that took the word for a mention read the
// clause wrong; a plain pronoun ("he", "I") is left alone, as it may be
// the right mention with no name found, and so is a contraction that
// is the name of a mention that is no contraction ("He said that …"
// named "I'd" by a resolution gone wrong: the clause is right). Ten
// bytes at most are read.
func n9Contraction(text string, sp doc.Speaker) bool {
	m := sp.Mention
	return m.End > m.Start && m.End-m.Start <= 10 && n9ContractionWord(text[m.Start:m.End])
}

func n9ContractionWord(w string) bool {
	if len(w) > 10 || len(w) < 3 || marksIn(w)&(mApos|mRightSingle) == 0 {
		return false
	}
	return n9Contractions[strings.ToLower(strings.ReplaceAll(w, "’", "'"))]
}

// n9Determiners open the noun phrases n9NounCue reads.
var n9Determiners = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true,
	"my": true, "our": true, "your": true, "some": true, "many": true, "few": true, "several": true,
	"all": true, "this": true, "that": true, "these": true, "those": true,
}

// n9Adjectives are modifiers seen before a noun that a verb of speaking
// spells the same ("the open answers", "a harsh reply", "a few
// details"), which no suffix of n9AdjectiveEnd tells.
var n9Adjectives = map[string]bool{
	"open": true, "exact": true, "most": true, "little": true, "few": true, "harsh": true,
	"timid": true, "gentle": true, "faint": true, "mental": true, "nonstop": true, "basic": true,
	"certain": true, "human": true, "cruel": true, "husky": true, "laconic": true, "welcome": true,
	"many": true, "best": true, "loud": true, "soft": true, "low": true, "brief": true, "quick": true,
	"short": true, "long": true, "final": true,
	"whole": true, "usual": true, "formal": true, "polite": true, "prompt": true, "impatient": true,
	"blunt": true, "curt": true, "terse": true, "sharp": true, "dry": true, "stern": true, "mild": true,
}

// n9NounsLikeAdjectives end as n9AdjectiveEnd does but name a person or
// a body that speaks: "a relative said", "the public says", "an academic
// argued".
var n9NounsLikeAdjectives = map[string]bool{
	"relative": true, "native": true, "operative": true, "captive": true, "fugitive": true,
	"constable": true, "faithful": true, "public": true, "academic": true, "cleric": true,
	"medic": true, "mechanic": true, "skeptic": true, "sceptic": true, "cynic": true,
	"fanatic": true, "mystic": true, "comic": true, "heretic": true, "republic": true,
	// Nouns in "-ing" for a document or a meeting that speaks: "the
	// ruling states", "the filing claims".
	"ruling": true, "hearing": true, "filing": true, "finding": true, "briefing": true,
	"meeting": true, "warning": true, "reading": true, "recording": true, "posting": true,
	"listing": true, "building": true, "opening": true, "offering": true, "sibling": true,
	"darling": true, "underling": true, "offspring": true,
}

// n9Verbs are forms of verbs of speaking and thinking that are never a
// noun after a modifier: after them the mention is a subject.
var n9Verbs = map[string]bool{
	"say": true, "says": true, "said": true, "tell": true, "tells": true, "told": true,
	"think": true, "thinks": true, "know": true, "knows": true, "knew": true, "believe": true,
	"believes": true, "insist": true, "insists": true, "argue": true, "argues": true,
	"warn": true, "warns": true, "add": true, "adds": true, "explain": true, "explains": true,
	"write": true, "writes": true, "wrote": true, "spoke": true, "felt": true, "feel": true, "feels": true,
	"states": true, "contends": true, "alleges": true, "asserts": true,
	"concludes": true, "agrees": true, "admits": true, "denies": true,
}

// n9Verb and n9Determiner report whether w is a key of n9Verbs and of
// n9Determiners. n9NounCue and n30's readers ask them of the cue and the
// mention's first word of every quotation with a speaker: a switch on
// the words, which the compiler orders by length and bytes, answers
// without hashing the word (TestN9Switches checks them against the
// maps).
func n9Verb(w string) bool {
	switch w {
	case "say", "says", "said", "tell", "tells", "told", "think", "thinks", "know", "knows",
		"knew", "believe", "believes", "insist", "insists", "argue", "argues", "warn", "warns",
		"add", "adds", "explain", "explains", "write", "writes", "wrote", "spoke", "felt",
		"feel", "feels", "states", "contends", "alleges", "asserts", "concludes", "agrees",
		"admits", "denies":
		return true
	}
	return false
}

func n9Determiner(w string) bool {
	switch w {
	case "the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "some", "many",
		"few", "several", "all", "this", "that", "these", "those":
		return true
	}
	return false
}

// n9AdjectiveEnd are endings of adjectives ("extensive", "previous",
// "lifeless", "rousing", "strangest", "early-morning"). Nouns for
// people with these endings ("the detective", "a relative") are in
// persons.txt or n9NounsLikeAdjectives and are left alone.
var n9AdjectiveEnd = [...]string{"ive", "ous", "less", "ful", "ic", "able", "ible", "est", "ing"}

// n9NounCue reports whether the cue right after a mention is a noun of
// the mention's phrase: the mention is a determiner and one to four
// lower-case words whose last one is an adjective (n9Adjectives,
// n9AdjectiveEnd), and the cue
// is one word that follows it after one space, neither a past form
// ("-ed") nor a verb that is never a noun (n9Verbs: "says", "told"). "The frontend accepts", "the company says": the last word is
// a noun and the rule does not read them; "the impatient reply", "the
// open answers": the cue is the head of the phrase. A possessive before
// a noun is left alone: "the president's eagerness to …", "was her
// husband's answer" name who speaks (news corpora mark such nominal
// attributions). It reads the mention and the cue, a few words.
func n9NounCue(text string, m, cue doc.Span) bool {
	if m.End <= m.Start || cue.End <= cue.Start || cue.Start != m.End+1 || m.End-m.Start > 60 || cue.End-cue.Start > 16 {
		return false
	}
	if text[m.End] != ' ' && text[m.End] != '\n' {
		return false
	}
	c := text[cue.Start:cue.End]
	for i := 0; i < len(c); i++ {
		if !(c[i] >= 'a' && c[i] <= 'z') {
			return false // one lower-case word
		}
	}
	if strings.HasSuffix(c, "ed") || n9Verb(c) {
		return false
	}
	if !n9MayOpenWithDeterminer(text[m.Start:m.End]) {
		return false
	}
	var buf [6]string
	words := n9Fields(buf[:0], text[m.Start:m.End])
	if len(words) < 2 || len(words) > 5 || !n9Determiners[strings.ToLower(words[0])] {
		return false
	}
	last := words[len(words)-1]
	for _, w := range words[1:] {
		if !v1LowerWord(w) {
			return false // "the Chinese", "Many Democrats"
		}
	}
	return n9AdjectiveLike(last)
}

// n9Fields appends to dst the words strings.Fields would cut from s, in
// place, and stops after cap(dst) words: no list to allocate when dst
// has room. A byte below utf8.RuneSelf is white space where
// strings.Fields's ASCII test says so; any other rune is decoded and
// asked of unicode.IsSpace, as strings.Fields does for a string that is
// not all ASCII (an invalid byte decodes to utf8.RuneError, no space).
// The mentions of news are often not ASCII ("the company’s own
// ledgers"): strings.Fields made them a list of their own, through
// FieldsFunc, a rune at a time (about 8 M instructions of issue 3's
// pipeline).
//
// Each byte is classed by a table (n9ByteClass): a word's bytes cost a
// load and a test each, where the tests of white space by range cost
// two compares more.
func n9Fields(dst []string, s string) []string {
	for i := 0; i < len(s) && len(dst) < cap(dst); {
	space:
		for i < len(s) {
			switch n9ByteClass[s[i]] {
			case n9ByteWord:
				break space
			case n9ByteSpace:
				i++
			default:
				sp, n := n9WideSpace(s[i:])
				if !sp {
					break space
				}
				i += n
			}
		}
		j := i
	word:
		for j < len(s) {
			switch n9ByteClass[s[j]] {
			case n9ByteWord:
				j++
			case n9ByteSpace:
				break word
			default:
				sp, n := n9WideSpace(s[j:])
				if sp {
					break word
				}
				j += n
			}
		}
		if j > i {
			dst = append(dst, s[i:j])
		}
		i = j
	}
	return dst
}

// The classes of n9ByteClass: a byte of an ASCII word, ASCII white
// space (strings.Fields's asciiSpace: ' ', '\t' to '\r'), and a byte
// beyond ASCII, whose rune n9WideSpace decodes.
const (
	n9ByteWord = iota
	n9ByteSpace
	n9ByteWide
)

// n9ByteClass is each byte's class for n9Fields.
var n9ByteClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = n9ByteWide
		case c == ' ' || c >= '\t' && c <= '\r':
			t[c] = n9ByteSpace
		}
	}
	return t
}()

// n9WideSpace reports whether the rune that s opens with, not ASCII, is
// white space (unicode.IsSpace), and its width.
func n9WideSpace(s string) (bool, int) {
	r, n := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r), n
}

// n9MayOpenWithDeterminer is n9NounCue's first question, asked before
// it cuts the mention into words: whether the mention's first word may
// be one of n9Determiners. In ASCII it reads the first word in place
// (a white space byte ends it) and asks for a determiner of any case;
// a mention with other bytes goes on to the full reading.
func n9MayOpenWithDeterminer(m string) bool {
	i := 0
	for i < len(m) && (m[i] == ' ' || m[i] >= '\t' && m[i] <= '\r') {
		i++
	}
	j := i
	for j < len(m) && m[j] != ' ' && !(m[j] >= '\t' && m[j] <= '\r') {
		if m[j] >= utf8.RuneSelf {
			return true
		}
		j++
	}
	if j == len(m) {
		return false // one word at most: n9NounCue wants two
	}
	w := m[i:j]
	if len(w) > 7 { // "several", the longest determiner
		return false
	}
	var low [7]byte
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[k] = c
	}
	return n9Determiner(string(low[:len(w)]))
}

// n9AdjectiveLike reports whether a lower-case word is an adjective of
// n9Adjectives or ends as one (n9AdjectiveEnd), and is no noun for a
// person (persons.txt, n9NounsLikeAdjectives).
func n9AdjectiveLike(w string) bool {
	if _, ok := persons[w]; ok || n9NounsLikeAdjectives[w] {
		return false
	}
	if n9Adjectives[w] {
		return true
	}
	for _, e := range n9AdjectiveEnd {
		if len(w) > len(e)+2 && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// n9Drop removes the indirect quotations n9NounCue reads as no
// quotation (their speaker's mention and cue are a noun phrase). A
// quotation that hung from one hangs from that one's parent instead,
// and the removed speaker's name leaves its chain of hands; the Parent
// indexes of the rest are remapped.
func n9Drop(d *doc.Document, glossary map[int]bool) {
	gone := make([]bool, len(d.Quotes))
	for i := range d.Quotes {
		q := &d.Quotes[i]
		gone[i] = q.Kind == doc.QuoteIndirect && q.Speaker.Name != "" && (n9NounCue(d.Text, q.Speaker.Mention, q.Cue) || n9Contraction(d.Text, q.Speaker) || n9Label(d.Text, q.Speaker.Mention, q.Cue) || n9Question(d.Text, q.Speaker.Mention) || glossary[i])
	}
	dropQuotes(d, gone, leaveChain)
}

// markGone marks quotation i of n gone for dropQuotes, making the marks
// only when a first one is set: most documents drop nothing.
func markGone(gone []bool, n, i int) []bool {
	if gone == nil {
		gone = make([]bool, n)
	}
	gone[i] = true
	return gone
}

// leaveChain is the orphan function of dropQuotes for a reading dropped
// as no attribution: a quotation that hung from it leaves its speaker
// out of its chain of hands, unless that is the quotation's own speaker
// too, its chain's last hand ("They reported fears about the web but
// followed with “…”": the phrase in marks is still theirs when "fears"
// is read as a noun).
func leaveChain(q, dropped *doc.Quote) {
	name := dropped.Speaker.Name
	if name == q.Speaker.Name {
		return
	}
	q.Chain = slices.DeleteFunc(slices.Clone(q.Chain), func(c string) bool { return c == name })
}

// dropQuotes removes the quotations gone marks. A quotation that hung
// from a removed one hangs from that one's parent instead, orphan
// (if not nil) being told of each removed quotation it passes on its
// way up; the Parent indexes of the rest are remapped. Linear: one pass
// mends the kept quotations where they stand (the removed ones they
// read are not yet moved over), a second moves them down in the same
// array, which every caller lets go of, so that a document's list is
// not made again for each pass that drops a reading (the copy was a
// third of the news pipeline's allocations after the twenty-fifth
// session's passes).
func dropQuotes(d *doc.Document, gone []bool, orphan func(q, dropped *doc.Quote)) {
	remap := make([]int, len(d.Quotes))
	n := 0
	for i := range d.Quotes {
		remap[i] = n
		if !gone[i] {
			n++
		}
	}
	for i := range d.Quotes {
		if gone[i] {
			continue
		}
		q := &d.Quotes[i]
		for q.Parent >= 0 && gone[q.Parent] {
			dropped := &d.Quotes[q.Parent]
			if orphan != nil {
				orphan(q, dropped)
			}
			q.Parent = dropped.Parent
		}
		if q.Parent >= 0 {
			q.Parent = remap[q.Parent]
		}
	}
	k := 0
	for i := range d.Quotes {
		if !gone[i] {
			d.Quotes[k] = d.Quotes[i]
			k++
		}
	}
	clear(d.Quotes[k:])
	d.Quotes = d.Quotes[:k]
}
