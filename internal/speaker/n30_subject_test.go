package speaker

import (
	"os"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestN30Subjects checks that a mention that cannot be its cue's
// subject is mended: an adverb gives way to the pronoun beside it or to
// no speaker (an indirect reading then goes), a code token and a
// prepositional object to no speaker, the object of a "who" clause to
// the phrase the clause hangs on, a quantifier's "of" object to the
// whole phrase, and a head with a contact clause to the clause's
// subject. And that mentions that are subjects are left alone: a
// surname that is also an adverb, a relative clause set off by commas,
// a colon's label, a participle's subject, a phrase with its own "the".
func TestN30Subjects(t *testing.T) {
	for _, c := range []struct {
		text, quote string
		mention     string // "" : no speaker
		gone        bool   // the reading is dropped
	}{
		// An adverb: the pronoun beside it, or no one.
		{"We thus asked the riders how often they take the late boat.", "the riders how often", "We", false},
		{"More importantly to the crews, I argued for a new pier and told the board that the fares were too high.", "that the fares were too high", "I", false},
		{"The ferry line was sold in spring 2010. Nearly one year later, the old line (from which the new one was split) was cut loose from the council and found a new home as a museum. It was a good move.", "a new home as a museum", "", true},
		{"If you have any questions, please write to me.\n\nThanks, \nAnn Ortiz (fleet lead), \non behalf of the captains, project leads to the board, and the new pilots.", "leads to the board", "", true},
		{"Yes. He is not like the rest. Like calling Ann, “just another sailor”.\n\nAlright, that is fair.", "just another sailor", "", false},
		// A code token.
		{"Ann Reed: \"Back in 2015, while I was\nteaching a class on Rust, and explaining &T, I had someone from the\naudience, an old hand, say \"but what about shared state\"; and I froze.", "but what about shared state", "", false},
		// The object of a "who" clause.
		{"Around 40% of riders who told us they no longer take the ferry said that the fares were the reason.", "that the fares were the reason", "Around 40% of riders", false},
		{"Those who only heard of the plan in the spring (understandably) believed the pier would close.", "the pier would close", "Those", false},
		{"However, almost a third of drivers who consider the toll to be a heavy burden said that they avoid the bridge.", "that they avoid the bridge", "almost a third of drivers", false},
		// A quantifier's "of" object; a contact clause's head.
		{"Approximately 60% of riders say that they take the early boat.", "that they take the early boat", "Approximately 60% of riders", false},
		{"Those are the things riders say they want from the new ferry.", "they want from the new ferry", "riders", false},
		{"Those are the kinds of things riders say they hate about the old ferry.", "they hate about the old ferry", "riders", false},
		// Not: subjects as they are.
		{"Thomas More said the plan was sound.", "the plan was sound", "Thomas", false},
		{"Ann Ortiz, who runs the ferry board, said the fares would rise.", "the fares would rise", "Ann Ortiz, who runs the ferry board,", false},
		{"A lesson from Ann Ortiz: \"Keep the pier open.\"", "Keep the pier open.", "Ann Ortiz", false},
		{"The ad shows footage of Ann Ortiz saying the fares are fair.", "footage of Ann Ortiz", "The ad", false},
		{"Some of the captains in the harbour said the storm would pass.", "the storm would pass", "Some of the captains in the harbour", false},
	} {
		d := run(t, c.text)
		q := find(d, c.quote)
		if c.gone {
			if q != nil {
				t.Errorf("%q: reading %q kept, speaker %q; want it gone", c.text, c.quote, q.Speaker.Name)
			}
			continue
		}
		if q == nil {
			t.Errorf("%q: no quotation %q", c.text, c.quote)
			continue
		}
		m := d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End]
		if c.mention == "" {
			if q.Speaker.Name != "" {
				t.Errorf("%q: speaker %q (%q), want none", c.text, q.Speaker.Name, m)
			}
			continue
		}
		if m != c.mention || q.Speaker.Name == "" {
			t.Errorf("%q: mention %q name %q, want %q", c.text, m, q.Speaker.Name, c.mention)
		}
	}
}

// TestN30Readers checks the readers on their own: adverbs, code
// tokens, the gap between a mention and its cue, and contact heads.
func TestN30Readers(t *testing.T) {
	for _, c := range []struct {
		w, after string
		want     bool
	}{
		{"thus", " asked", true}, {"Nearly", " one year", true}, {"More", " importantly, I", true},
		{"More", " said the plan", false}, {"more", " said", true}, {"Ann", " said", false}, {"thus far", "", false},
	} {
		if got := n30AdverbWord(c.w, c.after); got != c.want {
			t.Errorf("n30AdverbWord(%q, %q) = %v, want %v", c.w, c.after, got, c.want)
		}
	}
	for _, c := range []struct {
		text       string
		start, end int
		want       bool
	}{
		{"explaining &T, I", 12, 13, true}, {"the `Ann` field", 5, 8, true},
		{"use `x` and `y` so Ann said", 19, 22, false}, {"the ` mark then Ann said", 16, 19, true},
		{"Ann said", 0, 3, false},
	} {
		if got := n30Code(c.text, doc.Span{Start: c.start, End: c.end}); got != c.want {
			t.Errorf("n30Code(%q, %d) = %v, want %v", c.text, c.start, got, c.want)
		}
	}
	for g, want := range map[string]bool{" ": true, " (understandably) ": true, ", plainly, ": true, " of the board ": false, "": true} {
		if got := n30Gap(g); got != want {
			t.Errorf("n30Gap(%q) = %v, want %v", g, got, want)
		}
	}
	for _, c := range []struct{ mention, want string }{
		{"the things people", "people"}, {"everything he", "he"}, {"the thing", ""}, {"the plans of the board", ""},
	} {
		s, ok := n30Contact(c.mention, doc.LowerASCII(c.mention), doc.Span{Start: 0, End: len(c.mention)})
		got := ""
		if ok {
			got = c.mention[s.Start:s.End]
		}
		if got != c.want {
			t.Errorf("n30Contact(%q) = %q, want %q", c.mention, got, c.want)
		}
	}
}

// TestN30TheyWrapped checks that a "they" after "said" and a line break
// means the subject of "said", as it does after a space, and that a
// "they" after a line break with no verb of saying before it is left to
// the resolver.
func TestN30TheyWrapped(t *testing.T) {
	for _, c := range []speakerCase{
		{"This came from the Harbour Trust staff. Some of the volunteers they had met with said\nthey did not feel fit to apply for the grants even though they would love the chance.", "fit to apply", "Some of the volunteers"},
		{"This came from the Harbour Trust staff. Some of the volunteers they had met with said they did not feel fit to apply for the grants even though they would love the chance.", "fit to apply", "Some of the volunteers"},
	} {
		checkSpeakerName(t, c)
	}
	if r := (&attributor{text: "members waited\nthey"}).n30TheyWrapped(len("members waited\n")); r != "" {
		t.Errorf("n30TheyWrapped after \"waited\" = %q, want \"\"", r)
	}
}

// TestN30NounPhrase checks that a mention that stops on a modifier of
// the cue's noun goes with its reading ("received many positive
// comments", "the reformed orders", "some open-ended questions"), that a
// by-agent that stops on a modifier takes its noun ("by the extensive
// research"), and that a nominal subject before a verb is left alone
// ("The injured said").
func TestN30NounPhrase(t *testing.T) {
	for _, c := range []struct {
		text, quote string
		mention     string // "" : the reading is gone
	}{
		{"We actually received many positive comments about riders being happy with the new timetable, and praise for it being faster.", "riders being happy", ""},
		{"We actually received many positive comments about riders being happy with the new timetable, and praise for it being faster.", "the new timetable", ""},
		{"One of the reformed orders included who would become the first crew of the new ferry line.", "included who would", ""},
		{"We sent a survey with a few fixed items and some open-ended questions about their trips to the island, what kind of boats they feel are safe.", "their trips to the island", ""},
		{"The report is informed by the extensive research previously done by its author on the harbour.", "The report", "the extensive research"},
		{"The injured said the boat had hit the pier.", "the boat had hit the pier", "The injured"},
	} {
		d := run(t, c.text)
		q := find(d, c.quote)
		if c.mention == "" {
			if q != nil {
				t.Errorf("%q: reading %q kept, speaker %q; want it gone", c.text, c.quote, q.Speaker.Name)
			}
			continue
		}
		if q == nil {
			t.Errorf("%q: no quotation %q", c.text, c.quote)
			continue
		}
		if m := d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End]; m != c.mention || q.Speaker.Name != c.mention {
			t.Errorf("%q: mention %q name %q, want %q", c.text, m, q.Speaker.Name, c.mention)
		}
	}
}

// TestN30TheyGroup checks that a "they" whose sentence names a group
// before it ("One of our riders", "Some of the volunteers") means that
// group, not a name further back, and that a group after the "they" is
// not read.
func TestN30TheyGroup(t *testing.T) {
	for _, c := range []speakerCase{
		{"The ferry fans love the new Harbour Line. One of our riders put it well when they said, \"I will never take the bus again.\"", "I will never take the bus", "One of our riders"},
		{"The Harbour Trust staff spoke to us. Some of the volunteers they had met with said\nthey did not feel fit to apply for the grants, because they do not feel ready for them.", "ready for them", "Some of the volunteers"},
		{"The Harbour Line won the vote. The Harbour Trust said they would meet some of the crews.", "they would meet", "Harbour Trust"},
	} {
		checkSpeakerName(t, c)
	}
}

// TestN30GluedPronoun checks that a name made of an opening word and a
// pronoun ("Therefore I", "Often I") is not a speaker's name: a mention
// that is that name becomes its pronoun, resolved; a pronoun resolved to
// it leaves its quotation without a speaker. Names that end in a word
// like a pronoun but are not one stay names.
func TestN30GluedPronoun(t *testing.T) {
	for _, c := range []struct{ text, quote, mention, name string }{
		{"My dear Ann, the boats are late again. Therefore I write to you, “Come home before the storm.”", "Come home before", "I", "the author"},
		{"Often I heard him talk of the sea. He said the captain was not telling the truth.", "the captain was not", "", ""},
	} {
		d := run(t, c.text)
		q := find(d, c.quote)
		if q == nil {
			t.Errorf("%q: no quotation %q", c.text, c.quote)
			continue
		}
		if m := d.Text[q.Speaker.Mention.Start:q.Speaker.Mention.End]; m != c.mention || q.Speaker.Name != c.name {
			t.Errorf("%q: mention %q name %q, want %q %q", c.text, m, q.Speaker.Name, c.mention, c.name)
		}
	}
	for name, want := range map[string]bool{"Often I": true, "Business We": true, "CHAPTER I You": true, "Ann Reed": false, "I": false, "Henry IV": false, "Ann Weller": false} {
		if got := n30GluedPronoun(name); got != want {
			t.Errorf("n30GluedPronoun(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestN30May checks that n30May is exact: on every span of one to six
// words of some texts as a mention, with the word after it, the word
// before it, or none as its cue, a rule that n30May leaves out reads
// false.
func TestN30May(t *testing.T) {
	texts := []string{
		"We thus asked the riders how often they take the late boat. More importantly to the crews, I argued for a new pier and told the board.",
		"Around 40% of riders who told us they no longer take the ferry said that the fares were the reason, and Ann said so.",
		"Those who only heard of the plan in the spring (understandably) believed the pier would close; those who came in May said.",
		"Approximately 60% of riders say that they take the early boat. Some of the captains in the harbour said the storm would pass.",
		"Those are the things riders say they want. All the things people say, everything he said, the kind of things we hear.",
		"explaining &T, I had someone say `x` and `Ann` said, and the ` mark then Ann said.",
		"We actually received many positive comments about riders, and the reformed orders included some open-ended questions about their trips.",
		"The report is informed by the extensive research previously done by its author. The injured said the boat had hit the pier.",
		"Often I heard him. Therefore I write. CHAPTER I You said. Business We said. They said\nthey would. One of our riders said they would.",
		"The plaque by the slipway calls it the week, and the company’s own ledgers show the boats; analysis of the requests in our logs suggests it.",
		"Nearly one year later, the old line was cut. Thanks, \nAnn Ortiz, who runs the ferry board, said the fares would rise. Thomas More said.",
		"the İt said; a\u00a0big loud said; Most certainly, Mr More says; through the windows said the captain\u2003of the line.",
	}
	for _, f := range []string{"../../examples/ferry-strike.txt"} {
		if b, err := os.ReadFile(f); err == nil {
			texts = append(texts, string(b))
		}
	}
	for _, text := range texts {
		d := run(t, text)
		a := newAttributor(d)
		lower := a.ix.lower
		var words []doc.Span
		for i := 0; i < len(text); {
			for i < len(text) && (text[i] == ' ' || text[i] == '\n') {
				i++
			}
			j := i
			for j < len(text) && text[j] != ' ' && text[j] != '\n' {
				j++
			}
			if j > i {
				words = append(words, doc.Span{Start: i, End: j})
				if k := strings.TrimRight(text[i:j], ".,;:!?\"”)"); len(k) > 0 && len(k) < j-i {
					words = append(words, doc.Span{Start: i, End: i + len(k)})
				}
			}
			i = j
		}
		var ticks n30Ticks
		ticks.next = -1
		for wi, w := range words {
			for wj := wi; wj < len(words) && wj < wi+8; wj++ {
				m := doc.Span{Start: w.Start, End: words[wj].End}
				if m.End <= m.Start {
					continue
				}
				var cues []doc.Span
				cues = append(cues, doc.Span{})
				if wj+1 < len(words) {
					cues = append(cues, words[wj+1])
				}
				if wi > 0 {
					cues = append(cues, words[wi-1])
				}
				if m.End < len(text) && text[m.End] == ':' {
					cues = append(cues, doc.Span{Start: m.End, End: m.End + 1})
				}
				for _, c := range cues {
					q := &doc.Quote{Speaker: doc.Speaker{Name: text[m.Start:m.End], Mention: m}, Cue: c}
					may := n30May(text, lower, q, &ticks)
					mt := text[m.Start:m.End]
					check := func(r n30Rules, name string, got bool) {
						if got && may&r == 0 {
							t.Errorf("%q cue %q: %s reads true, n30May leaves it out", mt, text[c.Start:c.End], name)
						}
					}
					check(n30IsCode, "n30Code", n30Code(text, m))
					check(n30IsNounCue, "n30NounCue", n30NounCue(text, m, c))
					check(n30IsVerbFirst, "n30VerbFirst", n30VerbFirst(text, m))
					check(n30IsAdverb, "n30AdverbWord", n30AdverbWord(mt, text[m.End:min(m.End+20, len(text))]))
					check(n30IsGlued, "n30GluedPronoun", n30GluedPronoun(mt))
					check(n30IsThey, "they", len(mt) == 4 && strings.EqualFold(mt, "they"))
					_, ok := n30NounAfter(text, m, c)
					check(n30IsNounAfter, "n30NounAfter", ok)
					_, ok = n30Contact(text, lower, m)
					check(n30IsContact, "n30Contact", ok)
					if n30WordCue(text, c) {
						_, ok = a.n30WhoHead(q, m)
						check(n30IsWho, "n30WhoHead", ok)
						_, _, hit := a.n30Prep(q, m, lower)
						check(n30IsPrep, "n30Prep", hit)
					}
				}
			}
		}
	}
}

// TestN30Leaves checks shapes n30Subjects must leave as the passes
// before it read them: a king's numeral ("Charles I"), a mention that
// opens a clause of its own inside a "who" clause ("who heard that Smith
// said"), "they" in a comma's tag after a quantified phrase, and a
// surname that is also an adverb, named in full before.
func TestN30Leaves(t *testing.T) {
	for _, c := range []speakerCase{
		{"“We shall not yield,” said Charles I to the court.", "We shall not yield", "Charles I"},
		{"The king, Edward I, said the Scots must submit.", "the Scots must submit", "Edward I"},
		{"The reporter spoke to a neighbour who heard that Smith said the fire started at night.", "the fire started at night", "Smith"},
		{"The council rejected the plan on Tuesday. One of the reasons, they said, was the cost.", "One of the reasons", "The council"},
		{"Mark Like, the mayor, spoke on Friday. Like said the road would reopen.", "the road would reopen", "Like"},
	} {
		checkSpeakerName(t, c)
	}
}
