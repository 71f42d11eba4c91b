package batch

import (
	"bytes"
	"context"
	"unicode"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/hearsay-project/hearsay"
	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/render"
)

func init() {
	register.DoFn5x1[context.Context, Input, func(string), func(string, Attribution), func(Failure), error](&analyzeFn{})
	register.Emitter1[string]()
	register.Emitter2[string, Attribution]()
}

// Counters, shown by runners that report metrics (Dataflow's job page,
// Flink's web UI).
var (
	docsAnalysed   = beam.NewCounter("hearsay", "documents")
	quotesFound    = beam.NewCounter("hearsay", "quotes")
	docsFailed     = beam.NewCounter("hearsay", "failures")
	attributionsIn = beam.NewCounter("hearsay", "attributions")
)

// analyzeFn analyses one Input. It emits the document as one line of
// JSON (the output of `hearsay analyze --format json`), each attributed
// quotation that can take part in a conflict keyed by its normalised
// text, and a Failure for input that Analyze refuses.
type analyzeFn struct{}

func (f *analyzeFn) ProcessElement(ctx context.Context, in Input, emitDoc func(string), emitAttr func(string, Attribution), fail func(Failure)) error {
	d, err := hearsay.AnalyzeBytes(ctx, in.Body, hearsay.Options{Name: in.Name, Format: hearsay.Format(in.Format)})
	if err != nil {
		if ctx.Err() != nil {
			return err
		}
		docsFailed.Inc(ctx, 1)
		fail(Failure{Name: in.Name, Error: err.Error()})
		return nil
	}
	var buf bytes.Buffer
	if err := render.JSON(&buf, d); err != nil {
		return err
	}
	emitDoc(string(bytes.TrimSuffix(buf.Bytes(), []byte("\n"))))
	docsAnalysed.Inc(ctx, 1)
	quotesFound.Inc(ctx, int64(len(d.Quotes)))
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if !conflictKind(q.Kind) || !isName(q.Speaker.Name) {
			continue
		}
		words := q.Words(d.Text)
		key := Normalize(words)
		if wordCount(key) < MinConflictWords {
			continue
		}
		attributionsIn.Inc(ctx, 1)
		emitAttr(key, Attribution{Doc: in.Name, Speaker: q.Speaker.Name, Quote: words})
	}
	return nil
}

// conflictKind reports whether quotations of kind k carry someone's
// exact words, so that two speakers for the same words is a conflict.
// Indirect quotations are paraphrase, and scare quotes and titles are
// not speech.
func conflictKind(k doc.QuoteKind) bool {
	return k == doc.QuoteDirect || k == doc.QuoteMixed
}

// isName reports whether a speaker is named rather than described: some
// word of it starts with an upper-case letter ("Ada Lovelace", "de
// Gaulle"), unlike "a spokesman" or "officials". Descriptions match any
// named speaker's words and would fill the table with false conflicts.
func isName(s string) bool {
	start := true
	for _, r := range s {
		if start && unicode.IsUpper(r) {
			return true
		}
		start = unicode.IsSpace(r)
	}
	return false
}
