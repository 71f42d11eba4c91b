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
		{"The mayor sounded a call for the town to accept more boats.", []string{"The mayor | sounded a call for | the town to accept more boats"}},
		{"The pastor made a plea for calm after the vote.", []string{"The pastor | made a plea for | calm after the vote"}},
		{"Ann Reed took a swipe at the board over the fares.", []string{"Ann Reed | took a swipe at | the board over the fares"}},
		{"The boxer took a shot at the title in May.", nil},
		{"The army launched an attack on the town.", nil},
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
		{"Port Union Strikes A Deal To Reopen Ferry", []string{"Port Union | Strikes A Deal | To Reopen Ferry"}},
		{"Port Union Strikes A Deal", nil},
		{"Mayor Says Ferry Will Sail In May", []string{"Mayor | Says | Ferry Will Sail In May"}},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, true)
	}
}

// TestB2CoordinatedVerbs checks a second verb of reporting joined to
// the first by "but", or by "and" after a comma: it shares the
// clause's subject and has its own content, which the first one's
// does not take in. Not after "nothing but", not a verb of evidence,
// evaluation or request after "but", and not a base form or a
// participle after ", and", which a subject inside the content may own.
func TestB2CoordinatedVerbs(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Residents said the pier was unsafe, but vowed to keep using it.", []string{"Residents | said | the pier was unsafe", "Residents | vowed | to keep using it"}},
		{"Residents said the pier was unsafe, and vowed to keep using it.", []string{"Residents | said | the pier was unsafe", "Residents | vowed | to keep using it"}},
		{"The mayor praised the crews but warned that fares would rise.", []string{"The mayor | praised | the crews", "The mayor | warned | that fares would rise"}},
		{"The mayor praised the crews, but warned that fares would rise.", []string{"The mayor | praised | the crews", "The mayor | warned | that fares would rise"}},
		{"His sister agreed, but also argued that the pier should stay open.", []string{"His sister | argued | that the pier should stay open"}},
		{"The council described the plan as costly, and said the pier might close.", []string{"The council | described | the plan as costly", "The council | said | the pier might close"}},
		// Not read: "but" as a preposition, a thing with a verb of
		// evidence, a verb of request without a request.
		{"The crew did nothing but complain about the fares.", nil},
		{"The fear remained but found other outlets in the town.", nil},
		{"He did not go home, but directed his steps toward the inn.", nil},
		// A base form after ", and" may be the content's own verb.
		{"The mayor said the riders want lower fares, and say so often.", []string{"The mayor | said | the riders want lower fares, and say so often"}},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, true)
	}
}

// TestB2OwnerName checks a subject that is a name owned by a name, an
// outlet's or a body's person ("NBC's Ann Reed"), before the cue or
// after it, in a reported clause or after a direct quotation: the
// mention is the whole phrase, the name the person's. Not where the
// second name goes on into a clause of its own, nor across a heading.
func TestB2OwnerName(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The pier is unsafe, said NBC's Ann Reed.", []string{"NBC's Ann Reed | said | The pier is unsafe"}},
		{"The pier is unsafe, noted the Gazette’s Ann Reed.", []string{"the Gazette’s Ann Reed | noted | The pier is unsafe"}},
		{"NBC's Ann Reed said the pier was unsafe.", []string{"NBC's Ann Reed | said | the pier was unsafe"}},
		{"NBC's Ann Reed, the anchor, said the pier was unsafe.", []string{"NBC's Ann Reed, the anchor, | said | the pier was unsafe"}},
		{"Moss's Harbour Plan would close the pier, the mayor said.", []string{"the mayor | said | Moss's Harbour Plan would close the pier"}},
		{"No One’s Perfect\n\nAnd I’m not saying I am.", []string{"I | saying | I am"}},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, true)
	}
	d := run(t, "“The pier is unsafe,” said NBC’s Ann Reed.")
	q := find(d, "The pier is unsafe")
	if q == nil || d.Slice(q.Speaker.Mention) != "NBC’s Ann Reed" || q.Speaker.Name != "Ann Reed" {
		t.Errorf("direct: got %+v", q)
	}
}

// TestB2ColonParagraph checks a paragraph that is only a source and a
// verb of speech before a colon, whose words are the next paragraph
// without marks. Not a verb of another kind or one with its object,
// not a paragraph that opens with a mark or a lower-case word, nor one
// holding a quotation.
func TestB2ColonParagraph(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The ferry ran late again.\n\nThe governor added:\n\nThe pier is old. It cannot last the winter.\n\nFares rose.", []string{"The governor | added | The pier is old. It cannot last the winter."}},
		{"The ferry ran late again.\n\nOrtiz later wrote:\n\nNobody on the board has read the survey.\n\nFares rose.", []string{"Ortiz | wrote | Nobody on the board has read the survey."}},
		{"The ferry ran late again.\n\nShe told reporters:\n\nThe pier is old.\n\nFares rose.", nil},
		{"The ferry ran late again.\n\nThe list includes:\n\nThe pier, the ramp and the shed.\n\nFares rose.", nil},
		{"The ferry ran late again.\n\nThe governor added:\n\n“The pier is old and tired.”\n\nFares rose.", nil},
		{"The ferry ran late again.\n\nThe governor added:\n\nthe pier is old and tired.\n\nFares rose.", nil},
		{"The ferry ran late again.\n\nThe governor added:\n\nThe pier is “old and tired” now.\n\nFares rose.", nil},
	}
	for _, tt := range tests {
		checkIndirect(t, tt.text, tt.want, true)
	}
}
