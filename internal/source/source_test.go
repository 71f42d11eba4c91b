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
