package speaker

import "strings"

// n67SaidJustBefore reports whether m, a name of unknown sex that "he"
// or "she" at offset at may stand for, is the subject of a verb of
// reporting right after it (past a comma), in the paragraph of the
// pronoun (or the one before, when the pronoun's opens with the
// quotation it tags) and its sentence or the one before: "Its secretary, Owen
// Matthews, said members had campaigned for years. “…,” he said".
// News prose goes on with the one it has just quoted, as
// f2SpokeJustBefore reads it after a direct quotation; a report in
// indirect speech is read when the direct quotations are attributed,
// before the reader of indirect speech has run, so the verb is read
// from the text. Without it a name of known sex further back won the
// pronoun. Reads a few bytes after m.
func (a *attributor) n67SaidJustBefore(m *mention, at int) bool {
	text := a.text
	if at-m.End > n67Reach || at < m.End {
		return false
	}
	p := m.End
	if p < len(text) && text[p] == ',' {
		p++
	}
	if !n67SaidAt(text, p) && !n86SaidBefore(text, m.Start, m.End) {
		if p = n85VerbAfter(text, m.End); p < 0 || !n67SaidAt(text, p) {
			return false // a report goes on after its verb: not "a note that Colvin wrote."
		}
	}
	e := lowerRunEnd(text, p+1, 12)
	if b := strings.TrimRight(text[max(0, m.Start-6):m.Start], " "); strings.HasSuffix(b, "that") || strings.HasSuffix(b, "which") || strings.HasSuffix(b, "whom") {
		return false // a relative clause's subject: "the note that Colvin wrote to …"
	}
	if p := a.paragraph(at); a.paragraph(m.Start) != p && (a.paragraph(m.Start) != p-1 || !n67OpensQuote(text, a.d.Paragraphs[p].Start, at)) {
		return false // its paragraph, or the next when that opens with the quotation the pronoun tags
	}
	// The pronoun's sentence or the one before: at most one sentence
	// end between the verb and the pronoun.
	ends := 0
	stop := at
	if q := strings.Index(text[e:at], "\n\n"); q >= 0 && n67OpensQuote(text, e+q+2, at) {
		stop = e + q // the quotation's own sentences are its words, not the narration's
	}
	for i := e; i < stop; i++ {
		if c := text[i]; (c == '.' || c == '?' || c == '!') && i+1 < len(text) && (text[i+1] == ' ' || text[i+1] == '\n') {
			if ends++; ends > 1 {
				return false
			}
		}
	}
	return true
}

// n67Reach bounds how far after the name the pronoun may stand: a
// reported sentence and a quotation's words, where f2JustReach's 200
// bytes left out a long report ("Nerida Papadakis, 68, who bought …,
// says two insurers have told her … ¶ “…?” she asks."). The paragraph
// and sentence tests above bound it too.
const n67Reach = 400

// n67SaidAt reports whether text at offset p is a space, then one of
// n67Said and a space: a verb of reporting right after a name ("Owen
// Matthews said members …", "Ferris said the agency …").
func n67SaidAt(text string, p int) bool {
	if p >= len(text) || text[p] != ' ' {
		return false
	}
	e := lowerRunEnd(text, p+1, 12)
	return e > p+1 && e < len(text) && text[e] == ' ' && n67Said[text[p+1:e]]
}

// n67Said are the verbs of reporting whose subject n67SaidJustBefore
// reads. The second line (thirty-fifth session) are verbs of speech
// the team's own probe articles report with ("Kinnaird denied that he
// had been under pressure. ‘…,’ he added." went to a name further
// back of known sex).
var n67Said = map[string]bool{"said": true, "says": true, "told": true, "added": true, "explained": true, "insisted": true, "argued": true, "noted": true, "warned": true, "wrote": true, "writes": true, "recalled": true, "claimed": true, "stressed": true, "admitted": true,
	"denied": true, "acknowledged": true, "conceded": true, "maintained": true, "contended": true, "asserted": true, "confirmed": true, "announced": true, "declared": true, "cautioned": true, "replied": true, "answered": true, "countered": true, "complained": true, "predicted": true,
	// The present tense of features and of New Zealand and Australian
	// copy ("Pendlebury concedes that … ‘…,’ she says.", fifty-fifth
	// session).
	"tells": true, "adds": true, "explains": true, "insists": true, "argues": true, "notes": true, "warns": true, "recalls": true, "claims": true, "stresses": true, "admits": true,
	"denies": true, "acknowledges": true, "concedes": true, "maintains": true, "contends": true, "asserts": true, "confirms": true, "announces": true, "declares": true, "cautions": true, "replies": true, "answers": true, "counters": true, "complains": true, "predicts": true}

// n67OpensQuote reports whether the paragraph that starts at p opens
// with a quotation mark and the pronoun at at follows its first closing
// mark within 300 bytes: "¶ “It's been a long road,” he said".
func n67OpensQuote(text string, p, at int) bool {
	if at-p > 300 || p >= at {
		return false
	}
	w := text[p:at]
	return strings.HasPrefix(w, "“") || strings.HasPrefix(w, "\"") || strings.HasPrefix(w, "‘") || strings.HasPrefix(w, "'")
}
