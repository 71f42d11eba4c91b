package speaker

import (
	"sort"
	"strings"
	"unicode"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// turns gives speakers to the lines of a dialogue that name none, as
// novels and interview transcripts lay out a conversation between two
// people: one paragraph a turn, the two speaking in turn. A run of
// turns is a stretch of consecutive paragraphs that each open with a
// quotation and either name its speaker (a named turn: the first
// quotation's, or a later one's after narration, “Yes.” He paused. “I
// will,” said Ann.) or hold nothing but quotations (a bare turn); a
// paragraph without a quotation, one with narration but no speaker, or
// one with two speakers ends it. Within a run, turns of the same
// parity are one person's: the named turns set the two parties, and a
// bare turn after the run's first named turn is given its parity's
// party once both are known and differ, between two named turns as
// well as after them (“Late?” asked Ann.¶“An hour.”¶“Then walk.”¶“In
// the rain?” said Ed.: the second is Ed's, the third Ann's). A bare
// turn before the first named one is left: it may close an earlier
// exchange (given, such turns were wrong as often as right on the
// novels). A named turn that breaks the alternation (the same person
// twice in a row, a third person) starts a new conversation between
// it and the turn before (f5Split). A conversation with an indefinite
// party ("asked a woman") gives no turns.
// A turn that calls someone by name (vocative: "Ann, sit down.") is
// answered by them: where a party is not named yet, the one called is
// the next turn's party (not the caller's, as no one calls
// themselves); an alternation just shown outweighs a name called, as
// in a conversation of three or more "Ann, …" may be answered by
// someone else, and the alternation held up better on the held-back
// novels. A bare turn that calls its own party's name is not theirs.
// A filled turn's mention is where the text last named its party
// before it: the nearest named turn of its parity before it, else the
// first after it, or where the narration last named the one called.
// Speakers given by a description are named where the turns tell who
// they are (f5Described, f5Split).
// It returns how many turns it gave: a text with one is a dialogue,
// where a bare line after a named one is a reply (see f1Continue).
func (a *attributor) turns() (given int) {
	d := a.d
	var run []f5Turn
	lastPara := -1
	for i := 0; i < len(d.Quotes); i++ {
		q := &d.Quotes[i]
		if q.Parent >= 0 || q.Kind != doc.QuoteDirect {
			continue
		}
		p := a.paragraph(q.Start)
		if p < 0 {
			continue
		}
		if p == lastPara {
			// A later quotation of the turn's paragraph: its vocative
			// if the first had none; its speaker if the first had none
			// (“Yes.” He paused. “I will,” said Ann.).
			t := &run[len(run)-1]
			t.last = i
			if t.called.End == 0 {
				t.called, t.caller = a.vocative(q), i
			}
			if q.Speaker.Name != "" {
				switch {
				case t.trail:
					// Narration after the first quotation, then a speaker
					// named: read as before f8's trailing turns.
					t.kind, t.sp, t.called, t.caller, t.trail = f5Named, q.Speaker, a.vocative(q), i, false
				case t.kind == f5Bare:
					t.kind, t.sp = f5Named, q.Speaker
				case t.kind == f5Break:
					// Narration before: the name an earlier quotation
					// called may be someone else's call.
					t.kind, t.sp, t.called, t.caller = f5Named, q.Speaker, a.vocative(q), i
				case t.kind == f5Named && !samePerson(t.sp.Name, q.Speaker.Name):
					if sp, ok := f7NameOverDescription(t.sp, q.Speaker); ok {
						t.sp = sp // "exclaimed the young girl. … she added": f7_turns.go
						break
					}
					t.kind = f5Break // two speakers in one paragraph: no turn
				}
			}
			continue
		}
		if p != lastPara+1 {
			given += a.f5Fill(run)
			run = run[:0]
		}
		lastPara = p
		t := f5Turn{para: p, first: i, last: i, caller: i, called: a.vocative(q)}
		switch {
		case q.Speaker.Name != "":
			t.kind, t.sp = f5Named, q.Speaker
		case a.speechOnly(p, i):
			t.kind = f5Bare
		case a.f8Trailing(q, p, &t):
			t.kind, t.trail = f5Bare, true // "“No matter.” And she lay back.": f8_trail.go
		default:
			t.kind = f5Break
		}
		run = append(run, t)
	}
	return given + a.f5Fill(run)
}

// vocative finds a name the quotation q calls someone by, the
// addressee: a name that opens its words and is set off by a comma or
// a mark with more words after it ("Ann, come in"), one that closes
// them after a comma and before a full stop, "!" or "?" ("Come in,
// Ann."; not "Come in, Ann," before a cue, which a quotation's own
// words may end on too: that reading gave the held-back novels wrong
// speakers only), or one after "dear" ("my dear
// Ann"). Not a name between two commas, which is as often an
// appositive ("a cousin of mine, Ann Moss, wrote"), nor one that opens
// words cut off by the cue ("“Ann,” he said, “is late.”"), which is as
// often the sentence's subject. The span is the name's; zero if none.
func (a *attributor) vocative(q *doc.Quote) doc.Span {
	text, ms := a.text, a.mentions
	k := a.vocAt.search(len(ms), func(j int) bool { return ms[j].Start >= q.Start }) // turns asks in text order
	for ; k < len(ms) && ms[k].Start < q.End; k++ {
		m := &ms[k]
		if m.thing || m.object || m.person {
			continue
		}
		var c doc.Span // the content span holding the name
		for _, cs := range q.Content {
			if cs.Start <= m.Start && m.End <= cs.End {
				c = cs
			}
		}
		if c.End == 0 {
			continue
		}
		before := strings.TrimRight(text[c.Start:m.Start], " \n")
		after := strings.TrimLeft(text[m.End:c.End], " \n")
		switch {
		case len(before) >= 4 && strings.EqualFold(before[len(before)-4:], "dear") && (before == "dear" || len(before) > 4 && !isASCIILetter(before[len(before)-5])):
			return m.Span
		case before == "" && after != "" && strings.ContainsAny(after[:1], ",!?") && hasLetters(after[1:]):
			return m.Span
		case strings.HasSuffix(before, ",") && (after == "" || strings.ContainsAny(after[:1], ".!?") && !hasLetters(after)):
			return m.Span
		case f8SentenceCall(before, after):
			return m.Span // "… opportunity. Mary, she is not like them.": f8_call.go
		case f16MidCall(before, after):
			return m.Span // "You do love me, Newland! I am so happy.": f16_call.go
		}
	}
	return doc.Span{}
}

// calls reports whether the vocative v names the person name.
func (a *attributor) calls(v doc.Span, name string) bool {
	return v.End > 0 && samePerson(a.text[v.Start:v.End], name)
}

// speakerNamed is the speaker called by the vocative v, for a turn at
// at: its mention is where the narration last named them before at, or
// the vocative itself where it never did.
func (a *attributor) speakerNamed(v doc.Span, at int) doc.Speaker {
	name := a.text[v.Start:v.End]
	ms := a.mentions
	k := sort.Search(len(ms), func(j int) bool { return ms[j].Start >= at })
	for j := k - 1; j >= 0 && j >= k-200; j-- {
		if !ms[j].inQuote && samePerson(ms[j].text, name) {
			return doc.Speaker{Name: ms[j].text, Mention: ms[j].Span}
		}
	}
	return doc.Speaker{Name: name, Mention: v}
}

// speechOnly reports whether paragraph p holds nothing but quotations
// (from quotation i on) and punctuation.
func (a *attributor) speechOnly(p, i int) bool {
	d, text := a.d, a.text
	para := d.Paragraphs[p]
	at := para.Start
	for j := i; j < len(d.Quotes) && d.Quotes[j].Start < para.End; j++ {
		q := &d.Quotes[j]
		if q.Parent >= 0 {
			continue
		}
		if at < q.Start && hasLetters(text[at:q.Start]) {
			return false
		}
		at = max(at, q.End)
	}
	return at >= para.End || !hasLetters(text[at:para.End])
}

func hasLetters(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// maxBeat is the most words of narration a paragraph may hold around
// its quotations for beats to read it as a speaker's action.
const maxBeat = 15

// beats gives a speaker to a quotation whose paragraph tells what
// someone does instead of naming a speech verb, as fiction and features
// do: "“Yes.” Elizabeth smiled." A sentence of the paragraph's
// narration, outside every quotation, that opens with a name or "he" or
// "she" and goes on with a lower-case word, makes that subject the
// speaker of the paragraph's quotations that have none. A paragraph
// whose narration opens sentences with two different subjects, or runs
// to more than maxBeat words between quotations, is left alone.
func (a *attributor) beats() {
	d, text := a.d, a.text
	done := -1 // the last paragraph read: each is read once, for linear time
	for i := 0; i < len(d.Quotes); i++ {
		q := &d.Quotes[i]
		if q.Parent >= 0 || q.Kind != doc.QuoteDirect || q.Speaker.Name != "" {
			continue
		}
		p := a.paragraph(q.Start)
		if p < 0 || p == done || a.paragraph(q.End-1) != p {
			continue
		}
		done = p
		para := d.Paragraphs[p]
		if para.Kind != doc.BlockParagraph && para.Kind != doc.BlockQuote {
			continue // a headline, a caption
		}
		// The narration: the stretches of the paragraph outside its
		// top-level quotations.
		var subj found
		n, at := 0, para.Start
		first := i
		for first > 0 && d.Quotes[first-1].Start >= para.Start {
			first--
		}
		var buf [8]doc.Span // most paragraphs: no allocation (growth from none was two a paragraph)
		stretches := buf[:0]
		for j := first; j < len(d.Quotes) && d.Quotes[j].Start < para.End; j++ {
			if d.Quotes[j].Parent >= 0 {
				continue
			}
			if d.Quotes[j].Start > at {
				stretches = append(stretches, doc.Span{Start: at, End: d.Quotes[j].Start})
			}
			at = max(at, d.Quotes[j].End)
		}
		if at < para.End {
			stretches = append(stretches, doc.Span{Start: at, End: para.End})
		}
		for _, st := range stretches {
			toks := a.ix.scratch(slotBeats, st.Start, min(st.End, st.Start+maxReach))
			words := 0
			for k := range toks { // by index: a range copies each tok
				if toks[k].word {
					words++
				}
			}
			if words > maxBeat {
				n = -1 // a story of its own, not a beat
				break
			}
			for k := 0; k < len(toks); k++ {
				if k > 0 && !(!toks[k-1].word && boundary(text, toks, k-1)) {
					continue
				}
				for k < len(toks) && !toks[k].word {
					k++
				}
				k = openerEnd(text, toks, k, len(toks)) // "Earlier in the day, Ike Lund had posted a single word:" (mention.go)
				f, e := subjectAt(text, toks, k, len(toks))
				if g, ge, ok := n116RoleSubject(text, toks, k, len(toks)); ok {
					f, e = g, ge // "Beef farmer Alison Trezise, 44, has …": not "Beef"
				}
				if !f.ok || e >= len(toks) || !toks[e].word || capital(toks[e].str(text)) || f.pronoun != "" && f.pronoun != "he" && f.pronoun != "she" {
					continue
				}
				if f.pronoun == "" && (!capital(f.name) || toks[k].is(isDet|isFunction) || n103Prep(&toks[k]) || quantifierWord(&toks[k]) || strings.HasSuffix(toks[e-1].str(text), "’s") || strings.HasSuffix(toks[e-1].str(text), "'s")) {
					continue // a description or a possessive: "The ad uses", "Scott's niece"
				}
				nm := f.name
				if f.pronoun != "" {
					nm = a.resolveAt(f.pronoun, f.subj)
				}
				if nm == "" {
					continue
				}
				if n > 0 && nm != subj.name {
					n = -1 // two subjects: whose line is it?
					break
				}
				f.name = nm
				subj, n = f, 1
			}
			if n < 0 {
				break
			}
		}
		if n != 1 {
			continue
		}
		for j := first; j < len(d.Quotes) && d.Quotes[j].Start < para.End; j++ {
			o := &d.Quotes[j]
			if o.Parent < 0 && o.Kind == doc.QuoteDirect && o.Speaker.Name == "" && !a.cueClauseAfter(o) && !a.cueBefore(o) {
				o.Speaker = doc.Speaker{Name: subj.name, Mention: subj.subj}
				o.Chain = []string{subj.name}
			}
		}
	}
}

// colonRuns gives the speaker of a block quotation that a colon
// introduces to the paragraphs of quotation that follow it: "Ed Moss
// said in a statement:¶“The pier is old.”¶“We will need a new one.”"
// quotes the statement in two paragraphs, each in its own marks.
// attribute reads the introduction for the first paragraph only; a
// paragraph that holds nothing but quotations, right after one that
// took its speaker from the introduction (or from this rule), takes it
// too. The run stops at any paragraph with narration or a speaker of
// its own, and at a quotation the introduction's speaker did not get
// (a reply in a dialogue is named or follows narration).
func (a *attributor) colonRuns() {
	d, text := a.d, a.text
	prev := -1 // the last top-level direct quotation
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Parent >= 0 || q.Kind != doc.QuoteDirect {
			continue
		}
		j := prev
		prev = i
		if j < 0 || q.Speaker.Name != "" || len(q.Marks) == 0 {
			continue
		}
		p := a.paragraph(q.Start)
		if p < 2 || a.paragraph(d.Quotes[j].Start) != p-1 || strings.TrimSpace(text[d.Paragraphs[p].Start:q.Start]) != "" || !a.speechOnly(p, i) {
			continue
		}
		o := &d.Quotes[j]
		if strings.HasSuffix(strings.TrimRightFunc(text[o.Start:o.End], func(r rune) bool { return !unicode.IsLetter(r) && r != '?' }), "?") {
			continue // a question, then its answer: another speaker
		}
		m := o.Speaker.Mention
		if o.Speaker.Name == "" || m.End <= m.Start || strings.TrimSpace(text[d.Paragraphs[p-1].Start:o.Start]) != "" || !a.speechOnly(p-1, j) {
			continue
		}
		pm := a.paragraph(m.Start)
		if pm < 0 || pm >= p-1 || !strings.HasSuffix(strings.TrimRightFunc(text[d.Paragraphs[pm].Start:d.Paragraphs[pm].End], unicode.IsSpace), ":") {
			continue // not given by a colon's introduction
		}
		for k := i; k < len(d.Quotes) && d.Quotes[k].Start < d.Paragraphs[p].End; k++ {
			if o2 := &d.Quotes[k]; o2.Parent < 0 && o2.Kind == doc.QuoteDirect && o2.Speaker.Name == "" {
				o2.Speaker = o.Speaker
				o2.Chain = append(o.Chain[:0:0], o.Chain...)
			}
		}
	}
}

// cueClauseAfter reports whether the narration that goes on the
// sentence of quotation q holds a verb of speech: "“…,” one of the
// pilots, Ed Moss, said." names its speaker there, though no rule read
// the subject, and a beat elsewhere in the paragraph ("Ann met the
// crew.") is not the speaker. The quotation's sentence goes on when its
// words end with a comma or a lower-case word follows the closing mark
// ("“Yes.” Elizabeth smiled, and said nothing" is a new sentence, its
// beat the speaker's). At most 30 tokens are read, to the sentence's end.
// A cue after a word that opens a phrase or a clause within the
// sentence ("“Fine,” with a look that said he meant it", "as if he had
// said it") is that clause's, not the quotation's: none is read. A
// relative clause's verb, the word or two after "who", "which" or
// "that", is passed over, and a cue after the clause is the
// sentence's ("an official who asked not to be named said"). The
// tokens are read into the beats' scratch slot, which beats has let go
// of when it asks.
func (a *attributor) cueClauseAfter(q *doc.Quote) bool {
	if len(q.Content) == 0 {
		return false
	}
	text := a.text
	words := strings.TrimRight(text[q.Content[len(q.Content)-1].Start:q.Content[len(q.Content)-1].End], " ")
	toks := a.ix.scratch(slotBeats, q.End, a.afterEnd(q.End))
	k := 0
	for k < len(toks) && !toks[k].word && !boundary(text, toks, k) && toks[k].str(text) != "," {
		k++
	}
	if k >= len(toks) || !(strings.HasSuffix(words, ",") || toks[k].str(text) == "," || toks[k].word && !capital(toks[k].str(text))) {
		return false
	}
	rel := -3 // the last relative word: its clause's verb is no cue
	for j := k; j < len(toks) && j < k+30; j++ {
		t := &toks[j]
		if !t.word {
			if boundary(text, toks, j) || strings.ContainsAny(t.str(text), "“”\"‘«»") {
				return false
			}
			continue
		}
		if t.low == "who" || t.low == "which" || t.low == "that" || t.low == "whom" {
			rel = j
			continue
		}
		if t.is(isSubordinator) && t.low != "but" && t.low != "so" || t.low == "with" {
			return false
		}
		if afterCue(t) && j > rel+2 {
			return true
		}
	}
	return false
}

// cueBefore reports whether the narration right before quotation q
// ends with a verb of speech and a colon or a comma, maybe with an
// object pronoun between ("The pilot who we met said: “…”", "… told
// me, “…”"), after a word that may end its subject: the quotation's
// own introduction, whose subject no rule read, so that a beat
// elsewhere is not its speaker.
func (a *attributor) cueBefore(q *doc.Quote) bool {
	text := a.text
	toks := a.ix.scratch(slotBeats, max(0, q.Start-60), q.Start)
	n := len(toks)
	if n > 0 && !toks[n-1].word && strings.ContainsAny(toks[n-1].str(text), "“\"‘«") {
		n-- // the opening mark
	}
	if n < 2 || toks[n-1].str(text) != ":" && toks[n-1].str(text) != "," {
		return false
	}
	n--
	if toks[n].str(text) == ":" {
		// A clause of its own with a noun and a relative clause with
		// no pronoun before the colon: "The book he read: “…”"
		// introduces the book's words, no one's beat.
		for j := n - 1; j >= 2 && j >= n-8; j-- {
			if !toks[j].word {
				break
			}
			if toks[j].is(isSubjectPronoun) && toks[j-1].word && !toks[j-1].is(isFunction) && toks[j-2].word && toks[j-2].is(isDet) && (j-3 < 0 || !toks[j-3].word) {
				return true
			}
		}
	}
	if n >= 2 && toks[n-1].word && toks[n-1].is(isPronoun) && !toks[n-1].is(isSubjectPronoun) {
		n-- // "told me,"
	}
	// A subject stands before the cue, unread: not "to" or "and" or an
	// adverb, after which the verb shares the beat's subject ("and
	// again said, “…”", "as if to ask, “…”").
	// Or the comma that closes an appositive or a clause of the
	// subject, which opens with a relative word, a determiner, a name
	// or a number: "The pilots’ union, which has ten members, said:
	// “…”";
	// not one that closes a clause on "and" or a participle, whose
	// verb shares the beat's subject ("stood up, and turning to the
	// crew, said: “…”").
	if n < 2 || !toks[n-1].word || !toks[n-1].is(isCue) {
		return false
	}
	if toks[n-2].word {
		return !toks[n-2].is(isFunction|isAdverb) && !strings.HasSuffix(toks[n-2].low, "ly")
	}
	if toks[n-2].str(text) != "," {
		return false
	}
	for j := n - 3; j >= 1; j-- {
		if toks[j].str(text) == "," {
			o := &toks[j+1]
			return o.word && (o.low == "who" || o.low == "which" || o.low == "whose" || o.is(isDet) || capital(o.str(text)) || o.low[0] >= '0' && o.low[0] <= '9')
		}
	}
	return false
}
