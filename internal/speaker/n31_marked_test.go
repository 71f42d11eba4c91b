package speaker

import (
	"strings"
	"testing"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// TestN31Marked checks n31Marked: a phrase in marks whose source the
// sentence names (the agent of a passive of naming, a written source
// after "in", the subject of a relative clause of naming with
// auxiliaries, the head of a relative clause of speech, a possessor's
// noun of speech) is that source's, and nothing else is.
func TestN31Marked(t *testing.T) {
	for _, c := range []struct{ text, quote, kind, name, mention string }{
		{"The stranding was described as “heartbreaking” by the harbour board. Nobody disputed it.", "heartbreaking", "mixed", "the harbour board", "the harbour board"},
		{"The plan has been called “a gift to landlords” by Ann Reed, who chairs the council.", "a gift to landlords", "mixed", "Ann Reed", "Ann Reed, who chairs the council"},
		{"Version 2.1 (described as “a small fix” in the release notes) shipped in May.", "a small fix", "mixed", "the release notes", "the release notes"},
		{"Called a “brutal puzzle game” by its creators, Gridlock is hard to put down.", "brutal puzzle game", "mixed", "its creators", "its creators"},
		{"The court heard from Acme Corp, which accuses the firm of “stealing” designs.", "stealing", "mixed", "Acme Corp", "Acme Corp"},
		{"He wanted to try what Globex is now calling “living” pictures.", "living", "mixed", "Globex", "Globex"},
		{"Ann Moss’s insistence that “anyone can cook” is wrong.", "anyone can cook", "mixed", "Ann Moss", "Ann Moss"},
		{"Ann Moss spoke at the fair. Her claim that “anyone can cook” was met with laughter.", "anyone can cook", "mixed", "Ann Moss", "Her"},
		{"Ann Reed visited the port. She would speak “bluntly” about graft in the city.", "bluntly", "mixed", "Ann Reed", "She"},
		{"Ann Reed visited the port. She will talk “frankly” with the crew.", "frankly", "mixed", "Ann Reed", "She"},
		{"And while advertisers claim to let the user opt out of “tracked ads,” it is not clear that the opt-outs work.", "tracked ads,", "mixed", "advertisers", "advertisers"},
		{"The shops claim to sell “genuine” boards.", "genuine", "mixed", "The shops", "The shops"},
		{"The plan was described by the mayor as “reckless” on Monday.", "reckless", "mixed", "the mayor", "the mayor"},
		{"The plan was described by its makers as a “game changer”.", "game changer", "mixed", "its makers", "its makers"},
		{"Yesterday Ann Moss’s insistence that “anyone can cook” fell flat.", "anyone can cook", "mixed", "Ann Moss", "Ann Moss"},
		{"The plan was called “reckless” by the mayor.", "reckless", "mixed", "the mayor", "the mayor"},
		// Not.
		{"The pier was described by night as “eerie”.", "eerie", "scare", "", ""},
		{"It is hard to claim to know the “truth” here.", "truth", "scare", "", ""},
		{"The shops claim to sell boards, and “genuine” ones at that.", "genuine", "", "", ""},
		{"Ann Reed visited the port. Ed Moss spoke “really” well.", "really", "scare", "", ""},
		{"Ann Reed visited the port. The sign spoke “loudly” to all.", "loudly", "scare", "", ""},
		{"Ann Reed visited the port. She would walk “slowly” to the pier.", "slowly", "scare", "", ""},
		{"The dog was described as “shy” by mistake.", "shy", "scare", "", ""},
		{"It was described as “fast” by the numbers alone.", "fast", "scare", "", ""},
		{"The law, which bans “assault weapons” outright, passed.", "assault weapons", "scare", "", ""},
		{"The claim that “anyone can cook” is wrong.", "anyone can cook", "", "", ""},
		{"The town is known as “the Rock” by locals.", "the Rock", "scare", "", ""},
		{"The ferry was “late” by ten minutes.", "late", "scare", "", ""},
		{"Version 2.1 (described as “a small fix” in the spring) shipped in May.", "a small fix", "", "", ""},
		// Not: denied or asked (n31Denied).
		{"The plan was not described as “reckless” by the mayor.", "reckless", "scare", "", ""},
		{"The plan, never called “a gift” by the mayor, was dropped.", "a gift", "", "", ""},
		{"It is unclear what Ed Moss is not calling “a crisis”.", "a crisis", "", "", ""},
		{"Ann Reed visited the port. Ann Reed did not speak “bluntly” about graft.", "bluntly", "scare", "", ""},
		{"Ann Reed visited the port. She didn't speak “frankly” with the crew.", "frankly", "scare", "", ""},
		{"Was the plan really described as “reckless” by the mayor?", "reckless", "", "", ""},
		{"Does Ed Moss claim to be “an expert”?", "an expert", "", "", ""},
		// Not: no speaker in the possessor or the subject.
		{"Monday’s insistence that “nobody will lose” was short-lived.", "nobody will lose", "", "", ""},
		{"Tuesday's statement that “all is well” was odd.", "all is well", "", "", ""},
		{"Many claim to have seen “the ghost” at the pier.", "the ghost", "", "", ""},
		{"Nobody claims to be “perfect”.", "perfect", "", "", ""},
		// Not: a written source that is only a pronoun's; irony; call = announce; things.
		{"The levy was described as “reckless” in his statement on Monday.", "reckless", "", "", ""},
		{"Ann Reed visited the port. The mayor spoke “briefly” — for two hours.", "briefly", "scare", "", ""},
		{"The election was called “early” by the prime minister.", "early", "", "", ""},
		{"The water was described as “clean” by the filters.", "clean", "scare", "", ""},
		{"The room was labelled “empty” by its sensors.", "empty", "scare", "", ""},
	} {
		d := run(t, c.text)
		q := find(d, c.quote)
		if q == nil {
			t.Errorf("%q: no quotation %q", c.text, c.quote)
			continue
		}
		if c.kind != "" && string(q.Kind) != c.kind {
			t.Errorf("%q: kind %s, want %s", c.text, q.Kind, c.kind)
		}
		m := ""
		if q.Speaker.Mention.End > q.Speaker.Mention.Start {
			m = c.text[q.Speaker.Mention.Start:q.Speaker.Mention.End]
		}
		if q.Speaker.Name != c.name || m != c.mention {
			t.Errorf("%q: speaker %q (%q), want %q (%q)", c.text, q.Speaker.Name, m, c.name, c.mention)
		}
	}
}

// TestN31Inner checks n31Inner: a mixed phrase inside a nested
// attribution of speech that a paper's report relays is the nested
// speaker's, and a phrase inside an attribution that reports no words
// (wanting) or one relayed by a plain "said" keeps its reading.
func TestN31Inner(t *testing.T) {
	for _, c := range []struct{ text, quote, name string }{
		{"Acme chief executive Ann Moss said in an internal memo that the “gap between the two lines has become less clear” as Acme cut its prices, the Gazette reported earlier this year.", "gap between the two lines has become less clear", "Ann Moss"},
		{"Meanwhile, as Hackaday’s April story explains, the recently-released Acme editor now reports that boards made by Brand SRL are \"uncertified.\" That warning does not stop users.", "uncertified.", "the recently-released Acme editor"},
		{"Ed Moss told staff the plan was “a total mess,” the Gazette reported.", "a total mess,", "Ed Moss"},
		{"Ed Moss said Ann Reed described it as “a mess”, the Gazette reported.", "a mess", "Ann Reed"},
		{"Ed Moss said Ann Reed described it as “a mess”.", "a mess", "Ed Moss"},
		// Not.
		{"Ed Moss said that Ann Reed wants a “fair deal” for the town, the Gazette reported.", "fair deal", ""},
	} {
		d := run(t, c.text)
		q := find(d, c.quote)
		if q == nil {
			t.Errorf("%q: no quotation %q", c.text, c.quote)
			continue
		}
		if c.name != "" && q.Kind != doc.QuoteMixed || q.Speaker.Name != c.name {
			t.Errorf("%q: %s speaker %q, want %q", c.text, q.Kind, q.Speaker.Name, c.name)
		}
	}
}

// TestN31Predicate checks n31Predicate: a scare phrase after "is the"
// inside an attribution of speech is the speaker's; after a plain "the"
// or inside an attribution of belief it stays scare.
func TestN31Predicate(t *testing.T) {
	for _, c := range []struct{ text, quote, kind, name string }{
		{"Smoking is the “main cause” of the illness, the agency says.", "main cause", "mixed", "the agency"},
		{"Ann Reed said the pier was the “worst in the state” by far.", "worst in the state", "mixed", "Ann Reed"},
		// Not.
		{"Ed Ames said the “reform” failed.", "reform", "scare", ""},
		{"Ed Ames believes the pier is the “best in town”.", "best in town", "scare", ""},
	} {
		d := run(t, c.text)
		q := find(d, c.quote)
		if q == nil {
			t.Errorf("%q: no quotation %q", c.text, c.quote)
			continue
		}
		if string(q.Kind) != c.kind || q.Speaker.Name != c.name {
			t.Errorf("%q: %s speaker %q, want %s %q", c.text, q.Kind, q.Speaker.Name, c.kind, c.name)
		}
	}
}

// TestN31Linear checks that n31Manner's time stays linear in a long
// sentence with no full stop and a marked adverb after every clause: it
// reads no further back than n31Back from each phrase.
func TestN31Linear(t *testing.T) {
	checkLinear(t, "marked adverbs in one sentence", func(n int) string {
		var b strings.Builder
		b.WriteString("Ann Reed said ")
		for range n {
			b.WriteString("and she would speak “bluntly” of it ")
		}
		return b.String()
	}, 300)
}
