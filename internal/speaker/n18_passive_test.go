package speaker

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestN18Passives checks the passives n18_passive.go reads: a decision,
// a naming or a wish with its source after "by", a passive of reporting
// whose subject stands before a parenthesis, a share as the source, a
// reduced relative after a comma or on a noun, a question put by the
// source, a source adjunct ("by one estimate"). Each case gives the
// exact words of the content (Words joins two spans with " … ") and the
// mention of the source.
func TestN18Passives(t *testing.T) {
	for _, c := range []struct{ text, words, mention, cue string }{
		// judgements on a ruling or a view
		{"Her ruling on the ferry fares was overturned by an appeals court, and the case went no further.", "Her ruling on the ferry fares", "an appeals court", "overturned"},
		{"The survey was led by Ann Reed, whose findings were seconded by the Harbour Institute.", "whose findings", "the Harbour Institute", "seconded"},
		{"Ed Moss lost again. The ruling upheld by the state court in May stands.", "The ruling", "the state court", "upheld"},
		{"Pier funds, first rejected by the council in 1998, may now borrow against their rents.", "Pier funds", "the council", "rejected"},
		// a comma's parenthesis before the auxiliaries
		{"For a time, plans to rebuild the old pier, where the ferries once docked, were rejected by the council.", "plans to rebuild the old pier, where the ferries once docked", "the council", "rejected"},
		{"Ed Moss, meanwhile, is endorsed by far fewer unions.", "Ed Moss", "far fewer unions", "endorsed"},
		// naming, with its complement, past a dash's apposition
		{"Ann Ortiz — harbour master and radio host — has been called a menace by rival doctors for her rules.", "Ann Ortiz — harbour master and radio host … a menace", "rival doctors", "called"},
		// a share of a group
		{"Asked about the pier, Ortiz was supported by 54 percent of those polled, while Moss had 40 percent.", "Ortiz", "54 percent of those polled", "supported"},
		{"She was labelled a danger to shipping by the harbour master's critics.", "She … a danger to shipping", "the harbour master's critics", "labelled"},
		// a question put by the source
		{"When pressed by the host about how she would pay for the pier, Ortiz changed the subject.", "how she would pay for the pier", "the host", "pressed"},
		{"She was asked by reporters whether the ferry would run in winter, and she shrugged.", "whether the ferry would run in winter", "reporters", "asked"},
		// a source adjunct of reckoning
		{"By Ann Reed's own admission, her ferries are older than the pier.", "her ferries are older than the pier", "Ann Reed's", "By"},
		{"Some 4,000 boats use the harbour each summer, by one estimate.", "Some 4,000 boats use the harbour each summer", "one estimate", "by"},
		// a wish
		{"Repairs fall short of the standards desired by the Harbour Board.", "the standards", "the Harbour Board", "desired"},
	} {
		d := run(t, c.text)
		q := find(d, c.words)
		if q == nil || q.Words(d.Text) != c.words {
			var got []string
			for i := range d.Quotes {
				got = append(got, d.Quotes[i].Words(d.Text))
			}
			t.Errorf("%q: no quotation %q (have %q)", c.text, c.words, got)
			continue
		}
		if m := q.Speaker.Mention; m.End <= m.Start || d.Text[m.Start:m.End] != c.mention {
			t.Errorf("%q: speaker %q, want %q", c.text, q.Speaker.Name, c.mention)
		}
		if q.Cue.End <= q.Cue.Start || d.Text[q.Cue.Start:q.Cue.End] != c.cue {
			t.Errorf("%q: cue %q, want %q", c.text, d.Text[q.Cue.Start:q.Cue.End], c.cue)
		}
	}
	// No source after "by", a verb of doing, or an active voice: no
	// quotation with such a speaker or cue.
	for _, c := range []struct{ text, cue string }{
		{"The harbour plan was seconded by a wide margin.", "seconded"},
		{"The rule was overturned by 2020 at the latest.", "overturned"},
		{"The rota was upheld by cutting the night shifts.", "upheld"},
		{"The ferry passed the pier at noon and the crew waved.", "passed"},
		{"The harbour was deemed safe by noon.", "deemed"},
		{"The old pier, damaged by the storm, was closed by the council.", "damaged"},
		{"Ed Moss was called a hero by the sea.", "called"},
		{"The dog was pressed by the crowd against the rail.", "pressed"},
		{"She asked by phone about the fares, and got no answer.", "asked"},
		{"By some measures, the harbour is the safest on the coast.", "By"},
		{"The fare vote was won by a wide margin, by the way.", "by"},
		{"The pier stood for a century by every account we have of it.", "by"},
		{"The boat, called Sea Lark by its crew, sank in May.", "called"},
		{"By Tuesday's count, six boats were lost.", "By"},
		// acts, not reports (TestReviewedIndirect)
		{"The harbour bill was passed by the Senate on Friday.", "passed"},
		{"Three of the pilots were appointed by the governor.", "appointed"},
		{"The pier funds, first authorized by the council in 1998, are spent.", "authorized"},
	} {
		d := run(t, c.text)
		for i := range d.Quotes {
			q := &d.Quotes[i]
			if q.Cue.End > q.Cue.Start && strings.EqualFold(d.Text[q.Cue.Start:q.Cue.End], c.cue) {
				t.Errorf("%q: %q read with the cue %q, speaker %q", c.text, q.Words(d.Text), c.cue, q.Speaker.Name)
			}
		}
	}
}

// TestN18AgentTails checks that the mention of a passive's agent after
// "by" takes in the modifier that follows it to the end of its clause:
// a participle in -ing, past the stop of a title ("Mrs.") and up to a
// comma before a clause ("…, as expected"). A relative clause with no
// relative word, a modifier that does not follow the mention at once,
// or a mention with none, is left as it is.
func TestN18AgentTails(t *testing.T) {
	for _, c := range []struct{ text, words, mention string }{
		{"The plan was endorsed by unions ranging from Mrs. Reed's crews to the dockers, as expected.", "The plan", "unions ranging from Mrs. Reed's crews to the dockers"},
		{"Her views were echoed by a number of pilots I spoke to this week about the fares.", "Her views", "a number of pilots I spoke to"},
		{"The mayor has been endorsed by dozens of papers ranging from the Gazette to such rivals as the Herald, the Post and the Star.", "The mayor", "dozens of papers ranging from the Gazette to such rivals as the Herald, the Post and the Star"},
		{"The plan was criticized by the harbour board on Monday, ending a month of talks.", "The plan", "the harbour board"},
	} {
		d := run(t, c.text)
		q := find(d, c.words)
		if q == nil || q.Words(d.Text) != c.words {
			t.Errorf("%q: no quotation %q", c.text, c.words)
			continue
		}
		if m := q.Speaker.Mention; m.End <= m.Start || d.Text[m.Start:m.End] != c.mention {
			t.Errorf("%q: mention %q, want %q", c.text, d.Text[m.Start:m.End], c.mention)
		}
	}
}

// n18PassiveText is n paragraphs each with a quotation, passives the
// round reads and an agent with a tail in -ing.
func n18PassiveText(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "“We will sail on time,” Ann Moss%d said on Friday. Her ruling was overturned by an appeals court, and the plan was called a fraud by rival doctors. His view was seconded by dozens of papers ranging from the Gazette to the Courier.\n\n", i)
	}
	return b.String()
}

// TestN18Linear checks that the round's time grows linearly with the
// text: each passive asks about the quotations around it, never all of
// them, and reads its sentence's tokens from the index (tokenize would
// lower-case the whole text again for each sentence).
func TestN18Linear(t *testing.T) {
	checkLinear(t, "passives with agents", n18PassiveText, 100)
}

// TestN18HasBy checks the sentence filter against the plain test it
// stands for, on sentences inside a longer text (the sites before and
// after them are the text's).
func TestN18HasBy(t *testing.T) {
	for _, s := range []string{"", "by", "by the way", "By the way", "Byron said", "It was seen by all.", "a lobby ran", "stand by", "stand by ", "hobby by law", "x  by y", "nearby  hobby by", "BY the way, by", "a by-law by\nthe pier", "Elsby by ", "abby by"} {
		for _, around := range [][2]string{{"", ""}, {"by ", " by "}, {"He stood by. ", " by the pier"}} {
			text := around[0] + s + around[1]
			lo, hi := len(around[0]), len(around[0])+len(s)
			sites := n18Sites(doc.LowerASCII(text))
			k := sort.SearchInts(sites, lo)
			want := strings.Contains(s, " by ") || strings.HasPrefix(s, "By ")
			if got := n18HasByAt(text, sites[k:], lo, hi); got != want {
				t.Errorf("n18HasByAt(%q in %q) = %v, want %v", s, text, got, want)
			}
		}
	}
}

// TestN18Participles checks what n18MayRead takes for granted of the
// participles of n18_passive.txt: each ends in "d".
func TestN18Participles(t *testing.T) {
	for w := range n18Words {
		if !strings.HasSuffix(w, "d") {
			t.Errorf("%q does not end in \"d\"", w)
		}
	}

}

// TestN18Sites checks n18Sites against a search of every offset.
func TestN18Sites(t *testing.T) {
	for _, s := range []string{"", "b", "by", "bby", "byb", "abyby", "b y by", "lobby by bay", "yb", "xxxxb"} {
		var want []int
		for i := 0; i+2 <= len(s); i++ {
			if s[i:i+2] == "by" {
				want = append(want, i)
			}
		}
		if got := n18Sites(s); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("n18Sites(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestN18ByLex checks that "by" has a lexicon entry of its own, which
// n18MayRead compares tokens' entries with (entry 0 is that of every
// word in no list), and that the tokens of a text with that entry are
// its words "by" and no others.
func TestN18ByLex(t *testing.T) {
	if n18ByLex == 0 {
		t.Fatal("\"by\" has no lexicon entry")
	}
	text := "By the pier, a boy stood by. Bye, by-law, BY, bY, be, my, of, to, buy, abby."
	for _, tk := range tokenize(text, 0, len(text)) {
		if (tk.lex == n18ByLex) != (tk.low == "by") {
			t.Errorf("%q has entry %d, \"by\" %d", tk.low, tk.lex, n18ByLex)
		}
	}
}

// TestN18AgentAfterPreposition: an agent the reader starts after a
// preposition-like word ("by one In Jones": it starts at "Jones") is
// not cut at a preposition before its own first word, which made its
// span end before it began.
func TestN18AgentAfterPreposition(t *testing.T) {
	for _, text := range []string{"It was deemed unsafe by one In Jones.", "It was called a fraud by By Jones.", "It was deemed unsafe by"} {
		d := ready(t, text)
		Attribute(d)
		for _, q := range d.Quotes {
			m := q.Speaker.Mention
			if m.Start > m.End || m.End > len(text) || q.Start > q.End {
				t.Errorf("%q: quotation %+v has an inverted span", text, q)
			}
		}
	}
}
