package speaker

// r2TailParticiple reports whether t, the word after the comma that
// follows a trailing cue ("The fares will rise, Ann Reed said, citing
// the county's figures"), is the -ing form of a verb of reporting.txt:
// news prose hands a second attribution to the trailing cue's subject
// with any such participle ("citing", "calling", "accusing",
// "pointing to"), not only with the participles of saying that may
// introduce words in marks (participles, speaker.go). The direct
// quotation's trailing cue already reads them so ("“…,” she said,
// citing …", quoteBefore); participleTail (a1_participle.go) then reads
// the verb as readCue does, subject and content, so a participle with
// no content of its class ("…, Ed Moss said, looking tired") gives
// nothing. The participles of a gesture or a stance of the body
// (r2BodyParticiples) are left out: after a comma they tell where the
// speaker stood or what was pointed at as often as a report ("the boat
// is ready, he said, pointing to the door").
func r2TailParticiple(t *tok) bool {
	if !t.is(isReporting) || len(t.low) < 5 || t.low[len(t.low)-3:] != "ing" || r2BodyParticiples[t.low] {
		return false
	}
	for _, s := range t.senses() {
		if s.ing {
			return true
		}
	}
	return false
}

// r2BodyParticiples are participles of reporting.txt that name a
// gesture or a stance of the body as well: "pointing to", "standing
// by", "holding", "walking back", "looking at".
var r2BodyParticiples = map[string]bool{"pointing": true, "standing": true, "holding": true, "walking": true, "looking": true}
