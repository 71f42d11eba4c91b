package html_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/source/html"
	"github.com/hearsay-project/hearsay/internal/testutil"
)

// loadTimed loads src, checks the spans, and fails if it took longer than limit.
func loadTimed(t *testing.T, name string, src string, limit time.Duration) *doc.Document {
	t.Helper()
	d := &doc.Document{Name: name, Raw: []byte(src)}
	start := testutil.CPUTime()
	if err := html.Load(d, d.Raw); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	el := (testutil.CPUTime() - start)
	t.Logf("%s: %d bytes in %v: %d bytes of text, %d paragraphs, %d elements", name, len(src), el, len(d.Text), len(d.Paragraphs), len(d.Elements))
	if el > testutil.TimeLimit(limit) && !testing.Short() {
		t.Errorf("%s: took %v, limit %v", name, el, limit)
	}
	testutil.CheckSpans(t, d)
	checkVerbatim(t, d)
	return d
}

func hasDiag(d *doc.Document, code doc.Code) bool {
	for _, g := range d.Diagnostics {
		if g.Code == code {
			return true
		}
	}
	return false
}

func TestHostile(t *testing.T) {
	para := "<p>Some text, with a <b>bold</b> word &amp; an entity.</p>\n"
	tests := []struct {
		name string
		src  string
		diag doc.Code
		text string // a piece of text the result must contain
	}{
		{"deep divs", strings.Repeat("<div>", 100000) + "deep text" + strings.Repeat("</div>", 100000), doc.CodeTooDeep, "deep text"},
		{"deep divs unclosed", "<html><body>" + strings.Repeat("<div>x ", 100000), doc.CodeTooDeep, "x\n\nx"},
		{"deep b", strings.Repeat("<b>", 100000) + "bold text", doc.CodeTooDeep, "bold text"},
		{"deep blockquotes", strings.Repeat("<blockquote><p>q</p>", 100000), doc.CodeTooDeep, "q"},
		{"deep spans in table", "<table>" + strings.Repeat("<tr><td><span>", 30000), doc.CodeTooDeep, ""},
		{"just under the limit", "<html><body>" + strings.Repeat("<div>", 500) + strings.Repeat(para, 50), "", "bold word & an"},
		{"huge attribute", `<p title="` + strings.Repeat("x", 1<<20) + `">after the attribute</p>`, "", "after the attribute"},
		{"huge class", `<html><body><article class="` + strings.Repeat("footnotes ", 1<<17) + `">` + strings.Repeat(para, 20) + "</article>", "", "an entity"},
		{"unclosed tags", "<html><body><p>one<p>two<li>three<table><tr><td>four<div><span>five", "", "five"},
		{"script with end tags", "<p>before</p><script>var s = '</p><p>' + '</div>'; if (a </b) {}</script><p>after</p>", "", "after"},
		{"comments and cdata", "<p>a<!-- <p>hidden</p> -->b<![CDATA[ x ]]>c<!--unterminated", "", "ab"},
		{"malformed entities", "<p>&amp &ampx &#; &#x; &#99999999999; &#0; &notit; &lt&gt &#x110000; &unknown;</p>", "", "& &x"},
		{"invalid bytes", "<p>bad \xff\xfe bytes \xc3 here</p>", "", "bytes"},
		{"nul bytes", "<p>nul\x00 here</p><p>\x00</p>", "", "nul here"},
		{"many ampersands", "<p>" + strings.Repeat("&", 1<<20) + "</p>", "", "&&&"},
		{"long entity name", "<p>&" + strings.Repeat("a", 1<<20) + ";</p>", "", "aaa"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := loadTimed(t, tt.name, tt.src, 2*time.Second)
			if tt.diag != "" && !hasDiag(d, tt.diag) {
				t.Errorf("no %s diagnostic: %v", tt.diag, d.Diagnostics)
			}
			if !strings.Contains(d.Text, tt.text) {
				t.Errorf("text %q lacks %q", abbrev(d.Text), tt.text)
			}
		})
	}
}

// TestLargePage checks that loading time grows about linearly with the
// size of a page of ordinary paragraphs, up to 10 MB.
func TestLargePage(t *testing.T) {
	if testing.Short() {
		t.Skip("large page")
	}
	page := func(size int) string {
		var sb strings.Builder
		sb.WriteString("<!DOCTYPE html><html><head><title>A long page of many paragraphs</title></head><body><article>")
		for i := 0; sb.Len() < size; i++ {
			if i%20 == 0 {
				fmt.Fprintf(&sb, "<h2>Section %d</h2>\n", i/20)
			}
			fmt.Fprintf(&sb, "<p>Paragraph %d has some <em>words</em>, commas, an entity &amp; &#8220;quotes&#8221; and a <a href=\"/page/%d\">link</a>. More words follow to make it long enough to count.</p>\n", i, i)
		}
		sb.WriteString("</article></body></html>")
		return sb.String()
	}
	var small time.Duration
	for _, size := range []int{1 << 20, 10 << 20} {
		src := page(size)
		start := testutil.CPUTime()
		d := loadTimed(t, fmt.Sprintf("%d MB page", size>>20), src, 20*time.Second)
		el := (testutil.CPUTime() - start)
		if size == 1<<20 {
			small = el
		} else if el > 25*small {
			t.Errorf("10 MB took %v, 1 MB %v: not linear", el, small)
		}
		if ok, all := checkRawStarts(t, "large", d); ok < all*9/10 {
			t.Errorf("only %d of %d paragraphs map to their first word", ok, all)
		}
	}
}

// TestUnclosedInlineNotDeep checks that an old page whose paragraphs
// leave <font> open keeps its structure: the depth estimate follows the
// parser, which closes them with the paragraph.
func TestUnclosedInlineNotDeep(t *testing.T) {
	page := "<html><body>" + strings.Repeat("<p><font face=x>Some words of an old page.", 600) + "</body></html>"
	d := &doc.Document{}
	if err := html.Load(d, []byte(page)); err != nil {
		t.Fatal(err)
	}
	for _, g := range d.Diagnostics {
		if g.Code == doc.CodeTooDeep {
			t.Fatalf("diagnostic %v", g)
		}
	}
	if len(d.Paragraphs) < 100 {
		t.Errorf("%d paragraphs", len(d.Paragraphs))
	}
}
