// Package fidelity checks quotations against the source texts a user
// supplies: each direct or mixed quotation is aligned with the passage of
// the sources that matches it best, found through an index of word
// shingles, and given a verdict (verbatim, elided, altered with a word
// diff, translated, not found).
package fidelity

import (
	"fmt"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// Check aligns each direct and mixed quotation of d with the corpus and
// sets its Fidelity; altered and missing quotations are reported as
// findings. Scare quotes and titles are not quotations of anyone's words,
// and indirect quotations paraphrase by nature, so they are left alone, as
// are quotations of fewer than three words. A quotation the article marks
// as its own translation (a "(translation)" hop in its chain) is
// translated, whatever the sources hold. name is what the findings call
// the sources ("the sources in DIR").
func Check(d *doc.Document, c *Corpus, name string) {
	// A quotation repeated in the article is aligned once.
	type result struct {
		f  doc.Fidelity
		ok bool
	}
	seen := map[string]result{}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Kind != doc.QuoteDirect && q.Kind != doc.QuoteMixed {
			continue
		}
		content := quoted(q)
		key := wordsOf(d.Text, content)
		r, done := seen[key]
		if !done {
			r.f, r.ok = c.Align(d.Text, content)
			seen[key] = r
		}
		f, ok := r.f, r.ok
		if !ok {
			continue
		}
		if translated(q) && f.Verdict != doc.VerdictVerbatim && f.Verdict != doc.VerdictElided {
			f = doc.Fidelity{Verdict: doc.VerdictTranslated, Source: f.Source, Passage: f.Passage, Text: f.Text}
		}
		q.Fidelity = &f
		switch f.Verdict {
		case doc.VerdictNotFound:
			d.Findings = append(d.Findings, doc.Finding{Code: doc.FindQuoteNotInSource, Span: q.Span,
				Message: fmt.Sprintf("quotation not found in %s", name)})
		case doc.VerdictAltered:
			d.Findings = append(d.Findings, doc.Finding{Code: doc.FindQuoteAltered, Span: q.Span,
				Message:  fmt.Sprintf("quotation differs from %s: %s (%.0f%% of words changed)", f.Source, DiffSummary(f.Diff), 100*f.EditRatio),
				Evidence: []string{fmt.Sprintf("%s@%d-%d", f.Source, f.Passage.Start, f.Passage.End)}})
		}
	}
	d.Resources = append(d.Resources, c.Resource(name))
}

// quoted returns the parts of q's content that lie inside its marks:
// a mixed quotation read as the clause it stands in ("The storms, Ann
// Lee told reporters, “took two piers”") holds the writer's words
// before the marks as well, and only the marked words claim to be the
// source's. A quotation without marks (markup) is all quoted.
func quoted(q *doc.Quote) []doc.Span {
	if q.Kind != doc.QuoteMixed || len(q.Marks) < 2 {
		return q.Content
	}
	lo, hi := q.Marks[0].End, q.Marks[len(q.Marks)-1].Start
	var out []doc.Span
	for _, c := range q.Content {
		c.Start, c.End = max(c.Start, lo), min(c.End, hi)
		if c.Start < c.End {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		return q.Content
	}
	return out
}

// wordsOf is doc.Quote.Words for the spans content.
func wordsOf(text string, content []doc.Span) string {
	q := doc.Quote{Content: content}
	return q.Words(text)
}

// translated reports whether the article says quotation q is a
// translation: the speaker stage then puts a "(translation)" hop in its
// chain.
func translated(q *doc.Quote) bool {
	for _, h := range q.Chain {
		if h == "translation" || strings.HasSuffix(h, "(translation)") {
			return true
		}
	}
	return false
}

// DiffSummary writes the changes of a word diff for people: "“been over
// into” → “seen”", changes joined by "; ".
func DiffSummary(diff []doc.DiffOp) string {
	var parts []string
	for i := 0; i < len(diff); i++ {
		switch diff[i].Op {
		case "delete":
			if i+1 < len(diff) && diff[i+1].Op == "insert" {
				parts = append(parts, fmt.Sprintf("“%s” → “%s”", diff[i].Text, diff[i+1].Text))
				i++
			} else {
				parts = append(parts, fmt.Sprintf("“%s” left out", diff[i].Text))
			}
		case "insert":
			if i+1 < len(diff) && diff[i+1].Op == "delete" {
				parts = append(parts, fmt.Sprintf("“%s” → “%s”", diff[i+1].Text, diff[i].Text))
				i++
			} else {
				parts = append(parts, fmt.Sprintf("“%s” added", diff[i].Text))
			}
		}
	}
	return strings.Join(parts, "; ")
}
