package claim

import "github.com/hearsay-project/hearsay/internal/doc"

// ClaimsEveryClause returns the claims of d as Detect made them before
// it typed a sentence's clauses first (see claimsOf): the whole
// sentence's claim and every clause's made in full, then the clauses'
// kept where their types differ. For TestClauseTyping.
func ClaimsEveryClause(d *doc.Document) []doc.Claim {
	x := newIndex(d)
	r := &reader{d: d}
	var out []doc.Claim
	for si := range d.Sentences {
		s := &d.Sentences[si]
		claims := claimParagraph(d, s.Paragraph)
		if ok := claims && r.read(si) || !claims && r.pass(si); !ok || !claims || !makesClaim(r) {
			continue
		}
		n := len(out)
		out = append(out, doc.Claim{})
		analyse(d, x, si, r, 0, len(r.ws), s.Span, true, &out[n])
		var parts []int
		if r.colon {
			parts = clauses(d, r.ws, &r.parts)
		}
		if len(parts) < 2 {
			continue
		}
		mixed := false
		for k, lo := range parts {
			hi, span := clausePart(r, s, parts, k)
			out = append(out, doc.Claim{})
			c := &out[len(out)-1]
			analyse(d, x, si, r, lo, hi, span, k+1 == len(parts), c)
			mixed = mixed || c.Type != out[n+1].Type
		}
		if !mixed {
			out = out[:n+1]
			continue
		}
		out = append(out[:n], out[n+1:]...)
	}
	r.reasons.flush()
	return out
}
