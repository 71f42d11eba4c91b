package speaker

// n3LyNames are proper names in -ly (nonreport.txt's n3lynames), which
// lyAdverb took for adverbs of manner by their ending: places ("Wired
// Italy reports that …": the subject's reader stopped before "Italy", an
// adverb between the subject and its verb, and named "Wired") and given
// names ("said Aunt Molly", "Kelly told reporters"). The adverbs of
// manner a writer capitalises mid-sentence are none of these.
var n3LyNames = nonreportLists["n3lynames"]
