package eval

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// A SpeakerText is a gold text whose quotations carry their speakers.
type SpeakerText struct {
	QuoteText
	// Speakers[i] is the gold speaker of Quotes[i]: its name as the file
	// writes it ("" if none) and, where the file gives one, its span.
	Speakers []GoldSpeaker
}

// A GoldSpeaker is the speaker a gold file gives a quotation.
type GoldSpeaker struct {
	Name string
	Span doc.Span // zero when the file gives no span
	// All is every span of "speaker_spans" (a source named in several
	// places), and Cue the stretch from the first "cue_spans" entry's
	// start to the last one's end (zero when none): what CuePaired reads.
	All []doc.Span
	Cue doc.Span
}

// ReadSpeakerGold reads the gold quotation files of ReadQuoteGold with
// each quotation's "speaker" and, if present, its first "speaker_spans"
// entry (code points, converted to bytes).
func ReadSpeakerGold(r io.Reader) ([]SpeakerText, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	texts, err := ReadQuoteGold(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	type record struct {
		Text   string `json:"text"`
		Quotes []struct {
			Speaker      string   `json:"speaker"`
			SpeakerSpans [][2]int `json:"speaker_spans"`
			CueSpans     [][2]int `json:"cue_spans"`
		} `json:"quotes"`
	}
	out := make([]SpeakerText, 0, len(texts))
	err = eachJSONL(bytes.NewReader(data), func(line int, rec *record) error {
		i := len(out)
		if i >= len(texts) {
			return fmt.Errorf("line %d: more lines than texts", line)
		}
		offs := runeOffsets(rec.Text)
		st := SpeakerText{QuoteText: texts[i]}
		for _, q := range rec.Quotes {
			g := GoldSpeaker{Name: q.Speaker}
			valid := func(s [2]int) bool { return s[0] >= 0 && s[0] <= s[1] && s[1] < len(offs) }
			for k, s := range q.SpeakerSpans {
				if !valid(s) {
					continue
				}
				sp := doc.Span{Start: offs[s[0]], End: offs[s[1]]}
				if k == 0 {
					g.Span = sp
				}
				g.All = append(g.All, sp)
			}
			if n := len(q.CueSpans); n > 0 && valid(q.CueSpans[0]) && valid(q.CueSpans[n-1]) && q.CueSpans[0][0] <= q.CueSpans[n-1][1] {
				g.Cue = doc.Span{Start: offs[q.CueSpans[0][0]], End: offs[q.CueSpans[n-1][1]]}
			}
			st.Speakers = append(st.Speakers, g)
		}
		out = append(out, st)
		return nil
	})
	return out, err
}

// SpeakerScores count how often the speaker of a found quotation is the
// gold one.
type SpeakerScores struct {
	Texts     int
	Gold      int // gold direct quotations with a speaker
	Matched   int // of those, overlapped by a found direct or mixed quotation
	Attribute int // of those, where the found quotation has a speaker
	Correct   int // of those, where it is the gold speaker
	// Citron scores every kind of quotation with its speaker mention
	// span, as BBC Citron's evaluation does.
	Citron AttributionScores
}

// Accuracy is the share of matched quotations given the gold speaker.
func (s SpeakerScores) Accuracy() float64 { return ratio(s.Correct, s.Matched) }

// Precision is the share of speakers given that are the gold one.
func (s SpeakerScores) Precision() float64 { return ratio(s.Correct, s.Attribute) }

func (s SpeakerScores) String() string {
	return fmt.Sprintf("%d texts, %d gold direct quotations with a speaker, %d found; %d given a speaker, %d right: accuracy %.3f, precision %.3f%v",
		s.Texts, s.Gold, s.Matched, s.Attribute, s.Correct, s.Accuracy(), s.Precision(), s.Citron)
}

// ScoreSpeakers runs run over each gold text and compares, for each gold
// direct quotation that a found direct or mixed quotation overlaps (the
// outermost such quotation, as gold sets do not annotate quotations
// inside quotations), the found speaker with the gold one.
//
// The speakers match (SpeakerMatch) when their names are equal ignoring
// case, a leading article and a possessive; or their last words are
// equal ("Woodhouse" and "Mr. Woodhouse"); or the words of one, titles
// aside, are all words of the other ("Jane" and "Jane Fairfax"); or the gold speaker is a
// pronoun with a span and the found mention covers that span (a gold
// file that leaves a pronoun unresolved is not held against a
// resolution it cannot check).
func ScoreSpeakers(gold []SpeakerText, run func(text string) *doc.Document) SpeakerScores {
	sc, _ := ScoreSpeakersErrors(gold, run, 0)
	return sc
}

// ScoreSpeakersErrors is ScoreSpeakers, also listing up to maxErrors
// errors of the direct speaker mention score as that score counts them
// (see c2SpeakerErrors).
func ScoreSpeakersErrors(gold []SpeakerText, run func(text string) *doc.Document, maxErrors int) (SpeakerScores, []Error) {
	var sc SpeakerScores
	var errs []Error
	if maxErrors > 0 {
		sc.Citron.MaxErrors, sc.Citron.Errors = maxErrors, &errs
	}
	sc.Citron.DoubleMarks = typesByDoubleMarks(gold)
	sc.Citron.Paragraphs = typesParagraphs(gold)
	for _, g := range gold {
		sc.Texts++
		d := run(g.Text)
		sc.Citron.add(g, d)
		for i, q := range g.Quotes {
			if q.Type != "direct" || i >= len(g.Speakers) || g.Speakers[i].Name == "" {
				continue
			}
			sc.Gold++
			want := normalise(g.Text, q.Spans)
			found := -1
			for j := range d.Quotes {
				f := &d.Quotes[j]
				if f.Kind != doc.QuoteDirect && f.Kind != doc.QuoteMixed || insideDirect(d.Quotes, j) {
					continue
				}
				if overlaps(want, normalise(g.Text, f.Content)) {
					found = j
					break
				}
			}
			if found < 0 {
				continue
			}
			sc.Matched++
			sp := d.Quotes[found].Speaker
			if sp.Name == "" {
				continue
			}
			sc.Attribute++
			if SpeakerMatch(g.Speakers[i], sp) {
				sc.Correct++
			}
		}
	}
	sc.Citron.MaxErrors, sc.Citron.Errors = 0, nil
	return sc, errs
}

var pronounSet = map[string]bool{"he": true, "she": true, "they": true, "i": true, "we": true, "it": true, "him": true, "her": true, "them": true, "you": true}

// SpeakerMatch reports whether a found speaker is the gold one (see
// ScoreSpeakers).
func SpeakerMatch(gold GoldSpeaker, got doc.Speaker) bool {
	g, f := normName(gold.Name), normName(got.Name)
	if g == "" || f == "" {
		return false
	}
	if g == f || lastWord(g) == lastWord(f) || subsetWords(f, g) || subsetWords(g, f) {
		return true
	}
	return pronounSet[g] && gold.Span.End > gold.Span.Start && got.Mention.Contains(gold.Span)
}

// nameTitles are left out when names are compared word by word.
var nameTitles = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "sir": true, "lady": true, "lord": true, "rev": true, "sen": true, "rep": true}

// subsetWords reports whether every word of name a, titles aside, is a
// word of name b: "Jane" and "Jane Fairfax", as novels name a character
// by first name and gold sets by full name.
func subsetWords(a, b string) bool {
	in := map[string]bool{}
	for _, w := range strings.Fields(b) {
		in[strings.Trim(w, ".,")] = true
	}
	n := 0
	for _, w := range strings.Fields(a) {
		w = strings.Trim(w, ".,")
		if nameTitles[w] || w == "" {
			continue
		}
		if !in[w] {
			return false
		}
		n++
	}
	return n > 0
}

func normName(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimSuffix(strings.TrimSuffix(s, "’s"), "'s")
	for _, a := range []string{"the ", "a ", "an "} {
		s = strings.TrimPrefix(s, a)
	}
	return s
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[len(f)-1], ".,")
}
