package speaker

import (
	"strings"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// f6Intros gives a speaker to a direct quotation that attribute left
// without one where the paragraph before introduces it with no colon:
// a paragraph that ends with its speaker, a verb of speaking and a
// comma or a dash, the quotation opening the next paragraph ("Then the
// captain turned to the crew and shouted,¶“…”", "Ann was saying--¶“…”"),
// or a paragraph that is one short sentence of going on ("Ann
// continued.¶“…”"). Attribute's rule 5 reads the paragraph before only
// where it ends with a colon; news prose sets out "The mayor said,¶“…”"
// too, and fiction does so often (f6ParagraphIntro).
//
// A verb of speaking held from a comma before the marks by more than
// introClause's six words of adverbials ("Ann called out in a hoarse
// voice to her brothers, “…”") is left: reading it gave one more right
// speaker on the twenty novels of PDNC and none in news, for a walk
// back over the clause before every quotation after a comma, some 0.4%
// of the pipeline's instructions.
//
// It runs before turns, so that the line it names is a named turn of
// the dialogue it opens. Each quotation is read once, in a bounded
// stretch before it (maxReach bytes): linear. The byte tests come first:
// the marks open a line, and the line before ends with a comma, a dash
// or, short, a full stop.
func (a *attributor) f6Intros() {
	d := a.d
	for i := range d.Quotes {
		q := &d.Quotes[i]
		// The cheap gate: most quotations have a speaker by now.
		if q.Kind != doc.QuoteDirect || q.Parent >= 0 || q.Speaker.Name != "" || len(q.Marks) == 0 {
			continue
		}
		f := a.f6ParagraphIntro(i)
		if !f.ok {
			continue
		}
		f = widen(a.ix, f)
		nm := f.name
		if f.pronoun != "" {
			nm = a.resolve(f.pronoun, f.subj, i)
			if f.pronoun == "they" {
				nm = a.theyName(nm, f.subj.Start)
			}
		} else if r := a.resolveDescription(a.text[f.subj.Start:f.subj.End], f.subj.Start); r != "" {
			nm = r
		}
		if nm == "" {
			continue
		}
		q.Speaker = doc.Speaker{Name: nm, Mention: f.subj}
		if f.cue.End > f.cue.Start {
			q.Cue = f.cue
		}
		if n := len(q.Chain); n == 0 || q.Chain[n-1] != nm {
			q.Chain = append(q.Chain, nm)
		}
	}
}

// f6MaxShort is the most tokens of a paragraph that introduces the next
// one's quotation with a full stop: "Ann continued." is a cue; a longer
// sentence ending in a cue ("… before the judge continued.") tells of
// something else as often.
const f6MaxShort = 6

// f6ShortBytes bounds such a paragraph in bytes: f6MaxShort words of
// names and verbs.
const f6ShortBytes = 80

// f6GoesOn are the verbs a short sentence may end with to introduce the
// next paragraph's words: verbs of going on or starting to speak. Other
// verbs of speaking there tell of words not given ("Ann explained.¶“So
// that was it!” is the other's reply), and an act ("Ann sighed.") names
// no speech.
var f6GoesOn = map[string]bool{"continued": true, "resumed": true, "began": true, "added": true, "proceeded": true, "persisted": true}

// f6ParagraphIntro reads the paragraph before quotation qi, where qi
// opens its paragraph, as its introduction: its last clause, ending with
// a comma or a dash, or a short sentence with a full stop, must name a
// speaker with a verb of speaking among its last words (introClause).
func (a *attributor) f6ParagraphIntro(qi int) found {
	d, text := a.d, a.text
	q := &d.Quotes[qi]
	// The byte test first: the marks open a line (a paragraph's
	// break before them, past spaces), else no paragraph is looked up.
	b := q.Start - 1
	for b >= 0 && b >= q.Start-8 && (text[b] == ' ' || text[b] == '\t') {
		b--
	}
	if b < 0 || text[b] != '\n' {
		return found{}
	}
	// And the paragraph before ends with a comma, a dash or, short, a
	// full stop.
	for b >= 0 && b >= q.Start-16 && (text[b] == ' ' || text[b] == '\t' || text[b] == '\n' || text[b] == '\r') {
		b--
	}
	if b < 0 {
		return found{}
	}
	switch text[b] {
	case ',', '-':
	case 0x94, 0x93: // the last byte of "—" and "–" (the paragraph's own test below reads them whole)
	case '.':
		if nl := strings.LastIndexByte(text[max(0, b-f6ShortBytes):b], '\n'); nl < 0 && b > f6ShortBytes {
			return found{}
		}
	default:
		return found{}
	}
	p := a.paragraph(q.Start)
	if p <= 0 || !p2OnlySpace(text[d.Paragraphs[p].Start:q.Start]) {
		return found{}
	}
	prev := d.Paragraphs[p-1]
	body := trimRightSpace(text[prev.Start:prev.End])
	pe := prev.Start + len(body)
	if pe <= prev.Start {
		return found{}
	}
	short := false
	switch {
	case strings.HasSuffix(body, ","), strings.HasSuffix(body, "—"), strings.HasSuffix(body, "–"):
	case strings.HasSuffix(body, "--"):
		// The dash typed as two hyphens: the clause is read without
		// it, its cue then its last word.
		pe -= 2
	case strings.HasSuffix(body, ".") && len(body) <= f6ShortBytes:
		// The byte test before any token is read: most paragraphs
		// before a quotation end with a full stop and are longer.
		short = true
		pe--
	default:
		return found{}
	}
	// Not the words of a quotation that runs to the paragraph's end.
	for j := qi - 1; j >= 0 && j >= qi-16; j-- {
		o := &d.Quotes[j]
		if o.End <= prev.Start {
			break
		}
		if o.Start < pe && o.End >= pe {
			return found{}
		}
	}
	ps := max(prev.Start, pe-maxReach)
	for ps < pe && !utf8.RuneStart(text[ps]) {
		ps++
	}
	toks := a.ix.scratch(3, ps, pe)
	if len(toks) == 0 {
		return found{}
	}
	if short && (ps != prev.Start || len(toks) > f6MaxShort || !toks[len(toks)-1].word || !f6GoesOn[toks[len(toks)-1].low]) {
		return found{}
	}
	f := introClause(text, toks)
	if !f.ok || f.cue.End <= f.cue.Start {
		f = f6Progressive(text, toks)
	}
	if !f.ok || f.cue.End <= f.cue.Start {
		return found{}
	}
	if short && (f.cue.End != toks[len(toks)-1].e || f.subj.Start != toks[0].s || f.pronoun != "" && f.pronoun != "he" && f.pronoun != "she") {
		return found{}
	}
	return f6Subject(text, toks, f)
}

// f6Subject checks the subject a reader found before a cue: not the
// object of a preposition, which is a phrase of manner or place, no
// speaker ("and in a low voice said,"), and without a sentence adverb
// the capital at the sentence's start made part of a name ("Perhaps
// Ann said," is Ann's).
func f6Subject(text string, toks []tok, f found) found {
	if !f.ok || f.pronoun != "" {
		return f
	}
	for k := range toks {
		if toks[k].s < f.subj.Start {
			continue
		}
		if toks[k].s > f.subj.Start || toks[k].e >= f.subj.End {
			break
		}
		if k > 0 && toks[k-1].word && toks[k-1].is(isPrep) {
			return found{}
		}
		if toks[k].is(isAdverb) && k+1 < len(toks) && toks[k+1].word && toks[k+1].s < f.subj.End {
			f.subj.Start = toks[k+1].s
			f.name = text[f.subj.Start:f.subj.End]
		}
		break
	}
	return f
}

// f6Progressive reads a clause that ends with a verb of speaking in the
// progressive, the form fiction uses for words that interrupt: "Ann was
// saying", "the mayor was already asking". The subject is the one before
// the form of "be" (beforeCue, which steps over the adverbs). toks ends
// with the participle (the dash after it cut off).
func f6Progressive(text string, toks []tok) found {
	n := len(toks)
	if n < 3 || !toks[n-1].word || !f6Progressives[toks[n-1].low] {
		return found{}
	}
	b := n - 2
	if b > 0 && toks[b].word && toks[b].adverbish() {
		b-- // "was already saying"
	}
	if !toks[b].word || !toks[b].is(isBeForm) {
		return found{}
	}
	f := beforeCue(text, toks, b)
	if !f.ok {
		return found{}
	}
	f.cue = doc.Span{Start: toks[n-1].s, End: toks[n-1].e}
	return f
}

// f6Progressives are the -ing forms of verbs of speaking f6Progressive
// reads.
var f6Progressives = map[string]bool{"saying": true, "asking": true, "adding": true, "exclaiming": true, "crying": true, "calling": true, "replying": true, "whispering": true}
