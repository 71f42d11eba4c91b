package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// c5Finish corrects the speaker mentions of five shapes of English noun
// phrase, which a mention widened up to its cue gets wrong, after every
// other pass has set them. It reads each mention once, right before
// its cue, and builds no string.
//
//   - A relative clause with no pronoun whose subject is a name, after a
//     noun of time or of words: in "The morning Mr. Obama unveiled the
//     plan, he …" and "the famous story John F. Kennedy told about his
//     father" the subject of the cue is the name; the noun before it is
//     what the clause is about (c5ContactName).
//
//   - Two predicates of one relative pronoun: in "Ann Lee, a lawyer who
//     led the team and considers Kaine her mentor" the subject of
//     "considers" is "who", as it is of "led"; the mention ran up to the
//     "and" (c5CoordinatedRelative).
//
//   - The same clause after "according to" and a noun of a person's
//     words: in "according to a speech Mrs. Clinton delivered in July"
//     the words are Mrs. Clinton's, who is named (c5AccordingName).
//
//   - "Each of" before a plural subject: in "Each of the candidates
//     said …" the subject is the whole partitive, as "Many of the
//     senators" and "Each of them" are read (c5EachOf).
//
//   - A mention that holds another quotation's subject and cue, as a
//     name run through a headline in title case does: in "Obama Says
//     Museum Will Tell of ‘Suffering and Delight’" the words in marks
//     were read as told by "Obama Says Museum". No noun phrase holds a
//     verb with its subject; the words are the other quotation's
//     speaker's, handed over by its cue and through its chain
//     (c5CueInside).
//
// The name the first three shapes give is left as it was: they name
// the same one.
func c5Finish(d *doc.Document) {
	text := d.Text
	for i := range d.Quotes {
		q := &d.Quotes[i]
		m := q.Speaker.Mention
		if m.End-m.Start < 4 {
			continue // "he", "who": none of the shapes
		}
		// Each shape is gated by a byte: a capital opening the mention
		// (a headline's run), "d" or "r" ending it ("and", "or"), a
		// cue right after it (a contact clause).
		if c := text[m.Start]; c >= 'A' && c <= 'Z' && q.Kind != doc.QuoteIndirect && i > 0 {
			if p := c5CueInside(text, d.Quotes, i); p >= 0 {
				o := &d.Quotes[p]
				q.Speaker, q.Cue, q.Chain = o.Speaker, o.Cue, append([]string(nil), o.Chain...)
				continue
			}
		}
		if m.Start >= 8 && text[m.Start-2] == 'f' {
			// A noun phrase, whatever its place: a mention is only part
			// of "each of the candidates".
			if s := c5EachOf(text, m.Start); s < m.Start {
				q.Speaker.Mention.Start = s
				continue
			}
		}
		if q.Cue.End-q.Cue.Start == len("according to") && q.Cue.End <= m.Start {
			if sp, ok := c5AccordingName(text, q.Cue, m); ok {
				q.Speaker.Mention, q.Speaker.Name = sp, text[sp.Start:sp.End]
				continue
			}
		}
		if g := q.Cue.Start - m.End; q.Cue.End <= q.Cue.Start || g < 1 || g > 3 || text[m.End] != ' ' || text[q.Cue.Start-1] != ' ' || g == 3 && text[m.End+1] != ' ' {
			continue // the other two: only a subject right before its cue, with spaces between
		}
		if c := text[m.Start] | 0x20; c == 't' || c == 'a' {
			if s := c5ContactName(text, m, q.Speaker.Name); s > m.Start {
				q.Speaker.Mention.Start = s
				continue
			}
		}
		if e := text[m.End-1]; e == 'd' || e == 'r' {
			if r, ok := c5CoordinatedRelative(text, m); ok {
				q.Speaker.Mention = r
			}
		}
	}
}

// c5ContactNouns are nouns of time and of words that a relative clause
// with no pronoun follows in news prose ("the day Ms. Lee announced",
// "the story Kennedy told"). A noun that may stand before a name as its
// description ("the company Apple said", "the newspaper Le Monde
// reported", "the lawyer Ann Lee said") is not here: there the name is
// an appositive and the whole phrase the subject.
var c5ContactNouns = map[string]bool{
	"day": true, "morning": true, "afternoon": true, "evening": true, "night": true, "week": true,
	"weekend": true, "month": true, "year": true, "moment": true, "time": true, "hour": true,
	"story": true, "speech": true, "remarks": true, "words": true, "joke": true, "anecdote": true,
	"line": true, "promise": true, "letter": true, "tweet": true, "message": true,
}

// c5ContactName returns where the name starts in a mention that reads
// determiner, lower-case words ending with a noun of c5ContactNouns, then
// name, the name being the mention's Name ("The morning Mr. Obama" →
// "Mr. Obama"); else m.Start.
func c5ContactName(text string, m doc.Span, name string) int {
	s := text[m.Start:m.End]
	if len(name) == 0 || len(name) >= len(s) || !strings.HasSuffix(s, name) || !capital(name) {
		return m.Start
	}
	head := strings.TrimRight(s[:len(s)-len(name)], " ")
	if len(head) == len(s)-len(name) {
		return m.Start // no space before the name: not a word of its own
	}
	sp := strings.IndexByte(head, ' ')
	if sp < 0 {
		return m.Start
	}
	switch strings.ToLower(head[:sp]) {
	case "the", "a", "an", "that", "this":
	default:
		return m.Start
	}
	words := head[sp+1:]
	for _, r := range words {
		if !(r >= 'a' && r <= 'z' || r == ' ' || r == '-') {
			return m.Start // only lower-case words between the determiner and the noun
		}
	}
	if !c5ContactNouns[words[strings.LastIndexByte(words, ' ')+1:]] {
		return m.Start
	}
	return m.End - len(name)
}

// c5CoordinatedRelative returns the relative pronoun of a mention that
// ends with "and" or "or" after a relative clause ("X, a lawyer who led
// the team and"): the subject of the second predicate. The pronoun is
// the last "who", "which" or "that" before the conjunction, within the
// mention's last 200 bytes.
func c5CoordinatedRelative(text string, m doc.Span) (doc.Span, bool) {
	s := text[m.Start:m.End]
	var cut int
	switch {
	case strings.HasSuffix(s, " and"):
		cut = len(s) - 4
	case strings.HasSuffix(s, " or"):
		cut = len(s) - 3
	default:
		return doc.Span{}, false
	}
	lo := max(0, cut-200)
	for i := cut; i > lo; i-- {
		if s[i-1] != ' ' {
			continue
		}
		for _, w := range [...]string{"who", "which", "that"} {
			if strings.HasPrefix(s[i:cut], w) && i+len(w) < cut && s[i+len(w)] == ' ' {
				return doc.Span{Start: m.Start + i, End: m.Start + i + len(w)}, true
			}
		}
	}
	return doc.Span{}, false
}

// c5CueInside returns the index of a quotation just before quotation i
// (one of the two before it in the order of Start: the words in marks
// come after the other quotation's cue, with at most a nested one
// between) whose speaker's mention opens quotation i's mention and whose cue, in capitals, lies inside it: a
// headline's "Obama Says Museum", or -1. A relative clause is no such
// run ("The people who think the tax is unfair insist …": its "who"
// does not open the mention, and its verb is in lower case).
func c5CueInside(text string, qs []doc.Quote, i int) int {
	m := qs[i].Speaker.Mention
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		p := &qs[j]
		pm := p.Speaker.Mention
		if pm.Start != m.Start || p.Cue.End <= p.Cue.Start {
			continue
		}
		if pm.End <= p.Cue.Start && p.Cue.End <= m.End && pm.End < m.End && text[p.Cue.Start] >= 'A' && text[p.Cue.Start] <= 'Z' {
			return j
		}
	}
	return -1
}

// c5EachOf returns where "Each of" or "each of" starts right before a
// mention that starts at start ("Each of the candidates"), else start.
func c5EachOf(text string, start int) int {
	const n = len("each of ")
	if start < n || text[start-1] != ' ' || text[start-2] != 'f' {
		return start
	}
	if w := text[start-n : start]; w != "each of " && w != "Each of " {
		return start
	}
	if b := start - n - 1; b >= 0 && (text[b] >= 'a' && text[b] <= 'z' || text[b] >= 'A' && text[b] <= 'Z') {
		return start // part of a longer word
	}
	return start - n
}

// c5SpokenNouns are the nouns of a person's own words that "according
// to" may name with a relative clause on their speaker ("according to a
// speech Mrs. Clinton delivered"). A document a body issues ("a report
// the agency released") is not here: it is the source as written.
var c5SpokenNouns = map[string]bool{
	"speech": true, "remarks": true, "words": true, "letter": true, "tweet": true, "tweets": true,
	"statement": true, "interview": true, "testimony": true, "memo": true, "email": true, "post": true,
}

// c5AccordingName returns the name in a mention after "according to"
// that reads determiner, lower-case words ending with a noun of
// c5SpokenNouns, a name in capitals, then a past form: "a speech Mrs.
// Clinton delivered at New York University" → "Mrs. Clinton".
func c5AccordingName(text string, cue, m doc.Span) (doc.Span, bool) {
	if c := text[cue.Start:cue.End]; c != "according to" && c != "According to" {
		return doc.Span{}, false
	}
	s := text[m.Start:m.End]
	if len(s) > 200 {
		s = s[:200]
	}
	sp := strings.IndexByte(s, ' ')
	if sp < 0 {
		return doc.Span{}, false
	}
	switch strings.ToLower(s[:sp]) {
	case "a", "an", "the", "that", "this":
	default:
		return doc.Span{}, false
	}
	// Lower-case words up to the first capital; the last is the noun.
	i := sp + 1
	last := i
	for i < len(s) && s[i] >= 'a' && s[i] <= 'z' {
		last = i
		for i < len(s) && s[i] != ' ' {
			i++
		}
		i++
	}
	if i >= len(s) || i == sp+1 || !(s[i] >= 'A' && s[i] <= 'Z') || !c5SpokenNouns[s[last:i-1]] {
		return doc.Span{}, false
	}
	// The name: words in capitals (with initials and titles) up to a
	// past form in lower case.
	start := i
	for i < len(s) && s[i] >= 'A' && s[i] <= 'Z' {
		for i < len(s) && s[i] != ' ' {
			i++
		}
		i++
	}
	if i >= len(s) || i == start {
		return doc.Span{}, false
	}
	v := s[i:]
	if e := strings.IndexByte(v, ' '); e >= 0 {
		v = v[:e]
	}
	if !(strings.HasSuffix(v, "ed") && len(v) > 4 || v == "wrote" || v == "gave" || v == "made" || v == "sent" || v == "posted") {
		return doc.Span{}, false
	}
	return doc.Span{Start: m.Start + start, End: m.Start + i - 1}, true
}
