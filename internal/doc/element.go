package doc

// ElementKind names a piece of markup structure kept from the input.
type ElementKind string

// Element kinds. Block kinds mirror the paragraphs they hold; inline kinds
// mark phrases inside paragraphs.
const (
	ElemHeading     ElementKind = "heading"
	ElemParagraph   ElementKind = "paragraph"
	ElemList        ElementKind = "list"
	ElemListItem    ElementKind = "list-item"
	ElemBlockQuote  ElementKind = "blockquote"
	ElemCode        ElementKind = "code-block"
	ElemTable       ElementKind = "table"
	ElemFigure      ElementKind = "figure"
	ElemCaption     ElementKind = "caption" // figcaption, table caption
	ElemFooter      ElementKind = "footer"  // e.g. a blockquote's footer naming its source
	ElemFootnotes   ElementKind = "footnotes"
	ElemFootnote    ElementKind = "footnote"     // one note or reference entry
	ElemFootnoteRef ElementKind = "footnote-ref" // a marker pointing at a note
	ElemQ           ElementKind = "q"
	ElemCite        ElementKind = "cite"
	ElemSup         ElementKind = "sup"
	ElemSub         ElementKind = "sub"
	ElemLink        ElementKind = "link"
	ElemEmphasis    ElementKind = "emphasis"
	ElemStrong      ElementKind = "strong"
	ElemInlineCode  ElementKind = "code"
	ElemAbbr        ElementKind = "abbr"
	ElemTime        ElementKind = "time"
)

// An Element is markup structure kept from the input: what the page said
// was a heading, a quotation, a link or a footnote.
type Element struct {
	Span
	Kind   ElementKind `json:"kind"`
	Parent int         `json:"parent"`          // index of the enclosing element; -1 at top level
	Level  int         `json:"level,omitempty"` // heading level 1–6; list nesting; 0 otherwise
	// Attributes kept from the markup. Only those later stages use are
	// kept: href, id, name, class, role, rel, title, cite, datetime,
	// data-type, epub:type, and a footnote's label.
	Attrs []Attr `json:"attrs,omitempty"`
}

// An Attr is one attribute of an Element.
type Attr struct {
	Key string `json:"key"`
	Val string `json:"val"`
}

// Attr returns the value of the attribute key and whether it is set.
func (e *Element) Attr(key string) (string, bool) {
	for _, a := range e.Attrs {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// KeptAttr reports whether an attribute of this name is worth keeping on
// an Element. Loaders call it so that every format keeps the same set.
func KeptAttr(key string) bool {
	switch key {
	case "href", "id", "name", "class", "role", "rel", "title", "cite",
		"datetime", "data-type", "epub:type", "label", "lang":
		return true
	}
	return false
}
