// Package support links what an article says to what it cites: each
// quotation to the citations that back it. It runs after the quotation
// and citation stages and reads both; they never read each other.
package support

import (
	"sort"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// Link sets Quote.Citations and Sentence.Citations. A sentence is backed
// by every citation in it (a marker, a link on its words). A citation
// backs a quotation when
//
//   - it is a marker or author-year citation in the sentence where the
//     quotation ends, after it, with no other quotation ending between
//     them: “…either.”[A], or “…,” she wrote in her memoir (Pell 1958).
//     Of quotations that end together (’”[B]) the outermost takes it;
//   - it is a link on the quotation's own words, or the cite attribute of
//     its q or blockquote; the innermost takes it.
//
// Time is O(n log n) in the number of quotations, sentences and citations.
func Link(d *doc.Document) {
	if len(d.Citations) == 0 {
		return
	}
	for ci, c := range d.Citations {
		if c.Status == doc.CiteOrphan {
			continue
		}
		if s := sentenceAt(d, c.Start); s >= 0 {
			d.Sentences[s].Citations = append(d.Sentences[s].Citations, ci)
		}
	}
	if len(d.Quotes) == 0 {
		return
	}
	byEnd := make([]int, len(d.Quotes))
	for i := range byEnd {
		byEnd[i] = i
	}
	// Sorted by end; of quotations ending at the same place the outermost
	// (the earliest, since parents precede children) comes last.
	sort.SliceStable(byEnd, func(a, b int) bool {
		qa, qb := d.Quotes[byEnd[a]], d.Quotes[byEnd[b]]
		if qa.End != qb.End {
			return qa.End < qb.End
		}
		return byEnd[a] > byEnd[b]
	})
	for ci, c := range d.Citations {
		switch c.Kind {
		case doc.CiteLink:
			// By where the link starts: a blockquote's cite attribute
			// spans its footer, which the quotation leaves out.
			if q := innermost(d, doc.Span{Start: c.Start, End: c.Start}); q >= 0 {
				d.Quotes[q].Citations = append(d.Quotes[q].Citations, ci)
			}
		case doc.CiteNote, doc.CiteAuthorYear:
			if c.Status == doc.CiteOrphan {
				continue
			}
			// The last quotation to end at or before the citation.
			k := sort.Search(len(byEnd), func(k int) bool { return d.Quotes[byEnd[k]].End > c.Start }) - 1
			if k < 0 {
				continue
			}
			q := byEnd[k]
			if s := sentenceAt(d, c.Start); s >= 0 && d.Quotes[q].End > d.Sentences[s].Start {
				d.Quotes[q].Citations = append(d.Quotes[q].Citations, ci)
			}
		}
	}
}

// innermost returns the index of the innermost quotation whose span holds
// s, or -1. Quotations nest and are sorted by start, so any quotation that
// holds s is the last one starting before s or one of its ancestors.
func innermost(d *doc.Document, s doc.Span) int {
	k := sort.Search(len(d.Quotes), func(k int) bool { return d.Quotes[k].Start > s.Start }) - 1
	for k >= 0 && !d.Quotes[k].Contains(s) {
		k = d.Quotes[k].Parent
	}
	return k
}

// sentenceAt returns the index of the sentence holding offset off, or -1.
func sentenceAt(d *doc.Document, off int) int {
	k := sort.Search(len(d.Sentences), func(k int) bool { return d.Sentences[k].Start > off }) - 1
	if k >= 0 && off < d.Sentences[k].End {
		return k
	}
	return -1
}
