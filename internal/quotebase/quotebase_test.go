package quotebase

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

func TestCurated(t *testing.T) {
	b := Curated()
	mis := map[string]bool{}
	for _, e := range b.Entries() {
		if err := e.Validate(); err != nil {
			t.Errorf("%q: %v", e.Text, err)
		}
		if e.Status == Misattributed {
			mis[normText(e.Text)] = true
			if e.ActualAuthor == "" || len(e.Evidence) == 0 || e.Source == "" {
				t.Errorf("misattributed %q lacks its real author, evidence or source", e.Text)
			}
		}
	}
	if len(mis) < 31 {
		t.Errorf("%d misattributed lines, want the Steffens case and 30 more", len(mis))
	}
}

func TestMatch(t *testing.T) {
	b := Curated()
	for _, tc := range []struct {
		text   string
		author string // of the best match; "" for none
		min    float64
	}{
		{"I have seen the future and it works", "H. G. Wells", 1},
		{"I’ve seen the future, and it WORKS!", "", 0}, // contraction: different words, scored below
		{"I have been over into the future and it works.", "Lincoln Steffens", 1},
		{"I have seen the future, and it really works", "H. G. Wells", minDice},
		{"the only thing necessary for the triumph of evil is for good men to do nothing at all", "Edmund Burke", minDice},
		{"not everything that counts can be counted", "Albert Einstein", minExcerpt * 0.9 * 0.9},
		{"The weather was fine and the bridge reopened", "", 0},
		{"is more important than", "", 0},
	} {
		ms := b.Match(tc.text)
		if tc.author == "" {
			if tc.min == 0 && len(ms) > 0 && (strings.HasPrefix(tc.text, "The weather") || strings.HasPrefix(tc.text, "is more")) {
				t.Errorf("%q matched %q", tc.text, ms[0].Entry.Text)
			}
			continue
		}
		if len(ms) == 0 {
			t.Errorf("%q matched nothing", tc.text)
			continue
		}
		found := false
		for _, m := range ms {
			found = found || m.Entry.Author == tc.author && m.Score >= tc.min
		}
		if !found {
			t.Errorf("%q: best %q by %s (%.2f), want one by %s ≥ %.2f", tc.text, ms[0].Entry.Text, ms[0].Entry.Author, ms[0].Score, tc.author, tc.min)
		}
	}
}

func TestJudge(t *testing.T) {
	b := Curated()
	for _, tc := range []struct {
		text, who string
		code      doc.FindingCode // "" for none
		names     string          // a word the message must contain
	}{
		{"I have seen the future and it works", "H. G. Wells", doc.FindMisattributed, "Lincoln Steffens"},
		{"I have seen the future and it works", "H.G. Wells", doc.FindMisattributed, "Lincoln Steffens"},
		{"I have seen the future and it works", "Wells", doc.FindMisattributed, "Lincoln Steffens"},
		{"I have seen the future and it works", "Lincoln Steffens", "", ""},
		{"I have seen the future and it works", "Joseph Stalin", doc.FindAttributionConflict, "Lincoln Steffens"},
		{"Those who cannot remember the past are condemned to repeat it", "Winston Churchill", doc.FindMisattributed, "George Santayana"},
		{"Those who cannot remember the past are condemned to repeat it", "George Santayana", "", ""},
		{"Be the change that you wish to see in the world", "Gandhi", doc.FindDisputedQuote, "disputed"},
		{"Insanity is doing the same thing over and over again and expecting different results", "Albert Einstein", doc.FindMisattributed, "unknown"},
		{"Imagination is more important than knowledge", "Albert Einstein", "", ""},
		{"Imagination is more important than knowledge", "Isaac Newton", doc.FindAttributionConflict, "Albert Einstein"},
	} {
		f, ok := Judge(tc.who, b.Match(tc.text))
		switch {
		case tc.code == "" && ok:
			t.Errorf("%s: %q: unexpected %s: %s", tc.who, tc.text, f.Code, f.Message)
		case tc.code != "" && (!ok || f.Code != tc.code || !strings.Contains(f.Message, tc.names)):
			t.Errorf("%s: %q: got %v %q, want %s naming %s", tc.who, tc.text, ok, f.Message, tc.code, tc.names)
		}
	}
}

func TestSameName(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"H. G. Wells", "H.G. Wells", true}, {"H. G. Wells", "Herbert George Wells", true}, {"Wells", "H. G. Wells", true},
		{"H. G. Wells", "Orson Welles", false}, {"Mark Twain", "Samuel Clemens", false}, {"Mahatma Gandhi", "Indira Gandhi", false},
		{"", "Wells", false},
	} {
		if got := SameName(tc.a, tc.b); got != tc.want {
			t.Errorf("SameName(%q, %q) = %v", tc.a, tc.b, got)
		}
	}
}

func TestReadJSONL(t *testing.T) {
	in := `{"text":"A line of verse.","author":"Ann Example","status":"sourced","source":"Poems (1990)"}

{"text":"Another line here.","author":"Ann Example"}
`
	var got []Entry
	if err := ReadJSONL(strings.NewReader(in), "jsonl:x", func(e Entry) error { got = append(got, e); return nil }); err != nil {
		t.Fatal(err)
	}
	want := []Entry{
		{Text: "A line of verse.", Author: "Ann Example", Status: Sourced, Source: "Poems (1990)", Origin: "jsonl:x"},
		{Text: "Another line here.", Author: "Ann Example", Status: Attributed, Origin: "jsonl:x"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v", got)
	}
	for _, tc := range []struct{ in, err string }{
		{`{"text":"x y z","author":"A"}` + "\n" + `{"text":`, "line 2"},
		{`{"text":"x y z"}`, "no author"},
		{`{"author":"A"}`, "no text"},
		{`{"text":"x y z","author":"A","status":"maybe"}`, "unknown status"},
		{`[1,2]`, "line 1"},
		{`{"text":"…","author":"A"}`, "no words"},
	} {
		err := ReadJSONL(strings.NewReader(tc.in), "", func(Entry) error { return nil })
		if err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("%q: %v, want %q", tc.in, err, tc.err)
		}
	}
}

func readSample(t *testing.T, name string) []Entry {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var got []Entry
	if err := ReadWikiquote(DumpReader(f), func(e Entry) error { got = append(got, e); return nil }); err != nil {
		t.Fatal(err)
	}
	return got
}

func TestReadWikiquote(t *testing.T) {
	type row struct{ text, author, status, actual string }
	want := []row{
		{"The sea keeps no diary, but it remembers every boat.", "Orla Venn", "sourced", ""},
		{"I write in the morning because the afternoon belongs to doubt.", "Orla Venn", "sourced", ""},
		{"A library is a harbour for ideas that have not yet set sail.", "Orla Venn", "disputed", ""},
		{"Courage is a lantern you light before you know the road.", "Orla Venn", "misattributed", "Tobias Ferren"},
		{"Every ending is a door someone forgot to lock.", "Orla Venn", "misattributed", "Mirela Kosta"},
		{"The tide forgives nothing and forgets everything.", "Orla Venn", "misattributed", ""},
		{"Silence is the only honest review.", "Orla Venn", "unsourced", ""},
		{"Courage is a lantern you light before you know the road.", "Tobias Ferren", "sourced", ""},
	}
	for _, name := range []string{"wikiquote-sample.xml", "wikiquote-sample.xml.bz2"} {
		got := readSample(t, name)
		var rows []row
		for _, e := range got {
			rows = append(rows, row{e.Text, e.Author, string(e.Status), e.ActualAuthor})
		}
		if !reflect.DeepEqual(rows, want) {
			t.Errorf("%s:\n got %q\nwant %q", name, rows, want)
		}
		if len(got) > 0 && (got[0].Source != "The Salt Ledger (1998), ch. 3" || got[0].Evidence[0] != "https://en.wikiquote.org/wiki/Orla_Venn") {
			t.Errorf("%s: source %q evidence %q", name, got[0].Source, got[0].Evidence)
		}
	}
}

func TestReadWikiquoteErrors(t *testing.T) {
	for _, in := range []string{"", "not xml at all", "<html><body>x</body></html>", "<mediawiki><page><title>x"} {
		err := ReadWikiquote(strings.NewReader(in), func(Entry) error { return nil })
		if !errors.Is(err, ErrDump) {
			t.Errorf("%q: %v, want ErrDump", in, err)
		}
	}
}

func TestRealAuthor(t *testing.T) {
	for _, tc := range []struct{ note, want string }{
		{"Actually said by [[Lincoln Steffens]] in 1919.", "Lincoln Steffens"},
		{"Actually written by [[w:Evelyn Beatrice Hall|Evelyn Beatrice Hall]], 1906", "Evelyn Beatrice Hall"},
		{"This was written by H. G. Wells in 1895.", "H. G. Wells"},
		{"Coined by Leonardo da Vinci's pupil", "Leonardo da Vinci"},
		{"It comes from ''The Book of Tides'' (1911).", ""},
		{"No source has been found.", ""},
		{"Actually from [[Rita Mae Brown]]'s novel Sudden Death (1983).", "Rita Mae Brown"},
		{"Really by Ann Landers, in a 1975 column.", "Ann Landers"},
	} {
		if got := realAuthor(tc.note); got != tc.want {
			t.Errorf("realAuthor(%q) = %q, want %q", tc.note, got, tc.want)
		}
	}
}

func TestStore(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "sub", "hearsay.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	im := s.Importer(ctx)
	for _, e := range readSample(t, "wikiquote-sample.xml") {
		if err := im.Add(e); err != nil {
			t.Fatal(err)
		}
	}
	// The same entry again replaces, not duplicates.
	if err := im.Add(Entry{Text: "Silence is the only honest review!", Author: "orla venn", Status: Unsourced}); err != nil {
		t.Fatal(err)
	}
	if err := im.Close(); err != nil {
		t.Fatal(err)
	}
	n, err := s.Count(ctx)
	if err != nil || n != 8 {
		t.Fatalf("count %d, %v; want 8", n, err)
	}
	var mode string
	if err := s.db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal mode %q, %v", mode, err)
	}
	var v string
	if err := s.db.QueryRowContext(ctx, "SELECT value FROM quotebase_meta WHERE key = 'schema_version'").Scan(&v); err != nil || v != "1" {
		t.Errorf("schema version %q, %v", v, err)
	}
	s.Close()
	b, err := Load(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if b.Len() != Curated().Len()+8 {
		t.Errorf("loaded %d entries", b.Len())
	}
	f, ok := Judge("Orla Venn", b.Match("Courage is a lantern you light before you know the road"))
	if !ok || f.Code != doc.FindMisattributed || !strings.Contains(f.Message, "Tobias Ferren") {
		t.Errorf("got %v %+v", ok, f)
	}
	// A database from a newer Hearsay is refused.
	s, _ = Open(ctx, path)
	s.db.ExecContext(ctx, "UPDATE quotebase_meta SET value = '99' WHERE key = 'schema_version'")
	s.Close()
	if _, err := Open(ctx, path); !errors.Is(err, ErrSchema) {
		t.Errorf("newer schema: %v", err)
	}
	// No database at all: the curated table.
	if b, err := Load(ctx, filepath.Join(t.TempDir(), "none.db")); err != nil || b.Len() != Curated().Len() {
		t.Errorf("missing database: %v", err)
	}
}

func TestDefaultPath(t *testing.T) {
	t.Setenv("HEARSAY_DB", "/x/h.db")
	if p, _ := DefaultPath(); p != "/x/h.db" {
		t.Errorf("HEARSAY_DB: %q", p)
	}
	t.Setenv("HEARSAY_DB", "")
	t.Setenv("XDG_DATA_HOME", "/data")
	if p, _ := DefaultPath(); p != "/data/hearsay/hearsay.db" {
		t.Errorf("XDG_DATA_HOME: %q", p)
	}
}

func FuzzReadWikiquote(f *testing.F) {
	seed, _ := os.ReadFile("testdata/wikiquote-sample.xml")
	f.Add(string(seed))
	f.Add("<mediawiki><page><ns>0</ns><revision><text>== Misattributed ==\n* a b c\n** said by [[</text></revision></page></mediawiki>")
	f.Fuzz(func(t *testing.T, in string) {
		ReadWikiquote(strings.NewReader(in), func(e Entry) error {
			if err := e.Validate(); err != nil {
				t.Fatalf("invalid entry %+v: %v", e, err)
			}
			return nil
		})
	})
}

func FuzzPageEntries(f *testing.F) {
	f.Add("Orla Venn", "== Sourced ==\n* The sea [[a|b]] {{c}} <ref>d</ref>\n** ''e''\n== Misattributed ==\n* x y\n** Actually said by [[Z]]")
	f.Add("X (y)", "=== ===\n== ==\n*\n**\n* [[\n* {{{{}}")
	f.Fuzz(func(t *testing.T, title, text string) {
		for _, e := range PageEntries(title, text) {
			if err := e.Validate(); err != nil {
				t.Fatalf("invalid entry %+v: %v", e, err)
			}
		}
	})
}

func FuzzReadJSONL(f *testing.F) {
	f.Add(`{"text":"a b c","author":"A","status":"misattributed","actual_author":"B","evidence":["x"]}`)
	f.Fuzz(func(t *testing.T, in string) {
		ReadJSONL(strings.NewReader(in), "", func(e Entry) error {
			if e.Text == "" || e.Author == "" {
				t.Fatalf("empty entry accepted: %+v", e)
			}
			return nil
		})
	})
}

func TestWords(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"I’ve seen the Future, and it WORKS!", []string{"i've", "seen", "the", "future", "and", "it", "works"}},
		{"don't  stop—'now'", []string{"don't", "stop", "now"}},
		{"H.G. Wells", []string{"h", "g", "wells"}},
		{"primer-level ÉCOLE", []string{"primer", "level", "école"}},
		{"rock’", []string{"rock"}},
		{"", nil},
	} {
		if got := words(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("words(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestMatchConcurrent matches from many goroutines on a base no Match
// has sorted yet, as hearsay serve and analyze --jobs do; run with -race
// it checks that the first sort is not raced.
func TestMatchConcurrent(t *testing.T) {
	b := Curated()
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if len(b.Match("The only thing we have to fear is fear itself")) == 0 {
				t.Error("no match for a curated line")
			}
		})
	}
	wg.Wait()
}
