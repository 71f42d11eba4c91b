package speaker

import (
	"strings"
	"testing"
)

// checkN1 runs each case and compares every top-level quotation of the
// text, in order, as "kind | words | name | mention | cue".
func checkN1(t *testing.T, tests []mentionCase) {
	t.Helper()
	for _, tt := range tests {
		d := run(t, tt.text)
		var got []string
		for _, q := range d.Quotes {
			if q.Parent >= 0 {
				continue
			}
			got = append(got, string(q.Kind)+" | "+q.Words(d.Text)+" | "+q.Speaker.Name+" | "+d.Slice(q.Speaker.Mention)+" | "+d.Slice(q.Cue))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestN1LongTitledName checks that a name with a title of two words, a
// middle initial and a suffix is named whole, as its mention is, before
// the cue and before a colon; and that the name is not read on over a
// word in lower case, a function word or the sentence before.
func TestN1LongTitledName(t *testing.T) {
	checkN1(t, []mentionCase{
		{"The board met.\n\nVice President Joseph R. Biden Jr. said the plan would work.", []string{"indirect | the plan would work | Vice President Joseph R. Biden Jr. | Vice President Joseph R. Biden Jr. | said"}},
		{"The board met.\n\nVice President Joseph R. Biden Jr. said: “The plan will work for the state.”", []string{"direct | The plan will work for the state. | Vice President Joseph R. Biden Jr. | Vice President Joseph R. Biden Jr. | said"}},
		{"The board met.\n\nSenate Majority Leader Anna B. Cole Jr. said the plan would work.", []string{"indirect | the plan would work | Senate Majority Leader Anna B. Cole Jr. | Senate Majority Leader Anna B. Cole Jr. | said"}},
		{"The board met.\n\nLater, Vice President Joseph R. Biden Jr. said the plan would work.", []string{"indirect | the plan would work | Vice President Joseph R. Biden Jr. | Vice President Joseph R. Biden Jr. | said"}},
		// Must not fire: the words before are the sentence's, not the name's.
		{"The board met.\n\nOn Monday President Joseph R. Biden Jr. said the plan would work.", []string{"indirect | the plan would work | President Joseph R. Biden Jr. | President Joseph R. Biden Jr. | said"}},
		{"The board met.\n\nAnd so President Joseph R. Biden Jr. said the plan would work.", []string{"indirect | the plan would work | President Joseph R. Biden Jr. | President Joseph R. Biden Jr. | said"}},
		{"The board met.\n\nPresident Joseph R. Biden Jr. said the plan would work.", []string{"indirect | the plan would work | President Joseph R. Biden Jr. | President Joseph R. Biden Jr. | said"}},
	})
}

// TestN1PremodifiedTitle checks that a title's premodifier capitalised
// as a sentence's first word ("Former") stays in the mention and out of
// the name, as it does in mid-sentence; and that it is kept where it is
// no premodifier of a title and name.
func TestN1PremodifiedTitle(t *testing.T) {
	checkN1(t, []mentionCase{
		{"The board met.\n\nFormer Pennsylvania Gov. Ed Rendell said the race was close.", []string{"indirect | the race was close | Pennsylvania Gov. Ed Rendell | Former Pennsylvania Gov. Ed Rendell | said"}},
		{"The board met.\n\nFormer Gov. Ed Rendell said: “The race is very close this year.”", []string{"direct | The race is very close this year. | Gov. Ed Rendell | Former Gov. Ed Rendell | said"}},
		{"The board met.\n\nOutgoing Mayor Ann Reed said the race was close.", []string{"indirect | the race was close | Mayor Ann Reed | Outgoing Mayor Ann Reed | said"}},
		{"The board met.\n\nInterim Chairwoman Ann Reed said the race was close. She said the vote would be held.", []string{"indirect | the race was close | Chairwoman Ann Reed | Interim Chairwoman Ann Reed | said", "indirect | the vote would be held | Chairwoman Ann Reed | She | said"}},
		{"The board met. The race was close, former Pennsylvania Gov. Ed Rendell said.", []string{"indirect | The race was close | Pennsylvania Gov. Ed Rendell | former Pennsylvania Gov. Ed Rendell | said"}},
		// Must not fire: a name's own first word, or no name after it.
		{"The board met.\n\nActing Out Theatre said the race was close.", []string{"indirect | the race was close | Acting Out Theatre | Acting Out Theatre | said"}},
		{"The board met. The Former Yugoslav Republic said the race was close.", []string{"indirect | the race was close | Former Yugoslav Republic | The Former Yugoslav Republic | said"}},
		{"The board met.\n\nFormer Industries said the race was close.", []string{"indirect | the race was close | Former Industries | Former Industries | said"}},
		{"The board met.\n\nAnn Reed said the race was close.", []string{"indirect | the race was close | Ann Reed | Ann Reed | said"}},
	})
}
