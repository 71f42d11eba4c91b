package render_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/pipeline"
	"github.com/hearsay-project/hearsay/internal/render"
	"github.com/hearsay-project/hearsay/internal/source"
	"github.com/hearsay-project/hearsay/internal/testutil"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

var testInfo = render.RunInfo{Version: "test", Stages: []string{"segment", "quote", "speaker", "cite", "sources", "support"}}

// analyzed loads the file at path and runs the full pipeline on it.
func analyzed(t testing.TB, path string) *doc.Document {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return analyzedBytes(t, path, raw)
}

func analyzedBytes(t testing.TB, name string, raw []byte) *doc.Document {
	t.Helper()
	d, err := source.LoadBytes(context.Background(), name, raw, source.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := pipeline.Run(context.Background(), d, pipeline.Default()); err != nil {
		t.Fatal(err)
	}
	return d
}

// inputs are the articles the format tests run on: the examples, and
// the essay when the development data is there.
func inputs(t *testing.T) []string {
	files, _ := filepath.Glob("../../examples/*")
	if len(files) == 0 {
		t.Fatal("no examples")
	}
	if _, err := os.Stat(filepath.Join("..", "..", "..", "shared", "data", "seed", "khrushchev-essay.txt")); err == nil {
		files = append(files, testutil.SharedData(t, "seed", "khrushchev-essay.txt"))
	}
	return files
}

func compileSchema(t *testing.T, path string) *jsonschema.Schema {
	t.Helper()
	s, err := jsonschema.NewCompiler().Compile(path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func validate(t *testing.T, s *jsonschema.Schema, out []byte) {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if err := s.Validate(v); err != nil {
		t.Errorf("schema: %v", err)
	}
}

// provConvert reads a PROV-JSON document with the W3C PROV reference
// library for Python (Debian's prov-tools), when it is installed, and
// converts it to PROV-N and to RDF: either fails on a record it cannot
// read, an identifier that is not a qualified name of a declared prefix,
// or a relation without its required arguments.
func provConvert(t *testing.T, out []byte) {
	t.Helper()
	bin, err := exec.LookPath("prov-convert")
	if err != nil {
		t.Log("prov-convert (Debian prov-tools) not installed; PROV not read back")
		return
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in.json")
	if err := os.WriteFile(in, out, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"provn", "rdf"} {
		res, err := exec.Command(bin, "-f", f, in, filepath.Join(dir, "out."+f)).CombinedOutput()
		if err != nil {
			t.Errorf("prov-convert -f %s: %v: %s", f, err, res)
		}
	}
}

type annoCollection struct {
	Context string `json:"@context"`
	ID      string `json:"id"`
	Total   int    `json:"total"`
	Last    string `json:"last"`
	First   struct {
		ID    string `json:"id"`
		Items []struct {
			ID         string `json:"id"`
			Motivation string `json:"motivation"`
			Body       []struct {
				Type, Purpose, Value, Source string
			} `json:"body"`
			Target struct {
				Source   string `json:"source"`
				Selector []struct {
					Type                  string
					Exact, Prefix, Suffix string
					Start, End            int
				} `json:"selector"`
			} `json:"target"`
		} `json:"items"`
	} `json:"first"`
}

// checkAnchors checks that every annotation of out anchors in text the
// way an annotation client does it: the TextPositionSelector's offsets,
// counted in code points, cover exactly the TextQuoteSelector's exact
// text, its prefix and suffix are the 32 characters around it (fewer at
// the ends of the text), and that exact occurrence, found by its prefix
// and suffix, is at those offsets.
func checkAnchors(t *testing.T, text string, out []byte) annoCollection {
	t.Helper()
	var c annoCollection
	if err := json.Unmarshal(out, &c); err != nil {
		t.Fatal(err)
	}
	runes := []rune(text)
	ids := map[string]bool{c.ID: true, c.First.ID: true}
	for _, a := range c.First.Items {
		if ids[a.ID] {
			t.Errorf("identifier %s used twice", a.ID)
		}
		ids[a.ID] = true
		if len(a.Target.Selector) != 2 {
			t.Fatalf("%s: %d selectors", a.ID, len(a.Target.Selector))
		}
		q, p := a.Target.Selector[0], a.Target.Selector[1]
		if p.Start < 0 || p.Start > p.End || p.End > len(runes) {
			t.Errorf("%s: position %d–%d outside text of %d characters", a.ID, p.Start, p.End, len(runes))
			continue
		}
		if got := string(runes[p.Start:p.End]); got != q.Exact {
			t.Errorf("%s: text at %d–%d is %q, exact is %q", a.ID, p.Start, p.End, got, q.Exact)
		}
		if want := string(runes[max(0, p.Start-32):p.Start]); q.Prefix != want {
			t.Errorf("%s: prefix %q, want %q", a.ID, q.Prefix, want)
		}
		if want := string(runes[p.End:min(len(runes), p.End+32)]); q.Suffix != want {
			t.Errorf("%s: suffix %q, want %q", a.ID, q.Suffix, want)
		}
		// Anchor by the quote selector alone, as a client does when the
		// positions are stale: the first occurrence of prefix+exact+suffix.
		i := strings.Index(text, q.Prefix+q.Exact+q.Suffix)
		if i < 0 {
			t.Errorf("%s: prefix+exact+suffix not found in the text", a.ID)
		} else if at := utf8.RuneCountInString(text[:i+len(q.Prefix)]); at != p.Start && strings.Count(text, q.Prefix+q.Exact+q.Suffix) == 1 {
			t.Errorf("%s: quote selector anchors at %d, position selector at %d", a.ID, at, p.Start)
		}
	}
	if c.Total != len(c.First.Items) {
		t.Errorf("total %d, %d items", c.Total, len(c.First.Items))
	}
	return c
}

func TestJSONLD(t *testing.T) {
	schema := compileSchema(t, "testdata/webannotation.schema.json")
	for _, f := range inputs(t) {
		t.Run(filepath.Base(f), func(t *testing.T) {
			t.Parallel()
			d := analyzed(t, f)
			var buf bytes.Buffer
			if err := render.JSONLD(&buf, d, testInfo); err != nil {
				t.Fatal(err)
			}
			out := buf.Bytes()
			if bytes.Count(out, []byte("\n")) != 1 || !bytes.HasSuffix(out, []byte("\n")) {
				t.Errorf("not one line")
			}
			validate(t, schema, out)
			c := checkAnchors(t, d.Text, out)
			mentions := 0
			for _, s := range d.Sources {
				mentions += len(s.Mentions)
			}
			if want := len(d.Quotes) + len(d.Citations) + mentions + len(d.Claims) + len(d.Findings); len(c.First.Items) != want {
				t.Errorf("%d annotations, want %d", len(c.First.Items), want)
			}
			sum := sha256.Sum256(d.Raw)
			if want := "urn:sha256:" + hex.EncodeToString(sum[:]); d.Meta.URL == "" && len(c.First.Items) > 0 && c.First.Items[0].Target.Source != want {
				t.Errorf("target source %q, want %q", c.First.Items[0].Target.Source, want)
			}
			// Each quotation's annotation covers its whole span, marks
			// included, and names its kind and speaker as tags.
			for i, q := range d.Quotes {
				a := c.First.Items[i]
				if a.Target.Selector[0].Exact != d.Slice(q.Span) {
					t.Errorf("q%d: exact %q, want %q", i+1, a.Target.Selector[0].Exact, d.Slice(q.Span))
				}
				tags := map[string]bool{}
				for _, b := range a.Body {
					if b.Purpose == "tagging" {
						tags[b.Value] = true
					}
				}
				if !tags["quotation"] || !tags[string(q.Kind)] || q.Speaker.Name != "" && !tags[strings.Join(strings.Fields(q.Speaker.Name), " ")] {
					t.Errorf("q%d: tags %v", i+1, tags)
				}
				if tags["vague speaker"] != (q.Speaker.Name != "" && q.Speaker.Vague) {
					t.Errorf("q%d: tags %v, speaker %q vague %v", i+1, tags, q.Speaker.Name, q.Speaker.Vague)
				}
			}
		})
	}
}

// TestJSONLDEssay checks what the essay's annotations say: the quotation
// that passed through the most hands carries its whole chain.
func TestJSONLDEssay(t *testing.T) {
	d := analyzed(t, testutil.SharedData(t, "seed", "khrushchev-essay.txt"))
	var buf bytes.Buffer
	if err := render.JSONLD(&buf, d, testInfo); err != nil {
		t.Fatal(err)
	}
	c := checkAnchors(t, d.Text, buf.Bytes())
	found := false
	for _, a := range c.First.Items {
		for _, b := range a.Body {
			if b.Purpose == "describing" && strings.Contains(b.Value, "Quora → Alexander Bunn → Russian Wikipedia") &&
				strings.HasPrefix(a.Target.Selector[0].Exact, "“How is he now?”") {
				found = true
			}
		}
	}
	if !found {
		t.Errorf("no annotation on “How is he now?” describing its chain through Quora and the Russian Wikipedia")
	}
}

// provDoc is a PROV-JSON document's sections other than "prefix":
// section → record id → attribute → value.
type provDoc map[string]map[string]map[string]any

func decodePROV(t *testing.T, out []byte) provDoc {
	t.Helper()
	var top map[string]json.RawMessage
	if err := json.Unmarshal(out, &top); err != nil {
		t.Fatal(err)
	}
	p := provDoc{}
	for k, v := range top {
		if k == "prefix" {
			continue
		}
		var sec map[string]map[string]any
		if err := json.Unmarshal(v, &sec); err != nil {
			t.Fatalf("%s: %v", k, err)
		}
		p[k] = sec
	}
	return p
}

func TestPROV(t *testing.T) {
	schema := compileSchema(t, "testdata/prov.schema.json")
	for _, f := range inputs(t) {
		t.Run(filepath.Base(f), func(t *testing.T) {
			t.Parallel()
			d := analyzed(t, f)
			var buf bytes.Buffer
			if err := render.PROV(&buf, d, testInfo); err != nil {
				t.Fatal(err)
			}
			validate(t, schema, buf.Bytes())
			checkPROV(t, d, decodePROV(t, buf.Bytes()))
			provConvert(t, buf.Bytes())
		})
	}
}

// checkPROV checks that the relations of p refer only to what p
// declares, and that the input, the tool and the word lists are there
// with digests that match the files.
func checkPROV(t *testing.T, d *doc.Document, p provDoc) {
	t.Helper()
	declared := func(section, id string) bool { _, ok := p[section][id]; return ok }
	args := map[string]string{
		"prov:entity": "entity", "prov:generatedEntity": "entity", "prov:usedEntity": "entity",
		"prov:activity": "activity", "prov:informed": "activity", "prov:informant": "activity", "prov:agent": "agent",
	}
	for _, rel := range []string{"wasGeneratedBy", "used", "wasDerivedFrom", "wasAssociatedWith", "wasAttributedTo", "wasInformedBy"} {
		for id, r := range p[rel] {
			for k, v := range r {
				if sec, ok := args[k]; ok && !declared(sec, v.(string)) {
					t.Errorf("%s %s: %s %v is not a declared %s", rel, id, k, v, sec)
				}
			}
		}
	}
	sum := sha256.Sum256(d.Raw)
	input := "sha256:" + hex.EncodeToString(sum[:])
	if e, ok := p["entity"][input]; !ok || e["hearsay:sha256"] != hex.EncodeToString(sum[:]) {
		t.Errorf("no input entity %s with its digest: %v", input, e)
	}
	if a := p["agent"]["run:hearsay"]; a["hearsay:version"] != "test" {
		t.Errorf("tool agent %v", a)
	}
	for _, st := range testInfo.Stages {
		if !declared("activity", "run:"+st) {
			t.Errorf("no activity for stage %s", st)
		}
	}
	// The word lists the stages read are entities named by their
	// SHA-256, which is the file's in the repository.
	for _, name := range []string{"quote/cues.txt", "segment/abbreviations.txt", "cite/headings.txt", "sources/websites.txt", "speaker/cues.txt"} {
		b, err := os.ReadFile(filepath.Join("..", name))
		if err != nil {
			t.Fatal(err)
		}
		s := sha256.Sum256(b)
		e, ok := p["entity"]["sha256:"+hex.EncodeToString(s[:])]
		if !ok || !strings.Contains(e["prov:label"].(string), name) {
			t.Errorf("no entity for %s with digest %x: %v", name, s, e)
		}
	}
	// Each quotation is an entity generated by the quote stage and
	// derived from the text; one with a speaker is attributed to them.
	gen, attributed := map[string]string{}, map[string]bool{}
	for _, r := range p["wasGeneratedBy"] {
		gen[r["prov:entity"].(string)] = r["prov:activity"].(string)
	}
	for _, r := range p["wasAttributedTo"] {
		attributed[r["prov:entity"].(string)] = true
	}
	for i, q := range d.Quotes {
		id := "run:q" + strconv.Itoa(i+1)
		if !declared("entity", id) || gen[id] != "run:quote" {
			t.Errorf("%s: declared %v, generated by %q", id, declared("entity", id), gen[id])
		}
		if (q.Speaker.Name != "") != attributed[id] {
			t.Errorf("%s: speaker %q, attributed %v", id, q.Speaker.Name, attributed[id])
		}
		if v, _ := p["entity"][id]["hearsay:speakerVague"].(bool); v != (q.Speaker.Name != "" && q.Speaker.Vague) {
			t.Errorf("%s: hearsay:speakerVague %v, speaker %q vague %v", id, v, q.Speaker.Name, q.Speaker.Vague)
		}
	}
	for i, f := range d.Findings {
		id := "run:f" + strconv.Itoa(i+1)
		if f.Code == doc.FindUnresolvedCitation && gen[id] != "run:cite" {
			t.Errorf("%s (%s): generated by %q, want run:cite", id, f.Code, gen[id])
		}
	}
}

func TestDOT(t *testing.T) {
	for _, f := range inputs(t) {
		t.Run(filepath.Base(f), func(t *testing.T) {
			t.Parallel()
			d := analyzed(t, f)
			var buf bytes.Buffer
			if err := render.DOT(&buf, d); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			if !strings.HasPrefix(out, "digraph chains {\n") || !strings.HasSuffix(out, "}\n") {
				t.Errorf("not a digraph:\n%s", out)
			}
			// Every name in a chain is one node, whatever number of
			// quotations it appears in.
			for _, q := range d.Quotes {
				for _, name := range q.Chain {
					if n := strings.Count(out, "[label="+quoted(name)+","); n != 1 {
						t.Errorf("%q: %d nodes", name, n)
					}
				}
			}
			runDot(t, out)
		})
	}
}

// quoted is a name as the DOT output writes it, for names without
// characters that need escaping: in quotes, white space collapsed.
func quoted(s string) string { return `"` + strings.Join(strings.Fields(s), " ") + `"` }

// runDot lays out the graph with Graphviz, when it is installed, and
// fails on any error or warning it prints.
func runDot(t *testing.T, graph string) []byte {
	t.Helper()
	bin, err := exec.LookPath("dot")
	if err != nil {
		t.Log("Graphviz dot not installed; layout not checked")
		return nil
	}
	cmd := exec.Command(bin, "-Tsvg")
	cmd.Stdin = strings.NewReader(graph)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil || errb.Len() > 0 {
		t.Fatalf("dot -Tsvg: %v: %s\n%s", err, errb.String(), graph)
	}
	return out.Bytes()
}

// loadForFuzz is analyzedBytes for inputs that may be refused.
func loadForFuzz(raw []byte) (*doc.Document, error) {
	d, err := source.LoadBytes(context.Background(), "fuzz", raw, source.Options{})
	if err != nil {
		return nil, err
	}
	return d, pipeline.Run(context.Background(), d, pipeline.Default())
}
