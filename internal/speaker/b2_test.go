package speaker

import "testing"

// TestB2ArticleParticles checks that a verb of reporting.txt whose
// particle opens with the article "a" ("issue a warning", "strike a
// deal") is read with its particle, and that the article is not read as
// the letter of class a: before, "issue" and "strike" had only that
// class, and their phrase's words ("warning", "deal") and the class
// letters after it ("s", "i") were read as forms of them, so "I" was a
// verb of reporting and ended a reported clause ("said that Tom and I
// …" gave "that Tom").
func TestB2ArticleParticles(t *testing.T) {
	for _, w := range []string{"i", "s", "deal", "a"} {
		if len(reporting[w]) > 0 {
			t.Errorf("%q has senses %v: a word of a particle or a class letter read as a form", w, reporting[w])
		}
	}
	for w, p := range map[string]string{"issued": "a warning", "strikes": "a deal", "struck": "a deal"} {
		ok := false
		for _, s := range reporting[w] {
			ok = ok || s.particle == p && s.class != 'a'
		}
		if !ok {
			t.Errorf("%q: no sense with particle %q, got %v", w, p, reporting[w])
		}
	}
	tests := []struct {
		text string
		want []string
	}{
		{"The agency issued a warning that the bridge would close.", []string{"The agency | issued a warning | that the bridge would close"}},
		{"The union struck a deal to end the stoppage.", []string{"The union | struck a deal | to end the stoppage"}},
		{"The mayor said that Tom and I would meet at the pier.", []string{"The mayor | said | that Tom and I would meet at the pier"}},
		{"Ann Reed said I was late.", []string{"Ann Reed | said | I was late"}},
		// The verb alone, without its phrase, reports nothing.
		{"The agency issued new passes to the crews.", nil},
		{"The union struck the pier with a boat.", nil},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, true)
	}
}

// TestB2HeadlineVerb checks that a headline in title case is not read
// through a verb whose only senses report with a noun phrase after it
// ("strike a deal"), when the phrase is not there; with the phrase, or
// with a particle that is a preposition ("speak out"), it is.
func TestB2HeadlineVerb(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The Ferry Strike That Never Was", nil},
		{"The Harbour Strike That Closed The Port", nil},
		{"Port Union Strikes A Deal To Reopen Ferry", []string{"Port Union | Strikes | A Deal To Reopen Ferry"}},
		{"Mayor Says Ferry Will Sail In May", []string{"Mayor | Says | Ferry Will Sail In May"}},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, true)
	}
}
