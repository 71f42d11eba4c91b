package sources

import (
	"cmp"
	"fmt"
	"math/rand"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestAppendLowerWord holds appendLowerWord to lowerWord's answers on
// words of ASCII letters, apostrophes of both kinds and other letters.
func TestAppendLowerWord(t *testing.T) {
	parts := []string{"a", "Z", "k", "'", "’", "É", "ß", "İ", "\xe2\x80", "\xff", "-", "."}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		w := ""
		for k := rng.Intn(6); k >= 0; k-- {
			w += parts[rng.Intn(len(parts))]
		}
		if got, want := string(appendLowerWord([]byte("x"), w)), "x"+lowerWord(w); got != want {
			t.Fatalf("appendLowerWord(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestNameBits holds nameBits to the lists it stands for.
func TestNameBits(t *testing.T) {
	for _, w := range []string{"The", "the", "Dr", "Mr", "Wikipedia", "Daily", "Times", "Russian", "German", "Khrushchev", "É", ""} {
		f := nameBits([]byte(strings.ToLower(w)))
		low := lowerWord(w)
		if got, want := f&isStop != 0, stopWords[low]; got != want {
			t.Errorf("%q stop: %v, want %v", w, got, want)
		}
		if got, want := f&isTitle != 0, titleWords[low]; got != want {
			t.Errorf("%q title: %v, want %v", w, got, want)
		}
		if _, ok := websites[low]; f&isSite != 0 != ok {
			t.Errorf("%q site: %v", w, ok)
		}
		if got, want := f&isPerHead != 0, periodicalHeads[low]; got != want {
			t.Errorf("%q head: %v, want %v", w, got, want)
		}
		if got, want := f&isPerTail != 0, periodicalTails[low] != ""; got != want {
			t.Errorf("%q tail: %v, want %v", w, got, want)
		}
		if languages[w] != "" && f&mayLang == 0 {
			t.Errorf("%q: a language without mayLang", w)
		}
	}
}

// TestUpperCase holds upperCase to strings.ToUpper(w) == w.
func TestUpperCase(t *testing.T) {
	parts := []string{"A", "a", "Z", "1", ".", "É", "é", "ß", "ǅ", "Σ", "\ufffd", "\xff", "\xe2\x80", "’"}
	rng := rand.New(rand.NewSource(3))
	for n := 0; n < 50000; n++ {
		w := ""
		for k := rng.Intn(6); k >= 0; k-- {
			w += parts[rng.Intn(len(parts))]
		}
		if got, want := upperCase(w), strings.ToUpper(w) == w; got != want {
			t.Fatalf("upperCase(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestTokenAt holds tokenAt, which walks from its last answer, to a
// binary search, for positions rising in short and long steps and
// falling now and then.
func TestTokenAt(t *testing.T) {
	d := loadFile(t, "../../examples/ferry-strike.txt")
	b := newBuilder(d)
	rng := rand.New(rand.NewSource(5))
	pos := 0
	for n := 0; n < 5000; n++ {
		switch rng.Intn(6) {
		case 0:
			pos = rng.Intn(len(d.Text) + 10)
		case 1:
			pos += rng.Intn(2000)
		default:
			pos += rng.Intn(30)
		}
		want := sort.Search(len(d.Tokens), func(i int) bool { return int(d.Tokens[i].Start) >= pos })
		if got := b.tokenAt(pos); got != want {
			t.Fatalf("tokenAt(%d) = %d, want %d", pos, got, want)
		}
	}
}

// TestSweepOutOfOrder checks that the sweep gives the same facts when
// asked for tokens in random order as when asked in text order.
func TestSweepOutOfOrder(t *testing.T) {
	d := loadFile(t, "../../examples/ferry-strike.txt")
	want := make([]tokInfo, len(d.Tokens))
	b := newBuilder(d)
	for i := range d.Tokens {
		want[i] = b.sweep.at(d, i)
	}
	b = newBuilder(d)
	rng := rand.New(rand.NewSource(6))
	for n := 0; n < 300; n++ {
		i := rng.Intn(len(d.Tokens))
		if got := b.sweep.at(d, i); got != want[i] {
			t.Fatalf("token %d out of order: %+v, want %+v", i, got, want[i])
		}
	}
}

// TestNormSpace holds normSpace to strings.Join(strings.Fields(s), " ")
// on random strings of words, spaces of every kind and broken UTF-8.
func TestNormSpace(t *testing.T) {
	parts := []string{"a", "Pell", " ", " ", "  ", "\t", "\n", "\r", "\v", "\f", "\u00a0", "\u0085", "\u2003", "\u3000", "–", "“", "\xff", "\xe2\x80", ",", "."}
	rng := rand.New(rand.NewSource(13))
	for n := 0; n < 50000; n++ {
		var b strings.Builder
		for k := rng.Intn(8); k >= 0; k-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		s := b.String()
		if got, want := normSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("normSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestCapitalised holds capitalised to unicode.IsUpper of the first rune
// for every ASCII byte, broken UTF-8 and letters outside ASCII.
func TestCapitalised(t *testing.T) {
	words := []string{"", "\xff", "\xc3", "É", "é", "Ω", "ω", "ǅ", "Ⅻ"}
	for c := 0; c < 128; c++ {
		words = append(words, string(rune(c))+"x")
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if got, want := capitalised(w), unicode.IsUpper(r); got != want {
			t.Errorf("capitalised(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestVagueGate holds vaguePhrase's first test to the phrases: the
// second word of every phrase of two words or more is in vagueSeconds,
// and the first of every phrase of one in vagueOneWord; and the phrases
// are found, with exact spans, where the test passes and where it is
// not asked, and not found before a word that is no phrase's second.
func TestVagueGate(t *testing.T) {
	for _, ps := range vague {
		for _, p := range ps {
			if len(p) < 2 && !vagueOneWord.Maybe(p[0]) {
				t.Errorf("%v: one word, not in vagueOneWord", p)
			}
			if len(p) >= 2 && !vagueSeconds.Maybe(p[1]) {
				t.Errorf("%v: second word not in vagueSeconds", p)
			}
		}
	}
	for _, tc := range []struct{ text, want string }{
		{"Some say the ferry will sail again.", "Some say"},
		{"Critics argue that the levy is too high.", "Critics argue"},
		{"Some ferries will sail again.", ""},
		{"Some, say the crews, will sail.", ""},
		{"Officials said the port would close.", "Officials said"},
		{"The port, according to local sources, will close.", "local sources"},
	} {
		if got := vagueMention(t, tc.text); got != tc.want {
			t.Errorf("%q: vague mention %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestWordsScore holds wordsScore, with its one-word fast path, to
// nameScore of the words joined, on random names: initials with and
// without stops, words outside ASCII, white space of both kinds inside
// a word, control characters and empty words.
func TestWordsScore(t *testing.T) {
	pieces := []string{"A", "A.", "L.M", "Ada", "Moss", "ada", "É.", "Élise", "J", "\u00a0", " ", "\t", "\x01", "", "O'Neill", "Smith-Jones", "x."}
	rng := rand.New(rand.NewSource(9))
	for n := 0; n < 20000; n++ {
		words := make([]string, rng.Intn(5))
		for k := range words {
			var b strings.Builder
			for range rng.Intn(3) {
				b.WriteString(pieces[rng.Intn(len(pieces))])
			}
			words[k] = b.String()
		}
		gn, gl := wordsScore(words)
		wn, wl := nameScore(strings.Join(words, " "))
		if gn != wn || gl != wl {
			t.Fatalf("wordsScore(%q) = %d, %d; nameScore of them joined %d, %d", words, gn, gl, wn, wl)
		}
	}
}

// TestLoneStopAt holds the scan's fast path to name: wherever
// loneStopAt passes over a token, name would have recorded nothing and
// read on after that token. The texts have sentences that open with a
// stop word alone, with one before a name ("In Paris"), over particles
// ("Of van Gogh"), as an initial ("A. Smith") and as a title named
// earlier.
func TestLoneStopAt(t *testing.T) {
	texts := []string{
		"The ferry was late. But In Paris the crew struck. Of van Gogh little was said. A. Smith wrote. It rained.",
		"She read *It* twice. It was long. The Times said so. Then Daily Mail readers agreed. May Jones left in May.",
	}
	d := loadFile(t, "../../examples/ferry-strike.txt")
	docs := []*doc.Document{d}
	for i, s := range texts {
		docs = append(docs, build(t, fmt.Sprintf("t%d.md", i), []byte(s)))
	}
	passed := 0
	for _, d := range docs {
		b := newBuilder(d)
		b.markupWorks()
		for i, tok := range d.Tokens {
			low, plain := d.LowerOf(tok)
			if !plain || b.isClaimed(i) || !capitalised(b.text(i)) || !loneStops[low] || !b.loneStopAt(i, b.text(i), low) {
				continue
			}
			passed++
			nm, nc := len(b.mentions), b.cands.len()
			by, noun := lastWord{i: -1}, lastWord{i: -1}
			site, para := named{}, int32(-1)
			if end, ok := b.name(i, by, noun, &site, &para); end != i || !ok || len(b.mentions) != nm || b.cands.len() != nc {
				t.Errorf("%q at %d: name read to %d (%v), %d mentions, %d candidates added",
					b.text(i), i, end, ok, len(b.mentions)-nm, b.cands.len()-nc)
			}
		}
	}
	if passed == 0 {
		t.Fatal("no token passed over")
	}
}

// TestActiveFilter checks that nextActive's filter and its table of
// lengths hold every word of scanWords, so that it passes over none the
// scan must read, and that the filter turns most other words away.
func TestActiveFilter(t *testing.T) {
	maybe := func(w string) bool {
		return scanActive.maybe(w[0], w[len(w)>>1], w[len(w)-1], len(w))
	}
	for w := range scanWords {
		if !maybe(w) {
			t.Errorf("scanWords holds %q; the filter does not", w)
		}
		if firstLens[w[0]]>>(len(w)&31)&1 == 0 {
			t.Errorf("scanWords holds %q; firstLens does not", w)
		}
	}
	rng := rand.New(rand.NewSource(1))
	passed := 0
	const n = 20000
	for range n {
		b := make([]byte, 1+rng.Intn(14))
		for k := range b {
			b[k] = byte('a' + rng.Intn(26))
		}
		if _, ok := scanWords[string(b)]; !ok && maybe(string(b)) {
			passed++
		}
	}
	if passed > n/50 {
		t.Errorf("%d of %d random words pass the filter", passed, n)
	}
}

// TestToLower holds toLower to strings.ToLower: every rune of the
// General Punctuation block alone, and random strings of ASCII, those
// marks, other letters, the neighbours of the block and broken UTF-8.
func TestToLower(t *testing.T) {
	for r := rune(0x1FF0); r <= 0x2080; r++ {
		for _, s := range []string{string(r), "A" + string(r) + "b", string(r) + "Q"} {
			if got, want := toLower(s), strings.ToLower(s); got != want {
				t.Fatalf("toLower(%q) = %q, want %q", s, got, want)
			}
		}
	}
	pieces := []string{"A", "z", "Q", " ", "1", ":", "–", "—", "“", "”", "‘", "’", "…", "\u206f", "\u2070", "\u2071",
		"é", "É", "Σ", "İ", "\xe2", "\xe2\x80", "\xe2\x81\xb0", "\x80", "\xff", "The ", "Minutes"}
	rng := rand.New(rand.NewSource(11))
	for range 50000 {
		var b strings.Builder
		for range rng.Intn(8) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		if got, want := toLower(s), strings.ToLower(s); got != want {
			t.Fatalf("toLower(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestTitleAgainKey holds titleAgain's answer from name's key to its
// answer from the lower-cased text of the span, on titles named in
// markup and met again with one space, two, a no-break space, a leading
// "The", possessives with either apostrophe, particles and capitals
// outside ASCII.
func TestTitleAgainKey(t *testing.T) {
	texts := []string{
		"She read the novel *Long Road Home* twice. The Long Road Home was long. Long Road Home's end came. Long  Road Home ended.\n",
		"We saw the film *House of Cards* and the book *Élan Vital* again. House of Cards won. ÉLAN VITAL lost. Élan Vital’s score rose. House\u00a0of Cards fell.\n",
		"They quoted the book *Red Harbour Tales* at length. Red Harbour Tales's critics and Red Harbour Tales’s fans met. The Red Harbour Tales sold.\n",
	}
	for i, s := range texts {
		name := fmt.Sprintf("t%d.md", i)
		titleFromKey = true
		fast := build(t, name, []byte(s))
		titleFromKey = false
		slow := build(t, name, []byte(s))
		titleFromKey = true
		works := 0
		for _, src := range fast.Sources {
			if src.Type == doc.SourceWork {
				works += len(src.Mentions)
			}
		}
		if works < 2 {
			t.Errorf("%q: %d mentions of works, want the titles met again", s, works)
		}
		if fmt.Sprint(fast.Sources) != fmt.Sprint(slow.Sources) {
			t.Errorf("%q: sources from the key\n%v\nfrom the span\n%v", s, fast.Sources, slow.Sources)
		}
	}
}

// TestWorkClass holds workClass to its words split by strings.FieldsFunc
// at every rune that is no letter, on random titles of ASCII letters,
// marks, spaces, other letters and broken UTF-8.
func TestWorkClass(t *testing.T) {
	want := func(lower string) (doc.SourceClass, bool) {
		for _, w := range strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if c, ok := workNouns[w]; ok {
				return c, true
			}
		}
		return "", false
	}
	parts := []string{"book", "memoirs", "post", "the", "a", " ", "-", "’", "é", "ß", "\xff", "\xe2\x80", "1931", "Book", "diary", "x"}
	rng := rand.New(rand.NewSource(7))
	for range 50000 {
		var b strings.Builder
		for k := rng.Intn(7); k >= 0; k-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		s := b.String()
		gc, gok := workClass(s)
		wc, wok := want(s)
		if gc != wc || gok != wok {
			t.Fatalf("workClass(%q) = %q, %v; want %q, %v", s, gc, gok, wc, wok)
		}
	}
}

// TestIsThe holds isThe to strings.EqualFold(w, "the") on the spellings
// of "the" and random strings of letters that fold near its own.
func TestIsThe(t *testing.T) {
	parts := []string{"t", "T", "h", "H", "e", "E", "\u212a", "\u017f", "é", "x", "\xff"}
	rng := rand.New(rand.NewSource(8))
	for range 50000 {
		var b strings.Builder
		for k := rng.Intn(4); k >= 0; k-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		w := b.String()
		if got, want := isThe(w), strings.EqualFold(w, "the"); got != want {
			t.Fatalf("isThe(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestSortSpans holds sortSpans to slices.SortStableFunc on lists nearly
// in order, in random order and in reverse (which passes the budget of
// moves), with many starts equal.
func TestSortSpans(t *testing.T) {
	rng := rand.New(rand.NewSource(9))
	for n := range 3000 {
		size := rng.Intn(200)
		qs := make([]qspan, size)
		for k := range qs {
			switch n % 3 {
			case 0:
				qs[k].Start = k + rng.Intn(5) - 2
			case 1:
				qs[k].Start = rng.Intn(20)
			default:
				qs[k].Start = size - k
			}
			qs[k].q = int32(k)
		}
		want := slices.Clone(qs)
		slices.SortStableFunc(want, func(a, b qspan) int { return cmp.Compare(a.Start, b.Start) })
		sortSpans(qs)
		if !slices.Equal(qs, want) {
			t.Fatalf("sortSpans: %v, want %v", qs, want)
		}
	}
}

// TestFastTable holds each fastTable to the map it was made from, for
// every word of the map, those words cut short or lengthened, and random
// words, as strings and as bytes.
func TestFastTable(t *testing.T) {
	check := func(name string, m map[string]scanFlags, tab *fastTable[scanFlags]) {
		words := []string{"", "a", "zz", strings.Repeat("q", 300)}
		for w := range m {
			words = append(words, w, w+"s", w[:len(w)/2], "x"+w)
		}
		rng := rand.New(rand.NewSource(10))
		for range 20000 {
			b := make([]byte, 1+rng.Intn(12))
			for k := range b {
				b[k] = byte('a' + rng.Intn(26))
			}
			words = append(words, string(b))
		}
		for _, w := range words {
			want, wok := m[w]
			got, ok := tab.get(w)
			gotB, okB := tab.getBytes([]byte(w))
			if got != want || ok != wok || gotB != want || okB != wok {
				t.Fatalf("%s: %q: get %v, %v; getBytes %v, %v; want %v, %v", name, w, got, ok, gotB, okB, want, wok)
			}
		}
	}
	scan := map[string]scanFlags{}
	for w, f := range scanWords {
		scan[w] = f
	}
	for w := range loneStops {
		scan[w] |= isLoneStop
	}
	check("scanTable", scan, scanTable)
	names := map[string]scanFlags{}
	for w, f := range nameLists {
		names[w] = scanFlags(f)
	}
	check("nameTable", names, newFastTable(names))
}

// vagueMention is the first mention of the last vague source found in
// the one-line text, or "".
func vagueMention(t *testing.T, text string) string {
	t.Helper()
	d := build(t, "t.txt", []byte(text+"\n"))
	got := ""
	for _, s := range d.Sources {
		if s.Vague {
			got = d.Slice(s.Mentions[0])
		}
	}
	return got
}
