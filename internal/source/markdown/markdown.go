// Package markdown loads a Markdown article into a doc.Document.
//
// Hearsay reads essays and blog posts written in Markdown (CommonMark
// with GitHub's footnotes, tables, strikethrough and bare-URL links). The
// loader keeps what later stages need to find quotations and their
// sources: the text a reader sees, mapped byte for byte back to the
// Markdown source, and the structure that says who is quoted and where
// the evidence is (block quotations, links, footnotes, headings).
//
// The source is parsed with goldmark and its syntax tree walked into a
// doc.Builder. Text is written from goldmark's segments, so every
// character maps back into the source; most of it is a verbatim copy.
// The choices made on the way:
//
//   - Structure kept as doc.Elements: headings (level 1–6), block
//     quotations, lists (level: nesting depth) and their items, code
//     blocks (class="language-x" from a fence's info), tables, emphasis
//     and strong emphasis, links (href, title; autolinks and bare URLs
//     too), inline code, footnotes. Paragraphs are not elements: they
//     are Document.Paragraphs, of kind doc.BlockHeading, doc.BlockCode,
//     doc.BlockTableCell, or for running text doc.BlockFootnote inside a
//     footnote, else doc.BlockListItem directly in a list item, else
//     doc.BlockQuote inside a block quotation, else doc.BlockParagraph;
//     Quote is the block quotation depth in every case. Strikethrough
//     keeps its text and adds no element.
//   - Front matter (TOML between "+++" lines, YAML between "---" lines)
//     is skipped; its title, author or authors, date and description
//     fill Document.Meta (see readMeta). Without a title there, the first
//     level-1 heading, or else the first heading, is the title, and its
//     paragraph becomes a doc.BlockTitle. A short "By Name" paragraph
//     among the first few is a doc.BlockByline and gives the author if
//     the front matter did not.
//   - A soft line break inside a paragraph stays "\n", copied from the
//     source, so Text keeps the source's lines; a hard break is also
//     "\n", mapped to the spaces or backslash and line ending it stands
//     for. Paragraphs are separated by a blank line.
//   - Backslash escapes and entity or character references ("\*",
//     "&amp;", "&#8212;") are written as the characters they stand for,
//     each mapped as a whole to its source bytes. Code keeps them as
//     written.
//   - A footnote reference "[^x]" is written as its source bytes, so the
//     marker stays visible and maps exactly; it is a doc.ElemFootnoteRef
//     with attributes label=x and href="#fn:x". Every definition, used
//     or not, becomes a doc.ElemFootnote (label=x, id="fn:x") in one
//     doc.ElemFootnotes list at the end of Text, in source order; its
//     paragraphs are doc.BlockFootnote. Only "[^x]:" that opens a block
//     defines a note; "text[^x]: more" is a reference followed by a
//     colon.
//   - Each table cell is a paragraph of kind doc.BlockTableCell inside a
//     doc.ElemTable element; rows are not kept.
//   - Raw inline HTML: paired tags q, cite, sup, sub, abbr and time
//     within one run of text become elements (attributes kept as
//     doc.KeptAttr says); <br> is a line break; any other tag is dropped
//     and the text around it kept. HTML blocks are dropped whole, with
//     one doc.CodeMarkupDropped diagnostic counting them. Images are
//     dropped, alt text included; thematic breaks and link reference
//     definitions write nothing.
//   - Elements nest at most maxNesting deep; deeper markup keeps its
//     text but adds no elements, with one doc.CodeTooDeep diagnostic.
//
// goldmark takes quadratic time or space on some hostile inputs: blocks
// nested thousands deep, thousands of consecutive link reference
// definitions, thousands of escaped pipes in tables. Load scans for them
// first, in linear time, and loads such a document as plain paragraphs,
// one per run of non-blank lines, verbatim, with a diagnostic; see
// checkLimits. Other inputs load in time about linear in their size.
package markdown

import (
	"fmt"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// mdParser is the goldmark parser every Load uses; a parser keeps no
// state between parses. Typographer is left out: it would rewrite quotes
// and dashes, and Text should keep the source's.
var mdParser = goldmark.New(
	goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Linkify),
	goldmark.WithParserOptions(footnoteOptions()...),
).Parser()

// Load parses the Markdown src and fills d's Text, Offsets (offsets into
// src), Elements, Paragraphs, Meta and Diagnostics; d.Offsets.Base is
// kept. src must be valid UTF-8. Load sets d.Format but not d.Raw, which
// is the caller's. It returns an error only if parsing failed
// unexpectedly (a recovered panic); d is then unchanged.
func Load(d *doc.Document, src []byte) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("markdown: %s: %v", d.Name, r)
		}
	}()
	fm, meta := frontMatter(src)
	if fm > 0 {
		// Blank the front matter so that goldmark skips it while every
		// offset still points into src.
		blank := make([]byte, len(src))
		copy(blank, src)
		for i := range fm {
			if blank[i] != '\n' {
				blank[i] = ' '
			}
		}
		src = blank
	}
	l := &loader{src: src, b: doc.NewBuilder(len(src)), meta: meta}
	if lim := checkLimits(src); lim != nil {
		l.plain(fm, lim)
	} else {
		l.walk(mdParser.Parse(text.NewReader(src)))
	}
	l.finish(d)
	return nil
}
