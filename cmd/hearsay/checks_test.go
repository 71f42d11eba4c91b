package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/testutil"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// TestMain points the default reference database at a file that does
// not exist, so that no test reads what the user running them imported.
func TestMain(m *testing.M) {
	os.Setenv("HEARSAY_DB", filepath.Join(os.TempDir(), fmt.Sprintf("hearsay-test-absent-%d.db", os.Getpid())))
	os.Exit(m.Run())
}

// noDB points the default reference database at a file that does not
// exist, so that tests check against the curated table alone, whatever
// the user running them has imported.
func noDB(t *testing.T) {
	t.Setenv("HEARSAY_DB", filepath.Join(t.TempDir(), "absent.db"))
}

type checkedDoc struct {
	Quotes []struct {
		Text    string `json:"text"`
		Kind    string `json:"kind"`
		Speaker *struct {
			Name string `json:"name"`
		} `json:"speaker"`
		Fidelity *struct {
			Verdict string `json:"verdict"`
			Source  string `json:"source"`
			Passage *struct{ Start, End int }
			Text    string `json:"text"`
			Diff    []struct {
				Op   string `json:"op"`
				Text string `json:"text"`
			} `json:"diff"`
			EditRatio float64 `json:"edit_ratio"`
		} `json:"fidelity"`
	} `json:"quotes"`
	Findings []struct {
		Code     string   `json:"code"`
		Message  string   `json:"message"`
		Evidence []string `json:"evidence"`
	} `json:"findings"`
}

func analyzeJSON(t *testing.T, args ...string) checkedDoc {
	t.Helper()
	out, errs, code := run(t, "", append([]string{"analyze", "--format", "json"}, args...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var d checkedDoc
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatal(err)
	}
	return d
}

// TestEssayMisattribution: the essay gives "I have seen the future and
// it works" to H. G. Wells; the curated table knows it is Lincoln
// Steffens's.
func TestEssayMisattribution(t *testing.T) {
	noDB(t)
	essay := testutil.SharedData(t, "seed", "khrushchev-essay.txt")
	d := analyzeJSON(t, essay)
	n := 0
	for _, f := range d.Findings {
		if f.Code == "misattributed-quote" {
			n++
			if !strings.Contains(f.Message, "H. G. Wells") || !strings.Contains(f.Message, "it was said by Lincoln Steffens") {
				t.Errorf("message %q", f.Message)
			}
			if len(f.Evidence) == 0 || !strings.Contains(strings.Join(f.Evidence, " "), "Steffens") {
				t.Errorf("evidence %q", f.Evidence)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d misattributed-quote findings, want 1", n)
	}
	out, _, _ := run(t, "", "analyze", essay)
	if !strings.Contains(out, "misattributed-quote") || !strings.Contains(out, "Lincoln Steffens") {
		t.Errorf("the text report does not show the misattribution")
	}
}

func TestAnalyzeSources(t *testing.T) {
	noDB(t)
	out, errs, code := run(t, "", "analyze", "--format", "json", "--sources", "../../internal/fidelity/testdata/harbour/sources", "../../internal/fidelity/testdata/harbour/article.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	schema, err := jsonschema.NewCompiler().Compile("../../schema/hearsay.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader([]byte(out)))
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(v); err != nil {
		t.Errorf("output does not fit the schema: %v", err)
	}
	d := analyzeJSON(t, "--sources", "../../internal/fidelity/testdata/harbour/sources", "../../internal/fidelity/testdata/harbour/article.txt")
	got := map[string]string{}
	for _, q := range d.Quotes {
		if q.Fidelity != nil {
			words := q.Text
			if _, marked, ok := strings.Cut(words, " … "); ok && q.Kind == "mixed" {
				words = marked // "The storms … took two piers …": the clause's subject is the writer's, the marked words are checked
			}
			got[strings.Fields(words)[0]+" "+strings.Fields(words)[1]] = q.Fidelity.Verdict
		}
		if strings.HasPrefix(q.Text, "A town") {
			f := q.Fidelity
			if f == nil || f.Verdict != "altered" || f.Source != "marsh-address.txt" || f.Passage == nil || f.EditRatio <= 0 {
				t.Fatalf("altered quotation: %+v", f)
			}
			var changed []string
			for _, o := range f.Diff {
				if o.Op != "equal" {
					changed = append(changed, o.Op+":"+o.Text)
				}
			}
			if strings.Join(changed, " ") != "delete:a insert:one" {
				t.Errorf("diff %v", changed)
			}
		}
	}
	want := map[string]string{"took two": "verbatim", "We will": "verbatim", "The council": "elided", "A town": "altered",
		"Our neighbors": "verbatim", "[t]heir generosity": "verbatim", "Every family": "not-found", "The sea": "translated"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%q: %q, want %q", k, got[k], v)
		}
	}
	out, errs, code = run(t, "", "analyze", "--sources", "../../internal/fidelity/testdata/harbour/sources", "../../internal/fidelity/testdata/harbour/article.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, s := range []string{"Against the sources: 4 verbatim, 1 elided, 1 altered, 1 translated, 1 not-found", "[-a-] {+one+}", "quote-not-found"} {
		if !strings.Contains(out, s) {
			t.Errorf("text report lacks %q", s)
		}
	}
}

// TestWikiquoteImport imports a small dump written for the test, then
// analyses an article that gives two of its misattributed lines to the
// wrong person.
func TestWikiquoteImport(t *testing.T) {
	noDB(t)
	db := filepath.Join(t.TempDir(), "q.db")
	out, errs, code := run(t, "", "quotes", "import", "--wikiquote", "../../internal/quotebase/testdata/wikiquote-sample.xml.bz2", "--db", db)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "imported 8 entries") || !strings.Contains(out, "3 misattributed") {
		t.Errorf("import said %q", out)
	}
	article := filepath.Join(t.TempDir(), "venn.txt")
	os.WriteFile(article, []byte("Remembering Orla Venn\n\nBy Petra Hale\n\n"+
		"Venn was fond of lanterns. “Courage is a lantern you light before you know the road,” Orla Venn wrote.\n\n"+
		"She was also fond of doors. “Every ending is a door someone forgot to lock,” Venn said in 2003.\n\n"+
		"Her rival Tobias Ferren once remarked: “The sea keeps no diary, but it remembers every boat.”\n"), 0o644)
	d := analyzeJSON(t, "--db", db, article)
	var msgs []string
	for _, f := range d.Findings {
		msgs = append(msgs, f.Code+": "+f.Message)
	}
	all := strings.Join(msgs, "\n")
	for _, want := range []string{
		"misattributed-quote: wrongly attributed to Orla Venn; it was said by Tobias Ferren",
		"misattributed-quote: wrongly attributed to Venn; it was said by Mirela Kosta",
		"attribution-conflict: the reference base gives this line to Orla Venn, not Tobias Ferren",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("findings lack %q:\n%s", want, all)
		}
	}
	// Without the database the lines are unknown.
	if d := analyzeJSON(t, article); len(d.Findings) != 0 {
		t.Errorf("findings without the database: %+v", d.Findings)
	}
	out, _, code = run(t, "", "quotes", "list", "--db", db, "--status", "misattributed", "--author", "Orla Venn")
	if code != 0 || strings.Count(out, "\n") != 3 || !strings.Contains(out, "→ Mirela Kosta") {
		t.Errorf("list: %d %q", code, out)
	}
	out, _, code = run(t, "", "quotes", "check", "--db", db, "--author", "Orla Venn", "Courage is a lantern you light before you know the road")
	if code != 0 || !strings.Contains(out, "misattributed-quote") || !strings.Contains(out, "https://en.wikiquote.org/wiki/Orla_Venn") {
		t.Errorf("check: %d %q", code, out)
	}
}

func TestQuotesImportJSONL(t *testing.T) {
	noDB(t)
	dir := t.TempDir()
	db, in := filepath.Join(dir, "q.db"), filepath.Join(dir, "q.jsonl")
	os.WriteFile(in, []byte(`{"text":"The kettle never boils for the watcher.","author":"Hanna Ode","status":"misattributed","actual_author":"Ivo Lark","evidence":["Ivo Lark, Kitchen Sayings (1950), p. 3"]}`+"\n"), 0o644)
	out, errs, code := run(t, "", "quotes", "import", "--jsonl", in, "--db", db)
	if code != 0 || !strings.Contains(out, "imported 1 entries") {
		t.Fatalf("exit %d: %s %s", code, out, errs)
	}
	out, _, _ = run(t, "", "quotes", "check", "--db", db, "--author", "Hanna Ode", "the kettle never boils for the watcher")
	if !strings.Contains(out, "it was said by Ivo Lark") {
		t.Errorf("check: %q", out)
	}
}

func TestChecksBadInput(t *testing.T) {
	noDB(t)
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte("{\"text\":\"x y z\",\"author\":\"A\"}\nnot json\n"), 0o644)
	notxml := filepath.Join(dir, "dump.xml")
	os.WriteFile(notxml, []byte("hello"), 0o644)
	for _, tc := range []struct {
		args []string
		code int
		err  string
	}{
		{[]string{"analyze", "--sources", filepath.Join(dir, "none"), "../../examples/ferry-strike.txt"}, 2, "--sources"},
		{[]string{"analyze", "--sources", "../../examples/ferry-strike.txt", "../../examples/ferry-strike.txt"}, 2, "not a folder"},
		{[]string{"analyze", "--db", filepath.Join(dir, "none.db"), "../../examples/ferry-strike.txt"}, 2, "no such database"},
		{[]string{"quotes"}, 2, "Usage"},
		{[]string{"quotes", "frobnicate"}, 2, "unknown command"},
		{[]string{"quotes", "import", "--db", filepath.Join(dir, "q.db")}, 2, "one of --wikiquote"},
		{[]string{"quotes", "import", "--jsonl", bad, "--db", filepath.Join(dir, "q.db")}, 2, "line 2"},
		{[]string{"quotes", "import", "--wikiquote", notxml, "--db", filepath.Join(dir, "q.db")}, 2, "not a MediaWiki XML dump"},
		{[]string{"quotes", "import", "--jsonl", filepath.Join(dir, "none.jsonl"), "--db", filepath.Join(dir, "q.db")}, 2, "no such file"},
		{[]string{"quotes", "list", "--status", "odd"}, 2, "unknown status"},
		{[]string{"quotes", "check"}, 2, "no TEXT"},
	} {
		_, errs, code := run(t, "", tc.args...)
		if code != tc.code || !strings.Contains(errs, tc.err) {
			t.Errorf("%v: exit %d, stderr %q; want %d with %q", tc.args, code, errs, tc.code, tc.err)
		}
		if strings.Contains(errs, "panic") {
			t.Errorf("%v: panic", tc.args)
		}
	}
}

// TestChecksGolden keeps the whole report of the harbour article checked
// against its sources; refresh with -update and review the diff (other
// stages' changes show here too).
func TestChecksGolden(t *testing.T) {
	noDB(t)
	for _, format := range []string{"text"} {
		out, errs, code := run(t, "", "analyze", "--format", format, "--sources", "../../internal/fidelity/testdata/harbour/sources", "../../internal/fidelity/testdata/harbour/article.txt")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		testutil.Golden(t, filepath.Join("testdata", "harbour-checks."+format+".golden"), []byte(out))
	}
}
