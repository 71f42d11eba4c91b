package speaker

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// n15BackVerbs are the verbs that take "back" as their particle in a
// headline: "hits back", "fires back", "fights back", "pushes back",
// "comes back". After one of them "Back" is the particle, not the verb
// "back" (to support: "Unions Back Ferry Plan").
var n15BackVerbs = map[string]bool{
	"hit": true, "hits": true, "fire": true, "fires": true, "fired": true,
	"strike": true, "strikes": true, "struck": true, "fight": true, "fights": true,
	"fought": true, "shoot": true, "shoots": true, "shot": true, "snap": true,
	"snaps": true, "snapped": true, "lash": true, "lashes": true, "lashed": true,
	"bite": true, "bites": true, "bit": true, "come": true, "comes": true,
	"came": true, "bounce": true, "bounces": true, "bounced": true, "step": true,
	"steps": true, "stepped": true, "pull": true, "pulls": true, "pulled": true,
	"walk": true, "walks": true, "walked": true, "roll": true, "rolls": true,
	"rolled": true, "scale": true, "scales": true, "scaled": true, "claw": true,
	"claws": true, "clawed": true, "swing": true, "swings": true, "swung": true,
	"talk": true, "talks": true, "talked": true, "write": true, "writes": true,
	"wrote": true, "punch": true, "punches": true, "punched": true, "push": true,
	"pushes": true, "pushed": true, "fall": true, "falls": true, "fell": true,
}

// n15TitleSkip reports whether the capitalised word at c of a headline
// in title case is no verb for titleCue to read there:
//   - "Back" as the particle of the verb before it ("Senator Hits Back
//     At Critics", "Governor Fires Back"): it is no verb of evaluation,
//     and the words before it ("Senator Hits") are no source. "Unions
//     Back Ferry Plan", with a noun before "Back", still reads the verb.
//   - a verb whose every sense in reporting.txt needs a particle and
//     that n13Headlines reads in headlines with that particle ("One
//     Letter Sums Up …"): titleCue would cut the cue before the
//     particle ("Sums" | "Up The …").
func n15TitleSkip(toks []tok, c int) bool {
	if c < 1 || c >= len(toks) {
		return false
	}
	if toks[c].low == "back" && toks[c-1].word && n15BackVerbs[toks[c-1].low] {
		return true
	}
	ss := toks[c].senses()
	if _, ok := n13Verb(toks[c].low); !ok || len(ss) == 0 {
		return false
	}
	for _, s := range ss {
		if s.particle == "" {
			return false
		}
	}
	return true
}

// n15ObjectWords are the words that open a verb's object: after a
// capitalised word that opens a line, one of them shows that word to
// be a verb in the imperative ("Sell her plan", "Get those jokes off"),
// where a subject is followed by its verb.
var n15ObjectWords = map[string]bool{"the": true, "a": true, "an": true, "her": true, "his": true, "their": true, "its": true, "our": true, "my": true, "your": true, "those": true, "these": true, "this": true, "them": true, "him": true, "us": true, "me": true}

// n15Imperative reports whether the subject s that a participle after
// the main clause takes (", adding …") is the first word of a line in
// the imperative: a list of tasks or tips, one a line, with no stop
// between them ("Sell her plan (…)\nGet those jokes off, adding
// levity."), makes one sentence whose first word the subject reader
// takes for a name. The word opens its line (spaces only before it,
// back to a line break or the text's start) and is followed by a word
// that opens an object (n15ObjectWords). "Moss said …, adding" and
// "Ann Moss, the pilot, …" keep their subject: a name is followed by a
// verb or a comma. The look-back and the look-ahead are 16 bytes each.
func n15Imperative(text string, s doc.Span) bool {
	if s.End <= s.Start || s.End > len(text) || strings.ContainsAny(text[s.Start:s.End], " \n") {
		return false
	}
	w := text[s.Start:s.End]
	if w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	i := s.Start - 1
	for i >= 0 && i >= s.Start-16 && (text[i] == ' ' || text[i] == '\t') {
		i--
	}
	if i >= 0 && text[i] != '\n' {
		return false
	}
	j := s.End
	if j >= len(text) || text[j] != ' ' {
		return false
	}
	j++
	k := j
	for k < len(text) && k < j+16 && text[k] >= 'a' && text[k] <= 'z' {
		k++
	}
	return k < len(text) && k > j && (text[k] == ' ' || text[k] == '\n') && n15ObjectWords[text[j:k]]
}
