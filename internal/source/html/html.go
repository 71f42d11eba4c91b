// Package html loads HTML into a doc.Document: it finds the article of a
// saved web page, extracts its text as a browser would lay it out, keeps
// the structure later stages use (headings, block quotes, q, cite, links,
// footnote references and notes …) and maps every byte of text back to
// the raw input.
//
// The article is found with go-readability, the maintained Go port of
// Mozilla's Readability (the algorithm behind Firefox's reader view). It
// is what the team's test pages were annotated against, and it copes with
// the clutter of real pages far better than anything written here would.
// Readability sometimes drops footnotes and reference lists as clutter;
// the loader puts back any that the page has and the article lacks.
// Fragments (no <html>, <head> or <body> tag) are taken whole.
//
// Neither x/net/html's parser nor readability reports where a node came
// from, and readability clones the DOM on every pass. So the loader
// tokenizes the input once to build a text stream, the decoded text of
// every text token with a map back to its raw bytes, and finds each DOM
// text node in it with a forward cursor. Elements are numbered in a
// data attribute that survives readability's cloning, and each number
// records where the element's text starts in the stream, which keeps the
// cursor right however readability reorders and prunes the page.
// Searching is bounded, so time stays linear in the input.
//
// Hostile input is bounded at each step. A page that nests elements
// more than maxDepth deep, or has more than maxElements elements, is not
// parsed: its text is taken straight from the token stream. A page too
// big for readability's quadratic corners (maxReadabilityWork) is taken
// whole. Walks over the DOM are iterative, and a panic is returned as an
// error.
package html

import (
	"bytes"
	"fmt"
	"slices"
	"sort"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/go-shiori/dom"
	"golang.org/x/net/html"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// maxDepth is the deepest element nesting the loader parses. Real pages
// nest a few dozen elements deep (the team's test pages at most 30). x/net/html's parser checks scopes by scanning the stack of open
// elements, and readability scores every element by walking its
// ancestors and subtree, so both take time quadratic in the depth: a page
// nested 100,000 deep would run for hours. Beyond maxDepth the text is
// taken from the token stream instead.
const maxDepth = 512

// maxReadabilityWork bounds readability's work, measured as elements
// times (nesting depth + 8): readability scores and cleans candidates by
// walking their subtrees, which costs about the depth per element and
// pass, besides a fixed cost per element of listing and cloning, for up
// to four passes. A unit takes about a microsecond. The team's test pages
// need at most 70,000 units, ten megabytes of plain paragraphs 2,500,000.
// Pages beyond the bound are taken whole, in well under a second where
// readability could take tens of seconds.
const maxReadabilityWork = 3_000_000

// maxElements is the most elements the loader parses. A parsed element
// costs a few hundred bytes, and readability holds several copies of the
// page, so ten megabytes of bare "<p>" tags would take gigabytes; the
// team's pages have a few thousand elements and ten megabytes of real
// paragraphs about 200,000. Beyond the bound the text is taken from the
// token stream.
const maxElements = 500_000

// Load fills d.Text, d.Offsets, d.Elements, d.Paragraphs, d.Meta and
// d.Diagnostics from the HTML page src, which must be UTF-8. Offsets map
// into src; d.Offsets.Base, if the caller set it, is kept.
//
// Load returns an error only if loading failed unexpectedly (a panic
// inside the loader or its libraries); d is then left unchanged. Odd but
// usable input is reported in d.Diagnostics instead: doc.CodeNoArticle
// when the whole body was used because readability found no article or
// the page was too big for it, doc.CodeTooDeep or doc.CodeMarkupDropped
// when the page nested too deep or had too many elements and its text
// was taken from the token stream without structure.
func Load(d *doc.Document, src []byte) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("html: loading %s failed: %v", d.Name, r)
		}
	}()
	l := load(src)
	out := doc.Document{Offsets: doc.OffsetMap{Base: d.Offsets.Base}}
	l.b.Document(&out)
	out.Elements = tidy(out.Elements)
	findSpans(&l.meta, &out)
	d.Format = doc.FormatHTML
	d.Text, d.Offsets, d.Elements, d.Paragraphs = out.Text, out.Offsets, out.Elements, out.Paragraphs
	d.Meta = l.meta
	for _, g := range l.diags {
		d.Diagnose(doc.Span{}, g.Code, g.Message)
	}
	return nil
}

// loaded is what load makes of a page, for Load to store in the Document.
type loaded struct {
	b     *doc.Builder
	meta  doc.Metadata
	diags []doc.Diagnostic
}

// diagnose records a diagnostic about the whole input.
func (l *loaded) diagnose(code doc.Code, format string, args ...any) {
	l.diags = append(l.diags, doc.Diagnostic{Code: code, Message: fmt.Sprintf(format, args...)})
}

// load chooses how to read src (tokens, the whole body or readability's
// article, as described in the package comment) and reads it.
func load(src []byte) *loaded {
	l := &loaded{b: doc.NewBuilder(len(src) / 2)}
	sc := scanPage(src)
	switch {
	case sc.depth > maxDepth:
		l.fromTokens(src, sc, doc.CodeTooDeep, "elements nest %d deep (more than %d); text taken from the tokens without structure", sc.depth, maxDepth)
		return l
	case sc.elements > maxElements:
		l.fromTokens(src, sc, doc.CodeMarkupDropped, "%d elements (more than %d); text taken from the tokens without structure", sc.elements, maxElements)
		return l
	}
	root, err := html.Parse(bytes.NewReader(src))
	if err != nil {
		// A bytes.Reader does not fail, but the parser refuses a page
		// whose stack of open elements passes 512, and the estimate
		// above can fall a few short of the parser's count (the
		// implied html and body, elements it opens itself). The text
		// is still there: read it from the tokens, as for a deep page.
		l.fromTokens(src, sc, doc.CodeTooDeep, "the HTML parser refused the page (%v); text taken from the tokens without structure", err)
		return l
	}
	w := newWriter(l.b, sc.stream)
	orig := number(root, w)
	if orig.depth > maxDepth {
		l.fromTokens(src, sc, doc.CodeTooDeep, "elements nest %d deep (more than %d); text taken from the tokens without structure", orig.depth, maxDepth)
		return l
	}
	w.rewind()
	k := newWalker(w, orig)
	body := findBody(root)
	var art *readability.Article
	switch {
	case !sc.page:
		k.walk(body) // a fragment: all of it is the article
	case len(orig.nodes)*(orig.depth+8) > maxReadabilityWork:
		l.diagnose(doc.CodeNoArticle, "page too large to look for the article (%d elements %d deep); the whole body was used", len(orig.nodes), orig.depth)
		k.walk(body)
	default:
		art = article(root)
		if art == nil || art.Node == nil {
			l.diagnose(doc.CodeNoArticle, "no article found; the whole body was used")
			k.walk(body)
		} else {
			k.walk(art.Node)
			k.appendNotes(body)
		}
	}
	l.meta = metadata(art, &sc.tags)
	return l
}

// article runs readability on a copy of the page.
func article(root *html.Node) *readability.Article {
	page := dom.Clone(root, true)
	keepQuoteFooters(page)
	// The walker takes attributes from the page itself, so readability
	// may strip classes as it likes.
	p := readability.NewParser()
	a, err := p.ParseAndMutate(page, nil)
	if err != nil {
		return nil
	}
	return &a
}

// quoteFooter is what keepQuoteFooters renames a quotation's footer to.
// Readability leaves alone an element it does not know, where it would
// remove a footer or fold a div into a new paragraph.
const quoteFooter = "hearsay-footer"

// keepQuoteFooters renames the <footer> of a block quote or figure, which
// names the quotation's source, to quoteFooter: readability removes every
// footer as page furniture. The walker restores the name.
func keepQuoteFooters(root *html.Node) {
	var open []string
	traverse(root, func(n *html.Node) bool {
		if n.Type == html.ElementNode {
			if n.Data == "footer" && (slices.Contains(open, "blockquote") || slices.Contains(open, "figure")) {
				n.Data, n.DataAtom = quoteFooter, 0
			}
			open = append(open, n.Data)
		}
		return true
	}, func(n *html.Node) {
		if n.Type == html.ElementNode {
			open = open[:len(open)-1]
		}
	})
}

// findBody returns the <body> of a parsed page, or the root when there
// is none (a frameset).
func findBody(root *html.Node) *html.Node {
	for h := root.FirstChild; h != nil; h = h.NextSibling {
		if h.Type == html.ElementNode && h.Data == "html" {
			for b := h.FirstChild; b != nil; b = b.NextSibling {
				if b.Type == html.ElementNode && b.Data == "body" {
					return b
				}
			}
		}
	}
	return root
}

// fromTokens takes the text of a page too deep or too big to parse
// straight from the token stream: blocks start at block tags, no
// structure is kept, and metadata comes from the tags.
func (l *loaded) fromTokens(src []byte, sc *scan, code doc.Code, format string, args ...any) {
	l.diagnose(code, format, args...)
	st := &textStream{text: make([]byte, 0, len(sc.stream.text))}
	w := newWriter(l.b, st)
	skip := map[string]int{}
	skipping, quote := 0, 0
	kind := func() doc.BlockKind {
		if quote > 0 {
			return doc.BlockQuote
		}
		return doc.BlockParagraph
	}
	tokenize(src, st, func(t *token) {
		switch t.typ {
		case html.StartTagToken, html.SelfClosingTagToken:
			// Raw text is left out of the stream already, and <head> is
			// often never closed.
			if skipTags[t.name] && !rawTextTags[t.name] && t.name != "head" && t.typ == html.StartTagToken {
				skip[t.name]++
				skipping++
			}
			if skipping > 0 {
				return
			}
			switch {
			case t.name == "br":
				w.lineBreak(kind(), quote)
			case t.name == "pre" && t.typ == html.StartTagToken:
				w.pre++
				w.startBlock(doc.BlockCode, quote)
			case t.name == "blockquote" && t.typ == html.StartTagToken:
				quote++
				w.startBlock(kind(), quote)
			case isHeading(t.name):
				w.startBlock(doc.BlockHeading, quote)
			case t.name == "li":
				w.startBlock(doc.BlockListItem, quote)
			case blockTags[t.name]:
				w.startBlock(kind(), quote)
			}
		case html.EndTagToken:
			if skip[t.name] > 0 {
				skip[t.name]--
				skipping--
				return
			}
			if skipping > 0 {
				return
			}
			switch {
			case t.name == "pre" && w.pre > 0:
				w.pre--
			case t.name == "blockquote" && quote > 0:
				quote--
			}
			if blockTags[t.name] {
				w.startBlock(kind(), quote)
			}
		case html.TextToken:
			if !t.raw && skipping == 0 {
				w.text(string(st.text[t.a:t.b]), t.a)
			}
		}
	})
	l.meta = metadata(nil, &sc.tags)
}

// tidy sorts elements as doc.Document promises, by start and then by
// decreasing end, parents first. The Builder lists them in the order they
// open, which differs where an empty element precedes a sibling starting
// at the same offset, or where an element opened in white space that the
// end of its block then dropped.
func tidy(els []doc.Element) []doc.Element {
	sorted := true
	for i := 1; i < len(els) && sorted; i++ {
		x, y := els[i-1].Span, els[i].Span
		sorted = x.Start < y.Start || x.Start == y.Start && x.End >= y.End
	}
	if sorted {
		return els
	}
	order := make([]int, len(els))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		x, y := els[order[a]].Span, els[order[b]].Span
		return x.Start < y.Start || x.Start == y.Start && x.End > y.End
	})
	at := make([]int, len(els))
	for i, o := range order {
		at[o] = i
	}
	out := make([]doc.Element, len(els))
	for i, o := range order {
		out[i] = els[o]
		if p := els[o].Parent; p >= 0 {
			out[i].Parent = at[p]
		}
	}
	return out
}
