// Package doc defines the Document that every Hearsay stage annotates.
//
// A Document owns one extracted text. Every annotation is a half-open span
// [Start, End) of UTF-8 byte offsets into that text, never a copy of it, so
// anything found can be sliced out of Text, mapped back into the raw input
// through the OffsetMap, and rendered in the original page. Annotation
// layers are plain slices sorted by Start; annotations refer to each other
// by slice index, -1 meaning none, which keeps a Document copyable and
// directly serialisable.
//
// This package imports nothing from the rest of Hearsay: loaders build a
// Document, stages append layers to it, renderers only read it.
package doc

import (
	"encoding/binary"
	"strings"
	"unicode/utf8"
)

// A Span is a half-open range [Start, End) of UTF-8 byte offsets into
// Document.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len reports the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether t lies within s.
func (s Span) Contains(t Span) bool { return s.Start <= t.Start && t.End <= s.End }

// Format is the input format a Document was loaded from.
type Format string

// The formats Hearsay reads.
const (
	FormatText     Format = "text"
	FormatMarkdown Format = "markdown"
	FormatHTML     Format = "html"
)

// Metadata is what the article says about itself. Spans are zero when the
// value does not occur in Text (for instance an HTML <title> that the
// extracted article does not repeat).
type Metadata struct {
	Title       string `json:"title,omitempty"`
	TitleSpan   Span   `json:"-"`
	Subtitle    string `json:"subtitle,omitempty"`
	Author      string `json:"author,omitempty"` // byline with "By " removed
	AuthorSpan  Span   `json:"-"`
	Date        string `json:"date,omitempty"` // as written, or RFC 3339 from page metadata
	SiteName    string `json:"site_name,omitempty"`
	Language    string `json:"language,omitempty"`
	URL         string `json:"url,omitempty"` // canonical address, if the page gives one
	Description string `json:"description,omitempty"`
}

// A Document is one article and every annotation found in it.
type Document struct {
	Name   string // file name or "-" for stdin; for messages only
	Format Format
	Raw    []byte // the input as received, before decoding
	Text   string // extracted text; all spans index into it
	// LowerText is Text with its ASCII capitals lower-cased, byte for
	// byte, so that a Plain token's lower-case form is a slice of it:
	// the stages that look words up in lower-case word lists share one
	// copy made by the segmenter instead of each lower-casing every
	// word. Empty until the segmenter runs.
	LowerText string
	// MarkAt holds, in the order of the text, at least the start of
	// every quotation mark in the paragraphs (every byte that may begin
	// one: " ' ` and the lead bytes C2, E2, E3; not necessarily the
	// other runes of those lead bytes), as the segmenter passed them
	// while tokenizing, so that the quote stage need not search the
	// text for them again. Nil until the segmenter runs, or when it
	// could not list them (paragraphs out of order); then the quote
	// stage searches.
	MarkAt []int32

	// Offsets maps spans of Text back to byte ranges of Raw.
	Offsets OffsetMap

	Meta Metadata

	// Elements is the markup structure kept from the input (headings,
	// block quotes, links, q, cite, sup, footnotes …), sorted by Start;
	// a parent precedes its children and contains them.
	Elements []Element

	Paragraphs  []Paragraph
	Sentences   []Sentence
	Tokens      []Token
	Quotes      []Quote // sorted by Start; a parent precedes its children
	Citations   []Citation
	References  []Reference
	Sources     []Source
	Claims      []Claim // sorted by Start
	Findings    []Finding
	Diagnostics []Diagnostic

	// Resources is the reference data the stages used, for provenance.
	Resources []Resource
}

// Slice returns the text a span covers.
func (d *Document) Slice(s Span) string { return d.Text[s.Start:s.End] }

// RawSpan returns the byte range of Raw that produced the text in s.
func (d *Document) RawSpan(s Span) Span { return d.Offsets.RawSpan(s) }

// Diagnose records a diagnostic.
func (d *Document) Diagnose(s Span, code Code, msg string) {
	d.Diagnostics = append(d.Diagnostics, Diagnostic{Span: s, Code: code, Message: msg})
}

// BlockKind says what kind of block a paragraph is.
type BlockKind string

// Block kinds.
const (
	BlockParagraph BlockKind = "paragraph"
	BlockHeading   BlockKind = "heading"
	BlockTitle     BlockKind = "title"    // the article's title line
	BlockSubtitle  BlockKind = "subtitle" // a standfirst under the title
	BlockByline    BlockKind = "byline"
	BlockDate      BlockKind = "date"
	BlockListItem  BlockKind = "list-item"
	BlockQuote     BlockKind = "blockquote" // a paragraph inside a block quotation
	BlockCode      BlockKind = "code"
	BlockFootnote  BlockKind = "footnote" // a paragraph of a footnote or endnote
	BlockTableCell BlockKind = "table-cell"
	BlockCaption   BlockKind = "caption"
	BlockPreamble  BlockKind = "preamble" // unused for now
)

// A Paragraph is one block of running text: a blank-line paragraph, a
// heading, a list item, an HTML block. Paragraphs do not overlap and are
// sorted; text between them (separators) belongs to none.
type Paragraph struct {
	Span
	Kind  BlockKind `json:"kind"`
	Quote int       `json:"quote_depth,omitempty"` // nesting depth of enclosing block quotations; 0 outside
}

// A Sentence is a span of a paragraph ending at a sentence boundary.
type Sentence struct {
	Span
	Paragraph int   `json:"paragraph"` // index into Document.Paragraphs
	Citations []int `json:"-"`         // indexes in Document.Citations of the markers and links in it; or nil
}

// TokenKind classifies a token.
type TokenKind uint8

// Token kinds.
const (
	TokenWord   TokenKind = iota + 1 // letters, with inner apostrophes and hyphens: Khrushchev’s, ’90s, workers’
	TokenNumber                      // 1923, 3.5, 1,000
	TokenPunct                       // any other single non-space character, quote marks included
)

func (k TokenKind) String() string {
	switch k {
	case TokenWord:
		return "word"
	case TokenNumber:
		return "number"
	case TokenPunct:
		return "punct"
	}
	return "unknown"
}

// MarshalText renders the kind as its name in JSON.
func (k TokenKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// A Token is a word, number or punctuation character.
//
// Unlike other annotations a Token keeps its offsets as int32, not as an
// embedded Span: tokens are the one layer with millions of entries (one
// for every four or five bytes of text), and halving their size makes
// segmentation markedly faster. Inputs are limited to MaxTextSize.
type Token struct {
	Start, End int32
	Kind       TokenKind
	// Plain says the token is ASCII with no apostrophe, so that its
	// lower-case form is the same under every stage's convention
	// (straight or curled apostrophes) and is Document.LowerText's
	// bytes at its span: see Document.LowerOf. Set by the segmenter; it
	// fits in the struct's padding, so a token stays 12 bytes.
	Plain bool
}

// MaxTextSize is the largest text whose offsets fit every annotation.
const MaxTextSize = 1<<31 - 1

// LowerOf returns the lower-case form of token t and true when t is
// Plain and the segmenter made LowerText; "" and false otherwise, when
// the caller lower-cases the token its own way (non-ASCII letters, an
// apostrophe to straighten or curl).
func (d *Document) LowerOf(t Token) (string, bool) {
	if !t.Plain || len(d.LowerText) != len(d.Text) {
		return "", false
	}
	return d.LowerText[t.Start:t.End], true
}

// HasPrefixLower reports whether s starts with prefix, a lower-case
// ASCII string, once s's ASCII capitals are lower-cased: as
// strings.HasPrefix(strings.ToLower(s), prefix) does, without a
// lower-cased copy of s, but for the two runes beyond ASCII whose lower
// case begins with an ASCII letter (the Kelvin sign and İ), which it
// leaves as they are.
func HasPrefixLower(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// LowerASCII returns s with its ASCII capitals lower-cased and every
// other byte as it is: the same length as s, so offsets into s hold in
// it. It copies nothing when s has no capital.
func LowerASCII(s string) string {
	i := 0
	for i < len(s) && !('A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	// Eight bytes at a time through a small buffer, without a branch
	// per byte: capitals are scattered through prose, and the segmenter
	// lower-cases every text it reads (see lower8). The words are read
	// from s itself, so that the text is copied once, into the Builder.
	// The masks are variables (lowerMasks), not constants: the compiler
	// made each 64-bit constant again (MOVQ $imm) at every use, four to
	// each eight bytes, where these stay in registers.
	m7, atA, pastZ, high := lowerMasks[0], lowerMasks[1], lowerMasks[2], lowerMasks[3]
	var buf [4096]byte
	for i < len(s) {
		in := s[i:min(i+len(buf), len(s))]
		out := buf[:len(in)]
		k := 0
		// Thirty-two bytes a turn, sliced once, so that the compiler
		// checks the bounds of four words once and the loop's own
		// counting is paid once for them (TestLowerASCII).
		for ; k+32 <= len(in); k += 32 {
			w, o := in[k:k+32], out[k:k+32:k+32]
			binary.LittleEndian.PutUint64(o[0:8], lower8m(Word8(w, 0), m7, atA, pastZ, high))
			binary.LittleEndian.PutUint64(o[8:16], lower8m(Word8(w, 8), m7, atA, pastZ, high))
			binary.LittleEndian.PutUint64(o[16:24], lower8m(Word8(w, 16), m7, atA, pastZ, high))
			binary.LittleEndian.PutUint64(o[24:32], lower8m(Word8(w, 24), m7, atA, pastZ, high))
		}
		for ; k+8 <= len(in); k += 8 {
			binary.LittleEndian.PutUint64(out[k:k+8], lower8(Word8(in, k)))
		}
		for ; k < len(in); k++ {
			out[k] = lowerByte[in[k]]
		}
		b.Write(out)
		i += len(in)
	}
	return b.String()
}

// AppendLower appends strings.ToLower(w) to buf, copying nothing but w's
// bytes when w is ASCII: the stages look words up in their lexicons
// with m[string(buf)], which allocates nothing.
func AppendLower(buf []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return append(buf, strings.ToLower(w)...)
		}
	}
	return AppendLowerASCII(buf, w)
}

// AppendLowerASCII appends ASCII w to buf lower-cased, as
// strings.ToLower would.
func AppendLowerASCII(buf []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// lower8 lower-cases the ASCII capitals among the eight bytes of x. For
// each byte b: h is its low seven bits; h+(0x80-'A') has its top bit set
// when h >= 'A', and h+(0x80-'Z'-1) when h > 'Z'; a byte with its own top
// bit set (part of a UTF-8 sequence) is no capital. The top bits left,
// shifted to 0x20, are the bits to set. As pastZ implies atLeastA, the
// top bit of their xor is atLeastA's without pastZ's, and x^high has
// the top bit of a byte of x inverted: two operations each where &^ is
// two (amd64 v1 has no and-not).
func lower8(x uint64) uint64 {
	const (
		ones = 0x0101010101010101
		high = 0x80 * ones
	)
	h := x & (0x7f * ones)
	atLeastA := h + (0x80-'A')*ones
	pastZ := h + (0x80-'Z'-1)*ones
	upper := (atLeastA ^ pastZ) & (x ^ high) & high
	return x | upper>>2
}

// lowerMasks are lower8's constants, for lower8m: 0x7f, 0x80-'A',
// 0x80-'Z'-1 and 0x80 in each byte.
var lowerMasks = [4]uint64{0x7f * 0x0101010101010101, (0x80 - 'A') * 0x0101010101010101, (0x80 - 'Z' - 1) * 0x0101010101010101, 0x80 * 0x0101010101010101}

// lower8m is lower8 with its masks given (lowerMasks).
func lower8m(x, m7, atA, pastZ, high uint64) uint64 {
	h := x & m7
	upper := ((h + atA) ^ (h + pastZ)) & (x ^ high) & high
	return x | upper>>2
}

// lowerByte maps each byte to itself but ASCII capitals, to their small
// letters.
var lowerByte = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// Span returns the token's span.
func (t Token) Span() Span { return Span{Start: int(t.Start), End: int(t.End)} }

// Code identifies the kind of a Diagnostic.
type Code string

// Diagnostic codes set by loaders and segmentation. Later stages add their own.
const (
	CodeInvalidUTF8   Code = "invalid-utf8"    // bytes replaced by U+FFFD
	CodeDecoded       Code = "decoded-charset" // input was not UTF-8 and was decoded
	CodeNoArticle     Code = "no-article"      // readability found no article; the whole body was used
	CodeTooDeep       Code = "nesting-too-deep"
	CodeMarkupDropped Code = "markup-dropped"
	CodeUnbalanced    Code = "unbalanced-quote" // a quote mark never closed, or closed by the wrong mark
)

// A Diagnostic is something odd about the input that did not stop the
// analysis: data, not an error.
type Diagnostic struct {
	Span    Span   `json:"span"`
	Code    Code   `json:"code"`
	Message string `json:"message"`
}

// ValidSpan reports whether s lies within text and on rune boundaries.
func ValidSpan(text string, s Span) bool {
	if s.Start < 0 || s.Start > s.End || s.End > len(text) {
		return false
	}
	return onBoundary(text, s.Start) && onBoundary(text, s.End)
}

func onBoundary(text string, i int) bool {
	return i == len(text) || utf8.RuneStart(text[i])
}
