package batch

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
)

func init() {
	register.Function1x1[string, string](docName)
	register.Function1x1[Failure, string](failureName)
	register.Function1x1[string, string](conflictSpeakers)
	register.Function2x1[string, Attribution, string](attributionString)
	register.Function1x2[Attribution, string, Attribution](keyAttribution)
}

// docName is the "name" of a document JSON line.
func docName(line string) string {
	var d struct{ Name string }
	json.Unmarshal([]byte(line), &d)
	return d.Name
}

func failureName(f Failure) string { return f.Name }

// conflictSpeakers is the speakers of a conflict JSON line, joined by "|".
func conflictSpeakers(line string) string {
	var c Conflict
	json.Unmarshal([]byte(line), &c)
	return strings.Join(c.Speakers, "|")
}

func attributionString(key string, a Attribution) string {
	return key + " <- " + a.Speaker + " in " + a.Doc
}

func keyAttribution(a Attribution) (string, Attribution) { return Normalize(a.Quote), a }

func TestAnalyzeFn(t *testing.T) {
	p, s := beam.NewPipelineWithRoot()
	inputs := beam.Create(s,
		Input{Name: "a.txt", Body: []byte("“Bring the boats in before the wind turns,” said Ruth Alder.\n")},
		Input{Name: "b.html", Format: "html", Body: []byte("<p>“Too short,” said Ruth Alder.</p><p>The harbour office was gloomy. “Nobody expected the gale to last a week,” said a spokesman.</p>")},
		Input{Name: "empty.txt", Body: []byte{}},
		Input{Name: "bin.dat", Body: []byte{0, 1, 2, 3, 0, 0, 0}},
	)
	docs, attrs, failures := beam.ParDo3(s, &analyzeFn{}, inputs)
	passert.Equals(s, beam.ParDo(s, docName, docs), "a.txt", "b.html")
	// Only a.txt's quotation can conflict: b.html's first is too short,
	// its second has no named speaker.
	passert.Equals(s, beam.ParDo(s, attributionString, attrs),
		"bring the boats in before the wind turns <- Ruth Alder in a.txt")
	passert.Equals(s, beam.ParDo(s, failureName, failures), "empty.txt", "bin.dat")
	ptest.RunAndValidate(t, p)
}

func TestConflictFnAfterGroupByKey(t *testing.T) {
	p, s := beam.NewPipelineWithRoot()
	attrs := beam.Create(s,
		Attribution{Doc: "one", Speaker: "Ruth Alder", Quote: "Bring the boats in before the wind turns."},
		Attribution{Doc: "two", Speaker: "Karl Obst", Quote: "bring the boats in, before the wind turns"},
		Attribution{Doc: "three", Speaker: "Alder", Quote: "Bring the boats in before the wind turns!"},
		// The same words from the same speaker everywhere: no conflict.
		Attribution{Doc: "one", Speaker: "Ida Kern", Quote: "We will count every boat twice."},
		Attribution{Doc: "two", Speaker: "Ida Kern", Quote: "We will count every boat twice!"},
	)
	conflicts := beam.ParDo(s, conflictFn, beam.GroupByKey(s, beam.ParDo(s, keyAttribution, attrs)))
	passert.Equals(s, beam.ParDo(s, conflictSpeakers, conflicts), "Alder|Karl Obst|Ruth Alder")
	ptest.RunAndValidate(t, p)
}

func TestReadFn(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		t.Helper()
		path := dir + "/" + name
		if err := writeFile(path, content); err != nil {
			t.Fatal(err)
		}
		return path
	}
	write("a.txt", "“Keep the lamps lit,” said Ruth Alder.")
	write("feed.ndjson", `{"id":"x","text":"One."}`+"\n"+`not json`+"\n")
	write("bad.warc", "this is not an archive")
	p, s := beam.NewPipelineWithRoot()
	out := Build(s, []string{dir})
	passert.Equals(s, beam.ParDo(s, docName, out.Documents), dir+"/a.txt", "x")
	passert.Count(s, out.Failures, "failures", 2) // feed.ndjson:2 and bad.warc
	ptest.RunAndValidate(t, p)
}

func TestParseJSONDoc(t *testing.T) {
	for _, tc := range []struct {
		line, name, format, body, err string
	}{
		{`{"id":"a1","text":"Hi."}`, "a1", "text", "Hi.", ""},
		{`{"id":42,"html":"<p>x</p>"}`, "42", "html", "<p>x</p>", ""},
		{`{"url":"https://x.example/","markdown":"# T"}`, "https://x.example/", "markdown", "# T", ""},
		{`{"name":"n","text":""}`, "n", "text", "", ""},
		{`{"id":null,"url":"u","text":"t"}`, "u", "text", "t", ""},
		{`{"text":"t"}`, "", "text", "t", ""},
		{`{"text":"a","html":"b"}`, "", "", "", "exactly one"},
		{`{"id":"a"}`, "", "", "", "exactly one"},
		{`[1,2]`, "", "", "", "not a JSON object"},
		{`{"text": 3}`, "", "", "", "not a JSON object"},
	} {
		in, err := parseJSONDoc([]byte(tc.line))
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%s: error %v, want one with %q", tc.line, err, tc.err)
			}
			continue
		}
		if err != nil || in.Name != tc.name || in.Format != tc.format || string(in.Body) != tc.body {
			t.Errorf("%s: got %+v (%v), want name %q format %q body %q", tc.line, in, err, tc.name, tc.format, tc.body)
		}
	}
}

func TestKindOf(t *testing.T) {
	for path, want := range map[string]fileKind{
		"a.txt": kindArticle, "a.html.gz": kindArticle, "a.jsonl": kindJSONL, "A.JSONL.GZ": kindJSONL,
		"a.ndjson": kindJSONL, "cc.warc.gz": kindWARC, "cc.warc": kindWARC, "warc.txt": kindArticle,
	} {
		if got := kindOf(path); got != want {
			t.Errorf("kindOf(%q) = %v, want %v", path, got, want)
		}
	}
}

func TestReadJSONLTooLongLine(t *testing.T) {
	var got []Failure
	r := strings.NewReader(`{"id":"a","text":"ok"}` + "\n" + `{"text":"` + strings.Repeat("x", maxLine) + `"}` + "\n")
	n := 0
	err := readJSONL("big.jsonl", r, func(Input) { n++ }, func(f Failure) { got = append(got, f) })
	if err != nil || n != 1 || len(got) != 1 || !strings.Contains(got[0].Error, "longer than") {
		t.Errorf("err %v, %d documents, failures %+v; want 1 document and a too-long failure", err, n, got)
	}
}

func TestReadWARCDamaged(t *testing.T) {
	rec := warcRecord("https://x.example/a", "text/html", "<p>Fine page.</p>")
	var docs []string
	var fails []Failure
	// A whole gzip member, then a broken one.
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(rec))
	zw.Close()
	b.WriteString("\x1f\x8b\x08\x00garbage")
	err := readWARC("cut.warc.gz", &b, func(in Input) { docs = append(docs, in.Name) }, func(f Failure) { fails = append(fails, f) })
	if err != nil || !slices.Equal(docs, []string{"https://x.example/a"}) || len(fails) != 1 {
		t.Errorf("err %v, docs %q, failures %+v; want the first page and one failure", err, docs, fails)
	}
}

// conflictsOf runs conflictFn over attrs, all of one key.
func conflictsOf(t *testing.T, attrs ...Attribution) []Conflict {
	t.Helper()
	i := 0
	var out []Conflict
	err := conflictFn("k", func(a *Attribution) bool {
		if i == len(attrs) {
			return false
		}
		*a = attrs[i]
		i++
		return true
	}, func(line string) {
		var c Conflict
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			t.Fatal(err)
		}
		out = append(out, c)
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestConflictFn(t *testing.T) {
	a := func(doc, speaker string) Attribution {
		return Attribution{Doc: doc, Speaker: speaker, Quote: "Q from " + doc}
	}
	for _, tc := range []struct {
		name     string
		attrs    []Attribution
		speakers []string // nil: no conflict
	}{
		{"two speakers, two documents", []Attribution{a("d1", "Ann Bell"), a("d2", "Cy Dunn")}, []string{"Ann Bell", "Cy Dunn"}},
		{"one speaker", []Attribution{a("d1", "Ann Bell"), a("d2", "Ann Bell")}, nil},
		{"same speaker, case and spacing", []Attribution{a("d1", "Ann Bell"), a("d2", "ann  BELL")}, nil},
		{"two speakers in one document only", []Attribution{a("d1", "Ann Bell"), a("d1", "Cy Dunn")}, nil},
		{"surname of the one full name", []Attribution{a("d1", "Ann Bell"), a("d2", "Bell")}, nil},
		{"surname of two full names", []Attribution{a("d1", "Ann Bell"), a("d2", "Bell"), a("d3", "Tom Bell")}, []string{"Ann Bell", "Bell", "Tom Bell"}},
		{"duplicates dropped", []Attribution{a("d1", "Ann Bell"), a("d1", "Ann Bell"), a("d2", "Cy Dunn")}, []string{"Ann Bell", "Cy Dunn"}},
		{"empty", nil, nil},
	} {
		got := conflictsOf(t, tc.attrs...)
		if tc.speakers == nil {
			if len(got) != 0 {
				t.Errorf("%s: got %+v, want no conflict", tc.name, got)
			}
			continue
		}
		if len(got) != 1 || !slices.Equal(got[0].Speakers, tc.speakers) {
			t.Errorf("%s: got %+v, want one conflict of %q", tc.name, got, tc.speakers)
			continue
		}
		if got[0].Text != got[0].Documents[0].Quote || got[0].Key != "k" {
			t.Errorf("%s: text %q key %q, want the first document's words and the key", tc.name, got[0].Text, got[0].Key)
		}
		if want := distinctPairs(tc.attrs); len(got[0].Documents) != want {
			t.Errorf("%s: %d documents, want %d", tc.name, len(got[0].Documents), want)
		}
	}
}

// distinctPairs counts the distinct (document, speaker) pairs of attrs.
func distinctPairs(attrs []Attribution) int {
	seen := map[[2]string]bool{}
	for _, a := range attrs {
		seen[[2]string{a.Doc, a.Speaker}] = true
	}
	return len(seen)
}

func TestCheckPath(t *testing.T) {
	if err := CheckPath("/tmp/out"); err != nil {
		t.Errorf("local path: %v", err)
	}
	if err := CheckPath("nosuch://bucket/x"); err == nil || !strings.Contains(err.Error(), "no file system") {
		t.Errorf("unknown scheme: %v, want an error", err)
	}
}

// writeFile writes content to path.
func writeFile(path, content string) error {
	return os.WriteFile(path, []byte(content), 0o644)
}
