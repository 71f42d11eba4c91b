package batch

import (
	"bytes"
	"testing"
)

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
