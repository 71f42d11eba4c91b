package markdown

import (
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

func TestFrontMatter(t *testing.T) {
	for _, c := range []struct {
		name, src string
		want      doc.Metadata
		text      string // d.Text
	}{{
		name: "toml",
		src: "+++\ntitle = \"Hello \\\"World\\\"\"\nauthors = [\"Ann Lee\", 'Bo Chan']\ndate = 2024-01-02\n" +
			"description = 'Lit'\n[extra]\ntitle = \"no\"\n+++\n\nBody *text*.\n",
		want: doc.Metadata{Title: `Hello "World"`, Author: "Ann Lee, Bo Chan", Date: "2024-01-02", Description: "Lit"},
		text: "Body text.",
	}, {
		name: "toml list with commas",
		src:  "+++\nauthors = [\"Lee, Ann, Director\", \"Bo\"]\n+++\nBody.\n",
		want: doc.Metadata{Author: "Lee, Ann, Director, Bo"},
		text: "Body.",
	}, {
		name: "yaml",
		src: "---\ntitle: \"A: B\"\nauthor: Jo O'Neil # comment\ndate: '2023-05-06'\ntags:\n  - x\n" +
			"authors:\n  - Cy\n  - 'D''Arcy'\n---\n# A: B\n\nBy Someone Else\n\ntext\n",
		want: doc.Metadata{Title: "A: B", TitleSpan: doc.Span{Start: 0, End: 4}, Author: "Jo O'Neil, Cy, D'Arcy", Date: "2023-05-06"},
		text: "A: B\n\nBy Someone Else\n\ntext",
	}, {
		name: "yaml dots",
		src:  "---\ntitle: Plain words\ndescription: >\n  folded\n...\nBody.\n",
		want: doc.Metadata{Title: "Plain words"},
		text: "Body.",
	}, {
		name: "bom",
		src:  "\uFEFF+++\ntitle = \"B\"\n+++\nBody.\n",
		want: doc.Metadata{Title: "B"},
		text: "Body.",
	}, {
		name: "thematic break",
		src:  "---\nJust a line.\n---\n\ntext\n",
		want: doc.Metadata{Title: "Just a line.", TitleSpan: doc.Span{Start: 0, End: 12}},
		text: "Just a line.\n\ntext",
	}, {
		name: "unclosed",
		src:  "+++\ntitle = \"x\"\n",
		text: "+++\ntitle = \"x\"",
	}, {
		name: "first level-1 heading",
		src:  "## Sub\n\n# Main\n\n# Other\n",
		want: doc.Metadata{Title: "Main", TitleSpan: doc.Span{Start: 5, End: 9}},
		text: "Sub\n\nMain\n\nOther",
	}, {
		name: "byline",
		src:  "# T\n\n*By Ana de la Cruz*\n\nBy the way, no.\n",
		want: doc.Metadata{Title: "T", TitleSpan: doc.Span{Start: 0, End: 1}, Author: "Ana de la Cruz", AuthorSpan: doc.Span{Start: 6, End: 20}},
		text: "T\n\nBy Ana de la Cruz\n\nBy the way, no.",
	}} {
		t.Run(c.name, func(t *testing.T) {
			d := load(t, c.src)
			checkRaw(t, d, []byte(c.src))
			if d.Meta != c.want {
				t.Errorf("Meta = %+v, want %+v", d.Meta, c.want)
			}
			if d.Text != c.text {
				t.Errorf("Text = %q, want %q", d.Text, c.text)
			}
			if d.Meta.TitleSpan.Len() > 0 {
				if p := paragraphAt(d, d.Meta.TitleSpan); p == nil || p.Kind != doc.BlockTitle {
					t.Errorf("title paragraph = %+v, want kind title", p)
				}
			}
			if d.Meta.AuthorSpan.Len() > 0 && d.Paragraphs[1].Kind != doc.BlockByline {
				t.Errorf("byline paragraph kind = %s", d.Paragraphs[1].Kind)
			}
		})
	}
}
