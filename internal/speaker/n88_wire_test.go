package speaker

import "testing"

// TestN88WireShapes checks three shapes of wire copy: "said that" before
// a number with a thousands comma (read as a demonstrative "that"
// before a noun and a comma), a trailing cue dated "late on Sunday" (the
// date read as the words said), and ranks written short before a name
// ("Lt. Cmdr. Ansel Frey" read as "Lt").
func TestN88WireShapes(t *testing.T) {
	wantSpeaker(t, "The quake struck.\n\nThe interior ministry said that 1,100 tents had been sent to the region.", "that 1,100 tents", "The interior ministry")
	d := run(t, "The war ended.\n\nThe ceasefire was largely holding by nightfall, the defence ministry said late on Sunday.")
	if q := find(d, "The ceasefire was largely holding"); q == nil || q.Speaker.Name == "" {
		t.Errorf("no attribution of the clause before a cue dated late on Sunday: %+v", d.Quotes)
	}
	if q := find(d, "late on Sunday"); q != nil {
		t.Errorf("the date read as the words said: %+v", q)
	}
	for _, rank := range []string{"Lt. Cmdr.", "Sgt.", "Lt. Col.", "Det."} {
		wantSpeaker(t, "The ship sank.\n\n\"It was dark,\" said "+rank+" Ansel Frey, a spokesman.", "It was dark", rank+" Ansel Frey")
	}
}
