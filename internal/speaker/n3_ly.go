package speaker

// n3LyNames are proper names in -ly, which lyAdverb took for adverbs of
// manner by their ending: places ("Wired Italy reports that …": the
// subject's reader stopped before "Italy", an adverb between the
// subject and its verb, and named "Wired") and given names and
// surnames ("said Emily", "Kelly told reporters"). The adverbs of
// manner a writer capitalises mid-sentence are none of these.
var n3LyNames = map[string]bool{
	"italy": true, "sicily": true, "kelly": true, "emily": true, "holly": true, "molly": true, "polly": true,
	"dolly": true, "sally": true, "shelly": true, "beverly": true, "reilly": true, "o'reilly": true, "o’reilly": true,
	"kimberly": true, "lilly": true, "billy": true, "willy": true, "wally": true, "nelly": true,
}
