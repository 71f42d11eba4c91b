package render

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// maxEdgeIDs is how many quotation ids an edge of the DOT graph lists
// before it gives only their number.
const maxEdgeIDs = 4

// dotStyle is how the chain graph draws a hand of each source type.
var dotStyle = map[doc.SourceType]string{
	doc.SourcePerson:       `shape=ellipse, style=filled, fillcolor="#dbe9f6"`,
	doc.SourceOrganisation: `shape=house, style=filled, fillcolor="#e4dcf0"`,
	doc.SourceWork:         `shape=note, style=filled, fillcolor="#fbeccd"`,
	doc.SourcePeriodical:   `shape=tab, style=filled, fillcolor="#f6dede"`,
	doc.SourceWebsite:      `shape=component, style=filled, fillcolor="#dcefdc"`,
}

// dotNode is one hand in the chain graph.
type dotNode struct {
	name string
	typ  doc.SourceType
}

type dotEdge struct{ from, to int }

// DOT writes the chains of hands of d as a Graphviz digraph: one node per
// distinct name (the article's author, each intermediary, each speaker,
// the same name in several chains being one node), an edge from each hand
// to the next labelled with the quotations that passed that way, and
// nodes shaped and coloured by the source type the article gives the name
// (person, organisation, work, periodical, website). Everything taken
// from the article is escaped, and control and bidirectional formatting
// characters are dropped, so a hostile name cannot break the graph or
// reorder what a reader sees.
func DOT(w io.Writer, d *doc.Document) error {
	types := newDotTypes(d)
	var nodes []dotNode
	index := map[string]int{}
	node := func(name string) int {
		k := dotKey(name)
		if i, ok := index[k]; ok {
			return i
		}
		index[k] = len(nodes)
		nodes = append(nodes, dotNode{name: name, typ: types.of(name)})
		return len(nodes) - 1
	}
	author := node(chainAuthor(d))
	var edges []dotEdge
	quotes := map[dotEdge][]int{}
	for i, q := range d.Quotes {
		chain := q.Chain
		if len(chain) == 0 {
			if q.Speaker.Name == "" {
				continue
			}
			chain = []string{q.Speaker.Name}
		}
		from := author
		for _, name := range chain {
			to := node(name)
			if to == from {
				continue
			}
			e := dotEdge{from, to}
			if _, ok := quotes[e]; !ok {
				edges = append(edges, e)
			}
			quotes[e] = append(quotes[e], i)
			from = to
		}
	}

	b := bufio.NewWriter(w)
	title := d.Meta.Title
	if title == "" {
		title = d.Name
	}
	fmt.Fprintf(b, "digraph chains {\n")
	fmt.Fprintf(b, "  label=%s;\n", dotString("Chains of hands: "+title))
	fmt.Fprintf(b, "  labelloc=t;\n  rankdir=LR;\n  charset=\"UTF-8\";\n")
	fmt.Fprintf(b, "  node [fontname=\"Helvetica\", shape=ellipse];\n  edge [fontname=\"Helvetica\", fontsize=10];\n")
	for i, n := range nodes {
		style := dotStyle[n.typ]
		if i == author {
			style = `shape=doublecircle, style=filled, fillcolor="#eeeeee"`
		}
		if style == "" {
			style = "shape=ellipse"
		}
		fmt.Fprintf(b, "  n%d [label=%s, %s", i+1, dotString(n.name), style)
		if n.typ != "" {
			fmt.Fprintf(b, ", tooltip=%s", dotString(string(n.typ)))
		}
		b.WriteString("];\n")
	}
	for _, e := range edges {
		qs := quotes[e]
		var label string
		if len(qs) <= maxEdgeIDs {
			ids := make([]string, len(qs))
			for k, q := range qs {
				ids[k] = quoteID(q)
			}
			label = strings.Join(ids, ", ")
		} else {
			label = strconv.Itoa(len(qs)) + " quotations"
		}
		fmt.Fprintf(b, "  n%d -> n%d [label=%s", e.from+1, e.to+1, dotString(label))
		if len(qs) > 1 {
			fmt.Fprintf(b, ", penwidth=%d", min(1+len(qs)/2, 5))
		}
		b.WriteString("];\n")
	}
	b.WriteString("}\n")
	return b.Flush()
}

// dotTypes finds the source type of a name in a chain from the sources
// the article names: by the source's name or any of its mentions, then
// without a parenthesis at the end ("Alexander Bunn (translation)"), then
// by the last two words ("L.M. Kaganovich’s memoirs" and "Lazar
// Kaganovich’s memoirs") when they point to one type only.
type dotTypes struct {
	exact map[string]doc.SourceType
	tail  map[string]doc.SourceType // "" where two types share a tail
}

func newDotTypes(d *doc.Document) *dotTypes {
	t := &dotTypes{exact: map[string]doc.SourceType{}, tail: map[string]doc.SourceType{}}
	for _, s := range d.Sources {
		if s.Type == "" {
			continue
		}
		t.exact[dotKey(s.Name)] = s.Type
		for _, m := range s.Mentions {
			if k := dotKey(d.Slice(m)); t.exact[k] == "" {
				t.exact[k] = s.Type
			}
		}
		if k, ok := dotTail(s.Name); ok {
			if old, seen := t.tail[k]; seen && old != s.Type {
				t.tail[k] = ""
			} else {
				t.tail[k] = s.Type
			}
		}
	}
	return t
}

func (t *dotTypes) of(name string) doc.SourceType {
	k := dotKey(name)
	if typ := t.exact[k]; typ != "" {
		return typ
	}
	if i := strings.LastIndexByte(k, '('); i > 0 && strings.HasSuffix(k, ")") {
		if typ := t.exact[strings.TrimSpace(k[:i])]; typ != "" {
			return typ
		}
	}
	if tk, ok := dotTail(name); ok {
		return t.tail[tk]
	}
	return ""
}

// dotTail returns the last two words of name's key, if it has two or more.
func dotTail(name string) (string, bool) {
	f := strings.Fields(dotKey(name))
	if len(f) < 2 {
		return "", false
	}
	return f[len(f)-2] + " " + f[len(f)-1], true
}

// dotKey is the form of a name under which the same hand is merged: its
// words in lower case, with curly apostrophes as straight ones.
func dotKey(name string) string {
	return strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(name, "’", "'"))), " ")
}

// dotString returns s as a DOT quoted string for a label: quotes and
// backslashes escaped (a backslash would otherwise start one of
// Graphviz's label escapes, \n \l \N …), & written as &amp; (Graphviz
// reads HTML entities in labels), white space collapsed, control,
// bidirectional-formatting and other invisible format characters
// dropped.
func dotString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
			continue
		}
		if space && b.Len() > 1 {
			b.WriteByte(' ')
		}
		space = false
		switch r {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '&':
			b.WriteString("&amp;")
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
