package speaker

// g3RepeatVerbs are pasts by which a speaker puts out again, or reads
// out, words a noun for an utterance names, beside issueVerbs
// (mention.go): "The mayor repeated her warning:", "The senator
// reiterated his promise:", "She read out a statement:". News prose
// introduces a quotation with them as with "issued this statement:";
// speechObject takes their subject as the speaker of the words after
// the colon. A past outside both lists still makes its subject a cause
// ("The vote prompted this statement:").
var g3RepeatVerbs = map[string]bool{"repeated": true, "reiterated": true, "restated": true, "renewed": true, "echoed": true, "read": true, "recited": true}
