package speaker

import "testing"

// TestN8Relatives checks the head n8Relatives gives a relative pronoun
// that is a quotation's mention: past a post-modifier, a time phrase, a
// place adverb and a possessive, and a pronoun of quantity before
// "who"; and that it leaves a name that is the head, a person inside
// the post-modifier, a noun of quantity, and "which" after a comma.
func TestN8Relatives(t *testing.T) {
	for _, c := range []speakerCase{
		// A post-modifier: the person before the preposition.
		{"The hearing ran late. “We will appeal,” said Ed Moss, a lawyer for the Harbour Trust, who added that the ruling ignored the tides.", "that the ruling ignored", "Ed Moss"},
		{"The fund was audited last spring. The delay angered nervous Liberals in Westminster, who argued that the audit came too late.", "that the audit came too late", "Liberals"},
		{"The fund was audited last spring. I also thank those at the Ferry Guild who said that the audit was fair.", "that the audit was fair", "those at the Ferry Guild"},
		{"The fund was audited last spring. She spoke to Ann Ortiz, a clerk at the Harbour Office who said that the audit was fair.", "that the audit was fair", "Ann Ortiz"},
		{"The fund was audited last spring. It pleased donors from across the county, who said that the pier can be saved.", "that the pier can be saved", "donors"},
		{"The fund was audited last spring. The claim came from a surveyor based in Leeds, who said that the audit was rushed.", "that the audit was rushed", "a surveyor"},
		{"The row grew. A member of the Senate who said that the audit was unfair walked out.", "that the audit was unfair", "A member"},
		{"The row grew. The Ashton campaign's spokesman, who said that the audit was fair, left early.", "that the audit was fair", "The Ashton campaign's spokesman"},
		{"The row grew. The Liberals in the House who said that the audit was unfair walked out.", "that the audit was unfair", "The Liberals"},
		{"The row grew. He spoke with residents of Ashton who said that the pier was unsafe.", "that the pier was unsafe", "residents"},
		// A pronoun of quantity just before "who".
		{"The audit of the Ferry Guild drew scrutiny from some who said that the figures were wrong.", "that the figures were wrong", "some"},
		// A time phrase, and a document before its post-modifier.
		{"The mayor released a memo from his lawyer Monday night that says the deal was legal.", "the deal was legal", "a memo"},
		{"The paper printed her bank statements from 2009 that show she paid no tax.", "she paid no tax", "her bank statements"},
		// A place adverb; a possessive.
		{"The sealed video has become a rallying point for marchers here, who have filled the streets and demanded that the footage be shown.", "that the footage be shown", "marchers"},
		{"The footage is still sealed. Ed Moss's neighbours, who insisted that the footage be shown, met the chief.", "that the footage be shown", "Ed Moss's neighbours"},
		// A title and its post-modifier are one name. Not: a name after
		// a document; a person inside the post-modifier; a thing for
		// "who"; "which" after a comma.
		{"He wrote to the Secretary of State, who said that the audit was fair.", "that the audit was fair", "the Secretary of State"},
		{"He quoted a report by the Harbour Board that found the pier was unsafe.", "the pier was unsafe", "the Harbour Board"},
		{"The fund was audited last spring. The memo went to a lawyer for Ann Ortiz, who said that the audit was fair.", "that the audit was fair", "Ann Ortiz"},
		{"The fund was audited last spring. A number of Liberals who said that the audit was unfair walked out.", "that the audit was unfair", "Liberals"},
		{"The story was copied onto the town’s page on an online almanac, which says that the ferry sank.", "that the ferry sank", "an online almanac"},
	} {
		checkSpeakerName(t, c)
	}
}
