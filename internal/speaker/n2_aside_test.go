package speaker

import (
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n2Reading returns the content pieces (joined by " | ") and the speaker
// mention of the quotation of d whose cue reads cue and whose mention
// reads mention ("" for the first with that cue); ok is false for none.
func n2Reading(d *doc.Document, cue, mention string) (content, spk string, ok bool) {
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Cue.End <= q.Cue.Start || d.Text[q.Cue.Start:q.Cue.End] != cue {
			continue
		}
		m := d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End]
		if mention != "" && m != mention {
			continue
		}
		var parts []string
		for _, c := range q.Content {
			parts = append(parts, d.Text[c.Start:c.End])
		}
		return strings.Join(parts, " | "), m, true
	}
	return "", "", false
}

// checkN2Content checks the content pieces of the quotation of text
// with the cue cue and the mention mention.
func checkN2Content(t *testing.T, text, cue, mention, content string) {
	t.Helper()
	got, _, ok := n2Reading(run(t, text), cue, mention)
	if !ok {
		t.Errorf("%q: no quotation with the cue %q by %q", text, cue, mention)
		return
	}
	if got != content {
		t.Errorf("%q: content %q, want %q", text, got, content)
	}
}

// TestN2SkipAsides checks that an attribution between commas inside a
// reported clause (", the officials said,", ", as the board noted,") is
// cut out of that clause's content, and that commas which open no such
// aside leave the content whole.
func TestN2SkipAsides(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"Ruth Ames said the ferry, the inspectors said, would stop running in May.", "said", "Ruth Ames", "the ferry | would stop running in May"},
		{"To lower the risk, the engineers said, the county rebuilt the levee last spring, Tom Blake said.", "said", "Tom Blake", "To lower the risk | the county rebuilt the levee last spring"},
		{"A poll released on Friday showed support for the levy at 41 percent, The Valley Courier reported, down from 48 percent a week earlier.", "reported", "The Valley Courier", "A poll released on Friday showed support for the levy at 41 percent | down from 48 percent a week earlier"},
		{"The board said the school, as parents noted, had no heating.", "said", "The board", "the school | had no heating"},
		{"The union said the walkout, members say, would go on through the week.", "said", "The union", "the walkout | would go on through the week"},
		{"The mayor said the depot, she added on Tuesday, was unsafe for workers.", "said", "The mayor", "the depot | was unsafe for workers"},
		// must not cut
		{"The mayor said the plan, which the council approved, would cost less.", "said", "The mayor", "the plan, which the council approved, would cost less"},
		{"Ruth Ames said the firm, Cole and Sons, would merge with a rival.", "said", "Ruth Ames", "the firm, Cole and Sons, would merge with a rival"},
		{"Ruth Ames said the old pier, her proudest boast, had been rebuilt by the town.", "said", "Ruth Ames", "the old pier, her proudest boast, had been rebuilt by the town"},
		{"The agency said the dam, built in 1950, had cracked in two places.", "said", "The agency", "the dam, built in 1950, had cracked in two places"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
}

// TestN2InvertedResume checks that a clause interrupted by an inverted
// cue and its subject (", say economists,", ", said the mayor,") resumes
// after it, and that an appositive after the subject does not resume it.
func TestN2InvertedResume(t *testing.T) {
	for _, tt := range []struct{ text, cue, mention, content string }{
		{"The merger, say analysts, marks a turn for the whole industry.", "say", "analysts", "The merger | marks a turn for the whole industry"},
		{"The levy, said the treasurer, would cost each household $40.", "said", "the treasurer", "The levy | would cost each household $40"},
		{"The levy, says Ruth Ames, is far too costly for the town.", "says", "Ruth Ames", "The levy | is far too costly for the town"},
	} {
		checkN2Content(t, tt.text, tt.cue, tt.mention, tt.content)
	}
}
