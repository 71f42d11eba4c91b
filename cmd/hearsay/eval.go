package main

import (
	"context"
	"fmt"
	"os"

	"github.com/hearsay-project/hearsay/internal/claim"
	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/eval"
	"github.com/hearsay-project/hearsay/internal/quote"
	"github.com/hearsay-project/hearsay/internal/segment"
	"github.com/hearsay-project/hearsay/internal/source"
	"github.com/hearsay-project/hearsay/internal/source/text"
	"github.com/hearsay-project/hearsay/internal/speaker"
)

// EvalCommand scores a stage against gold annotations.
type EvalCommand struct{ *Main }

const evalHelp = `Score a stage against gold annotations and print precision, recall and F1.

Stages:
  sentences   sentence boundaries. The gold file is JSON Lines, either
              {"id","text"} with one sentence per line (LitBank), or
              {"doc","sentence"} records, consecutive ones of a doc forming
              a text (the hedge-cue sets). Sentences are joined with spaces
              before splitting, so line breaks give nothing away.
  quotes      direct quotations. The gold file is JSON Lines, one text a
              line: {"id","text","quotes":[{"start","end","spans"}]} with
              offsets in code points (../shared/data/quotes). The text is
              read as plain text through the stages up to speakers (which
              join a quotation's pieces over sentences); gold quotations
              in marks are scored against the direct quotations found
              that no other direct one encloses and that a mark closes at
              the end (a quotation never closed, such as a transcript's
              turn, counts on neither side; one over paragraphs, re-opened
              at each and closed once, counts; one run past its closing
              mark counts), with marks and white space trimmed from every
              span on both sides and spans cut where a paragraph re-opens
              the quotation, so that gold sets that include the marks and
              those that exclude them, or that draw a quotation over
              paragraphs as one span or as one a paragraph, score alike.
              Printed:
              exact and overlap precision, recall and F1, for content
              spans (each part of a split or multi-paragraph quotation)
              and for whole quotations.
  speakers    who said each direct quotation. The gold file is as for
              quotes, with "speaker" per quotation (PolNeAR, PDNC). Of the
              gold direct quotations found, the share given the gold
              speaker (names equal ignoring case, articles and
              possessives, or the same last word, or the words of one
              all in the other; a gold pronoun matches when the found
              mention covers it). Then, as BBC Citron scores: content
              spans and speaker mention spans ("speaker_spans"), exact
              and overlap P/R/F1, for direct, mixed and indirect
              quotations (the file's "type") and over all kinds. Where
              the file types only quotations in double marks direct
              (PolNeAR), a found quotation is direct only if its marks
              close it and are all double marks, as the file types.
              Last, paired as Citron's evaluation pairs (cue-paired): a
              found and a gold quotation of any kind are the same when
              their cues ("cue_spans") overlap; source exact counts the
              speaker spans equal (all of them; none on both sides is
              equal), content exact the contents; content tokens sums
              the tokens each found content shares with each gold one.
  citations   citation markers and their resolution, over the footnote
              pages and Markdown essays of a data folder (--data
              ../shared/data): for each footnote reference in the markup,
              is it found, and does it lead to the note its link names?
              With --remove N, every Nth note is deleted from the page
              first: precision and recall of "unresolved" against the
              markers whose notes were deleted.
  hedges      hedge cues. The gold file is JSON Lines, one sentence a line:
              {"id","sentence","uncertain","cues":[{"start","end"}]} with
              offsets in code points (../shared/data/hedges). Each
              sentence is read on its own as plain text. Printed:
              precision, recall and F1 of "uncertain" sentences (any hedge
              found), and of cue spans, exact and overlapping.`

// Run runs the evaluation named by the first argument.
func (c *EvalCommand) Run(ctx context.Context, args []string) error {
	fs := c.newFlagSet("eval", "STAGE (--gold FILE.jsonl | --data DIR)", evalHelp)
	gold := fs.String("gold", "", "gold annotations, JSON Lines (sentences, quotes, speakers, hedges)")
	data := fs.String("data", "", "a folder of annotated pages (citations): ../shared/data, or a folder of .html and .md files")
	remove := fs.Int("remove", 0, "citations: delete every `N`th note first and score which markers come out unresolved")
	shown := fs.Int("errors", 0, "print up to `N` errors with their context")
	pos, err := c.parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		fs.Usage()
		return errUsage
	}
	stage := pos[0]
	if stage == "citations" {
		if *data == "" {
			fmt.Fprintf(c.Stderr, "hearsay eval citations: --data DIR is required\n")
			return errUsage
		}
		report, err := eval.ScoreCitations(ctx, *data, eval.CiteOptions{RemoveEvery: *remove, MaxErrors: *shown})
		if err != nil {
			fmt.Fprintf(c.Stderr, "hearsay eval: %v\n", err)
			return errInput
		}
		return report.WriteText(c.Stdout)
	}
	if stage != "sentences" && stage != "quotes" && stage != "speakers" && stage != "hedges" {
		fmt.Fprintf(c.Stderr, "hearsay eval: unknown stage %q (want sentences, quotes, speakers, hedges or citations)\n", stage)
		return errUsage
	}
	if *gold == "" {
		fmt.Fprintf(c.Stderr, "hearsay eval %s: --gold FILE is required\n", stage)
		return errUsage
	}
	f, err := os.Open(*gold)
	if err != nil {
		fmt.Fprintf(c.Stderr, "hearsay eval: %v\n", err)
		return errInput
	}
	defer f.Close()
	var (
		scores fmt.Stringer
		errs   []eval.Error
	)
	switch stage {
	case "sentences":
		texts, err := eval.ReadSentenceGold(f)
		if err != nil {
			fmt.Fprintf(c.Stderr, "hearsay eval: %s: %v\n", *gold, err)
			return errInput
		}
		scores, errs = eval.ScoreSentences(texts, splitSentences, *shown)
	case "quotes":
		texts, err := eval.ReadQuoteGold(f)
		if err != nil {
			fmt.Fprintf(c.Stderr, "hearsay eval: %s: %v\n", *gold, err)
			return errInput
		}
		scores, errs = eval.ScoreQuotes(texts, findQuotes, *shown)
	case "speakers":
		texts, err := eval.ReadSpeakerGold(f)
		if err != nil {
			fmt.Fprintf(c.Stderr, "hearsay eval: %s: %v\n", *gold, err)
			return errInput
		}
		scores, errs = eval.ScoreSpeakersErrors(texts, attributeSpeakers, *shown)
	case "hedges":
		sents, err := eval.ReadHedgeGold(f)
		if err != nil {
			fmt.Fprintf(c.Stderr, "hearsay eval: %s: %v\n", *gold, err)
			return errInput
		}
		scores, errs = eval.ScoreHedges(sents, findHedges, *shown)
	}
	fmt.Fprintf(c.Stdout, "%s: %v\n", stage, scores)
	for _, e := range errs {
		what := "extra "
		if e.Missed {
			what = "missed"
		}
		fmt.Fprintf(c.Stdout, "  %s %s: %s\n", what, e.ID, e.Context)
	}
	return nil
}

// findQuotes returns the quotations of plain text as the product gives
// them: after the speaker stage, which joins the pieces of a quotation
// that its narration splits over sentences ("“…,” he said on Friday.
// “…”") as the quote stage alone does not.
func findQuotes(s string) []doc.Quote {
	return attributeSpeakers(s).Quotes
}

// findHedges returns the hedge cues Hearsay finds in plain text.
func findHedges(s string) []doc.Span {
	d := &doc.Document{Text: s, Format: doc.FormatText}
	d.Paragraphs = text.Paragraphs(s, nil)
	segment.Run(d)
	hedges, _ := claim.Cues(d)
	spans := make([]doc.Span, len(hedges))
	for i, h := range hedges {
		spans[i] = h.Span
	}
	return spans
}

// attributeSpeakers runs plain text through the stages up to speakers,
// loaded as "hearsay analyze" loads a text file (its first line a
// title, as the loader reads one), so that the scores are those of what
// a user sees (TestEvalReadsAsAnalyze). Text the loader refuses is read
// as bare paragraphs.
func attributeSpeakers(s string) *doc.Document {
	d, err := source.LoadBytes(context.Background(), "a.txt", []byte(s), source.Options{Format: doc.FormatText})
	if err != nil || d.Text != s {
		d = &doc.Document{Text: s, Format: doc.FormatText}
		d.Paragraphs = text.Paragraphs(s, nil)
	}
	segment.Run(d)
	quote.Detect(d)
	speaker.Attribute(d)
	return d
}

// splitSentences returns the sentence ends Hearsay finds in plain text.
func splitSentences(s string) []int {
	paras := text.Paragraphs(s, nil)
	var ends []int
	for _, sent := range segment.Sentences(s, paras, nil) {
		ends = append(ends, sent.End)
	}
	return ends
}
