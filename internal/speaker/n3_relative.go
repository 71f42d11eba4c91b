package speaker

import "github.com/hearsay-project/hearsay/internal/doc"

// n3ByRelative returns the subject of a participle after "by" at
// toks[k] ("by saying", "by claiming") when the participle is inside a
// relative clause that opens with ", which" or ", who" after the main
// subject f: "The first comments came with a warning about the Harbor
// Party, which tried to rally support by saying that …". A participle
// of means belongs to the verb it follows, the relative clause's
// ("tried"), whose subject is the pronoun: the pronoun is the mention,
// and the noun phrase before it the name, as for "…, which found that …".
// relativeBefore finds the pronoun (no comma or clause between it and
// "by", at most 24 tokens back); otherwise f stands.
func (a *attributor) n3ByRelative(toks []tok, f found, k int) found {
	text := a.text
	r := relativeBefore(text, toks, f.subj.End, k)
	if r < 2 {
		return f
	}
	nm := a.antecedent(toks[r].s)
	if nm == "" {
		nm = a.n2ProperHead(toks[r].s)
	}
	if nm == "" && toks[r-2].word {
		nm = toks[r-2].str(text) // the noun before the comma
	}
	if nm == "" {
		return f
	}
	return found{subj: doc.Span{Start: toks[r].s, End: toks[r].e}, name: nm, ok: true, whole: true}
}
