// Package corpusgen writes synthetic news articles for testing and
// benchmarking corpus ingest: about 5 KB each, with quotations attributed
// to invented people, some quotations repeated across articles and a few
// of those given to someone else. Every word comes from the templates
// here, so the output is free to use anywhere.
package corpusgen

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

var (
	firsts = []string{"Mara", "Tomas", "Ines", "Oskar", "Lena", "Rafael", "Priya", "Jonah", "Aiko", "Bruno",
		"Celia", "Dmitri", "Edith", "Farid", "Greta", "Hugo", "Ilse", "Jamal", "Katja", "Luis"}
	lasts = []string{"Okafor", "Lindqvist", "Moreau", "Halloran", "Vasquez", "Brenner", "Tanaka", "Osei",
		"Kowalczyk", "Duarte", "Fairbairn", "Nakamura", "Petrosyan", "Quill", "Rasmussen", "Sorensen",
		"Thackeray", "Umarov", "Valdez", "Whitcombe", "Yilmaz", "Zeller", "Abernathy", "Castellano"}
	roles = []string{"the mayor", "a union spokesperson", "the harbour master", "a council member",
		"the finance director", "a local shopkeeper", "the head teacher", "a hospital administrator"}
	places = []string{"Eastbridge", "Port Alder", "Millbrook", "Kestrel Bay", "Norhaven", "Ashford Vale",
		"Greyholm", "Linden Cross"}
	topics = []string{"the ferry timetable", "the new library wing", "flood defences", "the bus depot",
		"school meals", "the harbour dredging", "night trains", "the market hall roof", "rent controls",
		"the cycle lanes"}
	openers = []string{"We cannot keep", "Nobody in this town wants", "It would be reckless to delay",
		"The figures simply do not support", "I have never seen such support for", "We will not accept",
		"There is no money left for", "Families deserve better than", "This council has promised",
		"Every week without a decision on"}
	middles = []string{"another year of arguments about", "a half-finished plan for", "a rushed vote on",
		"empty promises about", "a fair hearing on", "cuts disguised as reform of", "one more survey of",
		"a proper budget for"}
	closers = []string{"and I will say so at every meeting", "while the bills keep rising",
		"when the evidence is this clear", "and residents know it", "before the winter comes",
		"unless the ministry steps in", "without asking the people who use it", "at a time like this"}
	adjs = []string{"old", "new", "empty", "busy", "northern", "quiet", "broken", "rising", "shared", "local",
		"weekly", "public", "narrow", "flooded", "unpaid", "second"}
	nouns = []string{"pier", "budget", "ward", "depot", "school", "market", "ferry", "bridge", "harbour",
		"library", "road", "clinic", "station", "square", "canal", "hall"}
	verbs = []string{"already costs more than", "cannot wait for", "depends on", "was built before",
		"will outlast", "takes money from", "sits beside", "has waited longer than", "matters more than",
		"shares staff with", "floods faster than", "was promised with"}
	narration = []string{
		"The proposal has been discussed at three public meetings since the spring, each drawing a larger crowd than the last.",
		"Officials said the cost estimate had been revised twice after surveyors found problems with the original design.",
		"Homes on the northern side of %s were left out of the first round of consultation.",
		"A report published last month put the total bill at several million, a figure critics call optimistic.",
		"Supporters argue the scheme would pay for itself within a decade through savings on maintenance.",
		"The committee is expected to publish its recommendations before the end of the quarter.",
		"Local businesses have been divided, with some warning of lost trade during construction.",
		"Attendance at the latest hearing in %s was so high that dozens of people listened from the corridor.",
		"Figures from the regional office show usage has risen steadily over the past five years.",
		"An independent review, commissioned by the council, is due to report in the autumn.",
		"The opposition group has called for a referendum, a demand the majority has so far resisted.",
		"Engineers who inspected the site described its condition as poor but repairable.",
	}
)

// famous are quotations many articles repeat; the generator sometimes
// gives one to the wrong person, so that a corpus holds conflicts.
var famous = []struct{ text, speaker string }{
	{"A town that stops building bridges starts building walls", "Mara Okafor"},
	{"You cannot run a harbour on goodwill and old rope", "Tomas Lindqvist"},
	{"The cheapest repair is the one you make before the storm", "Ines Moreau"},
	{"Nobody ever thanked a council for a balanced spreadsheet", "Oskar Halloran"},
}

// Article returns article i of a deterministic corpus: Markdown, about
// 5 KB, with five to eight quotations.
func Article(i int) []byte {
	r := rand.New(rand.NewPCG(uint64(i), 0x5eed))
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	place, topic := pick(places), pick(topics)
	person := func() string { return pick(firsts) + " " + pick(lasts) }
	// A quotation is a few fixed phrases and a clause of many more
	// combinations, so two articles seldom share one by chance.
	quoteText := func() string {
		return fmt.Sprintf("%s %s %s, because the %s %s %s the %s %s, %s", pick(openers), pick(middles), topic,
			pick(adjs), pick(nouns), pick(verbs), pick(adjs), pick(nouns), pick(closers))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# %s council split over %s (%d)\n\n", place, topic, i)
	fmt.Fprintf(&b, "By %s\n\n", person())
	fmt.Fprintf(&b, "%d March 2025\n\n", 1+i%28)
	nq := 5 + r.IntN(4)
	for b.Len() < 4800 || nq > 0 {
		for _, para := range []string{pick(narration), pick(narration)} {
			b.WriteString(strings.ReplaceAll(para, "%s", place))
			b.WriteString(" ")
		}
		b.WriteString("\n\n")
		if nq == 0 {
			continue
		}
		nq--
		who, role := person(), pick(roles)
		text := quoteText()
		if r.IntN(12) == 0 {
			f := famous[r.IntN(len(famous))]
			text, who = f.text, f.speaker
			if r.IntN(4) == 0 {
				who = person() // the misattribution
			}
		}
		switch r.IntN(3) {
		case 0:
			fmt.Fprintf(&b, "\u201c%s,\u201d said %s, %s.\n\n", text, who, role)
		case 1:
			fmt.Fprintf(&b, "%s, %s, said: \u201c%s.\u201d\n\n", who, role, text)
		default:
			fmt.Fprintf(&b, "\"%s,\" %s told reporters after the meeting.\n\n", text, who)
		}
	}
	return []byte(b.String())
}

// Write writes articles first..first+n-1 to dir as article-NNNNNN.md.
func Write(dir string, first, n int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for i := first; i < first+n; i++ {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("article-%06d.md", i)), Article(i), 0o644); err != nil {
			return err
		}
	}
	return nil
}
