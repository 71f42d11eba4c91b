package speaker

import _ "embed"

// n10_cues.txt holds verbs of reporting whose object is their content,
// most with a preposition of their own: "weighed in about the delay",
// "pleads for his life", "thanked the crew for …", "took offense at
// suggestions that …", "identified two flaws in the plan". News prose reports a
// stance this way as often as with a clause, and PolNeAR marks the
// subject as the source and the object as the content. They are lines
// of reporting.txt's form, kept in a file of their own, and parc.go
// reads them after reporting.txt's lines (reportingLines), so that each
// is read by the same rules: the subject before the verb (a relative
// "who", a pronoun, a name), the object up to the clause's end, and no
// reading where the verb is a noun or a passive. The file says which
// verbs were left out and why: a verb whose object is as often a thing
// acted on ("exposing the crew to radiation") or whose form is as often
// an adjective or a noun ("single", "respect") turns deeds into
// attributions.
//
//go:embed n10_cues.txt
var n10CueData []byte

// reportingLines is reporting.txt's data with n10_cues.txt's lines after
// it, a line break between (the last line of the one is never run into
// the first of the other).
func reportingLines(data []byte) []byte {
	out := make([]byte, 0, len(data)+1+len(n10CueData))
	out = append(out, data...)
	out = append(out, '\n')
	return append(out, n10CueData...)
}
