package doc

// Verdict is how a quotation compares with its source text.
type Verdict string

// Fidelity verdicts.
const (
	VerdictVerbatim   Verdict = "verbatim"   // the same words, after normalising spelling, case, marks and spacing
	VerdictElided     Verdict = "elided"     // the pieces between "…" or "[…]" appear in order
	VerdictAltered    Verdict = "altered"    // words changed; see Diff
	VerdictTranslated Verdict = "translated" // the article marks the quotation as its own translation
	VerdictNotFound   Verdict = "not-found"  // no passage in the sources is close enough
)

// DiffOp is one step of a word-level diff from the source passage to the
// quotation.
type DiffOp struct {
	Op   string // "equal", "insert" (in the quote, not the source) or "delete" (in the source, not the quote)
	Text string // the words, as written
}

// Fidelity is the result of aligning a quotation with the source texts
// the user supplied.
type Fidelity struct {
	Verdict Verdict
	Source  string   // the source file the best passage is in; "" for not-found
	Passage Span     // the passage, in byte offsets of that source's extracted text
	Text    string   // the passage's words
	Diff    []DiffOp // for altered quotations; nil otherwise
	// EditRatio is the share of words changed, inserted or deleted, from
	// 0 (verbatim) to 1.
	EditRatio float64
}

// Finding codes of the checks against the reference base of quotations.
const (
	FindMisattributed       FindingCode = "misattributed-quote"  // the claimed speaker is a known wrong attribution
	FindAttributionConflict FindingCode = "attribution-conflict" // the base gives the line to someone else
	FindDisputedQuote       FindingCode = "disputed-quote"       // the base lists the line as disputed or unsourced
	FindUnsupportedClaim    FindingCode = "unsupported-claim"    // a check-worthy factual claim with nothing backing it
	FindVagueAttribution    FindingCode = "vague-attribution"    // "experts say", "sources"
	FindQuoteNotInSource    FindingCode = "quote-not-found"      // a quotation the supplied sources do not contain
	FindQuoteAltered        FindingCode = "quote-altered"        // a quotation whose words differ from its source
)

// A Resource is reference data a stage used: a lexicon, the curated table
// of quotations, a source folder. Provenance output names each with its
// digest, so a verdict can be traced to the data that produced it.
type Resource struct {
	Name   string // "quote/cues.txt", "quotebase", "sources:DIR"
	Digest string // "sha256:…" of the data as used
}
