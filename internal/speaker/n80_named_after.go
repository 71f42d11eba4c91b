package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n80Leads open a sentence that names the speaker of the quotation
// right before it, the name after them: "‘I couldn’t do it this
// time.’ ¶ So said Maureen Haskell, 74, as she left the polling
// station." The part given is the cue.
var n80Leads = [...]struct{ lead, cue string }{
	{"So said ", "said"}, {"So says ", "says"}, {"Thus said ", "said"}, {"So spoke ", "spoke"},
	{"Those were the words of ", "words of"}, {"These were the words of ", "words of"},
	{"That was the view of ", "view of"}, {"That is the view of ", "view of"}, {"Such was the view of ", "view of"},
	{"That was the verdict of ", "verdict of"},
	// The verb after the name is the cue: "That is how Jolene
	// Tibbetts, who lives three doors down, described it."
	{"That is how ", ""}, {"That was how ", ""}, {"This is how ", ""}, {"That’s how ", ""}, {"That's how ", ""},
}

// n80Reach bounds the white space between the closing mark and the
// sentence that names the speaker: a paragraph break and some spaces.
const n80Reach = 6

// n80NamedAfter gives a speaker to a top-level direct quotation that
// has none when the sentence right after it (in its paragraph or
// opening the next) names it with one of n80Leads and a name: feature
// writing sets the words first and the speaker after them, in a
// sentence of its own. The mention is the name with its appositive
// ("Maureen Haskell, 74, a retired postmistress"), as widen reads one.
// Only a capitalised name is read (a description there, "So said one
// voter", names no one to resolve); each quotation reads a bounded
// stretch after it.
func (a *attributor) n80NamedAfter() {
	d, text := a.d, a.text
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Kind != doc.QuoteDirect || q.Parent >= 0 || q.Speaker.Name != "" || len(q.Marks) < 2 {
			continue
		}
		at := q.End
		for at < len(text) && at-q.End <= n80Reach && (text[at] == ' ' || text[at] == '\n') {
			at++
		}
		if at >= len(text) || at-q.End > n80Reach || text[at] != 'S' && text[at] != 'T' {
			continue // the cheap gate: every lead opens with "S" or "T"
		}
		var cue doc.Span
		from := -1
		how := false // the cue follows the name
		for _, l := range n80Leads {
			if strings.HasPrefix(text[at:], l.lead) {
				c := at + strings.Index(l.lead, l.cue)
				cue, from, how = doc.Span{Start: c, End: c + len(l.cue)}, at+len(l.lead), l.cue == ""
				break
			}
		}
		if from < 0 {
			continue
		}
		toks := a.ix.tokens(from, min(len(text), from+200))
		f, _ := subjectAt(text, toks, 0, len(toks))
		if !f.ok || f.pronoun != "" || f.name == "" || !capital(f.name) || f.subj.Start != from {
			continue
		}
		f.cue = cue
		f = widen(a.ix, f)
		if how {
			if f.cue = n80VerbAfter(text, toks, f.subj.End); f.cue.End == 0 {
				continue
			}
			cue = f.cue
		}
		q.Speaker = doc.Speaker{Name: f.name, Mention: f.subj}
		q.Cue = cue
		q.Chain = append(q.Chain[:0:0], f.name)
	}
}

// n80VerbAfter returns the span of the verb that follows a name ending
// at offset at after "That is how" ("… described it", "… put it", "…
// remembered it"), past an appositive's closing comma: a verb of the
// lexicon or a past form in -ed, then "it", "them" or "the scene"; the
// zero span when there is none.
func n80VerbAfter(text string, toks []tok, at int) doc.Span {
	j := 0
	for j < len(toks) && toks[j].s < at {
		j++
	}
	if j < len(toks) && toks[j].str(text) == "," {
		j++
	}
	if j+1 >= len(toks) || !toks[j].word || !(toks[j].is(isCue) || strings.HasSuffix(toks[j].low, "ed") || toks[j].low == "put") {
		return doc.Span{}
	}
	if o := toks[j+1].low; o != "it" && o != "them" && o != "the" && o != "that" {
		return doc.Span{}
	}
	return doc.Span{Start: toks[j].s, End: toks[j].e}
}
