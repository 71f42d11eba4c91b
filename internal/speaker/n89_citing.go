package speaker

import (
	"slices"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n89Chains reads two hops that wire copy writes in one sentence, where
// the writer's source reports what its own source said:
//
//   - "<clause>, the Tollan Wire news agency reported, citing two people
//     close to the talks." The clause is the two people's, through the
//     agency: its speaker is the one cited (the mention the phrase
//     after "citing", the cue "citing") and its chain runs author →
//     agency → them. The attribution reader gave the clause to the
//     agency and read "two people close to the talks" as the agency's
//     words.
//     So too between the cue and its clause: "The Ledger reported
//     Monday, citing two people with knowledge of the talks, that …".
//   - "The Dorvan Courier quoted the brigade's commander, Ismet Varg, as
//     saying the group had freed the hostages …": the words after "as
//     saying" are the commander's, through the paper; the reader gave
//     them, with the commander's name, to the paper.
//
// Both read only what the text states, in the words of one sentence; a
// "citing" whose phrase names no source ("closed the border, citing
// security concerns") is left as it is.
func n89Chains(d *doc.Document) {
	text := d.Text
	var gone []bool
	for i := range d.Quotes {
		c := &d.Quotes[i]
		if c.Kind != doc.QuoteIndirect || len(c.Content) != 1 || c.Speaker.Name == "" || c.Cue.End <= c.Cue.Start {
			continue
		}
		switch text[c.Cue.Start:c.Cue.End] {
		case "citing":
			if j := n89Cited(d, i); j >= 0 {
				if gone == nil {
					gone = make([]bool, len(d.Quotes))
				}
				gone[i] = true
			}
		case "quoted", "quotes", "quote":
			if n116QuotedAsColon(d, i) {
				if gone == nil {
					gone = make([]bool, len(d.Quotes))
				}
				gone[i] = true
				continue
			}
			n89QuotedAs(d, i) // "The report also quotes the guard as saying …"
		}
	}
	n116QuotedAsDirect(d)
	if gone != nil {
		dropQuotes(d, gone, nil)
	}
}

// n89Sources are words of a noun phrase after "citing" that make it a
// source of words (besides persons.txt's nouns of persons): "two
// people close to the talks", "documents seen by the paper".
var n89Sources = map[string]bool{"people": true, "sources": true, "source": true, "officials": true, "official": true, "diplomats": true, "documents": true, "document": true, "data": true, "figures": true, "report": true, "reports": true, "records": true, "filing": true, "filings": true, "statement": true, "memo": true, "witnesses": true, "aides": true, "residents": true, "analysts": true, "executives": true, "employees": true, "person": true,
	"logs": true, "log": true, "emails": true, "messages": true, "letters": true, "letter": true, "transcripts": true, "transcript": true, "minutes": true, "testimony": true, "estimates": true, "statistics": true, "survey": true, "surveys": true, "poll": true, "polls": true, "study": true, "studies": true, "analysis": true, "tally": true, "tallies": true}

// n89Cited gives the attribution just before "citing" (quotation i, the
// reading of "citing X" as X's words) the source X, and returns its
// index, or -1.
func n89Cited(d *doc.Document, i int) int {
	text := d.Text
	c := &d.Quotes[i]
	cs, ce := c.Content[0].Start, c.Content[0].End
	mid := false // "citing X" between the cue and its clause
	if k := strings.Index(text[cs:ce], ", that "); k > 0 && k < 100 {
		ce, mid = cs+k, true // "The Ledger reported Monday, citing two people with knowledge of the talks, that …"
	} else if strings.TrimRight(text[ce:min(len(text), ce+3)], " \n") != "." {
		return -1
	}
	if !n89SourcePhrase(text[cs:ce]) {
		return -1
	}
	// The attribution of the cue before "citing": the one before it,
	// or, where the clause follows the phrase, the one after it.
	step, lo, hi := -1, max(0, i-4), i-1
	if mid {
		step, lo, hi = 1, i+1, min(len(d.Quotes)-1, i+4)
	}
	for j := i + step; lo <= j && j <= hi; j += step {
		p := &d.Quotes[j]
		if p.Kind != doc.QuoteIndirect || p.Speaker.Name != c.Speaker.Name || p.Cue.End <= p.Cue.Start || p.Cue.End > c.Cue.Start || mid && p.Content[0].Start < ce {
			continue
		}
		if gap := text[p.Cue.End:c.Cue.Start]; len(gap) > 32 || !strings.HasSuffix(gap, ", ") || strings.ContainsAny(gap, ".;") {
			return -1
		}
		switch text[p.Cue.Start:p.Cue.End] {
		case "reported", "reports", "said", "says", "wrote", "writes":
		default:
			return -1
		}
		hand := p.Speaker.Name
		name := text[cs:ce]
		p.Speaker = doc.Speaker{Name: name, Mention: doc.Span{Start: cs, End: ce}}
		p.Cue = c.Cue
		chain := slices.Clone(p.Chain) // the hands to the agency, then the one it cites
		if len(chain) == 0 || chain[len(chain)-1] != hand {
			chain = append(chain, hand)
		}
		p.Chain = dedupe(append(chain, name))
		for k := j + 1; k < len(d.Quotes) && k <= j+8; k++ {
			if q := &d.Quotes[k]; q.Parent == j && q.Speaker.Name == hand {
				q.Speaker, q.Chain = p.Speaker, p.Chain // a phrase in marks in the clause is the source's
			}
		}
		return j
	}
	return -1
}

// n89SourcePhrase reports whether the phrase after "citing" names a
// source of words: a word of n89Sources or a noun of a person.
func n89SourcePhrase(s string) bool {
	for _, w := range strings.Fields(s) {
		w = strings.ToLower(strings.Trim(w, ",’'"))
		if n89Sources[w] {
			return true
		}
		if _, ok := persons[w]; ok {
			return true
		}
	}
	return false
}

// n89QuotedAs splits the reading of "X quoted Y as saying Z" (quotation
// i: X's, its words "Y as saying Z") into Y's words Z, through X.
func n89QuotedAs(d *doc.Document, i int) {
	text := d.Text
	q := &d.Quotes[i]
	cs, ce := q.Content[0].Start, q.Content[0].End
	const as = " as saying "
	k := strings.Index(text[cs:ce], as)
	if k <= 0 || k > 120 {
		return
	}
	ys, ye := cs, cs+k
	for ye > ys && (text[ye-1] == ',' || text[ye-1] == ' ') {
		ye--
	}
	if strings.ContainsAny(text[ys:ye], ".;") {
		return
	}
	hand := q.Speaker.Name
	name := text[ys:ye]
	if c := strings.LastIndex(name, ", "); c > 0 && capital(name[c+2:]) {
		name = name[c+2:] // "the brigade's commander, Ismet Varg": the name
	}
	from := cs + k + len(as)
	q.Content[0].Start = from
	if q.Start == cs {
		q.Start = from // the span opened with the words, which now start after "as saying"
	}
	q.Speaker = doc.Speaker{Name: name, Mention: doc.Span{Start: ys, End: ye}}
	q.Cue = doc.Span{Start: cs + k + 1, End: cs + k + len(as) - 1}
	q.Chain = dedupe([]string{hand, name})
	for j := i + 1; j < len(d.Quotes) && d.Quotes[j].Start < ce; j++ {
		if o := &d.Quotes[j]; o.Parent == i && o.Speaker.Name == hand {
			o.Speaker, o.Chain = q.Speaker, q.Chain // "as saying the group acted “as a gesture”"
		}
	}
}
