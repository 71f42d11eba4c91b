package speaker

import "github.com/hearsay-project/hearsay/internal/doc"

// inInquiry reads a poll, a survey or a study named after "In" at the
// sentence's start as the source of the clause after its comma:
//
//	In the latest Gazette poll, Ortiz leads Moss by four points.
//	In a survey of riders, conducted in May, most wanted lower fares.
//
// News reporting figures gives their source this way as often as with
// "according to". The phrase is read as evidenceSubject reads the
// subject of "shows" (a head of inquiryHeads within its first ten
// tokens, then phrases, participles or a relative clause), up to the
// first comma within 25 tokens; a participle phrase between commas
// right after it ("…, conducted in May,") is the mention's too, as
// PolNeAR marks it. The clause after it has three words at least. The
// caller reads it only where no other attribution holds the sentence
// ("In the poll, 60 percent said …" has its own).
func inInquiry(text string, toks []tok, limit int) (found, doc.Span, bool) {
	if len(toks) < 6 || toks[0].low != "in" || !toks[1].word {
		return found{}, doc.Span{}, false
	}
	comma := -1
	for k := 2; k < len(toks) && k < 27 && toks[k].s < limit; k++ {
		if toks[k].str(text) == "," {
			comma = k
			break
		}
	}
	if comma < 0 {
		return found{}, doc.Span{}, false
	}
	sub := toks[1:comma]
	f, ok := evidenceSubject(text, sub, len(sub)-1)
	if !ok || f.subj.Start != sub[0].s {
		return found{}, doc.Span{}, false
	}
	head := false
	for k := range sub {
		if sub[k].e > f.subj.Start+len(f.name) {
			break
		}
		head = head || inquiryHeads[sub[k].low]
	}
	if !head {
		return found{}, doc.Span{}, false
	}
	end := comma // the comma before the content
	if comma+2 < len(toks) && toks[comma+1].word && pastForm(toks[comma+1]) {
		// "…, conducted in early September, …": the participle
		// phrase up to its comma is the mention's.
		for k := comma + 2; k < len(toks) && k < comma+14 && toks[k].s < limit; k++ {
			if toks[k].str(text) == "," {
				f.subj.End, end = toks[k-1].e, k
				break
			}
			if !toks[k].word && toks[k].str(text) != "." {
				break
			}
		}
	}
	if end+1 >= len(toks) || !wordsAtLeast(toks[end+1:], 3) || toks[end+1].s >= limit {
		return found{}, doc.Span{}, false
	}
	f.cue = doc.Span{Start: toks[0].s, End: toks[0].e}
	return f, doc.Span{Start: toks[end+1].s, End: limit}, true
}

// inquiryHeads are the heads of a phrase after "In" that name a source
// of figures or findings: "In the poll, …", "In a study of …, …". Not
// a speech or a hearing ("In the interview, she was calm" tells where).
var inquiryHeads = map[string]bool{"poll": true, "polls": true, "survey": true, "surveys": true, "study": true, "studies": true, "analysis": true, "analyses": true, "census": true, "audit": true, "tally": true, "ranking": true, "rankings": true, "forecast": true, "report": true, "reports": true}
