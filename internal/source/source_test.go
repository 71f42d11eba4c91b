package source

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

func TestSniff(t *testing.T) {
	for _, tc := range []struct {
		name, head string
		want       doc.Format
	}{
		{"a.md", "plain words", doc.FormatMarkdown},
		{"a.HTML", "plain words", doc.FormatHTML},
		{"a.txt", "<html>", doc.FormatText},
		{"-", "  <!DOCTYPE html><html>", doc.FormatHTML},
		{"-", "\xef\xbb\xbf<html lang=en>", doc.FormatHTML},
		{"-", "<p>One</p>\n<p>Two</p>", doc.FormatHTML},
		{"-", "---\ntitle: x\n---\nBody", doc.FormatMarkdown},
		{"-", "# Title\n\nSee [a](b) and [c](d).", doc.FormatMarkdown},
		{"notes", "Title\n\nBy Someone\n\nText with a < sign.", doc.FormatText},
		{"-", "An email: <me@example.org> wrote.", doc.FormatText},
	} {
		if got := Sniff(tc.name, []byte(tc.head)); got != tc.want {
			t.Errorf("Sniff(%q, %q) = %s, want %s", tc.name, tc.head, got, tc.want)
		}
	}
}

func TestParseFormat(t *testing.T) {
	for in, want := range map[string]doc.Format{"": "", "auto": "", "TXT": doc.FormatText, "md": doc.FormatMarkdown, "htm": doc.FormatHTML} {
		if got, err := ParseFormat(in); got != want || err != nil {
			t.Errorf("ParseFormat(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := ParseFormat("pdf"); !errors.Is(err, ErrFormat) {
		t.Errorf("ParseFormat(pdf): %v", err)
	}
}

func TestRead(t *testing.T) {
	if _, err := Read(strings.NewReader("12345"), 4); !errors.Is(err, ErrTooLarge) {
		t.Errorf("over the limit: %v", err)
	}
	if b, err := Read(strings.NewReader("1234"), 4); err != nil || string(b) != "1234" {
		t.Errorf("at the limit: %q %v", b, err)
	}
}

func TestLoadBytesHTMLCharset(t *testing.T) {
	page := []byte("<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9</title></head><body><p>Cr\xe8me br\xfbl\xe9e, said the menu.</p></body></html>")
	d, err := LoadBytes(context.Background(), "menu.html", page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Text, "Crème brûlée") || d.Meta.Title != "Café" {
		t.Errorf("text %q, title %q", d.Text, d.Meta.Title)
	}
	i := strings.Index(d.Text, "brûlée")
	r := d.RawSpan(doc.Span{Start: i, End: i + len("brûlée")})
	if got := string(page[r.Start:r.End]); got != "br\xfbl\xe9e" {
		t.Errorf("raw span %v = %q", r, got)
	}
}

func TestDeclaredCharsets(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		page string
		want string // in the text
		diag bool   // a decoded-charset or invalid-utf8 diagnostic
	}{
		{"iso-8859-2", "<meta charset=\"ISO-8859-2\"><p>\xa3\xf3d\xbc is a city.</p>", "Łódź is a city.", true},
		{"utf-8 with a stray byte", "<p>Caf\xc3\xa9 \xc3\xa9t\xc3\xa9 ok \xff bad.</p>", "Café été ok \uFFFD bad.", true},
		{"mislabelled utf-8", "<meta charset=iso-8859-1><p>Café crème.</p>", "Café crème.", false},
		{"shift_jis", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"><p>\x93\xfa\x96\x7b said it.</p>", "日本 said it.", true},
	} {
		d, err := LoadBytes(ctx, "page.html", []byte(tc.page), Options{})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if !strings.Contains(d.Text, tc.want) {
			t.Errorf("%s: text %q, want %q in it", tc.name, d.Text, tc.want)
		}
		if (len(d.Diagnostics) > 0) != tc.diag {
			t.Errorf("%s: diagnostics %v", tc.name, d.Diagnostics)
		}
		for _, g := range d.Diagnostics {
			if !doc.ValidSpan(d.Text, g.Span) {
				t.Errorf("%s: diagnostic span %v outside the text", tc.name, g.Span)
			}
		}
	}
}

func TestMaxSizeClamped(t *testing.T) {
	if _, err := Read(strings.NewReader("abc"), 1<<62); err != nil {
		t.Errorf("a huge limit: %v", err)
	}
	if err := tooLarge(MaxSize); !strings.Contains(err.Error(), "the most Hearsay can analyse") {
		t.Errorf("message at the cap: %v", err)
	}
}
