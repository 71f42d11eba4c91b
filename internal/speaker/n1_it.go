package speaker

// n1ItSpeech reports whether a verb with these senses may have "it" for
// its subject in a reported clause, a body or a document that speaks
// ("The agency met on Monday. It warned that the deal could
// collapse."): a verb of speech, evidence or speech to someone
// (reporting.txt classes s, k, v and o), or one that is a verb of
// speech and of belief both ("insist": "It insisted that the fees were
// lawful"). The reader asked for classes s, k and v only, and read no
// speaker for "It warned that …", "It told reporters that …" or "It
// insisted that …", which news prose writes of a company, an agency or
// a court named in the sentence before, as it writes "It said …".
// What "it" names is itBefore's (a3_it.go): a carrier of words, or,
// for a verb of speech, a body named with "the" in the sentence before;
// failing both, no speaker. A verb of belief alone ("It believes",
// "It expects") stays out: "it" before one is as often a plan, a
// market or the weather as a body.
func n1ItSpeech(senses []verbSense) bool {
	speech := false
	for _, s := range senses {
		switch s.class {
		case 's', 'k', 'o':
			speech = true
		case 'v', 'c':
		default:
			return false
		}
	}
	return speech || onlyClasses(senses, "v")
}
