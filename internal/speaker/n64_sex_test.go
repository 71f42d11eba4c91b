package speaker

import (
	"strings"
	"testing"
)

// TestN64NounSex checks that a name after a noun for a person of one sex
// takes that sex, and that "he" then passes over it.
func TestN64NounSex(t *testing.T) {
	for _, c := range []struct {
		text string
		at   string
		want byte
	}{
		{"His daughter Fiona laughed.", "Fiona", 'f'},
		{"Her husband Tom laughed.", "Tom", 'm'},
		{"The actress Ann Reed laughed.", "Ann Reed", 'f'},
		{"The Daughter Fiona laughed.", "Fiona", 0},
		{"The pilot Fiona laughed.", "Fiona", 0}, // a noun of either sex
		{"Fiona laughed.", "Fiona", 0},
		{"Erdahl's mother, Solfrid Erdahl, said she was glad.", "Solfrid Erdahl", 'f'}, // the appositive's noun before its comma
		{"Erdahl's mother Solfrid Erdahl said she was glad.", "Solfrid Erdahl", 'f'},
		{"He wrote to his brother, Solfrid Erdahl said.", "Solfrid Erdahl", 0}, // a new clause's subject after the comma
	} {
		at := strings.Index(c.text, c.at)
		if got := n64NounSex(c.text, at, at+len(c.at)); got != c.want {
			t.Errorf("n64NounSex(%q) = %q, want %q", c.text, got, c.want)
		}
	}
	wantSpeaker(t, "Angus Munro ran the ferry for thirty years.\n\nHis daughter Fiona remembers it differently.\n\nMunro, now 81, retired in 1982. 'There were others,' he insists.", "There were others,", "Angus Munro")
}

// TestN64Things checks that a name after a preposition of place, or
// before a noun of an outlet, is not whom the next "he" means.
func TestN64Things(t *testing.T) {
	for _, c := range []struct{ text, words, name string }{
		{"Jim Tate, who farms 400 acres near Marlow, said he would lose his water. \"How am I supposed to plant?\" he asked.", "How am I supposed to plant?", "Jim Tate"},
		{"\"This deal protects every farm,\" Dan Whitfield told KRVN radio. He accused her of \"playing politics\".", "playing politics", "Dan Whitfield"},
	} {
		wantSpeaker(t, c.text, c.words, c.name)
	}
	for _, c := range []struct {
		text string
		want bool
	}{{"KRVN radio", true}, {"KRVN radios", false}, {"KRVN said", false}, {"KRVN", false}} {
		if got := n64MediaAfter(c.text, len("KRVN")); got != c.want {
			t.Errorf("n64MediaAfter(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
