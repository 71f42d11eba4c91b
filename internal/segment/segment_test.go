package segment

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// expectSentences checks that text, as one paragraph, splits into want.
func expectSentences(t *testing.T, text string, want ...string) {
	t.Helper()
	got := Sentences(text, []doc.Paragraph{{Span: doc.Span{Start: 0, End: len(text)}}}, nil)
	var gs []string
	for _, s := range got {
		gs = append(gs, text[s.Start:s.End])
	}
	if strings.Join(gs, "|") != strings.Join(want, "|") {
		t.Errorf("sentences of %q:\n got  %q\n want %q", text, gs, want)
	}
}

func TestSentences(t *testing.T) {
	expectSentences(t, "One. Two! Three? Four", "One.", "Two!", "Three?", "Four")
	expectSentences(t, "It was said by H. G. Wells in 1919. It was not.",
		"It was said by H. G. Wells in 1919.", "It was not.")
	expectSentences(t, "The memoirs of L.M. Kaganovich say so. Others disagree.",
		"The memoirs of L.M. Kaganovich say so.", "Others disagree.")
	expectSentences(t, "Dear Mr. Williams.  In your article you ask.",
		"Dear Mr. Williams.", "In your article you ask.")
	expectSentences(t, "It led Sens. Ann Moss and Ed Rowe to object. Reps. Lee and Ode agreed.",
		"It led Sens. Ann Moss and Ed Rowe to object.", "Reps. Lee and Ode agreed.")
	expectSentences(t, "She did ten reps. Then she rested.", "She did ten reps.", "Then she rested.")
	expectSentences(t, "Coun. Ana Reed and Const. Ed Moss spoke. It was declared const. The compiler agreed.", "Coun. Ana Reed and Const. Ed Moss spoke.", "It was declared const.", "The compiler agreed.")
	expectSentences(t, "Shri Mohd. Iqbal Rana spoke. He left.", "Shri Mohd. Iqbal Rana spoke.", "He left.")
	expectSentences(t, "Pharm. Ada Obi, Arc. Femi Ode and Barr. Uche Eze spoke. It was Joan of Arc. The rest was Barr. Then they left.",
		"Pharm. Ada Obi, Arc. Femi Ode and Barr. Uche Eze spoke.", "It was Joan of Arc.", "The rest was Barr.", "Then they left.")
	expectSentences(t, "Prices rose 3.5 per cent. Then fell.", "Prices rose 3.5 per cent.", "Then fell.")
	expectSentences(t, "Apples, pears, etc. were sold. Etc. The end.",
		"Apples, pears, etc. were sold.", "Etc.", "The end.")
	expectSentences(t, "He moved to the U.S. The rest followed.", "He moved to the U.S.", "The rest followed.")
	expectSentences(t, "He moved to the U.S. Army base.", "He moved to the U.S. Army base.")
	expectSentences(t, "I was wavering…  I was distracted… by him.",
		"I was wavering…", "I was distracted… by him.")
	expectSentences(t, "Wait... What? No.", "Wait... What?", "No.")
	expectSentences(t, "It ends here...  Then more.", "It ends here...", "Then more.")
	expectSentences(t, "But no. It was No. 5 on the list.", "But no.", "It was No. 5 on the list.")
	expectSentences(t, "It was the sun. Dogs barked.", "It was the sun.", "Dogs barked.")
	expectSentences(t, "She was older than I. She knew.", "She was older than I.", "She knew.")
	expectSentences(t, "She earned a Ph.D. She then left.", "She earned a Ph.D.", "She then left.")
	expectSentences(t, "As Smith et al. The study.", "As Smith et al.", "The study.")
	expectSentences(t, "It lies on Main St. The house is red. St. Paul wrote.", "It lies on Main St.", "The house is red.", "St. Paul wrote.")
	expectSentences(t, "Her rating is 4.5. Critics called it generous.", "Her rating is 4.5.", "Critics called it generous.")
	expectSentences(t, "It was Plan B. That was all.", "It was Plan B.", "That was all.")
	expectSentences(t, "Franklin D. Roosevelt spoke. Vitamin A. Then B.", "Franklin D. Roosevelt spoke.", "Vitamin A.", "Then B.")
	expectSentences(t, "Written by Jerome K. Jerome. Read it.", "Written by Jerome K. Jerome.", "Read it.")
	expectSentences(t, "“I have seen the future.” He said it.[A] Then it spread.",
		"“I have seen the future.”", "He said it.[A]", "Then it spread.")
	expectSentences(t, "He never did afterwards either.”[A]\nLooking for more.",
		"He never did afterwards either.”[A]", "Looking for more.")
	expectSentences(t, "“Why?” he asked. Nobody knew.", "“Why?” he asked.", "Nobody knew.")
	expectSentences(t, "See p. 12 of vol. 3, e.g. the notes. Fine.",
		"See p. 12 of vol. 3, e.g. the notes.", "Fine.")
	expectSentences(t, "It ended (as expected.) Then more.", "It ended (as expected.)", "Then more.")
	expectSentences(t, "Visit example.com today. Go.", "Visit example.com today.", "Go.")
	expectSentences(t, "1. First item here", "1. First item here")
	expectSentences(t, "He cited it.¹ Next.", "He cited it.¹", "Next.")
	expectSentences(t, "   ", []string{}...)
	expectSentences(t, "Сказал он. Потом ушёл.", "Сказал он.", "Потом ушёл.")
}

func TestSentenceSpans(t *testing.T) {
	text := "Title\n\nÉtienne left. “Yes,” said he.  Done"
	paras := []doc.Paragraph{{Span: doc.Span{Start: 0, End: 5}}, {Span: doc.Span{Start: 7, End: len(text)}}}
	got := Sentences(text, paras, nil)
	want := []doc.Sentence{
		{Span: doc.Span{Start: 0, End: 5}, Paragraph: 0},
		{Span: doc.Span{Start: 7, End: 21}, Paragraph: 1},
		{Span: doc.Span{Start: 22, End: 41}, Paragraph: 1},
		{Span: doc.Span{Start: 43, End: 47}, Paragraph: 1},
	}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i].Span != want[i].Span || got[i].Paragraph != want[i].Paragraph {
			t.Errorf("sentence %d: got %v %q, want %v", i, got[i], text[got[i].Start:got[i].End], want[i])
		}
	}
}

// expectTokens checks the tokens of text and their kinds (w, n, p).
func expectTokens(t *testing.T, text string, want ...string) {
	t.Helper()
	got := Tokens(text, []doc.Paragraph{{Span: doc.Span{Start: 0, End: len(text)}}}, nil)
	var gs []string
	for _, k := range got {
		gs = append(gs, text[k.Start:k.End]+"/"+k.Kind.String()[:1])
	}
	if strings.Join(gs, " ") != strings.Join(want, " ") {
		t.Errorf("tokens of %q:\n got  %q\n want %q", text, gs, want)
	}
}

func TestTokens(t *testing.T) {
	expectTokens(t, "Khrushchev’s early Trotskyism", "Khrushchev’s/w", "early/w", "Trotskyism/w")
	expectTokens(t, "the workers’ training program", "the/w", "workers’/w", "training/w", "program/w")
	expectTokens(t, "‘capitalist democracies’ and", "‘/p", "capitalist/w", "democracies/w", "’/p", "and/w")
	expectTokens(t, "the ‘reforms’ failed", "the/w", "‘/p", "reforms/w", "’/p", "failed/w")
	expectTokens(t, "‘when I was at the workers’ training", "‘/p", "when/w", "I/w", "was/w", "at/w", "the/w", "workers’/w", "training/w")
	expectTokens(t, "in the ’90s, rock ’n’ roll", "in/w", "the/w", "’90s/w", ",/p", "rock/w", "’n’/w", "roll/w")
	expectTokens(t, "’Tis true: don't", "’Tis/w", "true/w", ":/p", "don't/w")
	expectTokens(t, "‘In 1923,’, he", "‘/p", "In/w", "1923/n", ",/p", "’/p", ",/p", "he/w")
	expectTokens(t, "3.5 and 1,000 in the 1920s", "3.5/n", "and/w", "1,000/n", "in/w", "the/w", "1920s/w")
	expectTokens(t, "a well-known L.M. Kaganovich...", "a/w", "well-known/w", "L.M/w", "./p", "Kaganovich/w", ".../p")
	expectTokens(t, "“‘Quote’”", "“/p", "‘/p", "Quote/w", "’/p", "”/p")
	expectTokens(t, "naïve café", "naïve/w", "café/w")
	expectTokens(t, "۱۹۲۳ and ٢", "۱۹۲۳/n", "and/w", "٢/n")
}

func TestTokenSpans(t *testing.T) {
	text := "é’s «x»"
	got := Tokens(text, []doc.Paragraph{{Span: doc.Span{Start: 0, End: len(text)}}}, nil)
	want := []doc.Token{
		{Start: 0, End: 6, Kind: doc.TokenWord},
		{Start: 7, End: 9, Kind: doc.TokenPunct},
		{Start: 9, End: 10, Kind: doc.TokenWord, Plain: true},
		{Start: 10, End: 12, Kind: doc.TokenPunct},
	}
	if len(got) != len(want) {
		t.Fatalf("got %v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("token %d: got %v, want %v", i, got[i], want[i])
		}
	}
}

// TestMarkupMarkers checks that a footnote reference kept from the markup
// ends the sentence it follows, even with no space before the next one.
func TestMarkupMarkers(t *testing.T) {
	d := &doc.Document{Text: "It was repaired.12 Then it fell."}
	d.Paragraphs = []doc.Paragraph{{Span: doc.Span{Start: 0, End: len(d.Text)}}}
	d.Elements = []doc.Element{{Span: doc.Span{Start: 16, End: 18}, Kind: doc.ElemFootnoteRef, Parent: -1}}
	Run(d)
	if len(d.Sentences) != 2 || d.Slice(d.Sentences[0].Span) != "It was repaired.12" {
		t.Errorf("sentences %v", d.Sentences)
	}
}

// TestPlainLower checks that a token the segmenter marks Plain has no
// apostrophe and no non-ASCII byte, and that its form in LowerText is
// strings.ToLower's; and that a token with either is not Plain.
func TestPlainLower(t *testing.T) {
	d := &doc.Document{Text: "The Harbour’s BOARD met in O'Neill's café; ’90s rock ’n’ roll, 1,000 «x» Ünal's 3rd."}
	d.Paragraphs = []doc.Paragraph{{Span: doc.Span{Start: 0, End: len(d.Text)}}}
	Run(d)
	plain := 0
	for _, tok := range d.Tokens {
		w := d.Slice(tok.Span())
		low, ok := d.LowerOf(tok)
		want := !strings.ContainsAny(w, "'’") && utf8.ValidString(w) && len(w) == utf8.RuneCountInString(w)
		if ok != want || tok.Plain != want {
			t.Errorf("%q: Plain %v, LowerOf ok %v; want %v", w, tok.Plain, ok, want)
		}
		if ok {
			plain++
			if low != strings.ToLower(w) {
				t.Errorf("%q: LowerOf %q, want %q", w, low, strings.ToLower(w))
			}
		}
	}
	if plain < 10 {
		t.Errorf("only %d Plain tokens", plain)
	}
	// Without LowerText (a document whose tokens were set by hand), no
	// token has a shared form.
	d.LowerText = ""
	for _, tok := range d.Tokens {
		if _, ok := d.LowerOf(tok); ok {
			t.Fatalf("LowerOf answered without LowerText")
		}
	}
}
