package batch

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzNormalize checks that Normalize is idempotent and yields single
// spaces between words, none at the ends.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"", "“Hello,  World!”", "Don’t — stop", "ＦＵＬＬ", "a\u0301b", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if Normalize(n) != n {
			t.Errorf("not idempotent: %q -> %q -> %q", s, n, Normalize(n))
		}
		if strings.HasPrefix(n, " ") || strings.HasSuffix(n, " ") || strings.Contains(n, "  ") {
			t.Errorf("bad spacing in %q", n)
		}
		if !utf8.ValidString(n) {
			t.Errorf("invalid UTF-8 from %q", s)
		}
	})
}

// FuzzReadJSONL checks that any input yields, without panic, at most one
// document or failure per line, each document named and with a known
// format.
func FuzzReadJSONL(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","text":"x"}`,
		"{\"id\":1,\"html\":\"<p>\"}\n\n{\"url\":\"u\",\"markdown\":\"#\"}\n",
		`{"text":"a","html":"b"}`,
		"not json\n{",
		`{"id":{"x":1},"text":""}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := bytes.Count(data, []byte("\n")) + 1
		n := 0
		err := readJSONL("f.jsonl", bytes.NewReader(data), func(in Input) {
			n++
			if in.Name == "" {
				t.Errorf("unnamed document from %q", data)
			}
			switch in.Format {
			case "text", "markdown", "html":
			default:
				t.Errorf("format %q from %q", in.Format, data)
			}
		}, func(Failure) { n++ })
		if err != nil {
			t.Errorf("error %v: a bad line should be a Failure", err)
		}
		if n > lines {
			t.Errorf("%d results from %d lines", n, lines)
		}
	})
}
