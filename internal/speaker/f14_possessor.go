package speaker

import "strings"

// f14PassPossessor reports whether resolveAtExcept passes over mention
// j for a "he" or "she", the subject of a cue next to quotation marks
// at offset at, because the mention is a possessor ("Minty's story",
// "Mr. Bingley's invitation"): a name in that place is seldom the one
// who speaks next; the subject of the clause, who acted on the thing
// possessed, is ("Kitty told him that Minty's story had reached their
// employers. ¶ “…,” she said" is Kitty's). As with an object, the
// possessor is kept as a fallback when no one else fits. It does not
// read a possessor of a face, a voice or a look (f14Own: "Madame
// Olenska's face grew brilliant. “…” She"), whom the clause is about;
// nor a pronoun in indirect speech or plain narration, where news
// prose most often means the possessor ("It was under Mr. Ban's watch
// that the Assembly set up a fund. He has championed …": measured,
// 5 of 8 such readings on the reference news texts went wrong); nor
// one inside a quotation, nor "they". Its hook is in resolveAtExcept
// (attribute.go).
func (a *attributor) f14PassPossessor(j int, pron string, at int, outside bool, fallback *string) bool {
	m := &a.mentions[j]
	if !outside || pron != "he" && pron != "she" || !f4Possessor(a.text, m.End) {
		return false
	}
	if !f14AtQuote(a.text, at) {
		return false // "Trump's plan … He also wants": in reported speech the possessor is often the one meant
	}
	if w, _ := f4WordAfter(a.text, m.End); f14Own[w] {
		return false // "Madame Olenska's face grew brilliant. … She": her own face is she
	}
	if *fallback == "" {
		*fallback = m.text
	}
	return true
}

// f14Own are the nouns of a body, a voice or a mood whose possessor is
// the one the clause is about ("Ann's face fell", "Ed's voice shook").
var f14Own = map[string]bool{"face": true, "eyes": true, "eye": true, "voice": true, "hand": true, "hands": true, "heart": true, "lips": true,
	"cheeks": true, "cheek": true, "head": true, "brow": true, "look": true, "looks": true, "manner": true, "tone": true, "countenance": true,
	"mouth": true, "features": true, "smile": true, "glance": true, "colour": true, "color": true, "temper": true, "spirits": true,
	"mind": true, "own": true, "tongue": true, "arm": true, "arms": true, "fingers": true, "feet": true, "expression": true, "gaze": true,
	"lip": true, "forehead": true, "shoulders": true, "laugh": true, "words": true, "reply": true, "answer": true, "anger": true}

// f14QuoteReach bounds, in bytes, the cue words between the pronoun
// f14AtQuote reads and an opening mark after it ("she cried, with an
// hysterical sob, “"); f14QuoteBack those between a closing mark and
// the pronoun ("“…,” said she").
const (
	f14QuoteReach = 40
	f14QuoteBack  = 16
)

// f14AtQuote reports whether the pronoun at offset at is the subject of
// a cue next to quotation marks: a closing mark and a comma's or a
// cue verb's few bytes before it ("“…,” she said", "“…,” said he"), or
// an opening mark a few bytes after it with no sentence's end between
// ("she said: “…"). Indirect speech and plain narration are not read.
func f14AtQuote(text string, at int) bool {
	for i := at - 1; i >= 0 && i >= at-f14QuoteBack; i-- {
		c := text[i]
		if c == '.' || c == '\n' {
			break
		}
		if c == '"' || c == 0x9D && i >= 2 && text[i-2] == 0xE2 && text[i-1] == 0x80 {
			return true
		}
		if c == 0x99 && i >= 3 && text[i-2] == 0xE2 && text[i-1] == 0x80 && strings.IndexByte(",?!", text[i-3]) >= 0 {
			return true // a single closing mark after the words' comma: "‘…,’ she said" (an apostrophe follows a letter)
		}
	}
	for i := at; i < len(text) && i < at+f14QuoteReach; i++ {
		c := text[i]
		if c == '.' || c == '!' || c == '?' || c == '\n' && i+1 < len(text) && text[i+1] == '\n' {
			return false
		}
		if c == '"' || c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] == 0x9C || text[i+2] == 0x98) {
			return true
		}
	}
	return false
}
