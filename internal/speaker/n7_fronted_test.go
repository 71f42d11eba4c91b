package speaker

import (
	"strings"
	"testing"
)

// TestN7Fronted checks the words of an indirect quotation whose
// attribution stands in a fronted adverbial clause: they end at the
// comma before the main clause (a pronoun and a verb, or a noun phrase
// and an auxiliary), and the main clause's own attribution is a
// quotation of its own, not one inside them. It also checks the words
// left whole: an attribution that opens the sentence, one after
// "that", a relative clause, an appositive, a list, an aside and a
// closing "they say" after the comma (the last four in
// TestN7ClauseStart, where the clause reader ends the words itself).
func TestN7Fronted(t *testing.T) {
	for _, tt := range []struct{ text, cue, words string }{
		// cut at the main clause
		{"The mayor spoke on Monday. And while the mayor has railed against the fees that burden the ferry, he has sought to protect the pier.", "railed against", "the fees that burden the ferry"},
		{"When the council examined the mayor's claim, it was found to be false.", "examined", "the mayor's claim"},
		{"But just as the storm had residents wondering about the old pier, the fire has officials contemplating a closure.", "wondering", "the old pier"},
		{"Though the trustees criticized the new budget that the board had passed, they're likely to approve it.", "criticized", "the new budget that the board had passed"},
		{"If, as Ann Lee has argued, the ferry loses money every year, the city will sell it.", "argued", "the ferry loses money every year"},
		// must not cut
		{"Ann Lee said the ferry, which loses money every year, will be sold.", "said", "the ferry, which loses money every year, will be sold"},
		{"Ann Lee said that if the board balks, it will sue the city.", "said", "that if the board balks, it will sue the city"},
		{"While the mayor criticized the fees, the harbor tax and the tolls, the council kept them.", "criticized", "the fees, the harbor tax and the tolls"},
	} {
		d := run(t, tt.text)
		q := c5Quote(d, tt.cue)
		if q == nil {
			t.Errorf("%q: no quotation with the cue %q", tt.text, tt.cue)
			continue
		}
		var got []string
		for _, c := range q.Content {
			got = append(got, tt.text[c.Start:c.End])
		}
		if w := got[len(got)-1]; w != tt.words {
			t.Errorf("%q: words %q, want %q", tt.text, w, tt.words)
		}
	}
}

// TestN7FrontedMain checks that the main clause's attribution, once the
// fronted clause's words end before it, is a quotation of its own, not
// one inside them.
func TestN7FrontedMain(t *testing.T) {
	text := "But just as the storm had residents wondering about the old pier, the fire has officials contemplating a closure."
	d := run(t, text)
	q := c5Quote(d, "contemplating")
	if q == nil {
		t.Fatalf("%q: no quotation with the cue %q", text, "contemplating")
	}
	if q.Parent >= 0 {
		t.Errorf("%q: the main clause's quotation lies inside %q", text, d.Text[d.Quotes[q.Parent].Start:d.Quotes[q.Parent].End])
	}
	if m := q.Speaker.Mention; text[m.Start:m.End] != "officials" {
		t.Errorf("%q: mention %q, want %q", text, text[m.Start:m.End], "officials")
	}
}

// TestN7FrontedWords checks n7Fronted on the words before a mention.
func TestN7FrontedWords(t *testing.T) {
	for _, tt := range []struct {
		before   string
		ifAs, ok bool
	}{
		{"While ", false, true},
		{"And while ", false, true},
		{"But just as the storm had ", false, true},
		{"The board met. Though ", false, true},
		{"“When ", false, true},
		{"If, as ", true, true},
		// not a fronted clause
		{"The board said that while ", false, false},
		{"After the vote, ", false, false},
		{"The mayor and ", false, false},
		{"Meanwhile ", false, false},
		{"As Mr. ", false, false}, // a full stop inside the clause: left
	} {
		text := tt.before + "Ann Lee said it."
		ifAs, ok := n7Fronted(text, len(tt.before))
		if ifAs != tt.ifAs || ok != tt.ok {
			t.Errorf("%q: n7Fronted = %v, %v; want %v, %v", tt.before, ifAs, ok, tt.ifAs, tt.ok)
		}
	}
}

// TestN7ClauseStart checks the words read after a comma as the start of
// a main clause.
func TestN7ClauseStart(t *testing.T) {
	for _, tt := range []struct {
		after string
		want  bool
	}{
		{" he has sought to protect it.", true},
		{" it was found false.", true},
		{" they’re likely to approve it.", true},
		{" the fire has officials contemplating a closure.", true},
		{" Clinton’s sudden health scare has voters worried.", true},
		// not a main clause
		{" which loses money, will be sold.", false},
		{" a plan that the board had passed, nothing changed.", false},
		{" the ferry and the bridge are unsafe.", false},
		{" in May, the council met.", false},
		{" she noted, was unsafe.", false},
		{" they say.", false},
		{" the council kept it open.", false}, // no auxiliary: left to the clause reader
	} {
		if got := n7ClauseStart(tt.after, 0, len(tt.after)); got != tt.want {
			t.Errorf("%q: n7ClauseStart = %v, want %v", tt.after, got, tt.want)
		}
	}
}

// TestN7Linear checks that the stage's time stays linear in a text of
// many fronted clauses.
func TestN7Linear(t *testing.T) {
	checkLinear(t, "the text", func(n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString("And while the mayor has railed against the fees that burden the ferry, he has sought to protect the pier. ")
			b.WriteString("When the council examined the claim, it was found false, and the board, which met, agreed.\n\n")
		}
		return b.String()
	}, 300)
}

// TestN7Lower checks the words n7Fronted lower-cases on the stack
// (n7Lower) against strings.ToLower, for its conjunctions and
// subordinators.
func TestN7Lower(t *testing.T) {
	words := []string{"", "a", "And", "AND", "and", "But", "so", "Yet", "STILL", "stiLL", "ſo", "ſtill", "While", "WHILE", "WHİLE", "whenever", "Whenever",
		"Whenevers", "ALTHOUGH", "Although", "Because", "since", "As", "aS", "If", "after", "Before", "Once", "whereas", "Unless", "Until", "unTil", "Ｗhile", "then", "éven", "x\xff"}
	for w := range n7Subordinators {
		words = append(words, w, strings.ToUpper(w), w+"s")
	}
	for _, w := range words {
		var buf [8]byte
		n := n7Lower(&buf, w)
		low := strings.ToLower(w)
		if got, want := n7Conj(buf[:n]), low == "and" || low == "but" || low == "so" || low == "yet" || low == "still"; got != want {
			t.Errorf("n7Conj(n7Lower(%q)) = %v, want %v", w, got, want)
		}
		n = n7Lower(&buf, w)
		if got, want := n7Subordinators[string(buf[:n])], n7Subordinators[low]; got != want {
			t.Errorf("n7Subordinators[n7Lower(%q)] = %v, want %v", w, got, want)
		}
	}
}
