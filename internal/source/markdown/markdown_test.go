package markdown

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// A rawCheck says that the first occurrence of text in Document.Text maps
// back to the source bytes raw.
type rawCheck struct{ text, raw string }

var loadCases = []struct {
	name, src string
	want      string // Text, then paragraphs and elements as paraList and elemList write them
	raw       []rawCheck
}{
	{
		name: "heading",
		src:  "# Title\n\nBody text.\n\n## Part *two*\n\nSetext\n======\n",
		want: `text "Title\n\nBody text.\n\nPart two\n\nSetext"
			title 0-5 "Title"
			paragraph 7-17 "Body text."
			heading 19-27 "Part two"
			heading 29-35 "Setext"
			heading 0-5 level=1 "Title"
			heading 19-27 level=2 "Part two"
			emphasis 24-27 ^1 "two"
			heading 29-35 level=1 "Setext"`,
	},
	{
		name: "emphasis",
		src:  "a *b* _c_ **d** __e__ ***f*** ~~g~~\n",
		want: `text "a b c d e f g"
			paragraph 0-13 "a b c d e f g"
			emphasis 2-3 "b"
			emphasis 4-5 "c"
			strong 6-7 "d"
			strong 8-9 "e"
			emphasis 10-11 "f"
			strong 10-11 ^4 "f"`,
	},
	{
		name: "links",
		src:  "[text](http://x.org \"T\") [r][ref] <https://a.b> www.c.d <me@e.org> (see http://f.g).\n\n[ref]: /u\\_v 'R &amp; S'\n",
		want: `text "text r https://a.b www.c.d me@e.org (see http://f.g)."
			paragraph 0-53 "text r https://a.b www.c.d me@e.org (see http://f.g)."
			link 0-4 href=http://x.org title=T "text"
			link 5-6 href=/u_v title=R & S "r"
			link 7-18 href=https://a.b "https://a.b"
			link 19-26 href=http://www.c.d "www.c.d"
			link 27-35 href=mailto:me@e.org "me@e.org"
			link 41-51 href=http://f.g "http://f.g"`,
		raw: []rawCheck{{"me@e.org", "me@e.org"}, {"text", "text"}},
	},
	{
		name: "quotes",
		src:  "> a\n>\n> > b\n> c\n\nd\n",
		want: `text "a\n\nb\nc\n\nd"
			blockquote q1 0-1 "a"
			blockquote q2 3-6 "b\nc"
			paragraph 8-9 "d"
			blockquote 0-6 "a\n\nb\nc"
			blockquote 3-6 ^0 "b\nc"`,
		raw: []rawCheck{{"b\nc", "b\n> c"}},
	},
	{
		name: "lists",
		src:  "- one\n- two\n  1. three\n\n     more\n\n> - four\n",
		want: `text "one\n\ntwo\n\nthree\n\nmore\n\nfour"
			list-item 0-3 "one"
			list-item 5-8 "two"
			list-item 10-15 "three"
			list-item 17-21 "more"
			list-item q1 23-27 "four"
			list 0-21 level=1 "one\n\ntwo\n\nthree\n\nmore"
			list-item 0-3 level=1 ^0 "one"
			list-item 5-21 level=1 ^0 "two\n\nthree\n\nmore"
			list 10-21 level=2 ^2 "three\n\nmore"
			list-item 10-21 level=2 ^3 "three\n\nmore"
			blockquote 23-27 "four"
			list 23-27 level=1 ^5 "four"
			list-item 23-27 level=1 ^6 "four"`,
	},
	{
		name: "code",
		src:  "```go  x\nfunc f() {\n\n  return\n}\n```\n\n    indented\n      code\n\n> ```\n> q\n> ```\n",
		want: `text "func f() {\n\n  return\n}\n\nindented\n  code\n\nq"
			code 0-22 "func f() {\n\n  return\n}"
			code 24-39 "indented\n  code"
			code q1 41-42 "q"
			code-block 0-22 class=language-go "func f() {\n\n  return\n}"
			code-block 24-39 "indented\n  code"
			blockquote 41-42 "q"
			code-block 41-42 ^2 "q"`,
		raw: []rawCheck{{"func f() {\n\n  return\n}", "func f() {\n\n  return\n}"}, {"indented\n  code", "indented\n      code"}},
	},
	{
		name: "footnotes",
		src:  "Text[^1] and get started[^n]: more.\n\n[^1]: First.\n   [^n]: Second\n    continued.\n\n    Another.\n",
		want: `text "Text[^1] and get started[^n]: more.\n\nFirst.\n\nSecond\ncontinued.\n\nAnother."
			paragraph 0-35 "Text[^1] and get started[^n]: more."
			footnote 37-43 "First."
			footnote 45-62 "Second\ncontinued."
			footnote 64-72 "Another."
			footnote-ref 4-8 label=1 href=#fn:1 "[^1]"
			footnote-ref 24-28 label=n href=#fn:n "[^n]"
			footnotes 37-72 "First.\n\nSecond\ncontinued.\n\nAnother."
			footnote 37-43 ^2 label=1 id=fn:1 "First."
			footnote 45-72 ^2 label=n id=fn:n "Second\ncontinued.\n\nAnother."`,
		raw: []rawCheck{{"[^n]: more", "[^n]: more"}, {"Second\ncontinued", "Second\n    continued"}},
	},
	{
		name: "escapes",
		src:  "x\\*y &amp; &copy; &#65; &#x42; \\q &bogus; &#0;\n",
		want: `text "x*y & © A B \\q &bogus; �"
			paragraph 0-27 "x*y & © A B \\q &bogus; �"`,
		raw: []rawCheck{{"*", `\*`}, {"&", "&amp;"}, {"©", "&copy;"}, {"A", "&#65;"}, {"B", "&#x42;"}, {"\\q", `\q`}, {"�", "&#0;"}},
	},
	{
		name: "breaks",
		src:  "a\nb  \nc\\\nd\r\ne\n",
		want: `text "a\nb\nc\nd\ne"
			paragraph 0-9 "a\nb\nc\nd\ne"`,
		raw: []rawCheck{{"a\nb", "a\nb"}, {"b\nc", "b  \nc"}, {"c\nd", "c\\\nd"}, {"d\ne", "d\r\ne"}},
	},
	{
		name: "html",
		src:  "<q cite=\"http://h\">to be</q>, said <cite>Hamlet</cite><sup>1</sup> x<br>y <span>z</span> <q>open\n",
		want: `text "to be, said Hamlet1 x\ny z open"
			paragraph 0-30 "to be, said Hamlet1 x\ny z open"
			q 0-5 cite=http://h "to be"
			cite 12-18 "Hamlet"
			sup 18-19 "1"
			q 26-30 "open"`,
		raw: []rawCheck{{"\ny", "<br>y"}, {"to be, said", "to be</q>, said"}},
	},
	{
		name: "byline",
		src:  "# The Title\n\nBy Jane van Doe.\n\nText.\n",
		want: `text "The Title\n\nBy Jane van Doe.\n\nText."
			title 0-9 "The Title"
			byline 11-27 "By Jane van Doe."
			paragraph 29-34 "Text."
			heading 0-9 level=1 "The Title"`,
	},
	{
		name: "table",
		src:  "| a | b |\n|---|:-:|\n| c *d* | `e\\|f` |\n",
		want: `text "a\n\nb\n\nc d\n\ne|f"
			table-cell 0-1 "a"
			table-cell 3-4 "b"
			table-cell 6-9 "c d"
			table-cell 11-14 "e|f"
			table 0-14 "a\n\nb\n\nc d\n\ne|f"
			emphasis 8-9 ^0 "d"
			code 11-14 ^0 "e|f"`,
		raw: []rawCheck{{"e|f", `e\|f`}},
	},
	{
		name: "inlinecode",
		src:  "use `x := 1` and `` a`b ``\n",
		want: "text \"use x := 1 and a`b\"\n" +
			"paragraph 0-18 \"use x := 1 and a`b\"\n" +
			"code 4-10 \"x := 1\"\n" +
			"code 15-18 \"a`b\"",
	},
	{
		name: "undefined",
		src:  "see [^zz] and [^ok]\n\n[^ok]: fine\n[^unused]: never cited\n",
		want: `text "see [^zz] and [^ok]\n\nfine\n\nnever cited"
			paragraph 0-19 "see [^zz] and [^ok]"
			footnote 21-25 "fine"
			footnote 27-38 "never cited"
			footnote-ref 14-19 label=ok href=#fn:ok "[^ok]"
			footnotes 21-38 "fine\n\nnever cited"
			footnote 21-25 ^1 label=ok id=fn:ok "fine"
			footnote 27-38 ^1 label=unused id=fn:unused "never cited"`,
	},
}

func TestLoad(t *testing.T) {
	for _, c := range loadCases {
		t.Run(c.name, func(t *testing.T) {
			d := load(t, c.src)
			checkRaw(t, d, []byte(c.src))
			got := append([]string{"text " + strconv.Quote(d.Text)}, append(paraList(d), elemList(d)...)...)
			want := strings.Split(c.want, "\n")
			for i := range want {
				want[i] = strings.TrimSpace(want[i])
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("got\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
			}
			for _, r := range c.raw {
				i := strings.Index(d.Text, r.text)
				if i < 0 {
					t.Errorf("%q not in Text", r.text)
					continue
				}
				s := d.RawSpan(doc.Span{Start: i, End: i + len(r.text)})
				if got := c.src[s.Start:s.End]; got != r.raw {
					t.Errorf("%q maps to %q, want %q", r.text, got, r.raw)
				}
			}
		})
	}
}

// TestFootnoteColon checks that a reference followed by a colon in the
// middle of a line is a reference, not a definition.
func TestFootnoteColon(t *testing.T) {
	src := "Some call them \"keyword generics\" [^name]: a way to be generic.\n" +
		"To get started[^sleep]: read on.\n\n" +
		"[^name]: The name is provisional.\n[^sleep]: After some sleep.\n"
	d := load(t, src)
	checkRaw(t, d, []byte(src))
	refs, defs := countNotes(d)
	if refs != 2 || defs != 2 {
		t.Errorf("%d references and %d definitions, want 2 and 2:\n%s", refs, defs, dump(d))
	}
	if want := "\"keyword generics\" [^name]: a way"; !strings.Contains(d.Text, want) {
		t.Errorf("Text lacks %q:\n%s", want, d.Text)
	}
}

// countNotes counts the footnote references and definitions in d.
func countNotes(d *doc.Document) (refs, defs int) {
	for _, e := range d.Elements {
		switch e.Kind {
		case doc.ElemFootnoteRef:
			refs++
		case doc.ElemFootnote:
			defs++
		}
	}
	return refs, defs
}

func TestBaseKept(t *testing.T) {
	base := &doc.OffsetMap{}
	d := &doc.Document{Offsets: doc.OffsetMap{Base: base}}
	if err := Load(d, []byte("text\n")); err != nil {
		t.Fatal(err)
	}
	if d.Offsets.Base != base {
		t.Error("Offsets.Base lost")
	}
}

// checkRaw checks that every paragraph and element maps into src, and
// that Text maps back to the same bytes in src: each byte that is not
// white space maps to itself, unless it stands for an escape or an entity.
func checkRaw(t testing.TB, d *doc.Document, src []byte) {
	t.Helper()
	in := func(what string, i int, s doc.Span) {
		if r := d.RawSpan(s); r.Start < 0 || r.Start > r.End || r.End > len(src) {
			t.Errorf("%s %d %v: raw span %v outside source of %d bytes", what, i, s, r, len(src))
		}
	}
	for i, p := range d.Paragraphs {
		in("paragraph", i, p.Span)
	}
	for i, e := range d.Elements {
		in("element", i, e.Span)
	}
	for i := 0; i < len(d.Text); i++ {
		if strings.IndexByte(spaces, d.Text[i]) >= 0 {
			continue
		}
		r := d.RawSpan(doc.Span{Start: i, End: i + 1})
		raw := src[r.Start:r.End]
		if !(len(raw) == 1 && raw[0] == d.Text[i]) && !bytes.ContainsAny(raw, "&\\") {
			t.Errorf("text byte %d %q maps to %q at %v", i, d.Text[i], raw, r)
			return
		}
	}
}
