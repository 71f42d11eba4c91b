package quote

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
	"github.com/hearsay-project/hearsay/internal/segment"
	"github.com/hearsay-project/hearsay/internal/source/text"
)

// An annotated text marks each quotation's spans inside the text itself,
// numbered in the order Detect sorts them (from 1):
//
//	⟨2…⟩   the content span of quotation 2
//	[2“]   a mark of quotation 2; [2,3’] a mark of quotations 2 and 3
//
// Taking the annotations out gives the input; they give every content and
// mark span exactly.
type annotated struct {
	text    string
	content map[int][]doc.Span
	marks   map[int][]doc.Span
}

func parseAnnotated(t *testing.T, s string) annotated {
	t.Helper()
	a := annotated{content: map[int][]doc.Span{}, marks: map[int][]doc.Span{}}
	var b strings.Builder
	type open struct{ n, at int }
	var stack []open
	number := func(s string) (int, string) {
		i := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		n, err := strconv.Atoi(s[:i])
		if err != nil {
			t.Fatalf("annotation without a number at %q", s)
		}
		return n, s[i:]
	}
	for len(s) > 0 {
		switch {
		case strings.HasPrefix(s, "⟨"):
			var n int
			n, s = number(s[len("⟨"):])
			stack = append(stack, open{n, b.Len()})
		case strings.HasPrefix(s, "⟩"):
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			a.content[o.n] = append(a.content[o.n], doc.Span{Start: o.at, End: b.Len()})
			s = s[len("⟩"):]
		case s[0] == '[':
			end := strings.IndexByte(s, ']')
			body := s[1:end]
			var owners []int
			for {
				var n int
				n, body = number(body)
				owners = append(owners, n)
				if body[0] != ',' {
					break
				}
				body = body[1:]
			}
			sp := doc.Span{Start: b.Len(), End: b.Len() + len(body)}
			for _, n := range owners {
				a.marks[n] = append(a.marks[n], sp)
			}
			b.WriteString(body)
			s = s[end+1:]
		default:
			b.WriteByte(s[0])
			s = s[1:]
		}
	}
	if len(stack) > 0 {
		t.Fatalf("unclosed ⟨ in annotation")
	}
	a.text = b.String()
	return a
}

// detect runs Detect over plain text, as the pipeline does.
func detect(s string) *doc.Document {
	d := &doc.Document{Text: s, Format: doc.FormatText}
	d.Paragraphs = text.Paragraphs(s, nil)
	segment.Run(d)
	Detect(d)
	return d
}

// expectQuotes checks the quotations Detect finds in the annotated text:
// their spans as annotated, and for each, "N kind" or "N kind<P" (parent P).
// Each diagnostic wanted is a part of one diagnostic's message.
func expectQuotes(t *testing.T, want string, kinds string, diags ...string) {
	t.Helper()
	a := parseAnnotated(t, want)
	d := detect(a.text)
	checkQuotes(t, d)
	n := len(a.content)
	if len(d.Quotes) != n {
		t.Errorf("%q: %d quotations, want %d:\n%s", a.text, len(d.Quotes), n, dump(d))
		return
	}
	var specs []string
	if kinds != "" {
		specs = strings.Split(kinds, ", ")
	}
	if len(specs) != n {
		t.Fatalf("%d kinds for %d quotations", len(specs), n)
	}
	for i, q := range d.Quotes {
		wantKind, wantParent := specs[i], 0
		if j := strings.IndexByte(specs[i], '<'); j >= 0 {
			wantKind = specs[i][:j]
			wantParent, _ = strconv.Atoi(specs[i][j+1:])
		}
		wantKind = strings.TrimSpace(strings.TrimPrefix(wantKind, strconv.Itoa(i+1)+" "))
		if !slices.Equal(q.Content, a.content[i+1]) || !slices.Equal(q.Marks, a.marks[i+1]) ||
			string(q.Kind) != wantKind || q.Parent != wantParent-1 {
			t.Errorf("%q: quotation %d:\n got  %s %v content %v marks %v parent %d\n want %s %v content %v marks %v parent %d\n%s",
				a.text, i+1, q.Kind, q.Span, q.Content, q.Marks, q.Parent+1,
				wantKind, q.Span, a.content[i+1], a.marks[i+1], wantParent, dump(d))
		}
	}
	var got []string
	for _, g := range d.Diagnostics {
		if g.Code == doc.CodeUnbalanced {
			got = append(got, g.Message)
		}
	}
	if len(got) != len(diags) {
		t.Errorf("%q: diagnostics %q, want %d like %q", a.text, got, len(diags), diags)
		return
	}
	for i, w := range diags {
		if !strings.Contains(got[i], w) {
			t.Errorf("%q: diagnostic %q, want one with %q", a.text, got[i], w)
		}
	}
}

// dump shows d's quotations for a failure message.
func dump(d *doc.Document) string {
	var b strings.Builder
	for i, q := range d.Quotes {
		fmt.Fprintf(&b, "  %d %s parent %d content %v marks %v %q\n", i+1, q.Kind, q.Parent+1, q.Content, q.Marks, q.Words(d.Text))
	}
	return b.String()
}

// checkQuotes checks the invariants of d.Quotes: spans valid, content and
// marks inside the span and sorted, a quotation inside its parent, which
// comes before it, and quotations sorted by start.
func checkQuotes(t testing.TB, d *doc.Document) {
	t.Helper()
	for i, q := range d.Quotes {
		if !doc.ValidSpan(d.Text, q.Span) {
			t.Fatalf("quotation %d: span %v invalid", i, q.Span)
		}
		if len(q.Content) == 0 {
			t.Errorf("quotation %d: no content", i)
		}
		for k, spans := range [][]doc.Span{q.Content, q.Marks} {
			for j, c := range spans {
				if !doc.ValidSpan(d.Text, c) || !q.Contains(c) || c.Len() == 0 {
					t.Fatalf("quotation %d %v: span %v (%d) invalid or outside it", i, q.Span, c, k)
				}
				if j > 0 && c.Start < spans[j-1].End && k == 0 {
					t.Errorf("quotation %d: content spans %v overlap or are out of order", i, spans)
				}
			}
		}
		if i > 0 && q.Start < d.Quotes[i-1].Start {
			t.Errorf("quotation %d: not sorted by start", i)
		}
		if q.Parent >= i || q.Parent < -1 {
			t.Errorf("quotation %d: parent %d does not come before it", i, q.Parent)
		} else if q.Parent >= 0 && !d.Quotes[q.Parent].Contains(q.Span) {
			t.Errorf("quotation %d %v outside its parent %d %v", i, q.Span, q.Parent, d.Quotes[q.Parent].Span)
		}
		if q.Speaker.Name != "" || q.Cue.Len() != 0 || q.Chain != nil {
			t.Errorf("quotation %d: speaker, cue or chain set", i)
		}
	}
}

func TestMarkConventions(t *testing.T) {
	for _, tc := range []struct{ name, want, kinds string }{
		{"english double", `[1“]⟨1The ferry will sail at noon.⟩[1”]`, "direct"},
		{"english single", `[1‘]⟨1The ferry will sail at noon.⟩[1’]`, "direct"},
		{"straight double", `She said: [1"]⟨1It sails at noon.⟩[1"] Then she left.`, "direct"},
		{"straight single", `She said: [1']⟨1It sails at noon.⟩[1'] Then she left.`, "direct"},
		{"german", `Sie sagte: [1„]⟨1Die Fähre fährt um zwölf.⟩[1“] Dann ging sie.`, "direct"},
		{"german single inside", `[1„]⟨1Er rief [2‚]⟨2Halt!⟩[2‘] und lief.⟩[1“]`, "direct, mixed<1"},
		{"french with spaces", `Elle a dit : [1«] ⟨1Le bac partira à midi.⟩ [1»]`, "direct"},
		{"french without spaces", `Elle a dit : [1«]⟨1Le bac partira à midi.⟩[1»]`, "direct"},
		{"swedish", `Hon sa: [1”]⟨1Färjan går klockan tolv.⟩[1”]`, "direct"},
		{"swedish guillemets", `Hon sa: [1»]⟨1Färjan går klockan tolv.⟩[1»]`, "direct"},
		{"danish", `Hun sagde: [1»]⟨1Færgen sejler klokken tolv.⟩[1«]`, "direct"},
		{"single guillemets", `Il a dit : [1«]⟨1Elle a crié [2‹]⟨2Au secours !⟩[2›] et puis rien.⟩[1»]`, "direct, mixed<1"},
		{"corner brackets", `彼は[1「]⟨1船は正午に出る[2『]⟨2本当だ⟩[2』]と言った⟩[1」]。`, "mixed, scare<1"},
		{"typewriter", "He said: [1``]⟨1It sails at noon.⟩[1'']", "direct"},
		{"doubled apostrophes", "[1'']⟨1This isn't reform,⟩[1''] said the economist.", "direct"},
		{"polish", `Powiedziała: [1„]⟨1Prom odpływa w południe.⟩[1”]`, "direct"},
	} {
		t.Run(tc.name, func(t *testing.T) { expectQuotes(t, tc.want, tc.kinds) })
	}
}

func TestNesting(t *testing.T) {
	expectQuotes(t,
		`[1“]⟨1The clerk wrote: [2‘]⟨2The mayor told us: [3“]⟨3The bridge will open in May.⟩[3”] We doubt it.⟩[2’] Nobody did.⟩[1”]`,
		"direct, direct<1, direct<2")
	expectQuotes(t,
		`[1“]⟨1One [2‘]⟨2two [3“]⟨3three [4‘]⟨4four⟩[4’] three⟩[3”] two⟩[2’] one⟩[1”] and out.`,
		"direct, mixed<1, mixed<2, scare<3")
}

func TestParagraphs(t *testing.T) {
	// One level re-opened at each paragraph, closed once.
	expectQuotes(t,
		"[1“]⟨1The tide came in early that year.⟩\n\n[1“]⟨1The boats stayed in.⟩\n\n[1“]⟨1Nobody sailed.⟩[1”] So the memoir says.",
		"direct")
	// Two levels re-opened at once with “‘, and a third level opened after them.
	expectQuotes(t,
		"Her letter said: [1“]⟨1Father wrote back: [2‘]⟨2We are well.⟩⟩\n\n[1“]⟨1[2‘]⟨2The fares went up again.⟩⟩\n\n"+
			"[1“]⟨1[2‘]⟨2The men said: [3“]⟨3Not one more penny.⟩[3”] And that was that.⟩[2’]⟩[1”] End of letter.",
		"direct, direct<1, direct<2")
	// A paragraph that opens with a curly mark after a straight one left
	// open (an excerpt pasted with its own marks) starts a quotation of
	// its own; the same style re-opens.
	expectQuotes(t,
		"The report goes on:\n\n[1\"]⟨1Ann thought the fine was unfair.⟩\n\n[2“]⟨2It never crossed my mind,⟩[2”] she said.",
		"direct, direct", "never closed; it ends with its paragraph")
	expectQuotes(t,
		"[1“]⟨1Ann thought the fine was unfair.⟩\n\n[2\"]⟨2It never crossed my mind,⟩[2\"] she said.",
		"direct, direct", "never closed; it ends with its paragraph")
	expectQuotes(t,
		"[1\"]⟨1Ann thought the fine was unfair.⟩\n\n[1\"]⟨1It never crossed her mind.⟩[1\"]",
		"direct")
	// Straight single marks: an opening mark with none after it in its
	// paragraph is a quotation's when the next paragraph re-opens it.
	expectQuotes(t,
		"She said: [1']⟨1Every time somebody looked at me, they saw a tired mother.⟩\n\n[1']⟨1I was also very sick.⟩[1'] That was all.",
		"direct")
	expectQuotes(t,
		"She said: 'cept the boats, nothing moved.\n\nThe harbour was quiet.",
		"")
	// A plural possessive inside a quotation that goes on over
	// paragraphs closes nothing; one before a paragraph that opens no
	// quotation closes it.
	expectQuotes(t,
		"She added: [1‘]⟨1He still puts the neighbours’ bins out on a Thursday.⟩\n\n[1‘]⟨1He keeps saying sorry.⟩[1’]",
		"direct")
	expectQuotes(t,
		"She called them [1‘]⟨1the lost workers⟩[1’] in her speech.\n\nThe mayor did not reply.",
		"mixed")
	// A paragraph that does not re-open the mark ends the quotation.
	expectQuotes(t,
		"He began: [1“]⟨1We will meet at the harbour.⟩\n\nThe meeting never happened.",
		"direct", "never closed; it ends with its paragraph")
	// Only the outer level re-opened: the inner one ends with the paragraph.
	expectQuotes(t,
		"[1“]⟨1He wrote: [2‘]⟨2It is over.⟩⟩\n\n[1“]⟨1That was all.⟩[1”]",
		"direct, direct<1", "‘ never closed; it ends with its paragraph")
	// Speech broken off with a dash is not continued.
	expectQuotes(t,
		"[1“]⟨1I only meant —⟩\n\n[2“]⟨2Never mind what you meant.⟩[2”]",
		"direct, direct", "breaks off with a dash")
}

// A transcript quoted paragraph by paragraph re-opens its mark at each
// turn; a paragraph that starts with a speaker's label in capitals is the
// next speaker's turn, a quotation of its own, while one without a label
// goes on with the turn before.
func TestTranscriptTurns(t *testing.T) {
	for _, tc := range []struct {
		name, want, kinds string
		diags             []string
	}{
		{"straight marks, none closed",
			"The exchange went as follows:\n\n[1\"]HOST: ⟨1Will the ferry run on Sunday?⟩\n\n" +
				"[2\"]MAYOR: ⟨2It will, twice.⟩\n\n[2\"]⟨2And on holidays too.⟩\n\n[3\"]HOST: ⟨3Thank you, Mayor.⟩",
			"direct, direct, direct", []string{"never closed; it ends with its paragraph"}},
		{"curly marks, last one closed",
			"[1“]SEN. ORTIZ: ⟨1The bill is dead.⟩\n\n[2“]Q: ⟨2Is it?⟩\n\n[3“]O’BRIEN-HALE: ⟨3Ask me in May.⟩[3”]",
			"direct, direct, direct", nil},
		{"inner level re-opened with a label",
			"[1“]⟨1The minutes read: [2‘]⟨2CHAIR: We begin.⟩⟩\n\n[1“]⟨1[3‘]⟨3CLERK: Nobody came.⟩[3’]⟩[1”]",
			"direct, direct<1, direct<1", nil},
		{"no label: one quotation",
			"[1“]HOST: ⟨1Welcome back.⟩\n\n[1“]⟨1Note: we are live.⟩\n\n[1“]⟨1MAYOR said nothing.⟩[1”]",
			"direct", nil},
		{"a note in parentheses is not the speaker's",
			"[1\"]HOST: ⟨1Will it pass?⟩\n\n[2\"]SENATOR: ⟨2It will pass.⟩\n\n[2\"](CROSSTALK.)\n\n[3\"]HOST: ⟨3One at a time.⟩[3\"]",
			"direct, direct, direct", nil},
		{"a note inside one turn",
			"[1“]⟨1We will win.⟩\n\n[1“](Applause)\n\n[1“]⟨1And we will win again.⟩[1”]",
			"direct", nil},
		{"an aside in parentheses is the speaker's",
			"[1“]⟨1We will win.⟩\n\n[1“]⟨1(I said the same last year.)⟩\n\n[1“]⟨1And we did.⟩[1”]",
			"direct", nil},
		{"a credit line that re-opens the mark is no one's words",
			"[1\"]HOST: ⟨1Will it pass?⟩\n\n[2\"]SENATOR: ⟨2It will pass.⟩\n\n\"Follow Ann Ortiz on Twitter @aortiz.\"",
			"direct, direct", nil},
		{"a credit line naming a network",
			"[1“]⟨1We will win.⟩\n\n“Follow the author on Mastodon.”\n\nThe rally ended.",
			"direct", nil},
		{"a paragraph that only starts with Follow goes on",
			"[1“]⟨1We will win.⟩\n\n[1“]⟨1Follow me to the harbour, and you will see.⟩[1”]",
			"direct", nil},
		{"four words are no label",
			"[1“]⟨1First, the rule.⟩\n\n[1“]⟨1THE FIRST BIG RULE: be brief.⟩[1”]",
			"direct", nil},
	} {
		t.Run(tc.name, func(t *testing.T) { expectQuotes(t, tc.want, tc.kinds, tc.diags...) })
	}
}

func TestStageNote(t *testing.T) {
	for s, want := range map[string]bool{
		"(CROSSTALK.)": true, " [Applause] ": true, "(Laughter).": true, "(BEGIN VIDEO CLIP)": true, "[inaudible]": true,
		"(I was wrong.)": false, "(CROSSTALK.) And so on.": false, "()": false, "(a (b) c)": false, "Applause": false,
	} {
		if got := stageNote(s, 0, len(s)); got != want {
			t.Errorf("stageNote(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestApostrophes(t *testing.T) {
	for _, tc := range []struct{ name, want, kinds string }{
		{"possessive", `Khrushchev’s memoir and the workers’ training were [1‘]⟨1lessons⟩[1’].`, "scare"},
		{"plural possessive inside", `[1‘]⟨1When I was at the workers’ training school, I wavered.⟩[1’]`, "direct"},
		{"plural possessive closing", `He called them [1‘]⟨1the workers⟩[1’] and left it there.`, "scare"},
		{"plural before a noun, no other closer", `She praised the [1‘]⟨1honest workers⟩[1’] efforts.`, "scare"},
		{"elisions", `Rock ’n’ roll in the ’90s, ’tis said, wasn't [1‘]⟨1new⟩[1’].`, "scare"},
		{"straight", `Don't say [1']⟨1never⟩[1'] to the O'Briens' dog.`, "scare"},
		{"year with opening mark", `Back in the ‘90s we said [1‘]⟨1cool⟩[1’].`, "scare"},
		{"rock and roll with any marks", `[1‘]⟨1He played rock ‘n’ roll and ’n‘ blues.⟩[1’]`, "direct"},
		{"feet and inches", `He stood 6'2" and said [1"]⟨1Hello⟩[1"].`, "direct"},
		{"plural possessive near the opening, closed later", `[1‘]⟨1The workers’ decision was final,⟩[1’] she said.`, "direct"},
		{"dropped g and d", `[1‘]⟨1I weren’t goin’ without my cat, so one of them carried him an’ all,⟩[1’] she said.`, "direct"},
		{"a word in -in ends the phrase", `He called it [1‘]⟨1a gold coin⟩[1’] and [2‘]⟨2a silver ring.⟩[2’]`, "mixed, mixed"},
	} {
		t.Run(tc.name, func(t *testing.T) { expectQuotes(t, tc.want, tc.kinds) })
	}
	expectQuotes(t, `The Joneses’ car and Khrushchev’s dacha.`, "")
}

func TestRecovery(t *testing.T) {
	for _, tc := range []struct {
		name, want, kinds string
		diags             []string
	}{
		{"straight closing curly", `She wrote: [1‘]⟨1The ferry is late.⟩[1']`, "direct",
			[]string{"straight ' closes a quotation opened with ‘"}},
		{"opening mark closing", `As he said of the city, [1‘]⟨1I have seen the past and it was loud⟩[1‘].`, "direct",
			[]string{"closed with the opening mark ‘"}},
		{"one mark closes two", `[1“]⟨1He said [2‘]⟨2we will go.⟩⟩[1,2”] Then nothing.`, "direct, mixed<1",
			[]string{"‘ never closed; the ” that closes the quotation around it closes it too"}},
		{"straight closes two", `[1“]⟨1She wrote: [2‘]⟨2He asked: [3“]⟨3Why?⟩[3”] [4“]⟨4Why not.⟩⟩[2,4']⟩[1”]`,
			"direct, direct<1, direct<2, direct<2",
			[]string{"“ never closed; the ' that closes", "straight ' closes a quotation opened with ‘"}},
		{"never closed", `He shouted [1“]⟨1stop the boat and do it now⟩`, "direct",
			[]string{"“ never closed; it ends with its paragraph"}},
		{"stray closer", `The boat left.” Nobody saw it.`, "",
			[]string{"closing ” with no quotation open"}},
		{"same mark after a full stop", `[1“]⟨1We sailed at dawn.⟩ [2“]⟨2Then the wind came.⟩[2”]`, "direct, direct",
			[]string{"another quotation opens with the same mark"}},
		// Markup left in the text: an attribute's value is syntax.
		{"attribute value", `A post by <a user="ferryman" time="1474387200">the ferryman</a> said [1"]⟨1We sail.⟩[1"]`, "direct", nil},
	} {
		t.Run(tc.name, func(t *testing.T) { expectQuotes(t, tc.want, tc.kinds, tc.diags...) })
	}
}

func TestSplit(t *testing.T) {
	for _, tc := range []struct{ name, want, kinds string }{
		{"comma", `[1“]⟨1The boats are in,⟩[1”] he said, [1“]⟨1and they will stay in.⟩[1”]`, "direct"},
		{"full stop", `[1“]⟨1The boats are in,⟩[1”] said the harbourmaster. [1“]⟨1They will stay in.⟩[1”]`, "direct"},
		{"three parts", `[1“]⟨1Yes,⟩[1”] she said, [1“]⟨1we sail,⟩[1”] she added, [1“]⟨1at noon.⟩[1”]`, "direct"},
		{"nested", `[1“]⟨1[2‘]⟨2In 1931,⟩[2’], the ferryman wrote, [2‘]⟨2we struck.⟩[2’]⟩[1”]`, "direct, direct<1"},
		{"two speakers", `Stalin asked: [1“]⟨1How is he now?⟩[1”]. I said, [2“]⟨2He is fighting them.⟩[2”]`, "direct, direct"},
		{"no cue", `[1“]⟨1The boats are in,⟩[1”] the tide was high, [2“]⟨2and they stay.⟩[2”]`, "direct, mixed"},
		{"narration runs on", `[1“]⟨1We are ready,⟩[1”] he said, adding that [2“]⟨2the fares will fall.⟩[2”]`, "direct, mixed"},
		{"ends with a full stop", `[1“]⟨1We are ready.⟩[1”] He said it twice. [2“]⟨2Really ready.⟩[2”]`, "direct, direct"},
		// A first part with its own cue before it is a turn of its own.
		{"two turns inside a quotation", `[1“]⟨1Ida asked: [2‘]⟨2Why?⟩[2’] I said, [3‘]⟨3Because.⟩[3’]⟩[1”]`, "direct, direct<1, direct<1"},
		{"two turns", `Ida asked: [1“]⟨1Why?⟩[1”] Ed said, [2“]⟨2Because.⟩[2”]`, "direct, direct"},
		// A second cue in -ing brings words said on another occasion.
		{"said, adding later", `[1“]⟨1The pier is safe,⟩[1”] the mayor said, adding later, [2“]⟨2It will stand for years.⟩[2”]`, "direct, direct"},
		{"before asking", `[1“]⟨1Stay a while,⟩[1”] Ana sings to Bo before asking him, [2“]⟨2Where do we go?⟩[2”]`, "direct, direct"},
		// The first part's comma inside an inner quotation's mark.
		{"comma inside inner marks", `[1“]⟨1You say you [2‘]⟨2take the blame,⟩[2’]⟩[1”] Ed Moss said. [1“]⟨1You do not.⟩[1”]`, "direct, mixed<1"},
		{"manner of speaking", `[1“]⟨1Will you speak,⟩[1”] thundered the old man, [1“]⟨1or not?⟩[1”]`, "direct"},
		// A long appositive after the cue still splits one quotation;
		// as long a narration that tells more does not.
		{"long appositive", `[1“]⟨1The pier has a loud voice in the town,⟩[1”] said Ed Moss, an associate professor of engineering at the state university and the editor of a widely read weekly newsletter about the harbours and ferries of the northern coast. [1“]⟨1He cannot simply ignore the tides.⟩[1”]`, "direct"},
		{"long story", `[1“]⟨1Stand back,⟩[1”] cried the stranger, though he had the sailor down, and in another moment he stood up panting in the middle of the crowded little parlour by the fire. [2“]⟨2Nobody move.⟩[2”]`, "direct, direct"},
		{"second part runs on", `[1“]⟨1This is wrong,⟩[1”] Ann said. [2“]⟨2You pushed the staff too far⟩[2”] to lift the price, she said.`, "direct, mixed"},
		{"cue before a colon: two turns", `Ann Ortiz scolded him: [1“]⟨1You called them [2‘]⟨2cures,⟩[2’]⟩[1”] she said. [3“]⟨3They are not.⟩[3”]`, "direct, mixed<1, direct"},
		// A second part with its own cue after it, once the first
		// part's narration has ended its sentence, is the next turn.
		{"answered", `[1“]⟨1Good night,⟩[1”] said the pilot. [2“]⟨2Good night, Sir John,⟩[2”] said the parson.`, "direct, direct"},
		{"answered past a title's stop", `[1“]⟨1Why was it hidden?⟩[1”] said Ann Lee. [2“]⟨2We do not know,⟩[2”] Mr. Obi stated.`, "direct, direct"},
		{"answered by a question", `[1“]⟨1Is it over?⟩[1”] asked Ann. [2“]⟨2It is over!⟩[2”] cried Ben.`, "direct, direct"},
		// A title in the narration stands between the parts; a phrase
		// in marks in a narration of two sentences does not join them.
		{"title in the narration", `[1“]⟨1There was one show,⟩[1”] Ann Lee says, in the studio where she has taped [2“]⟨2The Late Hour⟩[2”] for years. [1“]⟨1I kept rounding up.⟩[1”]`, "direct, title"},
		{"phrase in a second sentence", `[1“]⟨1We are ready,⟩[1”] he said. He called it [2“]⟨2a mess⟩[2”]. [3“]⟨3Really.⟩[3”]`, "direct, scare, direct"},
		{"shot back", `[1“]⟨1I audited the city because somebody had to,⟩[1”] Ann Lee shot back. [1“]⟨1And the office signed every contract.⟩[1”]`, "direct"},
		{"carried on past a comma", `[1“]⟨1Yes,⟩[1”] she said, [1“]⟨1we sail,⟩[1”] she added.`, "direct"},
	} {
		t.Run(tc.name, func(t *testing.T) { expectQuotes(t, tc.want, tc.kinds) })
	}
}

func TestKinds(t *testing.T) {
	for _, tc := range []struct{ name, want, kinds string }{
		{"colon", `The notice read: [1‘]⟨1closed until further notice⟩[1’]`, "direct"},
		{"cue after", `[1“]⟨1Never again⟩[1”] said the mayor.`, "direct"},
		{"cue before", `The mayor told reporters [1“]⟨1We will rebuild the pier⟩[1”] on Monday.`, "direct"},
		{"cue and comma", `As the mayor said of the pier, [1“]⟨1It will stand for a century.⟩[1”]`, "direct"},
		{"chanting", `The crowd marched in, chanting [1“]⟨1Open the pier!⟩[1”]`, "direct"},
		{"sentence", `[1“]⟨1The pier will stand for a century.⟩[1”]`, "direct"},
		{"heading on its own line", "The pier was built in a year.\n\n[1‘]⟨1Lessons From the Flood.⟩[1’]\n\nThe storm came in May.", "title"},
		{"short exclamation on its own line", "The ferry came in.\n\n[1“]⟨1Look Out Below!⟩[1”]\n\nNobody moved.", "direct"},
		{"two capitalised words on their own line", "The ferry came in.\n\n[1“]⟨1Good Morning.⟩[1”]\n\nNobody answered.", "direct"},
		{"capitalised words and more on the line", "[1‘]⟨1Lessons From the Flood.⟩[1’] The pier was built in a year.", "direct"},
		// A comment clause of speech with "as" before the comma: the
		// words in marks that end the sentence are the quotation whole.
		{"as X put it", `The pier has become, as one pilot put it in a letter, [1“]⟨1a monument to bad planning.⟩[1”]`, "direct"},
		{"as X said", `As the mayor said, [1“]⟨1the pier will stand for a century.⟩[1”]`, "direct"},
		{"as X said, phrase", `The pier is, as the mayor said, [1“]⟨1a monument to bad planning⟩[1”] and a burden.`, "mixed"},
		{"as X said, predicate", `The pier, as the mayor said in May, [1“]⟨1is a monument to bad planning.⟩[1”]`, "mixed"},
		{"comma without as", `The pier has become, in the end, [1“]⟨1a monument to bad planning.⟩[1”]`, "mixed"},
		// A fact-checker's rating in marks is a label, not words said;
		// the same word after a cue is speech.
		// A thing's name after a noun and a verb of naming, even with a
		// cue later in the sentence; a subject's verb keeps speech.
		{"named after a noun", `They plan routes with software called [1“]⟨1Smart Shift,⟩[1”] and drivers say it fails.`, "title"},
		{"called out by a subject", `The man at the door called, [1“]⟨1Come In!⟩[1”]`, "direct"},
		{"rating after a colon", `The Courier’s rating: [1“]⟨1Mostly False.⟩[1”]`, "title"},
		{"ratings in a list", `Our ratings: jobs, [1“]⟨1Half True.⟩[1”] Insulin, [2“]⟨2Misleading.⟩[2”]`, "title, title"},
		{"rating word said", `Asked whether the rating was fair, she said, [1“]⟨1False.⟩[1”]`, "direct"},
		{"mixed", `The council called the pier [1“]⟨1a monument to bad planning⟩[1”] in its report.`, "mixed"},
		{"mixed after that", `The mayor said that [1“]⟨1the pier will stand for a century.⟩[1”]`, "mixed"},
		{"short words after said that", `Maria Lopez said that [1“]⟨1the bridge is safe⟩[1”].`, "mixed"},
		{"short words after told … that", `She told the council that [1“]⟨1the bridge is safe⟩[1”].`, "mixed"},
		{"scare after that without a cue", `He bought that [1‘]⟨1miracle cure⟩[1’] twice.`, "scare"},
		{"lower case after a cue", `The mayor says the pier [1“]⟨1will stand for a century.⟩[1”]`, "mixed"},
		{"scare", `The so-called [1‘]⟨1free market⟩[1’] did the rest.`, "scare"},
		{"scare phrase", `He joined the [1‘]⟨1old guard of socialism⟩[1’] in May.`, "scare"},
		{"title", `She wrote a book, [1‘]⟨1The Harbour Years⟩[1’], about it.`, "title"},
		{"title with small words", `It was called the [1‘]⟨1Declaration of the Thirty⟩[1’] at first.`, "title"},
		{"title, American style", `He spoke on NBC's [1“]⟨1Nightly News.⟩[1”]`, "title"},
		{"name", `The [1‘]⟨1National Ferry Board⟩[1’] met twice.`, "title"},
		{"vocative is speech", `[1"]⟨1Yes, Mary,⟩[1"] he said.`, "direct"},
		// A sentence that runs on in lower case after the marks quotes a phrase.
		{"runs on", `[1“]⟨1You squeezed the staff to the limit⟩[1”] to lift the share price, she said.`, "mixed"},
		{"runs on after a word", `[1“]⟨1You went on air to blame the clerks⟩[1”] who earn the least.`, "mixed"},
		{"and after it", `[1“]⟨1We will hold the line at the pier⟩[1”] and the crowd cheered.`, "direct"},
		// A conjunction and a word of the author's after the marks,
		// then a cue: the marked words are a phrase of the reported
		// clause, not a quotation of their own.
		{"and a phrase, then a cue", `[1“]⟨1The pier is rotten to the core⟩[1”] and unsafe, she said.`, "mixed"},
		{"and a pronoun, then a cue", `[1“]⟨1The pier is rotten to the core⟩[1”] and he said so.`, "direct"},
		{"and a subject, then a cue", `[1“]⟨1The pier is rotten to the core⟩[1”] and the mayor said so.`, "direct"},
		{"subject and cue after it", `[1“]⟨1Leaders honoured him for what they called [2‘]⟨2the comeback,⟩[2’]⟩[1”] the article read.`, "direct, mixed<1"},
		// Title words after a noun for a work are its title, whatever cue follows.
		{"book, title", `In his 2002 book, [1“]⟨1Make Your Kid a Millionaire,⟩[1”] Ed Moss suggested saving early.`, "title"},
		{"anthem title", `She sang the anthem [1“]⟨1A Change Is Gonna Come,⟩[1”] then added a name.`, "title"},
		// A nickname between a given name and a surname holds a
		// name: no one's words.
		{"nickname", `The crowd cheered when Ann [1“]⟨1Annie⟩[1”] Reed spoke.`, "title"},
		{"two-word nickname", `Ed [1"]⟨1The Hammer⟩[1"] Moss said he would stay.`, "title"},
		{"show title", `He said so this month on his show, [1“]⟨1Politicking.⟩[1”]`, "title"},
	} {
		t.Run(tc.name, func(t *testing.T) { expectQuotes(t, tc.want, tc.kinds) })
	}
}

// TestMarkup checks quotations from q and blockquote elements, with a
// blockquote's footer left out of its content.
func TestMarkup(t *testing.T) {
	a := parseAnnotated(t, "The survey called it ⟨1beyond economic repair⟩.\n\n⟨2I learned to read there. [3“]⟨3Never⟩[3”], said the sign.⟩\n\n⟨2So did my son.⟩\n\n— a letter")
	d := &doc.Document{Text: a.text}
	d.Paragraphs = text.Paragraphs(a.text, nil)
	for i := 1; i < 4; i++ {
		d.Paragraphs[i].Kind, d.Paragraphs[i].Quote = doc.BlockQuote, 1
	}
	q := a.content[1][0]
	bq := doc.Span{Start: d.Paragraphs[1].Start, End: d.Paragraphs[3].End}
	d.Elements = []doc.Element{
		{Span: q, Kind: doc.ElemQ, Parent: -1},
		{Span: bq, Kind: doc.ElemBlockQuote, Parent: -1},
		{Span: d.Paragraphs[3].Span, Kind: doc.ElemFooter, Parent: 1},
	}
	segment.Run(d)
	Detect(d)
	checkQuotes(t, d)
	if len(d.Quotes) != 3 {
		t.Fatalf("quotations:\n%s", dump(d))
	}
	want := []struct {
		elem    int
		kind    doc.QuoteKind
		parent  int
		content []doc.Span
	}{
		{0, doc.QuoteMixed, -1, a.content[1]},
		{1, doc.QuoteDirect, -1, a.content[2]},
		{-1, doc.QuoteDirect, 1, a.content[3]},
	}
	for i, w := range want {
		g := d.Quotes[i]
		if g.Element != w.elem || g.Kind != w.kind || g.Parent != w.parent || !slices.Equal(g.Content, w.content) {
			t.Errorf("quotation %d: element %d %s parent %d %v, want %d %s %d %v", i, g.Element, g.Kind, g.Parent, g.Content, w.elem, w.kind, w.parent, w.content)
		}
	}
	if len(d.Quotes[1].Marks) != 0 {
		t.Errorf("blockquote has marks %v", d.Quotes[1].Marks)
	}
	// Paragraphs in a block quotation that no element covers (a page read
	// without its structure, Markdown) make one quotation per run; the
	// credit line that ends it ("— a letter") is left out.
	d.Elements = nil
	Detect(d)
	if len(d.Quotes) != 2 || d.Quotes[0].Element != -1 || !slices.Equal(d.Quotes[0].Content, []doc.Span{d.Paragraphs[1].Span, d.Paragraphs[2].Span}) || d.Quotes[1].Parent != 0 {
		t.Errorf("without elements:\n%s", dump(d))
	}
}

func TestIsCredit(t *testing.T) {
	for in, want := range map[string]bool{
		"— Ana Ruiz":                    true,
		"―Ana Ruiz, letter, 2026":       true,
		"-- a letter to the Courier":    true,
		"– 3 May":                       false,
		"Ana Ruiz":                      false,
		"— " + strings.Repeat("x", 300): false,
		"—":                             false,
	} {
		if got := IsCredit(in, doc.Span{Start: 0, End: len(in)}); got != want {
			t.Errorf("IsCredit(%q) = %v", in, got)
		}
	}
}

// TestWords checks how the content of a quotation is joined for people.
func TestWords(t *testing.T) {
	d := detect("“A,” he said, “B.”\n\n“C\n\n“D.”")
	if len(d.Quotes) != 2 {
		t.Fatalf("quotations:\n%s", dump(d))
	}
	for i, want := range []string{"A, … B.", "C\n\nD."} {
		if got := d.Quotes[i].Words(d.Text); got != want {
			t.Errorf("quotation %d: %q, want %q", i, got, want)
		}
	}
}

// TestX is a skeleton for debugging one case. Do not remove.
func TestX(t *testing.T) {
	const in = ``
	if in == "" {
		t.Skip("TestX: put a text in to debug it")
	}
	d := detect(in)
	t.Logf("\n%s", dump(d))
	for _, g := range d.Diagnostics {
		t.Logf("%v %s", g.Span, g.Message)
	}
}

// TestLimits checks the limits that bound the work on hostile input.
func TestLimits(t *testing.T) {
	has := func(d *doc.Document, part string) bool {
		return slices.ContainsFunc(d.Diagnostics, func(g doc.Diagnostic) bool { return strings.Contains(g.Message, part) })
	}
	// Nesting past MaxDepth: the deeper marks are ignored.
	d := detect(strings.Repeat("“‘", MaxDepth) + "x" + strings.Repeat("’”", MaxDepth))
	checkQuotes(t, d)
	if len(d.Quotes) != MaxDepth || !has(d, "nested more than") {
		t.Errorf("nesting: %d quotations", len(d.Quotes))
	}
	// A quotation re-opened paragraph after paragraph stops near MaxLen.
	para := "“" + strings.Repeat("The tide was high and the boats stayed in. ", 24)
	d = detect(strings.Repeat(para+"\n\n", 40))
	checkQuotes(t, d)
	if len(d.Quotes) < 2 || d.Quotes[0].Len() > MaxLen || !has(d, "cut where it passes") {
		t.Errorf("continued: %d quotations, the first %d bytes", len(d.Quotes), d.Quotes[0].Len())
	}
	// One never closed in a long paragraph ends with the sentence where it passes MaxLen.
	d = detect("He said “" + strings.Repeat("The tide was high and the boats stayed in. ", MaxLen/20))
	checkQuotes(t, d)
	if len(d.Quotes) != 1 || d.Quotes[0].Len() > MaxLen+50 || d.Quotes[0].Len() < MaxLen {
		t.Errorf("long paragraph: %d quotations, the first %d bytes", len(d.Quotes), d.Quotes[0].Len())
	}
	// No more than MaxQuotes quotations.
	d = detect(strings.Repeat("“a” ", MaxQuotes+10))
	if len(d.Quotes) != MaxQuotes || !has(d, "the rest of the text is not read") {
		t.Errorf("%d quotations", len(d.Quotes))
	}
}

// TestNickname checks the reading of marks inside a name, positives and
// negatives, on the marks' byte span.
func TestNickname(t *testing.T) {
	for _, tc := range []struct {
		text, marked string
		want         bool
	}{
		{`Ann “Annie” Reed spoke.`, `“Annie”`, true},
		{`state Sen. Ann "Annie" Reed (D-Harbour) spoke.`, `"Annie"`, true},
		{`Ed "The Hammer" Moss stayed.`, `"The Hammer"`, true},
		{`the so-called "Annie" rule`, `"Annie"`, false},
		{`Reed called it "Annie" Monday.`, `"Annie"`, false},
		{`Ann "Annie" reed`, `"Annie"`, false},
		{`"Annie" Reed spoke.`, `"Annie"`, false},
		// Headlines, capitals, an opening adverb and single marks.
		{`REED SAYS "NO" TO PLAN.`, `"NO"`, false},
		{`Mayor Says "Never" Again To Tax Rise`, `"Never"`, false},
		{`Then "Stop" Reed yelled at the men.`, `"Stop"`, false},
		{`Ann ‘Annie’ Reed spoke.`, `‘Annie’`, false},
	} {
		i := strings.Index(tc.text, tc.marked)
		if got := nickname(tc.text, i, i+len(tc.marked)); got != tc.want {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestVerbatimAfter checks that an -ing form of a verb of writing or
// voicing is a verb of its clause only after a form of "be" or a verb
// of beginning or going on; other forms need nothing before them.
func TestVerbatimAfter(t *testing.T) {
	for _, tt := range []struct {
		prev, w string
		want    bool
	}{
		{"had", "typed", true},
		{"began", "chanting", true},
		{"was", "chanting", true},
		{"Kept", "Chanting", true},
		{"good", "writing", false},
		{"stop", "texting", false},
		{"night", "scribbling", false},
		{"", "chanting", false},
		{"the", "plan", false},
	} {
		if got := VerbatimAfter(tt.prev, tt.w); got != tt.want {
			t.Errorf("VerbatimAfter(%q, %q) = %v, want %v", tt.prev, tt.w, got, tt.want)
		}
	}
}

// TestSameTitles checks that a quotation whose words are a title's
// elsewhere in the text, less the comma inside its marks, is that
// title, and that words of speech are left alone.
func TestSameTitles(t *testing.T) {
	d := detect("Network cancels ‘Northbound Static’ after two seasons\n\n“Northbound Static,” the drama about a radio host, will not return. “Northbound Static is over,” its creator said.")
	var kinds []string
	for _, q := range d.Quotes {
		kinds = append(kinds, string(q.Kind)+":"+q.Words(d.Text))
	}
	want := []string{"title:Northbound Static", "title:Northbound Static,", "direct:Northbound Static is over,"}
	if strings.Join(kinds, "|") != strings.Join(want, "|") {
		t.Errorf("kinds %q, want %q", kinds, want)
	}
}

// TestNounOfPhraseApposition checks a title in apposition to a noun for
// a named thing with a short phrase after the noun.
func TestNounOfPhraseApposition(t *testing.T) {
	for _, text := range []string{
		"The council’s slogan for the scheme, ‘Safer streets, happier starts’, was printed on a banner.",
		"The council’s slogan for the scheme, “Safer streets, happier starts,” was printed on a banner.",
	} {
		d := detect(text)
		if len(d.Quotes) != 1 || d.Quotes[0].Kind != doc.QuoteTitle {
			t.Errorf("%q: %v, want one title", text, d.Quotes)
		}
	}
}

// TestCueAfterStop checks that a cue in the sentence after a quotation
// that ends with a full stop is not the quotation's: the phrase stays
// mixed; after a question's mark the cue is read.
func TestCueAfterStop(t *testing.T) {
	for _, c := range []struct{ text, kind string }{
		{"The firm said that the plant “operates within its permit” and reports every fault itself, “as the law requires.” The company denied it.", "mixed"},
		{"The firm asked, “Why now?” asked Ann Lee.", "direct"},
		{"They named the animal Aerodraco, “the air dragon of Glenvarrow,” and argued that it flew.", "mixed"},
	} {
		d := detect(c.text)
		q := d.Quotes[len(d.Quotes)-1]
		if string(q.Kind) != c.kind {
			t.Errorf("%q: last quotation %s, want %s", c.text, q.Kind, c.kind)
		}
	}
}

// TestPerformedTitle checks Title Case words in marks after a verb of
// performing: a song's title, where after "sang," they are words sung.
func TestPerformedTitle(t *testing.T) {
	expectQuotes(t, `At the service the choir sang [1‘]⟨1Lantern of the Northern Sky⟩[1’] and the bishop preached.`, "title")
	expectQuotes(t, `She sang, [1‘]⟨1Nobody knows the trouble I’ve seen,⟩[1’] as the crowd fell silent.`, "direct")
}
