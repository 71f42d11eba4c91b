package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// shareBefore reads a bare share of a polled group as the subject that
// ends at toks[k], before its verb: "73 percent said …", "Only 19
// percent say …", "while 44% would back …". News prose reporting a
// poll names the group once ("Among likely voters, …", "In the survey,
// …") and then gives each share a verb of its own; the share is the
// source of what it says, prefers or backs, as PolNeAR marks it. A
// share with its group ("60 percent of voters say") is read by the
// phrase rules (withProportion).
//
// The share is "percent", "per cent" or "%" after a number in digits
// or words, with at most three words of degree or count before the
// number (proportionLeads, "another", "only"). It must open its
// clause: the sentence's start, a mark, a clause's lead or a
// subordinator before it ("…, while 5 percent prefer …"), so that
// "fares rose 40 percent and said …" and "said 40 percent would
// leave" give no subject. The bound on the leads keeps it local.
func shareBefore(text string, toks []tok, k int) (found, bool) {
	if k < 1 {
		return found{}, false
	}
	j := k // the number's index
	switch {
	case toks[k].low == "percent", toks[k].low == "%":
		j = k - 1
	case toks[k].low == "cent" && k >= 2 && toks[k-1].low == "per":
		j = k - 2
	default:
		return found{}, false
	}
	if j < 0 || !digitsOrNumber(&toks[j]) {
		return found{}, false
	}
	for n := 0; n < 3 && j > 0 && toks[j-1].word && (proportionLeads[toks[j-1].low] || toks[j-1].low == "another" || toks[j-1].low == "only"); n++ {
		j--
	}
	if j > 0 && toks[j-1].word && !toks[j-1].is(isClauseLead|isSubordinator) {
		return found{}, false
	}
	sp := doc.Span{Start: toks[j].s, End: toks[k].e}
	return found{subj: sp, name: text[sp.Start:sp.End], ok: true, whole: true}, true
}

// digitsOrNumber reports whether t is a number: digits ("73", "4.5")
// or a number word ("twelve").
func digitsOrNumber(t *tok) bool {
	if t.low != "" && t.low[0] >= '0' && t.low[0] <= '9' {
		return true
	}
	return t.word && numberTok(t)
}

// shareText reports whether a subject's text is a bare share, as
// shareBefore reads one: at most three leads, a number, and "percent",
// "per cent" or a number with "%" ("44%"). A share takes the number of
// the group it counts, plural in a poll's figures ("44 percent back
// …"); a longer subject that ends in one does not ("The nominee sits
// at 85 percent support …").
func shareText(subj string) bool {
	// Its words, lower-cased by the caller's compare, without a slice
	// of them: agrees asks this of every subject of a base form.
	var ws [6]string
	n := 0
	for rest := strings.TrimSpace(subj); rest != ""; {
		w, after, _ := strings.Cut(rest, " ")
		if w != "" {
			if n == len(ws) {
				return false
			}
			ws[n] = w
			n++
		}
		rest = after
	}
	if n == 0 {
		return false
	}
	num := func(w string) bool {
		return w != "" && (w[0] >= '0' && w[0] <= '9' || numberWords[strings.ToLower(w)])
	}
	last := ws[n-1]
	switch {
	case strings.HasSuffix(last, "%") && num(last):
		n--
	case strings.EqualFold(last, "percent") && n >= 2 && num(ws[n-2]):
		n -= 2
	case strings.EqualFold(last, "cent") && n >= 3 && strings.EqualFold(ws[n-2], "per") && num(ws[n-3]):
		n -= 3
	default:
		return false
	}
	if n > 3 {
		return false
	}
	for _, w := range ws[:n] {
		lw := strings.ToLower(w)
		if !proportionLeads[lw] && lw != "another" && lw != "only" {
			return false
		}
	}
	return true
}

// shareAt reads a bare share that opens a clause at toks[k], as
// shareBefore reads one backwards: leads, a number, "percent", "per
// cent" or "%". It returns the index of the token after it.
func shareAt(toks []tok, k int) (int, bool) {
	j := k
	for n := 0; n < 3 && j < len(toks) && toks[j].word && (proportionLeads[toks[j].low] || toks[j].low == "another" || toks[j].low == "only"); n++ {
		j++
	}
	if j+1 >= len(toks) || !digitsOrNumber(&toks[j]) {
		return k, false
	}
	j++
	switch {
	case toks[j].low == "percent" || toks[j].low == "%":
		return j + 1, true
	case toks[j].low == "per" && j+1 < len(toks) && toks[j+1].low == "cent":
		return j + 2, true
	}
	return k, false
}
