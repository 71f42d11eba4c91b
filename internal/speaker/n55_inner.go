package speaker

import "github.com/hearsay-project/hearsay/internal/doc"

// n55InnerVoices gives a mixed quotation nested in an indirect reading
// of speech the reading's speaker, when the speaker it has came from a
// cue before that reading's own speaker: "The council blamed the firm
// for the spill, which the harbour master said was “entirely
// avoidable”" is the harbour master's phrase, not the council's. The
// quotation was attributed before the indirect readings were made, to
// the nearest subject with a verb of naming or judging ("blamed"); the
// relative clause with its own verb of speech, read later, is the
// nearer voice. Only a reading of its own takes it over, not one nested
// in the outer speaker's report, which relays it ("Ed Moss said Ann
// Reed described it as “a mess”" is Ed Moss's, as n31Inner reads it);
// and only a verb of speech (k1SpeechCue): in
// "Ann said the board believes the pier is “safe”", the board believes
// and Ann's word stays Ann's; nor does a reading whose speaker is a
// relative pronoun ("saying anybody who complains about the microphone
// “is not having a good night”": the relative clause describes who is
// meant, and the words are still the outer speaker's). One pass,
// constant work a quotation.
func (a *attributor) n55InnerVoices() {
	d := a.d
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Kind != doc.QuoteMixed || q.Parent < 0 || q.Speaker.Name == "" || q.Cue.End <= q.Cue.Start {
			continue
		}
		p := &d.Quotes[q.Parent]
		m := p.Speaker.Mention
		if p.Kind != doc.QuoteIndirect || p.Parent >= 0 || p.Speaker.Name == "" || m.End <= m.Start || p.Speaker.Name == q.Speaker.Name {
			continue // a reading nested in another is relayed by it: "Ed Moss said Ann Reed described it as “a mess”" stays Ed Moss's (n31Inner)
		}
		if q.Cue.Start >= m.Start || m.End > q.Start || !k1SpeechCue(d.Text, p.Cue) {
			continue // its cue is the reading's or within it; the reading's speaker after the words; no speech
		}
		if w := d.Text[m.Start:m.End]; w == "who" || w == "that" || w == "which" {
			continue // "saying anybody who complains about it “is not …”": a restrictive relative describes, it reports nothing of its own
		}
		q.Speaker, q.Cue = p.Speaker, p.Cue
		q.Chain = append(q.Chain[:0:0], p.Chain...)
	}
}
