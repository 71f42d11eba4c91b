package speaker

import "testing"

// TestC4Unfit checks the names no "he", "she" or "they" may mean: a
// pronoun with a verb contracted onto it; and names with an apostrophe
// that may be meant.
func TestC4Unfit(t *testing.T) {
	for _, tt := range []struct {
		pron, name string
		want       bool
	}{
		{"they", "We’re", true},
		{"he", "It's", true},
		{"she", "They’re", true},
		// must not fire
		{"they", "Egyptian Copts", false},
		{"he", "O’Brien", false},
		{"he", "Julian Evans", false},
		{"she", "Ann's", false},
	} {
		if got := c4Unfit(tt.pron, tt.name); got != tt.want {
			t.Errorf("c4Unfit(%q, %q) = %v, want %v", tt.pron, tt.name, got, tt.want)
		}
	}
}

// TestC4Speakers checks whom a pronoun or "who" is resolved to in
// sentences where the name just before it cannot be meant, and where
// it can.
func TestC4Speakers(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		// "who" after a name modifying a noun: the description.
		{"The vote keeps in place an Israeli prime minister who has declared his intention to resist the plan.", "an Israeli prime minister"},
		{"The court heard from a French official who has argued that the levy was unfair.", "a French official"},
		// "who" after an appositive's description: the name it describes.
		{"Senator Ann Ortiz, an Oklahoma Republican who warned of the debt in the past, played down that threat.", "Senator Ann Ortiz"},
		{"Ed Moss, the Ohio Democrat who has argued that the levy was unfair, left early.", "Ed Moss"},
		{"The mayor has clashed with Ed Moss, now the Ohio party chairman, who argued that the levy was unfair.", "Ed Moss"},
		// "who" after a noun phrase of persons past the name: the phrase.
		{"The mayor got a letter from Acme Corp that named the workers who have argued that the levy was unfair.", "the workers"},
		{"Ann Ortiz told a young woman who suggested that the levy was unfair.", "a young woman"},
		// must not fire: a predicate, a phrase of no persons.
		{"Ed Moss is a former lawyer who has argued that the levy was unfair.", "Ed Moss"},
		{"The mayor met Ann Ortiz on the pier for the afternoon, who argued that the levy was unfair.", "Ann Ortiz"},
		// must not fire: the name is whom "who" means.
		{"The board heard from Ann Ortiz, who has argued that the levy was unfair.", "Ann Ortiz"},
		// A name met paragraphs back is no one taking turns: "he"
		// is the speaker just quoted.
		{"Militants killed 21 Christians, 20 of them Egyptian Copts, along the coast.\n\nOfficials fear more attacks.\n\nAjmi Lourimi, a party member, said the attack would unite the country.\n\n“We want to unify against this danger,” Lourimi said.\n\n“We have nothing to fear,” he said of himself and his party.", "Lourimi"},
		// must not fire: two on the scene take turns.
		{"Ed Moss met Tom Reed on the pier.\n\n“The boat is late,” said Reed.\n\n“It always is,” he said.", "Ed Moss"},
	} {
		d := run(t, tt.text)
		got := ""
		for _, q := range d.Quotes {
			got = q.Speaker.Name // the last quotation's
		}
		if got != tt.want {
			t.Errorf("%q: speaker %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestC4DescriptionAcrossParagraph checks that the word that ends a
// heading or a paragraph is no title of a name that opens the next
// ("… to welcome the US president¶Kenya trip"), while a line wrapped
// inside a paragraph keeps its title ("businessman\nEd Moss").
func TestC4DescriptionAcrossParagraph(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Mr Obama spoke at the White House.\n\nKenya is getting ready to welcome the US president\n\nKenya trip\n\nMr Obama was speaking at the White House before departing for Kenya.\n\nHis father was Kenyan and the president is expected to meet relatives in Nairobi.\n\nMr Obama has faced criticism in the country. However, in his interview, the president said he would not fall silent on the issue.", "the president"},
		{"The vote is on Monday. The deal was backed by businessman\nEd Moss and his staff.\n\nIn an interview, the businessman said the deal would pass.", "Ed Moss"},
	} {
		d := run(t, tt.text)
		got := ""
		for _, q := range d.Quotes {
			got = q.Speaker.Name
		}
		if got != tt.want {
			t.Errorf("%q: speaker %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestC4LeadName checks that a full name of unknown sex that opens the
// paragraph before a "she" as its subject is whom it means, before a
// woman named further back; and that a name further back, or one
// inside its paragraph, waits for a known one as before.
func TestC4LeadName(t *testing.T) {
	const before = "“We are worried about these pills,” said inspector Jennifer Mattinson of the police.\n\nThe agency warned people to stay away from such products.\n\n"
	for _, tt := range []struct{ text, want string }{
		{before + "Sasha Parry issued a plea for people to stay away from the pills.\n\n“She never understood how dangerous they were,” she said.", "Sasha Parry"},
		{before + "Morwenna Tregarthen has run the clinic since 2012. “We see it every week,” she said.", "Morwenna Tregarthen"},
		// must not fire: a name inside its paragraph, or two back.
		{before + "The plea came from the family of Sasha Parry on Monday.\n\n“She never understood how dangerous they were,” she said.", "Jennifer Mattinson"},
		{before + "Sasha Parry issued a plea on Monday.\n\nThe pills were sold online.\n\n“She never understood how dangerous they were,” she said.", "Jennifer Mattinson"},
	} {
		d := run(t, tt.text)
		got := ""
		for _, q := range d.Quotes {
			got = q.Speaker.Name
		}
		if got != tt.want {
			t.Errorf("%q: speaker %q, want %q", tt.text, got, tt.want)
		}
	}
}
