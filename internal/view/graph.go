package view

import (
	"strconv"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// Sizes of the chain drawing, in SVG user units.
const (
	nodeW, nodeH = 160, 28
	gapX, gapY   = 14, 34
	labelRunes   = 24
)

// chainSVG draws the chains of hands of the quotations chains (indexes in
// d.Quotes) as one graph: a box per hand, an arrow from each hand to the
// next. Hands are laid out in rows by how far down a chain they first
// appear (the author at the top), so a shared source is one box that
// several chains pass through. It is drawn in Go, with no script.
func chainSVG(d *doc.Document, chains []int) string {
	type node struct {
		name     string
		level    int
		col      int
		speakers []string // keys of the quotations whose chain ends here
	}
	idx := map[string]int{}
	var nodes []node
	type edge struct{ from, to int }
	seen := map[edge]bool{}
	var edges []edge
	for _, qi := range chains {
		q := &d.Quotes[qi]
		prev := -1
		for lvl, name := range q.Chain {
			k, ok := idx[name]
			if !ok {
				k = len(nodes)
				idx[name] = k
				nodes = append(nodes, node{name: name, level: lvl})
			} else if lvl < nodes[k].level {
				nodes[k].level = lvl
			}
			if prev >= 0 && prev != k && !seen[edge{prev, k}] {
				seen[edge{prev, k}] = true
				edges = append(edges, edge{prev, k})
			}
			prev = k
		}
		if prev >= 0 {
			nodes[prev].speakers = append(nodes[prev].speakers, "q"+strconv.Itoa(qi+1))
		}
	}
	// Columns: order of first appearance within each level.
	var rows [][]int
	for k := range nodes {
		l := nodes[k].level
		for len(rows) <= l {
			rows = append(rows, nil)
		}
		nodes[k].col = len(rows[l])
		rows[l] = append(rows[l], k)
	}
	widest := 1
	for _, r := range rows {
		widest = max(widest, len(r))
	}
	width := gapX + widest*(nodeW+gapX)
	height := gapY/2 + len(rows)*(nodeH+gapY)
	x := func(k int) int {
		n := len(rows[nodes[k].level])
		off := (width - n*(nodeW+gapX) - gapX) / 2 // centre short rows
		return off + gapX + nodes[k].col*(nodeW+gapX)
	}
	y := func(k int) int { return gapY/2 + nodes[k].level*(nodeH+gapY) }

	var b strings.Builder
	w, h := strconv.Itoa(width), strconv.Itoa(height)
	b.WriteString(`<div class="graph"><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="graph-title" viewBox="0 0 ` + w + " " + h + `" width="` + w + `" height="` + h + `">`)
	b.WriteString(`<title id="graph-title">Chains of hands: who passed each quotation to whom, the article's author at the top</title>`)
	b.WriteString(`<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="arrowhead"/></marker></defs>`)
	for _, e := range edges {
		x1, y1 := x(e.from)+nodeW/2, y(e.from)+nodeH
		x2, y2 := x(e.to)+nodeW/2, y(e.to)
		if nodes[e.to].level <= nodes[e.from].level { // back or sideways: from the side
			y1, y2 = y(e.from)+nodeH/2, y(e.to)+nodeH/2
			x1 = x(e.from) + nodeW
			x2 = x(e.to)
			if x2 < x1 {
				x1, x2 = x(e.from), x(e.to)+nodeW
			}
		}
		b.WriteString(`<line class="edge" x1="` + strconv.Itoa(x1) + `" y1="` + strconv.Itoa(y1) + `" x2="` + strconv.Itoa(x2) + `" y2="` + strconv.Itoa(y2) + `" marker-end="url(#arrow)"/>`)
	}
	for k, n := range nodes {
		cls := "node"
		if len(n.speakers) > 0 {
			cls += " speaker"
		}
		b.WriteString(`<g class="` + cls + `" transform="translate(` + strconv.Itoa(x(k)) + "," + strconv.Itoa(y(k)) + `)">`)
		b.WriteString(`<title>` + esc(n.name))
		if len(n.speakers) > 0 {
			b.WriteString(" — said " + strings.Join(n.speakers, ", "))
		}
		b.WriteString(`</title><rect width="` + strconv.Itoa(nodeW) + `" height="` + strconv.Itoa(nodeH) + `" rx="5"/>`)
		b.WriteString(`<text x="` + strconv.Itoa(nodeW/2) + `" y="` + strconv.Itoa(nodeH/2+5) + `" text-anchor="middle">` + esc(clipRunes(n.name, labelRunes)) + `</text></g>`)
	}
	b.WriteString("</svg></div>\n")
	return b.String()
}

// clipRunes shortens s to n runes, adding "…".
func clipRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
