package speaker

// n3LyNames are the words in -ly that are no adverbs of manner
// (nonreport.txt's n3lynames): nouns ("family", "reply") and proper
// names, which lyAdverb took for adverbs by their ending: places ("Wired
// Italy reports that …": the subject's reader stopped before "Italy", an
// adverb between the subject and its verb, and named "Wired") and given
// names ("said Aunt Molly", "Kelly told reporters"). The adverbs of
// manner a writer capitalises mid-sentence are none of these.
var n3LyNames = nonreportLists["n3lynames"]
