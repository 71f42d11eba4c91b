package speaker

// n53DeterminedToHave reports whether the participle at toks[c], after a
// form of "be", is "determined" before "to have": "the firm involved
// was determined to have caused the spill" is the passive of
// "determine" (someone found that the firm caused it), not the
// adjective of resolve that the stance reading takes ("the mayor was
// determined to reopen the pier": the mayor's intention). A perfect
// infinitive looks back at what was done, which resolve never does; so
// the subject states nothing, and the agent, who determined it, is
// not named. The stance reading is then not made.
func n53DeterminedToHave(toks []tok, c int) bool {
	return toks[c].low == "determined" && c+2 < len(toks) && toks[c+1].low == "to" && toks[c+2].low == "have"
}
