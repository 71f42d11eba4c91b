package quotebase

import (
	"fmt"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// Check matches each direct and mixed quotation of d that has a speaker
// against the base and records what it finds:
//
//   - misattributed-quote: the base lists the line as wrongly given to
//     the quotation's speaker; the finding names the real author, when
//     known, and the evidence.
//   - disputed-quote: the base lists the speaker's authorship as
//     disputed or unsourced.
//   - attribution-conflict: the base gives the line to someone else, and
//     knows nothing of the speaker saying it.
//
// A line the base gives to the speaker, or one whose real author is the
// speaker, raises nothing. Quotations without a speaker are left alone:
// there is no attribution to check.
func Check(d *doc.Document, b *Base) {
	seen := map[string][]Match{} // a quotation repeated is matched once
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Kind != doc.QuoteDirect && q.Kind != doc.QuoteMixed || q.Speaker.Name == "" {
			continue
		}
		words := q.Words(d.Text)
		ms, done := seen[words]
		if !done {
			ms = b.Match(words)
			seen[words] = ms
		}
		if len(ms) == 0 {
			continue
		}
		if f, ok := Judge(q.Speaker.Name, ms); ok {
			f.Span = q.Span
			d.Findings = append(d.Findings, f)
		}
	}
	d.Resources = append(d.Resources, doc.Resource{Name: "quotebase", Digest: b.Digest()})
}

// Judge decides what the entries ms that a line matches say about its
// attribution to who, and returns the finding to report, if any (its
// Span is left for the caller to set).
func Judge(who string, ms []Match) (doc.Finding, bool) {
	var mis, disputed, other *Entry
	for _, m := range ms {
		e := m.Entry
		switch {
		case e.Status == Misattributed && SameName(e.Author, who):
			if mis == nil {
				mis = e
			}
		case e.Status == Misattributed && e.ActualAuthor != "" && SameName(e.ActualAuthor, who):
			return doc.Finding{}, false // the speaker is the real author
		case SameName(e.Author, who) && (e.Status == Sourced || e.Status == Attributed):
			if mis == nil {
				return doc.Finding{}, false // the base agrees
			}
		case SameName(e.Author, who):
			if disputed == nil {
				disputed = e
			}
		case e.Status == Sourced || e.Status == Attributed:
			if other == nil {
				other = e
			}
		case e.Status == Misattributed && e.ActualAuthor != "" && !unknown(e.ActualAuthor):
			if other == nil {
				other = &Entry{Text: e.Text, Author: e.ActualAuthor, Status: Attributed, Source: e.Source, Evidence: e.Evidence, Origin: e.Origin}
			}
		}
	}
	switch {
	case mis != nil:
		msg := "wrongly attributed to " + who
		switch {
		case unknown(mis.ActualAuthor):
			msg += "; its author is " + mis.ActualAuthor
		case mis.ActualAuthor != "":
			msg += "; it was said by " + mis.ActualAuthor
		}
		return doc.Finding{Code: doc.FindMisattributed, Message: msg, Evidence: evidence(mis)}, true
	case disputed != nil:
		msg := fmt.Sprintf("that %s said this is %s in the reference base", who, disputed.Status)
		if disputed.Note != "" {
			msg += " (" + disputed.Note + ")"
		}
		return doc.Finding{Code: doc.FindDisputedQuote, Message: msg, Evidence: evidence(disputed)}, true
	case other != nil:
		msg := fmt.Sprintf("the reference base gives this line to %s, not %s", other.Author, who)
		return doc.Finding{Code: doc.FindAttributionConflict, Message: msg, Evidence: evidence(other)}, true
	}
	return doc.Finding{}, false
}

// unknown reports whether an actual author is a statement that none is
// known ("unknown", "unknown (earliest in …)").
func unknown(s string) bool {
	if s == "" {
		return false
	}
	return strings.HasPrefix(strings.ToLower(s), "unknown") || strings.HasPrefix(strings.ToLower(s), "anonymous")
}

// evidence lists the line as the base has it, the entry's evidence, then
// its source and origin. The message leaves them out, so that the report
// can show it whole.
func evidence(e *Entry) []string {
	ev := append([]string{"“" + e.Text + "”"}, e.Evidence...)
	if e.Source != "" {
		ev = append(ev, e.Source)
	}
	if e.Origin != "" {
		ev = append(ev, "from "+e.Origin)
	}
	return ev
}
