package claim

import (
	"math/rand"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestP8ByStart holds p8ByStart to a stable sort by start, over lists
// of runs already sorted, as each source's mentions are, and of starts
// that need one byte, two or three.
func TestP8ByStart(t *testing.T) {
	rng := rand.New(rand.NewSource(8))
	for n := 0; n < 2000; n++ {
		size := rng.Intn(300)
		if n%100 == 0 {
			size = 20000
		}
		span := []int{200, 60000, 1 << 24}[n%3]
		ms := make([]mention, size)
		for i := range ms {
			s := rng.Intn(span)
			ms[i] = mention{Span: doc.Span{Start: s, End: s + 1}, source: i} // source tells ties apart
		}
		if n%2 == 0 {
			for lo := 0; lo < size; lo += 1 + rng.Intn(50) {
				hi := min(size, lo+1+rng.Intn(50))
				slices.SortStableFunc(ms[lo:hi], func(a, b mention) int { return a.Start - b.Start })
			}
		}
		want := slices.Clone(ms)
		slices.SortStableFunc(want, func(a, b mention) int { return a.Start - b.Start })
		if !p8ByStart(ms) {
			t.Fatal("p8ByStart refused starts that fit")
		}
		if !slices.Equal(ms, want) {
			t.Fatalf("size %d: p8ByStart's order differs from a stable sort's", size)
		}
	}
}

// TestP8MentionOrder holds the claims made with the mentions sorted by
// p8ByStart (put in sortMentions's order only where a claim shows it:
// see newIndex) to those made with sortMentions's order from the
// start, over texts whose sources' mentions often start together: a
// person and a work that starts with the name, two works, vague
// sources of different lengths, and words that attribute ("said") near
// them. It also checks that such texts make claims whose sources show
// the order, so that the fallback is tried.
func TestP8MentionOrder(t *testing.T) {
	defer func() { lazyOrder = true }()
	words := strings.Fields("the harbour board said that Okafor wrote a calendar of minutes and experts say the strike never happened according to Pell who said it was a ferry")
	types := []doc.SourceType{doc.SourcePerson, doc.SourceWork, doc.SourceOrganisation, doc.SourcePeriodical}
	rng := rand.New(rand.NewSource(18))
	shown := 0
	for n := 0; n < 400; n++ {
		var b strings.Builder
		for s := 0; s < 4+rng.Intn(30); s++ {
			k := 3 + rng.Intn(14)
			for i := 0; i < k; i++ {
				w := words[rng.Intn(len(words))]
				if i == 0 {
					w = strings.ToUpper(w[:1]) + w[1:]
				} else {
					b.WriteByte(' ')
				}
				b.WriteString(w)
			}
			b.WriteString(". ")
		}
		text := b.String()
		make := func() *doc.Document {
			d := segmented(t, text)
			var ws []doc.Span
			for _, tk := range d.Tokens {
				if tk.Kind == doc.TokenWord {
					ws = append(ws, tk.Span())
				}
			}
			r := rand.New(rand.NewSource(int64(n)))
			for s := 0; s < 2+r.Intn(12); s++ {
				src := doc.Source{Name: "s", Type: types[r.Intn(len(types))], Vague: r.Intn(5) == 0}
				at := 0
				for m := 0; m < 1+r.Intn(40) && at < len(ws); m++ {
					at += r.Intn(8)
					if at >= len(ws) {
						break
					}
					end := min(len(ws)-1, at+r.Intn(3))
					src.Mentions = append(src.Mentions, doc.Span{Start: ws[at].Start, End: ws[end].End})
				}
				d.Sources = append(d.Sources, src)
			}
			return d
		}
		lazyOrder = false
		exact := make()
		Detect(exact)
		lazyOrder = true
		lazy := make()
		Detect(lazy)
		if !reflect.DeepEqual(lazy.Claims, exact.Claims) {
			t.Fatalf("text %d: the claims differ with the mentions sorted by p8ByStart:\n%q", n, text)
		}
		// Would the stable order have shown? Made again, sorted by
		// p8ByStart alone, with no fallback.
		x := &index{mentions: appendMentions(nil, lazy)}
		p8ByStart(x.mentions)
		y := &index{mentions: appendMentions(nil, lazy)}
		sortMentions(y.mentions)
		if !slices.Equal(x.mentions, y.mentions) {
			for i := range lazy.Claims {
				c := &lazy.Claims[i]
				if len(c.Sources) > 1 {
					shown++
					break
				}
			}
		}
	}
	if shown < 20 {
		t.Fatalf("only %d texts whose orders differ and whose claims have two sources or more: the test tries too little", shown)
	}
}
