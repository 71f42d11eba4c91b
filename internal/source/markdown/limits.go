package markdown

import (
	"bytes"
	"fmt"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// goldmark takes time quadratic in the size of some inputs, none of which
// occur in real prose. Load scans for them first, in linear time, and
// treats a document that has one as plain paragraphs (see Load).
const (
	// maxNesting bounds how deep blocks may nest. goldmark opens n nested
	// blocks on one line in O(n²) time (100,000 ">" take 12 s); on every
	// line, each open block measures the line's indentation again, so
	// lists nested n deep by indentation cost O(n²) a line; and it walks
	// the block tree recursively. A real document nests a handful deep.
	// See blockDepth for how the depth is bounded without parsing.
	// maxNesting also bounds how deep the elements of a Document nest,
	// for the sake of later stages (see loader.open).
	maxNesting = 100

	// nestingSlack is the work, in blocks open on a line summed over the
	// lines, allowed beyond one block per input byte. goldmark records
	// every block open on every line (24 bytes each) until the top-level
	// block ends, so a list nested 50 deep followed by a million blank
	// lines would take gigabytes.
	nestingSlack = 100 * maxNesting

	// maxRefDefRun bounds a run of consecutive lines that begin with "["
	// and so may be link reference definitions: goldmark removes each
	// definition from its paragraph by copying the lines after it.
	maxRefDefRun = 1000

	// maxEscapedPipes bounds the lines holding an escaped pipe "\|":
	// goldmark's table transformer compares every code span in a table
	// cell with an escaped pipe against every other such cell.
	maxEscapedPipes = 1000

	// maxBrackets bounds the "[" in one block of lines between blank
	// lines: goldmark looks for the end of every unclosed link, image or
	// link destination ("[a](", "![a](", "[a](<") afresh from each
	// opening, so n of them take O(n²) time (100,000 take minutes). A
	// real paragraph, even a long list of links, holds far fewer.
	// Footnote references "[^x]" are parsed by this package, not by
	// goldmark's link parser, and are not counted.
	maxBrackets = 5000
)

// A limitHit says where and why src passes a limit.
type limitHit struct {
	off  int // the offset of the line where the limit was passed
	code doc.Code
	msg  string
}

// checkLimits reports the first limit src exceeds, or nil.
func checkLimits(src []byte) *limitHit {
	depth, work, run, pipes, brackets := 0, 0, 0, 0, 0
	prevBlank := true
	for off := 0; off < len(src); {
		l, next := line(src, off)
		opened, indent, rest := prefix(l)
		blank := len(bytes.TrimSpace(rest)) == 0
		depth = blockDepth(depth, opened, indent, blank, prevBlank)
		if depth > maxNesting {
			return &limitHit{off, doc.CodeTooDeep, fmt.Sprintf("block quotations, lists or footnotes nest more than %d deep", maxNesting)}
		}
		if work += depth; work > len(src)+nestingSlack {
			return &limitHit{off, doc.CodeTooDeep, "block quotations, lists or footnotes nest deep over too many lines"}
		}
		if !blank && rest[0] == '[' {
			if run++; run > maxRefDefRun {
				return &limitHit{off, doc.CodeMarkupDropped, fmt.Sprintf("more than %d consecutive lines open with \"[\"", maxRefDefRun)}
			}
		} else {
			run = 0
		}
		if blank {
			brackets = 0
		} else if brackets += bytes.Count(l, []byte("[")) - bytes.Count(l, []byte("[^")); brackets > maxBrackets {
			return &limitHit{off, doc.CodeMarkupDropped, fmt.Sprintf("a block holds more than %d \"[\"", maxBrackets)}
		}
		if bytes.Contains(l, []byte(`\|`)) {
			if pipes++; pipes > maxEscapedPipes {
				return &limitHit{off, doc.CodeMarkupDropped, fmt.Sprintf("more than %d lines hold an escaped pipe", maxEscapedPipes)}
			}
		}
		prevBlank = blank
		off = next
	}
	return nil
}

// blockDepth bounds the number of blocks open on a line, given the bound
// for the line before, the blocks the line's markers may open, its
// indentation in columns, and whether it and the line before are blank.
// A blank line may keep every block open. Otherwise a block stays open
// only if the line's indentation (a column or more for each list item or
// footnote) or its markers continue it, or if the line may be a lazy
// continuation of a paragraph, which needs the line before to be text.
func blockDepth(prev, opened, indent int, blank, prevBlank bool) int {
	if blank {
		return max(prev, opened)
	}
	d := opened + min(indent, prev)
	if !prevBlank {
		d = max(d, prev)
	}
	return d
}

// prefix reads the container markers that open line l: ">", list item
// markers ("-", "+", "*", "1." or "1)" followed by white space or the
// end of the line) and footnote labels ("[^x]:"), with the white space
// around them. It returns the number of blocks they may open (two for a
// list item: the list and the item), the columns of that white space,
// and the rest of the line. It is generous: "- - -" counts though it is
// a thematic break, and so does a ">" indented into a code block.
func prefix(l []byte) (opened, indent int, rest []byte) {
	for {
		for len(l) > 0 && (l[0] == ' ' || l[0] == '\t') {
			if l[0] == '\t' {
				indent += 4
			} else {
				indent++
			}
			l = l[1:]
		}
		if len(l) == 0 {
			return opened, indent, l
		}
		switch c := l[0]; {
		case c == '>':
			l = l[1:]
			opened++
		case c == '-' || c == '+' || c == '*':
			if len(l) > 1 && l[1] != ' ' && l[1] != '\t' {
				return opened, indent, l
			}
			l = l[1:]
			opened += 2
		case c >= '0' && c <= '9':
			i := 1
			for i < len(l) && i < 10 && l[i] >= '0' && l[i] <= '9' {
				i++
			}
			if i == len(l) || l[i] != '.' && l[i] != ')' || i+1 < len(l) && l[i+1] != ' ' && l[i+1] != '\t' {
				return opened, indent, l
			}
			l = l[i+1:]
			opened += 2
		case c == '[' && len(l) > 1 && l[1] == '^':
			i := bytes.IndexByte(l, ']')
			if i < 0 || i+1 == len(l) || l[i+1] != ':' {
				return opened, indent, l
			}
			l = l[i+2:]
			opened++
		default:
			return opened, indent, l
		}
	}
}

// plain writes src[from:] as plain paragraphs, one per run of non-blank
// lines, each line verbatim, and records why with a diagnostic on the
// line that limitHit the limit, or the first text after it.
func (l *loader) plain(from int, lim *limitHit) {
	diag := doc.Diagnostic{Span: doc.Span{Start: -1}, Code: lim.code, Message: lim.msg + "; loaded as plain text"}
	for off := from; off < len(l.src); {
		ln, next := line(l.src, off)
		content := bytes.TrimRight(ln, spaces)
		if len(content) == 0 {
			l.b.EndBlock()
		} else {
			if !l.b.InBlock() {
				l.b.StartBlock(doc.BlockParagraph, 0)
			}
			l.verbatim(off, off+len(content))
			if off >= lim.off && diag.Span.Start < 0 {
				end := l.b.Len()
				diag.Span = doc.Span{Start: end - len(bytes.TrimLeft(content, spaces)), End: end}
			}
		}
		l.verbatim(off+len(content), next)
		off = next
	}
	if diag.Span.Start < 0 {
		diag.Span = doc.Span{Start: l.b.Len(), End: l.b.Len()}
	}
	l.diags = append(l.diags, diag)
}
