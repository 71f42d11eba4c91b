package doc

// ClaimType says what kind of statement a claim makes.
type ClaimType string

// Claim types.
const (
	ClaimFactual        ClaimType = "factual"        // events, dates, numbers, named entities: can be checked
	ClaimEvaluative     ClaimType = "evaluative"     // a judgement: "a grand success", "a complete hash"
	ClaimNormative      ClaimType = "normative"      // what ought to be: "should have", "must"
	ClaimCounterfactual ClaimType = "counterfactual" // what would have been: "would have remained insignificant if …"
	ClaimPrediction     ClaimType = "prediction"     // what will be
	ClaimQuestion       ClaimType = "question"       // a question, rhetorical or not
)

// Strength is how strongly a hedge weakens, or a booster strengthens, what
// it scopes over.
type Strength string

// Strength tiers.
const (
	StrengthWeak     Strength = "weak"     // "perhaps" barely hedges; "really" barely boosts
	StrengthModerate Strength = "moderate" // "probably", "it seems"; "clearly"
	StrengthStrong   Strength = "strong"   // "it's quite possible", "I find this believable"; "undeniably", "an undisputed fact"
)

// A Cue is a hedge or booster: the words that signal it and the text they
// bear on (to the end of the clause).
type Cue struct {
	Span              // the cue words: "it seems", "probably", "undeniably"
	Scope    Span     // what the cue bears on
	Strength Strength //
}

// A Claim is one statement of the article's own: a sentence, or a clause
// where a sentence mixes kinds. Greetings, headings and other non-claims
// get none.
type Claim struct {
	Span         // the sentence or clause
	Sentence int // index in Document.Sentences
	// Quoted is the index in Document.Quotes of the direct quotation
	// the sentence lies in, whose speaker's claim it is; -1 for the
	// author's own.
	Quoted int
	Type   ClaimType //
	// CheckWorthy is how much the claim deserves checking, from 0 to 1,
	// in the spirit of ClaimBuster; Reasons say why ("a number", "a
	// named person", "counterfactual: cannot be checked").
	CheckWorthy float64
	Reasons     []string
	Hedges      []Cue
	Boosters    []Cue
	// What backs it in the article: indexes in Document.Citations,
	// Document.Quotes and Document.Sources. All nil for an unsupported
	// claim.
	Citations []int
	Quotes    []int
	Sources   []int
	// Vague are attributions that name no one: "experts say", "sources",
	// "I've seen claims that".
	Vague []Span
}

// Supported reports whether anything in the article backs the claim.
func (c *Claim) Supported() bool {
	return len(c.Citations) > 0 || len(c.Quotes) > 0 || len(c.Sources) > 0
}
