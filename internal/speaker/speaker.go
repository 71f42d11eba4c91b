// Package speaker attributes quotations: for each direct or mixed
// quotation the quote stage found, and for the indirect ones it adds, it
// sets who said it (Speaker, a name
// and the span that names them), the cue that hands the words over (Cue:
// "said", "recalled", "according to"), and the chain of hands the words
// passed through (Chain).
//
// # Rules
//
// Rules rather than a trained model, so that every attribution can be
// traced to the words that made it. The word lists are data (cues.txt,
// function.txt, sites.txt, works.txt, given.txt, persons.txt,
// reporting.txt). For
// each quotation, in order, the first rule that gives a speaker wins:
//
//  1. Narration inside a split quotation ("‘A,’ Khrushchev said, ‘B.’"),
//     read as a trailing cue clause (rule 2).
//  2. After the quotation, in its sentence: a cue then a subject ("…,”
//     said Mr. Hill), or a subject then a cue ("…,” Hill said; "…,” Hugh
//     Hill, a doctor, said), or "according to X".
//  3. A name followed by a colon at the very start of the quotation's
//     words, before a quotation nested in it ("“Alexander Bunn: ‘…’”"):
//     a forum post quoted with its author's name.
//  4. Before the quotation, in its clause (from the sentence start, the
//     end of the previous quotation, or the start of the enclosing
//     quotation's words): the clause ends with ":", "," or "that" after a
//     cue among its last words and a subject next to the cue ("Stalin
//     asked:", "X said that “…”"); "according to X," or "per X,"; a colon
//     introduction: a written work or an utterance with its owner ("Her
//     book is … generous with dialogue:", "His advice was blunt:"), a
//     subject whose clause ends with a noun for an utterance ("Obama is
//     rolling out a new campaign message:"), a name and at most two more
//     words ("Alexander Bunn:", "Stalin, then:"), "… by William
//     Taubman:", or "It began:" (it is the nearest title in marks before
//     it, "‘Declaration of Forty-six’").
//  5. A quotation that opens its paragraph (a block quotation) is read
//     with rule 4 against the last sentence of the paragraph before, when
//     that ends with a colon.
//
// A subject is a name (a run of capitalised words, with initials and
// titles: "H. G. Wells", "L.M. Kaganovich", "Mr. Knightley"; words of
// function.txt dropped from its start), a pronoun, or a description (a
// determiner and up to three words: "a source"), which is kept as
// written. A pronoun is resolved: he, she and they to the nearest name
// before it (outside quotations when the pronoun is outside them; he not
// to a Mrs., she not to a Mr.); I and we inside a quotation to the
// speaker of the enclosing quotation, outside to the article's author;
// it to the nearest title in marks. A quotation with no cue and none of
// these gets no speaker: Name stays "".
//
// The chain of a quotation is its parent's chain, then the hops stated
// in the words that introduce it (its clause, its cue clause, the last
// sentence of the paragraph before a block quotation, and, for a nested
// quotation, the enclosing quotation's words before it): a site of
// sites.txt ("via the Wikipedia" → Wikipedia; "Russian version of
// Wikipedia" → "Russian Wikipedia"), a written account of works.txt ("in
// his memoirs" → "Khrushchev's memoirs"); then the speaker. Neighbours
// that repeat are dropped, and a quotation with neither hops nor speaker
// nor parent chain gets none. The article's author is not put at the head
// of the chain. A stated translation ("Translation is mine", "my
// translation", "translated by X", in the quotation's own words, the
// words introducing it, the sentence after it, or the enclosing
// quotation's words since its previous sibling) adds the hop "<Name>
// (translation)" before the speaker's own hops (their work, then the
// speaker): Name is X, else the enclosing quotation's speaker, else the
// article's author; the hop is "translation" when no name is known.
//
// Rule 2 also reads a credit after the quotation ("…” ― Ana Ruiz"), and
// a block quotation's footer or "— Name" line names its source (credit).
// The mention is then widened to the whole noun phrase that names the
// speaker (widen: "Trump campaign spokesman Jason Miller", "Rep. John
// Mica (R-Fla.)", "Douglas Brinkley, a historian who attended the
// session"), and a definite description is resolved to the nearest
// person the text gave that role ("the senator" → "Sen. Ann Ortiz",
// resolveDescription); one that names nobody ("a source") is the name.
// "He" and "she" skip names of the other gender (titles, given.txt) and
// names after "the" (a boat, a paper).
//
// After attribution, more passes: beats, where a quotation's paragraph
// holds a short narration with one subject ("“Yes.” Elizabeth smiled.");
// turns, where quotation-only paragraphs after two named turns alternate
// between the two speakers, or are the answer of the one a turn called
// by name ("Ann, sit down."); echoes, where a scare or mixed quotation
// without a speaker that repeats an earlier direct quotation's words
// inherits its speaker and chain and becomes mixed; and indirect, where
// attributions in the sense of the Penn Attribution Relation Corpus
// (parc.go, with the verbs of reporting.txt: speech, belief, intention,
// evaluation, evidence, request; "X said that …", "X believes …", "she
// wants to …", "the poll shows …", "according to X, …", "…, sources
// said", "The store, the council says, will be sold"; with no named
// source: "was accused of …", "seems too risky", "faced criticism for
// …", "Asked about …,"), several a sentence and beside direct
// quotations, add indirect quotations, merged
// into Document.Quotes by Start with Parent indexes remapped; a phrase in
// marks inside the reported clause becomes its child, also when the
// clause opens with it ("said that “…” and …", "told them to “…”"), so
// that the clause and its marked words are one mixed attribution, as
// PolNeAR annotates them.
//
// # Cost
//
// The text is tokenised once (tokIndex); every rule reads its stretch
// from that index, found from a table of 16-byte blocks. The index keeps
// each token in 16 bytes with no pointer, and makes the toks of a
// stretch (40 bytes, with the word's lower-case form) when a rule reads
// it, into a buffer reused for the stretches read and let go of at once.
// Each token carries its word's lexicon entry (lookup.go), so that the
// rules ask the word lists by a bit rather than by hashing the word
// again. Names are found in one pass over the text. Each quotation
// reads at most maxReach bytes on each side and a bounded part of its
// parent, and resolves a pronoun by binary search, so the stage is
// O(n log n) in the text with a small log factor, and linear in
// practice.
package speaker

import (
	"bufio"
	"bytes"
	_ "embed"
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

//go:embed cues.txt
var cueData []byte

//go:embed function.txt
var functionData []byte

//go:embed sites.txt
var siteData []byte

//go:embed works.txt
var workData []byte

//go:embed given.txt
var givenData []byte

//go:embed naming.txt
var namingData []byte

//go:embed persons.txt
var personsData []byte

var (
	cues     = wordSet(cueData, true)
	function = wordSet(functionData, true)
	sites    = wordSet(siteData, false)
	works    = wordSet(workData, true)
	naming   = wordSet(namingData, true)
	given    = genderSet(givenData)
	persons  = personSet(personsData)
	titles   = map[string]byte{"mr": 'm', "mrs": 'f', "ms": 'f', "miss": 'f', "dr": 0, "prof": 0, "st": 0, "sir": 'm', "lord": 'm', "lady": 'f', "gen": 0, "col": 0, "capt": 0, "rev": 0, "sen": 0, "rep": 0, "gov": 0, "pres": 0, "del": 0, "jr": 0, "sr": 0,
		// Ranks of the forces and the police, written short before a
		// name ("said Lt. Cmdr. Ansel Frey": the name was read as "Lt").
		"lt": 0, "cmdr": 0, "cdr": 0, "sgt": 0, "maj": 0, "adm": 0, "cpl": 0, "pvt": 0, "det": 0, "insp": 0, "supt": 0, "brig": 0,
		// Local titles of Canadian and British papers ("Coun. Ana Reed", "Const.
		// Ed Moss", "Ald.", "Atty. Gen.").
		"coun": 0, "const": 0, "cst": 0, "ald": 0, "atty": 0,
		// Titles of African, South Asian and Philippine papers ("Hon. Grace Akinyi",
		// "Engr. Musa Bello", "Smt. Kavita Rao", "Usec. Ana Cruz"), and the
		// professions' titles of Nigerian papers ("Pharm." a pharmacist,
		// "Arc." an architect, "Barr." a barrister).
		"hon": 0, "engr": 0, "smt": 'f', "usec": 0, "pharm": 0, "arc": 0, "barr": 0,
		// "Mohd." before the rest of a man's name ("Shri Mohd. Iqbal Ansari").
		"mohd": 'm',
		// "Ma." for Maria in Philippine names ("Sen. Ma. Lourdes
		// Ocampo-Trinidad").
		"ma": 'f',
		// "Madam Lim Siew Ching": a woman's title in Singapore and
		// Malaysian papers (function.txt has it as a word of address,
		// as it has "sir").
		"madam": 'f',
		// Honorifics of the older and foreign novel ("Madame Olenska", "Herr
		// Schmidt", "Mademoiselle Reisz"), which tell the sex as "Mrs" does.
		"madame": 'f', "mme": 'f', "mademoiselle": 'f', "mlle": 'f', "monsieur": 'm', "signor": 'm', "signora": 'f', "signorina": 'f', "herr": 'm', "frau": 'f', "fräulein": 'f', "señor": 'm', "señora": 'f', "señorita": 'f', "mistress": 'f'}
	particles = map[string]bool{"de": true, "van": true, "von": true, "der": true, "da": true, "du": true, "al": true, "bin": true, "le": true, "la": true, "di": true}
	adverbs   = map[string]bool{"then": true, "also": true, "later": true, "once": true, "again": true, "has": true, "had": true, "have": true, "was": true, "is": true, "would": true, "will": true, "just": true, "further": true, "simply": true, "recently": true, "first": true}
	pronouns  = map[string]bool{"he": true, "she": true, "they": true, "i": true, "we": true, "it": true}
	// participles hand a quotation to the sentence's subject: "X
	// attacked Y, saying, “…”". Verbs of voicing words aloud
	// (shouting, chanting, singing …) do so too when the quotation
	// follows them at once: "The mayor walked onto the pier, shouting
	// “…”". Participles of manner that voice no words (laughing,
	// smiling, nodding) are not here: "she cried, laughing" in a
	// novel names no cue.
	participles = map[string]bool{"saying": true, "adding": true, "writing": true, "tweeting": true, "noting": true, "arguing": true, "insisting": true, "declaring": true, "asking": true, "explaining": true, "warning": true,
		"shouting": true, "chanting": true, "singing": true, "yelling": true, "screaming": true, "crying": true, "exclaiming": true, "joking": true, "quipping": true, "replying": true, "responding": true, "announcing": true, "proclaiming": true}
	dets = map[string]bool{"a": true, "an": true, "the": true, "another": true, "one": true, "two": true, "some": true, "several": true, "many": true, "his": true, "her": true, "their": true}
)

// genderSet reads "name f" or "name m" a line.
func genderSet(data []byte) map[string]byte {
	set := map[string]byte{}
	for w := range wordSet(data, true) {
		if name, g, ok := strings.Cut(w, " "); ok && (g == "f" || g == "m") {
			set[name] = g[0]
		}
	}
	return set
}

// personSet reads persons.txt: a noun a line, with " f" or " m" when
// it tells the sex; the value is the sex, or ' ' when it tells none.
func personSet(data []byte) map[string]byte {
	set := map[string]byte{}
	for w := range wordSet(data, true) {
		if noun, g, ok := strings.Cut(w, " "); ok && (g == "f" || g == "m") {
			set[noun] = g[0]
		} else {
			set[w] = ' '
		}
	}
	return set
}

// wordSet reads one entry a line, skipping blank lines and "#" comments.
func wordSet(data []byte, lower bool) map[string]bool {
	set := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w == "" || w[0] == '#' {
			continue
		}
		if lower {
			w = strings.ToLower(w)
		}
		set[w] = true
	}
	return set
}

// maxReach bounds how far before or after a quotation the stage reads
// for its cue and speaker; parentReach how far back into the enclosing
// quotation's words it reads for hops.
const (
	maxReach    = 300
	parentReach = 1200
)

// Attribute sets Speaker, Cue and Chain of every direct and mixed
// quotation of d, turns echoing scare quotes into attributed mixed ones,
// and adds indirect quotations. It expects the quote stage to have run;
// other scare quotes and titles are left alone.
func Attribute(d *doc.Document) {
	a := newAttributor(d)
	a.f14FamilySex() // "Maurice Oakley" after "Mrs. Oakley", called "he": f14_surname.go
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Kind == doc.QuoteScare && q.Parent < 0 && len(q.Marks) > 0 && a.namedBySubject(i) {
			// "Clinton called the plan “risky”": a word in marks
			// after a naming verb is the subject's, not a scare quote.
			q.Kind, a.named, a.headline = doc.QuoteMixed, i, found{}
		}
		if q.Kind == doc.QuoteTitle && q.Parent < 0 && len(q.Marks) > 0 && a.namesTitle(i) {
			q.Kind, a.named, a.headline = doc.QuoteMixed, i, found{} // "Ed called the winner “Miss Perfect”": a name he gave
		}
		if (q.Kind == doc.QuoteTitle || q.Kind == doc.QuoteScare) && q.Parent < 0 && len(q.Marks) > 0 {
			if f := a.headlineVoiced(i); f.ok {
				q.Kind, a.named, a.headline = doc.QuoteMixed, i, f // "Mayor Slams ‘Reckless’ Pier Plan"
			}
		}
		if q.Kind != doc.QuoteDirect && q.Kind != doc.QuoteMixed {
			continue
		}
		a.attribute(i)
		a.n27DirectHop(i) // "“…,” Ann Lee said, according to a transcript": the transcript is a hop (n27_according.go)
	}
	a.n91Answers() // an interview's answers after "A:" or a party's name: the interviewee's (n91_interview.go)
	a.notTheNamed()
	a.abstainHeadingNames()
	a.storyNarrator()
	a.abstainUnsexed()      // before the turns, which may then give the line its turn-taker
	a.f12AbstainFar()       // a "he" or "she" whose name was last written pages back (f12_far.go)
	a.f12AbstainUtterance() // “…” was the curt reply (f12_utterance.go)
	a.f12Voices()           // “…,” said a deep voice; the voice of John Reed (f12_voice.go)
	a.beats()
	a.f11Narrations() // a sentence of narration before the marks in their paragraph: "Ed turned to her, and, taking out a letter, said, with a grave look, “…”" (f11_narration.go)
	a.f6Intros()      // a paragraph that introduces the next one's quotation with no colon: "Ann exclaimed,¶“…”" (f6_intro.go)
	a.n80NamedAfter() // the sentence after the words names their speaker: "“…” ¶ So said Maureen Haskell, 74, …" (n80_named_after.go)
	turns := a.turns()
	a.colonRuns()
	// A colon intro whose verb is no verb of speaking: "She is still trying:¶“…”" (n28_intro.go).
	a.n28ColonIntros()
	a.echoes()
	a.indirect()
	a.n18Passives()       // a passive whose source follows "by" that indirect leaves: "was overturned by an appeals court" (n18_passive.go)
	a.n43Relatives()      // a relative clause whose subject reports its pronoun: "the test, which state media claimed now allows …" (n43_relative.go)
	a.f1Finish(turns > 0) // dash credits, quoted words after ", saying" or "as X reported", continuation paragraphs (f1_credit.go, f1_phrase.go, f1_continue.go)
	a.n8Relatives()       // the head a relative pronoun means: "Ed Moss, a lawyer for the Trust, who" (n8_relative.go)
	// A quotation over paragraphs right after its speaker's attributed one (n28_runs.go).
	a.n28Runs()
	describedNames(d)
	n7Finish(d)       // the words of an attribution in a fronted clause end where the main clause begins (n7_fronted.go)
	n110AndClauses(d) // "X said …, and aides said …": the first content ends before the second attribution (n110_readings.go)
	nestIndirect(d)
	n43Clauses(d) // a relative or "and how" clause with its own reading ends the words before it: ", which she plans to …" (n43_clause.go)
	n89Chains(d)  // "…, the agency reported, citing two officials", "the paper quoted X as saying …": the source's source speaks (n89_citing.go)
	// A participle of saying after a quotation's speech clause: "“…,” Ed said, referring to …" (n19_participle.go).
	n19Participles(d)
	c3Finish(d) // punctuation cues, caption labels (c3_cue.go)
	c5Finish(d) // mention shapes: contact clauses, coordinated relatives, "Each of", headline runs (c5_mention.go)
	g1Finish(d) // the nearer subject of a second predicate: "after he asked … and declined", ", each touting … and saying" (g1_mention.go)
	v1Finish(d) // speakers that name no one: "Some say …" (v1_vague.go)
	k1Finish(d) // a marked phrase inside an attribution is its speaker's words (k1_owned.go)

	a.n6Subjects() // a mixed phrase alone in its sentence: the sentence's subject speaks it (n6_subject.go)
	a.n23Objects() // a scare phrase that is the object of the subject's verb of speech or judgment: "it referenced “…”" (n23_object.go)
	a.n31Marked()  // a phrase in marks whose source the sentence names: "described as “…” by X", "X, which accuses … of “…”" (n31_marked.go)
	n9Finish(d)    // names a user reads: white space, a comma's relative clause, a noun read as the cue (n9_names.go)

	n26PlaceMentions(d) // "…, said one aide in the room.": the mention takes the phrase of place (n26_tail.go)

	n11Continues(d)           // “…,” Ann Moss said. “…”: the second piece goes on the first one's attribution (n11_continue.go)
	n11Frames(d)              // "it was unclear whether the judges would rule …": the writer's frame, not the judges' stance (n11_frame.go)
	n13Headlines(d)           // a headline's stance: "Court Rules Against Map", "Ortiz on Housing: …" (n13_headline.go)
	a.f13NarratorName()       // the name the others call a story's "I" by: “Have you a pistol, Watson?” (f13_narrator.go)
	f13Epithet(d, a.text)     // "Old Stephen was standing …": the name is "Stephen" (f13_epithet.go)
	f15Carry(d)               // "said the young man" a few turns after the young man was named (f15_carry.go)
	a.f16Called()             // "said the Jew", whom the turns around call "Isaac" (f15_called.go), never "the young girl" called "Ed" (f16_sex.go)
	a.f15Scene()              // "said the young woman" in a scene whose one woman is Mary Ruiz (f15_scene.go)
	n32Objects(d)             // "we know the harbour well", "he found an old map", "considered the matter": a plain object reports nothing (n32_object.go, n24_consider.go)
	n35NounCues(d)            // "HTTP requests per second", "have views on": a noun read as the cue (n35_noun.go)
	a.n30Subjects()           // a mention that is no subject: "We thus asked", "users who left Go said" (n30_subject.go)
	a.n45LeadWords()          // a mention that opens with a verb or a conjunction: "thought Turkey", "seems to be a …" (n45_lead.go)
	a.n34ThatSources()        // "rules that promise …": a restrictive "that" with no verb of speech is no source (n34_that.go)
	a.n35Asking()             // "We spent a week asking “…”", "I'd start by asking “…”": the clause's subject asks (n35_asking.go)
	n40DashMentions(d)        // "The report–published by the Post–shows": the mention takes the phrase between dashes (n40_dash.go)
	a.n39Coordinated()        // a list or coordination that speaks together: "Residents, women and children said", "Obama, others vow" (n39_coord.go)
	n43Subjects(d)            // a mention after a preposition ends a long subject: "Several people the panel asked about the audit have refused" (n43_subject.go)
	a.n52Mentions()           // a mention's shape: "Yesterday officials said", "Finally all said", "The mayor said local officials said", "Mr. Reed as well as Ms. Ames said" (n52_mention.go)
	a.n51Wishes()             // a wished saying: "I hope next year the town says “…”", "Let the council say “…”" (n51_unspoken.go)
	a.n51Questions()          // a question the writer asks: "Did officials say the pier would reopen?" (n51_unspoken.go)
	n54Unreported(d)          // a cue that reports nothing here: "donors - and pressure: …", "begins to show when looking at how …", "his plan that matches …" (n54_unreported.go)
	a.n54WithParticiples()    // a participle after "with": "…, with the mayor expected to visit": no source (n54_mention.go)
	a.n55InnerVoices()        // a phrase in marks inside a relative clause of speech: "…, which the harbour master said was “…”" (n55_inner.go)
	a.n97ApposedNames()       // "“…,” the team's captain, senior Priya Vantongeren, said": the person's name (n92_described.go)
	a.n96AgeNames()           // "“…,” the 33-year-old said": the person introduced before (n96_age.go)
	n112OpenerMentions(d)     // "In Gorowe, a market town on the plateau, Halima Yusufu, said", "At a shop near the campus, Ann Lee, 17, said": the mention starts at the name (n112_readings.go)
	n101HeadlineColon(d)      // "‘This one’s for the ones who never got here’: Marrinan after …" (n101_readings.go)
	n107HeadlineDash(d)       // "Queues will disappear in 72 hours — FPMC", "‘We are not going away’ — transport group" (n107_readings.go)
	n115Headlines(d)          // "Vuorimaa signs …, says he …", "…; regulator says …", "Health officials: …" (n115_readings.go)
	n101AndAppositive(d)      // "The mayor, Ann Lee, and the city manager, Ed Moss, said" (n101_readings.go)
	n95AndWho(d)              // "A Keystrand executive who attended the hearing, and who asked not to be named, said" (n95_andwho.go)
	n70CloseAppositives(d)    // "The chairman, Phil Lovas, said": the mention ends after the appositive's closing comma or dash (n70_close.go)
	n105TimeOpenerMentions(d) // "An hour earlier, Ann Lee, who …, said": the mention starts at the subject (n105_readings.go)
	a.n106TimeOfMentions()    // "In 2006 the local branch of the guild accused": the mention starts after the time (n106_readings.go)
	n105SharedSubjects(d)     // "The spokesman on tourism, Ann Lee, accused … of “…”, and argued that …": the second verb's mention is the first's (n105_readings.go)
	n106InterviewQuestions(d) // "The Courier: Will the pier reopen?": an interviewer's turn, no report (n106_readings.go)
	n111MarkedTails(d)        // "said she had spoken to both ministers and urged ‘restraint’": the clause runs on to the phrase its verb reports (n111_readings.go)
	n115Finish(d)             // "the author of ‘Two Diaries’", "Sen. Ann Moss, D-Ore.", "It estimated …" after the ministry (n115_readings.go)
	a.ix.release()
}

// nestIndirect makes an indirect quotation whose words lie inside
// another indirect one's words that one's child, with the chain of hands
// through it. "Ann told officials that she did not want the escort": the
// writer attributes the clause to Ann, and "she did not want" is part of
// what Ann said, as a quotation in marks inside another is part of it.
// A reader who asks who said what is answered by the outer one, and news
// attribution corpora mark that one alone (PolNeAR, being univocal: 4 of
// the 1,211 gold attributions of its dev set's first half lie inside
// another). Quotations are sorted by Start, so a stack of the open
// indirect ones finds each one's nearest enclosing one in one pass (the
// span may start with the speaker's mention, before the words: then a
// nesting can be missed, never made wrong, as containment is checked); one
// that the quote stage put inside a direct quotation moves only under an
// indirect one with the same parent. One in several pieces between the
// same ends lies inside too: "…, said Alsop was in fair condition and
// was expected to go home" holds "Alsop … to go home" (agentless).
func nestIndirect(d *doc.Document) {
	type open struct {
		i, parent int // parent: as the quote stage left it
		lo, hi    int
	}
	var stack []open
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Kind != doc.QuoteIndirect || len(q.Content) == 0 {
			continue
		}
		lo, hi := q.Content[0].Start, q.Content[len(q.Content)-1].End
		for len(stack) > 0 && stack[len(stack)-1].hi <= lo {
			stack = stack[:len(stack)-1]
		}
		parent := q.Parent
		if n := len(stack); n > 0 {
			o := stack[n-1]
			p := &d.Quotes[o.i]
			if o.lo <= lo && hi <= o.hi && (o.lo < lo || hi < o.hi || len(q.Content) > 1) && o.parent == q.Parent {
				q.Parent = o.i
				if q.Speaker.Name != "" {
					q.Chain = dedupe(append(append([]string(nil), p.Chain...), q.Speaker.Name))
				}
			}
		}
		stack = append(stack, open{i, parent, lo, hi})
	}
}
