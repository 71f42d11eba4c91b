package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// b2OwnerName reads a subject that is a name owned by a name: "NBC's
// Ann Reed", "CNN’s Jake Tapper", "the Gazette's" aside. News names a
// correspondent or an officer by the outlet or body they work for this
// way, before the cue or after it ("…, said NBC's Ann Reed"), and the
// mention is the whole phrase, as it is for "the Gazette's Ann Reed".
// n is the name read at toks[k] (nameAt); it must end with the
// possessive, and a second name must start right after it and end the
// phrase (a cue, a mark or the clause's end after it), so that "Moss's
// Harbour Plan was …" or "Trump's America is …" before another word is
// not read. The names are read by nameAt, at most two a call: no
// window grows with the text.
func b2OwnerName(text string, toks []tok, k, lim int, n name, ok bool) (found, int) {
	if !ok || n.from != k || n.to >= lim || !toks[n.to].word || !capital(toks[n.to].str(text)) {
		return found{}, k
	}
	if w := toks[n.to-1].str(text); !strings.HasSuffix(w, "’s") && !strings.HasSuffix(w, "'s") {
		return found{}, k
	}
	m, ok := nameAt(text, toks[:lim], n.to)
	if !ok || m.from != n.to || m.to <= m.from || strings.HasSuffix(m.text, "’s") || strings.HasSuffix(m.text, "'s") {
		return found{}, k
	}
	if m.to < lim && toks[m.to].word && !toks[m.to].is(isCue|isAdverb) {
		return found{}, k // "NBC's Ann Reed and …", "Moss's Harbour Plan would …"
	}
	next := m.end // where the token after the phrase starts, if any
	if m.to < len(toks) {
		next = toks[m.to].s
	}
	if strings.IndexByte(text[toks[k].s:next], '\n') >= 0 {
		return found{}, k // a heading, not a subject: "No One’s Perfect\n\nAnd I …"
	}
	// The mention is the phrase; the name is the person's, which the
	// text's later "Reed said" names too.
	// widen may add an appositive after it: "Mozilla's CTO, Ann Reed,
	// said".
	return found{subj: doc.Span{Start: toks[k].s, End: m.end}, name: m.text, ok: true}, m.to
}
