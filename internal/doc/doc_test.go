package doc

import (
	"fmt"
	"testing"
)

func TestOffsetMap(t *testing.T) {
	// Raw: `a &amp; b` → Text: "a & b"
	var m OffsetMap
	m.AddVerbatim(0, 0, 2) // "a "
	m.Add(2, 1, 2, 5)      // "&" ← "&amp;"
	m.AddVerbatim(3, 7, 2) // " b"
	for _, tc := range []struct {
		in, want Span
	}{
		{Span{0, 1}, Span{0, 1}},
		{Span{2, 3}, Span{2, 7}}, // the entity maps as a whole
		{Span{0, 5}, Span{0, 9}},
		{Span{4, 5}, Span{8, 9}},
		{Span{3, 3}, Span{7, 7}},
		{Span{2, 2}, Span{2, 2}},
	} {
		if got := m.RawSpan(tc.in); got != tc.want {
			t.Errorf("RawSpan(%v) = %v, want %v", tc.in, got, tc.want)
		}
	}
	// Adjacent verbatim pieces merge.
	var v OffsetMap
	v.AddVerbatim(0, 10, 3)
	v.AddVerbatim(3, 13, 4)
	if len(v.pieces) != 1 || v.RawSpan(Span{1, 6}) != (Span{11, 16}) {
		t.Errorf("merged map: %d pieces, %v", len(v.pieces), v.RawSpan(Span{1, 6}))
	}
	// Stepped pieces: ASCII decoded from UTF-16.
	var w OffsetMap
	w.AddStepped(0, 2, 3, 2) // "abc" from 6 bytes after a BOM
	if got := w.RawSpan(Span{1, 3}); got != (Span{4, 8}) {
		t.Errorf("stepped: %v", got)
	}
	// A base map composes: text → UTF-8 input → original bytes.
	var base OffsetMap
	base.AddVerbatim(0, 3, 20) // a BOM of 3 bytes dropped
	v.Base = &base
	if got := v.RawSpan(Span{0, 2}); got != (Span{13, 15}) {
		t.Errorf("composed: %v", got)
	}
}

func TestBuilder(t *testing.T) {
	b := NewBuilder(0)
	b.StartBlock(BlockHeading, 0)
	h := b.Open(ElemHeading, 1, nil)
	b.Write("  ", 0)
	b.Write("Title", 2)
	b.Close(h)
	b.EndBlock()
	q := b.Open(ElemBlockQuote, 0, []Attr{{"cite", "http://x"}, {"style", "dropped"}})
	b.StartBlock(BlockQuote, 1)
	b.Write("Said ", 10)
	l := b.Open(ElemLink, 0, []Attr{{"href", "/a"}})
	b.WriteMapped("&", 15, 5)
	b.Close(l)
	b.Write(" so. ", 20)
	b.Close(q)
	b.StartBlock(BlockParagraph, 0)
	b.WriteSynthetic("   ")
	b.Write("End", 30)
	var d Document
	b.Document(&d)

	if d.Text != "Title\n\nSaid & so.\n\nEnd" {
		t.Fatalf("text %q", d.Text)
	}
	wantParas := []Paragraph{
		{Span: Span{0, 5}, Kind: BlockHeading},
		{Span: Span{7, 17}, Kind: BlockQuote, Quote: 1},
		{Span: Span{19, 22}, Kind: BlockParagraph},
	}
	if len(d.Paragraphs) != len(wantParas) {
		t.Fatalf("paragraphs %v", d.Paragraphs)
	}
	for i, p := range wantParas {
		if d.Paragraphs[i] != p {
			t.Errorf("paragraph %d: %+v, want %+v", i, d.Paragraphs[i], p)
		}
	}
	wantElems := []struct {
		kind ElementKind
		span Span
	}{{ElemHeading, Span{0, 5}}, {ElemBlockQuote, Span{7, 17}}, {ElemLink, Span{12, 13}}}
	for i, w := range wantElems {
		if e := d.Elements[i]; e.Kind != w.kind || e.Span != w.span {
			t.Errorf("element %d: %s %v, want %s %v", i, e.Kind, e.Span, w.kind, w.span)
		}
	}
	if v, _ := d.Elements[1].Attr("cite"); v != "http://x" || len(d.Elements[1].Attrs) != 1 {
		t.Errorf("attrs %v", d.Elements[1].Attrs)
	}
	if d.Elements[2].Parent != 1 {
		t.Errorf("link parent %d", d.Elements[2].Parent)
	}
	for _, tc := range []struct{ in, want Span }{
		{Span{0, 5}, Span{2, 7}},     // "Title"
		{Span{12, 13}, Span{15, 20}}, // "&"
		{Span{19, 22}, Span{30, 33}}, // "End"
	} {
		if got := d.RawSpan(tc.in); got != tc.want {
			t.Errorf("RawSpan(%v %q) = %v, want %v", tc.in, d.Slice(tc.in), got, tc.want)
		}
	}
}

func TestValidSpan(t *testing.T) {
	text := "aé"
	for _, tc := range []struct {
		s  Span
		ok bool
	}{{Span{0, 3}, true}, {Span{0, 2}, false}, {Span{2, 1}, false}, {Span{-1, 1}, false}, {Span{3, 4}, false}, {Span{3, 3}, true}} {
		if ValidSpan(text, tc.s) != tc.ok {
			t.Errorf("ValidSpan(%v) != %v", tc.s, tc.ok)
		}
	}
}

// TestWordTable checks that a WordTable answers as the map it is made of,
// for the words in it and for others.
func TestWordTable(t *testing.T) {
	m := map[string]int{}
	for i := range 500 {
		m[fmt.Sprintf("w%d", i*7)] = i
	}
	m[""] = -1
	tab := NewWordTable(m)
	for i := range 5000 {
		w := fmt.Sprintf("w%d", i)
		got, ok := tab.Get(w)
		want, wok := m[w]
		if got != want || ok != wok {
			t.Fatalf("Get(%q) = %d, %v; the map has %d, %v", w, got, ok, want, wok)
		}
	}
	if v, ok := tab.Get(""); v != -1 || !ok {
		t.Fatalf(`Get("") = %d, %v`, v, ok)
	}
	if _, ok := NewWordTable(map[string]bool{}).Get("x"); ok {
		t.Fatal("an empty table holds x")
	}
}
