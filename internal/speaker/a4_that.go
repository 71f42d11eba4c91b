package speaker

// evaluatedThat reports whether the noun after a demonstrative "that"
// names something said, proposed or decided, which a verb of
// evaluation (class e of reporting.txt: "reject", "criticize",
// "support", "oppose", "praise") judges: "The judge rejected that
// argument", "The council backed that proposal", "Critics assailed
// that decision". The demonstrative points back at words reported
// before, but the evaluation is new content of its own, and PolNeAR
// marks it so. A verb of saying with such an object ("repeated that
// phrase") reports nothing new and stays unread; so does a thing that
// is no stance ("rejected that car").
func evaluatedThat(n string) bool {
	return stanceNoun(n) || proposalNoun(n) || planHeads[n] || verdictNouns[n]
}
