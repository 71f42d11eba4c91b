package speaker

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n19Participles reads a participle of saying that hangs from the
// speech clause of a direct quotation: "“…,” Ann Moss said, referring
// to the pier plan", "“…,” he told the crowd, reciting the old rhyme",
// "“…,” she said, not even needing to mention the fare rise", "“…,” Ed
// said, going on to say that the ferry was late", "“…,” she said at a
// news conference announcing that the pier would close". The
// participle says what the same speaker did next with words, and news
// attribution corpora mark it as her attribution (the participle the
// cue, what follows it the content). The sentence reader misses it
// where the verb is no verb of reporting ("referring", "reciting"),
// where it sits between the pieces of the quotation ("“…,” Ed said,
// suggesting a few questions, “…”": the quotation's second piece is
// blocked to the reader), after an addressee ("told the crowd,"), or
// after a phrase of the event ("at a news conference announcing …").
//
// What it reads, after the end of the quotation's cue and speaker
// mention (the quotation's words must come before them):
//   - at most three words of time (timeWords, "on Friday"), then a
//     comma; or, after "told" and its kind, an addressee of at most
//     four words and a comma; or a phrase of at most six words that
//     opens with "at", "in", "during" or "on" and ends with a noun of an
//     event (n19Events), with or without a comma;
//   - at most three adverbs ("not even", "also", "later");
//   - the participle: a verb of reporting in -ing, a verb of citing or
//     reciting words (n19Cites: "referring", "reciting", "quoting",
//     "echoing"), or a participle of going on (n19Going: "going on to",
//     "needing to", "pausing to") with a verb of either kind after "to";
//   - the content: at least two words after the participle and its
//     particle, up to the end of the sentence, the quotation's next
//     piece, or a comma before an opening mark.
//
// What it must not read: a participle of looking, moving or gesturing
// ("she said, laughing", "he said, looking at the map", "he said,
// cutting off a reporter"), which tells what the speaker did and
// reports no words; a participle with no object ("she said,
// clapping."); a participle that a reading already holds as its cue; a
// participle whose object is a single word before a quotation ("adding
// later, “…”": that word is no content); one after a quotation whose
// cue comes first ("Ed said: “…”, adding …" is read by the sentence
// reader). The look-ahead is bounded (n19MaxBytes from the cue's end),
// so the pass costs a constant for each direct quotation.
func n19Participles(d *doc.Document) {
	text := d.Text
	var add []doc.Quote
	var held [2]spanIndex // made at the first reading (n19Held)
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Kind != doc.QuoteDirect || q.Parent >= 0 || q.Speaker.Name == "" || q.Speaker.Mention.End <= q.Speaker.Mention.Start || q.Cue.End <= q.Cue.Start || len(q.Content) == 0 {
			continue
		}
		e := max(q.Cue.End, q.Speaker.Mention.End)
		if q.Content[0].End > e {
			continue // the cue comes first: "Ed said: “…”"
		}
		lim := min(len(text), e+n19MaxBytes)
		for _, c := range q.Content {
			if c.Start >= e {
				lim = min(lim, c.Start)
				break
			}
		}
		if s := n19SentenceEnd(d, e); s < lim {
			lim = s
		}
		cue, content, ok := n19Read(text, e, lim, strings.ToLower(text[q.Cue.Start:q.Cue.End]))
		if !ok || n19Held(&held, d, cue) {
			continue
		}
		add = append(add, doc.Quote{
			Span:    content,
			Content: []doc.Span{content},
			Kind:    doc.QuoteIndirect,
			Parent:  -1,
			Element: -1,
			Speaker: q.Speaker,
			Cue:     cue,
			Chain:   append([]string(nil), q.Chain...),
		})
	}
	if len(add) == 0 {
		return
	}
	n19Insert(d, add)
}

// n19MaxBytes bounds how far after a quotation's cue n19Participles
// reads.
const n19MaxBytes = 400

// n19Events are nouns of an occasion of speaking: a participle right
// after one ("at a news conference announcing …") tells what the
// occasion, and so its speaker, said.
var n19Events = map[string]bool{"conference": true, "briefing": true, "rally": true, "speech": true, "interview": true, "hearing": true, "meeting": true, "event": true, "appearance": true, "ceremony": true, "forum": true, "address": true, "statement": true, "session": true}

// n19Cites are participles of citing, reciting or pointing to words,
// which are no verbs of reporting: after a speech clause they tell what
// the speaker's words were about. A second field is a particle the
// participle may take ("referring to").
var n19Cites = map[string]string{
	"referring": "to", "refer": "to", "alluding": "to", "allude": "to",
	"reciting": "", "recite": "", "quoting": "", "echoing": "", "echo": "",
	"paraphrasing": "", "paraphrase": "", "invoking": "", "invoke": "",
	"repeating": "", "repeat": "", "recounting": "", "recount": "",
	"contrasting": "", "contrast": "", "comparing": "", "compare": "",
	"mentioning": "", "mention": "", "quote": "",
}

// n19Going are participles of going on, after which "to" and a verb of
// saying or citing say what the speaker went on to say.
var n19Going = map[string]string{"going": "on to", "proceeding": "to", "pausing": "to", "needing": "to", "stopping": "to", "moving": "on to", "taking": "care to"}

// n19Adverbs may stand between the comma and the participle.
var n19Adverbs = map[string]bool{"not": true, "even": true, "also": true, "then": true, "again": true, "later": true, "repeatedly": true, "briefly": true, "apparently": true}

// n19Addressing are cues whose addressee may stand before the comma:
// "told the crowd, reciting …".
var n19Addressing = map[string]bool{"told": true, "tells": true, "tell": true, "reminded": true, "assured": true}

// n19Read reads the grammar of n19Participles in text[e:lim], the words
// after a speech clause that ends at e: it returns the participle and
// its particle (the cue) and what follows (the content).
func n19Read(text string, e, lim int, cueWord string) (cue, content doc.Span, ok bool) {
	at := e
	s, w := n19Next(text, at, lim)
	w = strings.ToLower(w)
	// words of time before the comma: "said Monday,", "said on Friday,"
	for n := 0; n < 3 && s >= 0 && (timeWords[w] || w == "on" && n == 0); n++ {
		s2, w2 := n19Next(text, s+len(w), lim)
		if w == "on" && !timeWords[strings.ToLower(w2)] {
			break // "on" before an event: read below
		}
		at = s + len(w)
		s, w = s2, strings.ToLower(w2)
	}
	switch {
	case s >= 0 && text[s] == ',':
		at = s + 1
	case s >= 0 && (w == "at" || w == "in" || w == "during" || w == "on"):
		// a phrase of the event: "at a recent news conference"
		at = s + len(w)
		found := false
		for n := 0; n < 6; n++ {
			s2, w2 := n19Next(text, at, lim)
			if s2 < 0 || !n19IsWord(w2) {
				return cue, content, false
			}
			at = s2 + len(w2)
			if n19Events[strings.ToLower(w2)] {
				found = true
				break
			}
		}
		if !found {
			return cue, content, false
		}
		if s3, _ := n19Next(text, at, lim); s3 >= 0 && text[s3] == ',' {
			at = s3 + 1
		}
	case s >= 0 && n19Addressing[cueWord] && n19IsWord(w):
		at = s + len(w)
		for n := 0; ; n++ {
			s2, w2 := n19Next(text, at, lim)
			if s2 >= 0 && text[s2] == ',' {
				at = s2 + 1
				break
			}
			if n >= 3 || s2 < 0 || !n19IsWord(w2) {
				return cue, content, false
			}
			at = s2 + len(w2)
		}
	default:
		return cue, content, false
	}
	// adverbs, then the participle
	var ps int
	var pw string
	for n := 0; ; n++ {
		ps, pw = n19Next(text, at, lim)
		if ps < 0 || !n19IsWord(pw) || strings.ToLower(pw) != pw {
			return cue, content, false // a capital: a name, not a participle
		}
		if !n19Adverbs[pw] && !(len(pw) > 4 && strings.HasSuffix(pw, "ly")) {
			break
		}
		if n >= 3 {
			return cue, content, false
		}
		at = ps + len(pw)
	}
	if !strings.HasSuffix(pw, "ing") || len(pw) < 5 {
		return cue, content, false
	}
	at = ps + len(pw)
	switch particle, cites := n19Cites[pw]; {
	case cites:
		if particle != "" {
			if s2, w2 := n19Next(text, at, lim); s2 >= 0 && w2 == particle {
				at = s2 + len(w2)
			}
		}
	case n19Going[pw] != "":
		for _, p := range strings.Fields(n19Going[pw]) {
			s2, w2 := n19Next(text, at, lim)
			if s2 < 0 || w2 != p {
				return cue, content, false
			}
			at = s2 + len(w2)
		}
		s2, w2 := n19Next(text, at, lim)
		if s2 < 0 || !n19IsWord(w2) {
			return cue, content, false
		}
		if p, cites := n19Cites[w2]; cites {
			at = s2 + len(w2)
			if s3, w3 := n19Next(text, at, lim); p != "" && s3 >= 0 && w3 == p {
				at = s3 + len(w3)
			}
		} else if e2, ok := n19Sense(text, s2+len(w2), lim, w2); ok {
			at = e2
		} else {
			return cue, content, false
		}
	default:
		e2, ok := n19Sense(text, at, lim, pw)
		if !ok {
			return cue, content, false
		}
		at = e2
	}
	cue = doc.Span{Start: ps, End: at}
	// the content: two words at least, to the sentence's end, the
	// quotation's next piece, or a comma before an opening mark
	cs, _ := n19Next(text, at, lim)
	if cs < 0 || text[cs] == ',' || text[cs] == '.' || text[cs] == ';' || text[cs] == ':' || text[cs] == ')' {
		return cue, content, false
	}
	end := lim
	for j := cs; j < lim; j++ {
		if text[j] == ',' {
			k := j + 1
			for k < lim && text[k] == ' ' {
				k++
			}
			if k >= lim || n19OpenMark(text[k:]) {
				end = j
				break
			}
		}
	}
	for end > cs && strings.ContainsRune(" \t\n.,;:", n19LastRune(text[cs:end])) {
		_, size := utf8.DecodeLastRuneInString(text[cs:end])
		end -= size
	}
	if end <= cs || len(strings.Fields(text[cs:end])) < 2 {
		return cue, content, false
	}
	return cue, doc.Span{Start: cs, End: end}, true
}

// n19Classes are the classes of reporting.txt whose participle
// n19Participles reads: speech, evidence, request and evaluation. A
// participle of belief, intention or decision after a speech clause
// tells the speaker's mood ("she replied, not feeling anxious", "he
// said, willing to say more"), and one of "hold" (t) a gesture.
const n19Classes = "skovre"

// n19Sense reports whether w, a verb of reporting.txt, has a sense of
// n19Classes whose particle, if any, follows at: "pointing out",
// "laying out" ("laying down her fork" is none). It returns the end of
// the longest particle read (at for none).
func n19Sense(text string, at, lim int, w string) (int, bool) {
	end, ok := at, false
	for _, s := range reportingSenses(w) {
		if !strings.ContainsRune(n19Classes, rune(s.class)) {
			continue
		}
		if s.particle == "" {
			ok = true
			continue
		}
		e, match := at, true
		for _, p := range strings.Fields(s.particle) {
			s2, w2 := n19Next(text, e, lim)
			if s2 < 0 || strings.ToLower(w2) != p {
				match = false
				break
			}
			e = s2 + len(w2)
		}
		if match && e > end {
			end, ok = e, true
		}
	}
	return end, ok
}

// n19Next returns the start of the next word or punctuation mark in
// text[at:lim] after white space, and the word as written ("" for a
// mark); -1 at lim or at a line's end.
func n19Next(text string, at, lim int) (int, string) {
	for at < lim && (text[at] == ' ' || text[at] == '\t') {
		at++
	}
	if at >= lim || text[at] == '\n' {
		return -1, ""
	}
	j := at
	for j < lim {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || (r == '-' || r == '\'' || r == '’') && j > at) {
			break
		}
		j += size
	}
	if j == at {
		return at, ""
	}
	return at, text[at:j]
}

// n19IsWord reports whether w is a word (not a mark).
func n19IsWord(w string) bool { return w != "" }

// n19OpenMark reports whether s opens with a quotation mark that opens.
func n19OpenMark(s string) bool {
	return strings.HasPrefix(s, "“") || strings.HasPrefix(s, "\"") || strings.HasPrefix(s, "‘")
}

func n19LastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// n19SentenceEnd returns the end of the sentence that holds at, or
// len(text) when none does.
func n19SentenceEnd(d *doc.Document, at int) int {
	ss := d.Sentences
	k := sort.Search(len(ss), func(k int) bool { return ss[k].Span.End > at })
	if k < len(ss) && ss[k].Span.Start <= at {
		return ss[k].Span.End
	}
	return len(d.Text)
}

// n19Held reports whether a reading already holds the participle:
// as its cue, or inside its words. It asks indexes of the quotations'
// cues and contents (made at the first call, into idx), so that a
// document with many readings is read in n log n.
func n19Held(idx *[2]spanIndex, d *doc.Document, cue doc.Span) bool {
	if idx[0].starts == nil {
		idx[0] = quoteSpans(d.Quotes, func(q *doc.Quote) doc.Span { return q.Cue }, false)
		var spans []doc.Span
		var owners []int
		for i := range d.Quotes {
			for _, c := range d.Quotes[i].Content {
				spans, owners = append(spans, c), append(owners, i)
			}
		}
		idx[1] = indexSpans(spans, owners)
	}
	return idx[0].overlaps(cue.Start, cue.End, -1) || idx[1].overlaps(cue.End-1, cue.Start+1, -1)
}

// n19Insert puts the quotations of add (in order of Start) into
// d.Quotes by Start, after those with the same Start, and renumbers
// the parents.
func n19Insert(d *doc.Document, add []doc.Quote) {
	sort.SliceStable(add, func(i, j int) bool { return add[i].Start < add[j].Start })
	old := d.Quotes
	out := make([]doc.Quote, 0, len(old)+len(add))
	remap := make([]int, len(old))
	added := make([]bool, 0, len(old)+len(add)) // out[k] is one of add
	j := 0
	for i := range old {
		for j < len(add) && add[j].Start < old[i].Start {
			out, added = append(out, add[j]), append(added, true)
			j++
		}
		remap[i] = len(out)
		out, added = append(out, old[i]), append(added, false)
	}
	for ; j < len(add); j++ {
		out, added = append(out, add[j]), append(added, true)
	}
	for k := range out {
		if p := out[k].Parent; p >= 0 {
			out[k].Parent = remap[p]
		}
	}
	// A phrase in marks inside the participle's content is the
	// speaker's words, as the sentence reader makes it: "adding that
	// “…”" (the child of the indirect quotation).
	for k := range out {
		r := &out[k]
		if r.Kind != doc.QuoteIndirect || r.Parent >= 0 || len(r.Content) != 1 || !added[k] {
			continue
		}
		for j := k + 1; j < len(out) && out[j].Start < r.End; j++ {
			c := &out[j]
			if c.Parent >= 0 || c.Kind == doc.QuoteDirect || len(c.Content) == 0 || c.Content[len(c.Content)-1].End > r.End {
				continue
			}
			c.Parent = k
			if c.Kind == doc.QuoteMixed && c.Speaker.Name == "" {
				c.Speaker, c.Chain = r.Speaker, r.Chain
			}
		}
	}
	d.Quotes = out
}
