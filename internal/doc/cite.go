package doc

// CitationKind says what form a citation takes.
type CitationKind string

// Citation kinds.
const (
	CiteNote       CitationKind = "note"        // a marker pointing at a note: [1], [A], ¹, *, [^x], a footnote reference
	CiteAuthorYear CitationKind = "author-year" // (Taubman 2003), (Furr, 2011, p. 12)
	CiteLink       CitationKind = "link"        // words linked to a URL
)

// CitationStatus says whether a citation leads anywhere.
type CitationStatus string

// Citation statuses.
const (
	CiteResolved   CitationStatus = "resolved"   // it leads to a note, a reference entry or an address
	CiteUnresolved CitationStatus = "unresolved" // it leads nowhere
	CiteOrphan     CitationStatus = "orphan"     // a note that no marker points to
)

// A Citation is one place where the article says where something comes
// from: a marker, an author-year reference or a link.
type Citation struct {
	Span                  // the marker ("[A]", "¹", "(Taubman 2003)"), or the linked words
	Marker string         // the label as written, without brackets: "A", "1", "Taubman 2003"
	Kind   CitationKind   //
	Status CitationStatus //
	Target int            // index of the note or entry in Document.References; -1 if none
	URL    string         // the address of a link or an absolute reference; or ""
	Repeat int            // index of an earlier citation with the same marker; -1 if none
}

// A Reference is a note, an endnote or an entry of a reference list, with
// the fields of a bibliographic entry where they could be read (shaped
// like CSL-JSON).
type Reference struct {
	Span             // the whole note or entry
	Label     string // its number or label: "1", "A", "x"; or ""
	Authors   []string
	Title     string
	Container string // the journal, newspaper, book or site it appeared in
	Year      string
	Publisher string
	Pages     string
	URL       string
	DOI       string
	ISBN      string
}

// FindingCode names a kind of Finding.
type FindingCode string

// Finding codes. Later stages add their own.
const (
	FindUnresolvedCitation FindingCode = "unresolved-citation"
	FindOrphanNote         FindingCode = "orphan-note"
	FindUnbalancedQuote    FindingCode = "unbalanced-quote"
)

// A Finding is something about the article's evidence a reader should
// know: a citation that leads nowhere, a quotation given to the wrong
// person. Unlike a Diagnostic it is about what the article says, not
// about how it was read.
type Finding struct {
	Code     FindingCode
	Span     Span
	Message  string
	Evidence []string // what supports the finding: addresses, titles, names; or nil
}
