package speaker

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n43Relatives adds the reading of a relative clause set off by a comma
// whose subject is a source and whose verb reports or names what the
// relative pronoun stands for: "the test, which state media claimed
// now allows the army to build smaller warheads" (state media claimed
// that the test now allows …), "a speech, which the party pointed to as
// proof of its openness". The pronoun is the object of the verb, not its
// subject, so no reader of subject-verb-words finds it; the sentence's
// own attribution, if any, then swallowed the clause and its source
// (n43Clauses, run after the nesting pass, ends that one's words at
// the comma). It reads only such a clause inside the words of an
// indirect reading, where it took the wrong speaker: the text's lower
// case is searched for ", which " only there (a search of the whole
// text cost some 18 M instructions on the benchmark).
//
// It reads ", which" then a noun phrase of one to six words (holding
// no verb, auxiliary, adverb in "-ly", preposition or pronoun; an
// auxiliary "has"/"have"/"had" may end it) and a verb of
// n43RelativeCues. The words run from the verb to the end of the
// sentence for a verb of saying ("claimed", "says"; none when a comma
// comes first, which may close the clause), to the next mark
// of punctuation for a verb of naming ("called", "described as"), at
// most n43RelativeReach bytes. A verb another reading already holds as
// its cue is left.
func (a *attributor) n43Relatives() {
	d := a.d
	text, lower := a.text, a.ix.lower
	var add []doc.Quote
	var cues n43CueIndex
	var seen map[int]bool // ", which" positions read: nested readings share their words
	for i := range d.Quotes {
		o := &d.Quotes[i]
		if o.Kind != doc.QuoteIndirect || len(o.Content) == 0 {
			continue
		}
		lo, hi := o.Content[0].Start, o.Content[len(o.Content)-1].End
		for from := lo; from < hi; {
			k := strings.Index(lower[from:hi], ", which ")
			if k < 0 {
				break
			}
			at := from + k + len(", which ")
			from = at
			if seen[at] {
				continue
			}
			if seen == nil {
				seen = map[int]bool{}
			}
			seen[at] = true
			np, cue, naming, ok := n43RelativeClause(text, lower, at)
			if !ok || cues.taken(d.Quotes, cue) {
				continue
			}
			content, ok := n43RelativeWords(text, cue.End, naming)
			if !ok {
				continue
			}
			f := found{subj: np, name: text[np.Start:np.End], cue: cue, ok: true, whole: true}
			// The pronoun stands for what was said, and opens the words
			// as the corpora mark them: "which … now allows …".
			which := doc.Span{Start: at - len("which "), End: at - 1}
			var q doc.Quote
			if a.quoteInto(&q, f, []doc.Span{which, content}, -1) {
				add = append(add, q)
			}
		}
	}
	if len(add) > 0 {
		// n18Merge takes the added readings in order of start; the
		// readings were found in the order of the ones around them.
		slices.SortStableFunc(add, func(p, q doc.Quote) int { return cmp.Compare(p.Start, q.Start) })
		n18Merge(d, add)
	}
}

// n43RelativeReach bounds, in bytes, the words n43RelativeWords reads.
const n43RelativeReach = 300

// n43RelativeCues are the verbs of a relative clause whose object is
// the relative pronoun: saying ones take a clause ("which X claimed
// now allows …"); naming ones a description ("which X called a
// disgrace"). "Pointed to" keeps its "as" in the words, as the corpora
// mark it ("which X pointed to | as an example of …").
var n43RelativeCues = [...]struct {
	w      string
	naming bool
}{
	{"claimed", false}, {"claims", false}, {"claim", false},
	{"said", false}, {"says", false}, {"say", false},
	{"pointed to", true}, {"points to", true}, {"point to", true},
	{"described as", true}, {"describes as", true}, {"describe as", true},
	{"called", true}, {"calls", true}, {"call", true},
	{"termed", true}, {"dubbed", true},
}

// n43NotInPhrase are words that end the noun phrase read as the
// clause's subject: verbs, pronouns, and words of clauses.
var n43NotInPhrase = map[string]bool{
	"is": true, "was": true, "are": true, "were": true, "be": true, "been": true, "being": true,
	"would": true, "will": true, "can": true, "could": true, "may": true, "might": true, "should": true, "must": true,
	"do": true, "does": true, "did": true, "not": true, "also": true, "then": true, "now": true,
	"he": true, "she": true, "they": true, "we": true, "i": true, "it": true, "you": true,
	"to": true, "in": true, "on": true, "for": true, "with": true, "by": true, "at": true, "as": true,
	"that": true, "which": true, "who": true, "what": true, "and": true, "or": true, "but": true,
	"had": true, "has": true, "have": true,
}

// n43RelativeClause reads, from at (after ", which "), the subject
// noun phrase and the cue: up to six words, then a verb of
// n43RelativeCues, with an auxiliary allowed between.
func n43RelativeClause(text, lower string, at int) (np, cue doc.Span, naming, ok bool) {
	i := at
	words := 0
	end := -1 // end of the noun phrase
	for words < 7 && i < len(lower) {
		j := i
		for j < len(lower) && lower[j] != ' ' {
			j++
		}
		w := lower[i:j]
		if words > 0 && end < 0 && len(w) > 1 && strings.HasSuffix(w, ",") && strings.IndexAny(w[:len(w)-1], ",;:.!?()\"") < 0 && !n43NotInPhrase[w[:len(w)-1]] {
			if e, ok := n74RelativeAppositive(text, j+1); ok {
				// "which the bank's chief executive, Tom Reyes, called
				// …": the phrase and its appositive name the source
				// (n74_fronted.go); the cue must follow.
				words, i, end = 6, e+1, e-1
				continue
			}
		}
		if w == "" || strings.IndexAny(w, ",;:.!?()\"") >= 0 && !(words > 0 && strings.HasSuffix(w, ".") && len(w) <= 4) {
			return
		}
		if words > 0 {
			for _, c := range n43RelativeCues {
				if strings.HasPrefix(lower[i:], c.w) && (i+len(c.w) == len(lower) || lower[i+len(c.w)] == ' ') {
					if c.naming && strings.HasPrefix(c.w, "call") && n43CallParticle(lower[i+len(c.w):]) {
						return // "which the council called for in March", "called off": no naming
					}
					if end < 0 {
						end = i - 1
					}
					return doc.Span{Start: at, End: end}, doc.Span{Start: i, End: i + len(c.w)}, c.naming, true
				}
			}
		}
		switch {
		case w == "has" || w == "have" || w == "had":
			if words == 0 {
				return
			}
			if end < 0 {
				end = i - 1
			}
		case end >= 0 || n43NotInPhrase[w] || n43TimeWords[w]:
			return // a verb, pronoun or word of time: "which last year claimed the lives of …"
		case strings.HasSuffix(w, "ly"):
			return // an adverb: "which allegedly claimed", no subject
		}
		words++
		i = j + 1
	}
	return
}

// n43CueIndex is the quotations' cues sorted by start, with the
// greatest end of each prefix, built once on the first question so a
// question costs a binary search, not a pass over every quotation.
type n43CueIndex struct {
	built  bool
	starts []int // cue starts, ascending
	maxEnd []int // maxEnd[k]: the greatest end among cues 0..k
}

// taken reports whether a quotation of qs already holds a cue that
// overlaps cue. qs must not change between questions.
func (x *n43CueIndex) taken(qs []doc.Quote, cue doc.Span) bool {
	if !x.built {
		x.built = true
		// Each cue packs into one key, start above end, and the keys
		// sort as plain integers: a sort through a comparison function
		// was most of the rule's cost on news (about 1.8 M instructions
		// on BenchmarkAnalyzeNews; reflection's sort.Slice, 8 M). A
		// quotation with no cue (the zero span) can overlap nothing. Offsets
		// fit in 32 bits: the text is at most doc.MaxTextSize bytes.
		keys := make([]uint64, 0, len(qs))
		for i := range qs {
			if c := qs[i].Cue; c != (doc.Span{}) {
				keys = append(keys, uint64(c.Start)<<32|uint64(uint32(c.End)))
			}
		}
		slices.Sort(keys)
		x.starts = make([]int, len(keys))
		x.maxEnd = make([]int, len(keys))
		m := 0
		for k, key := range keys {
			x.starts[k] = int(key >> 32)
			m = max(m, int(uint32(key)))
			x.maxEnd[k] = m
		}
	}
	// The cues that start before cue ends; one of them overlaps it when
	// the greatest end among them passes its start.
	k := sort.SearchInts(x.starts, cue.End)
	return k > 0 && x.maxEnd[k-1] > cue.Start
}

// n43RelativeWords returns the words after the cue ending at ce: to the
// sentence's end, or for a naming verb to the next mark of punctuation;
// none when they run past n43RelativeReach or hold a line break.
func n43RelativeWords(text string, ce int, naming bool) (doc.Span, bool) {
	s := ce
	for s < len(text) && text[s] == ' ' {
		s++
	}
	for e := s; e < len(text) && e-s <= n43RelativeReach; e++ {
		switch c := text[e]; c {
		case '\n':
			return doc.Span{}, false
		case '.', '!', '?':
			if e+1 == len(text) || text[e+1] == ' ' || text[e+1] == '\n' {
				if e > s {
					return doc.Span{Start: s, End: e}, true
				}
				return doc.Span{}, false
			}
		case ',', ';', ':', '(':
			if !naming && c == ',' {
				// A comma may close the relative clause inside the outer
				// words ("the bill, which the president says he will
				// sign, would pass"): what follows is the outer
				// sentence's, not the clause's words.
				return doc.Span{}, false
			}
			if naming {
				if e > s {
					return doc.Span{Start: s, End: e}, true
				}
				return doc.Span{}, false
			}
		}
	}
	return doc.Span{}, false
}

// n43TimeWords are words of a phrase of time, which may stand where
// the clause's subject would ("which last year claimed the lives of two
// divers") and name no source.
var n43TimeWords = map[string]bool{
	"last": true, "this": true, "next": true, "earlier": true, "later": true, "once": true, "ago": true,
	"year": true, "years": true, "week": true, "weeks": true, "month": true, "months": true, "day": true, "days": true,
	"today": true, "yesterday": true, "tonight": true, "night": true, "morning": true, "weekend": true, "decade": true, "time": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// n43CallParticle reports whether rest, the text after "call(ed/s)",
// opens with a particle or preposition that makes it another verb:
// "called for" (asked for), "called off", "called on", "called up".
func n43CallParticle(rest string) bool {
	for _, p := range [...]string{" for", " off", " on", " up", " in", " out"} {
		if strings.HasPrefix(rest, p) && (len(rest) == len(p) || rest[len(p)] == ' ' || rest[len(p)] == ',' || rest[len(p)] == '.') {
			return true
		}
	}
	return false
}
