package eval

import (
	"fmt"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// c2SpeakerErrors appends to errs, up to max, the errors of one text's
// direct speaker mention score, pairing quotations as that score does
// (each gold direct quotation with a speaker takes the first unused
// found direct quotation with a mention overlapping its content,
// preferring the same content). Each error says its class first:
//
//	wrong   the paired mention does not overlap the gold one
//	bounds  it overlaps it but its span differs
//	nospk   a found direct quotation overlaps the gold one, without a mention
//	notdir  a found quotation overlaps it, typed otherwise (mixed, indirect)
//	unfound no found quotation overlaps it
//
// and, for a found direct quotation with a mention left unpaired
// (Missed false):
//
//	gold-other  a gold quotation of another kind overlaps it
//	gold-nospk  a gold direct quotation without a speaker overlaps it
//	gold-none   no gold quotation overlaps it
func c2SpeakerErrors(errs []Error, max int, g SpeakerText, gold, found []item, key func([]doc.Span) string) []Error {
	add := func(missed bool, class string, quote []doc.Span, format string, args ...any) {
		if len(errs) >= max {
			return
		}
		ctx := class + " " + fmt.Sprintf(format, args...)
		if len(quote) > 0 {
			ctx += " | " + show(g.Text, doc.Span{Start: quote[0].Start, End: quote[len(quote)-1].End})
		}
		errs = append(errs, Error{ID: g.ID, Missed: missed, Context: ctx})
	}
	mention := func(s doc.Span) string {
		return fmt.Sprintf("%q@%d", strings.ReplaceAll(g.Text[s.Start:s.End], "\n", " "), s.Start)
	}
	pair := pairSpeakers(gold, found, 0, key)
	used := make([]bool, len(found))
	for i, best := range pair {
		gq := gold[i]
		if best == notScored {
			continue
		}
		if best < 0 {
			class := "unfound"
			for _, f := range found {
				if !overlaps(gq.content, f.content) {
					continue
				}
				if f.kind == 0 {
					class = "nospk"
					break
				}
				class = "notdir"
			}
			add(true, class, gq.content, "gold %s", mention(gq.speaker))
			continue
		}
		used[best] = true
		got := found[best].speaker
		switch {
		case got == gq.speaker:
		case got.Start < gq.speaker.End && gq.speaker.Start < got.End:
			add(true, "bounds", gq.content, "gold %s found %s", mention(gq.speaker), mention(got))
		default:
			add(true, "wrong", gq.content, "gold %s found %s", mention(gq.speaker), mention(got))
		}
	}
	for j, f := range found {
		if used[j] || f.kind != 0 || f.speaker.Start >= f.speaker.End {
			continue
		}
		class := "gold-none"
		for _, gq := range gold {
			if !overlaps(gq.content, f.content) {
				continue
			}
			if gq.kind == 0 {
				class = "gold-nospk"
				break
			}
			class = "gold-other"
		}
		add(false, class, f.content, "found %s", mention(f.speaker))
	}
	return errs
}
