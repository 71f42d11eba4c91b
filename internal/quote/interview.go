package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// interview adds the answers of a question-and-answer interview as
// direct quotations: news prints an interview as paragraphs that open
// with "Q:" (the interviewer's question) and "A:" (the answer), or with
// the two parties' names ("The Courier:", "Dunsmore:"), and the answers
// are the interviewee's words, verbatim and in no marks. A document is
// read so only when at least two paragraphs open with a question label
// and at least one with an answer label after one of them (for names,
// namedInterview says which party asks). An answer runs over the
// unlabelled paragraphs after it up to the next question; the last
// answer ends with its own paragraph (an article's closing paragraph
// after an interview is the writer's). Each paragraph is one part of
// the quotation's content, as in a quotation over paragraphs. The
// questions are the writer's and are left alone. The speaker stage
// gives the answers their speaker (AnswerLabel).
func (s *scanner) interview() {
	paras := s.d.Paragraphs
	questions, first := 0, -1
	for k, p := range paras {
		if _, ok := qaLabel(s.text, p.Span, 'Q'); ok {
			questions++
			if first < 0 {
				first = k
			}
		}
	}
	if questions < 2 {
		s.namedInterview()
		return
	}
	for k := first + 1; k < len(paras) && !s.full(); k++ {
		at, ok := qaLabel(s.text, paras[k].Span, 'A')
		if !ok {
			continue
		}
		// The paragraphs after it, up to the next question; none after
		// the last answer.
		j := k + 1
		for j < len(paras) && !labelled(s.text, paras[j].Span) {
			j++
		}
		next := k + 1 // the last answer, or one before another answer, ends with its paragraph
		if j < len(paras) {
			if _, q := qaLabel(s.text, paras[j].Span, 'Q'); q {
				next = j
			}
		}
		s.answer(at, k, next)
		k = j - 1
	}
}

// answer adds the answer whose words start at offset at in paragraph k
// and go on over the paragraphs before paragraph next.
func (s *scanner) answer(at, k, next int) {
	paras := s.d.Paragraphs
	q := found{Kind: doc.QuoteDirect, Element: -1}
	if from, to := trimLeft(s.text, at, paras[k].End), trimRight(s.text, at, paras[k].End); from < to {
		q.Content = append(q.Content, doc.Span{Start: from, End: to})
	}
	for m := k + 1; m < next; m++ {
		if from, to := trimLeft(s.text, paras[m].Start, paras[m].End), trimRight(s.text, paras[m].Start, paras[m].End); from < to {
			q.Content = append(q.Content, doc.Span{Start: from, End: to})
		}
	}
	if len(q.Content) == 0 {
		return
	}
	q.Span = doc.Span{Start: q.Content[0].Start, End: q.Content[len(q.Content)-1].End}
	s.quotes.add(q)
}

// namedInterview reads an interview whose turns open with the parties'
// names ("The Larkmoor Record: Will …?", "Dunsmore: We will …"; see
// NameLabel). The interviewer is the party with at least two turns of
// which at least half end in a question mark, the most such turns of
// any party (the first to speak wins a tie); every turn of another party
// after its first question is an answer, and there must be two. A
// transcript of people talking in turn, none of whom mostly asks, is no
// interview: its turns are left to the other readers.
func (s *scanner) namedInterview() {
	paras := s.d.Paragraphs
	type turn struct {
		k, at int
		label string
	}
	var turns []turn
	for k, p := range paras {
		if at, name, ok := NameLabel(s.text, p.Span); ok {
			turns = append(turns, turn{k, at, s.text[name.Start:name.End]})
		}
	}
	if len(turns) < 4 {
		return
	}
	type tally struct{ n, asked int }
	parties := map[string]*tally{}
	asker, most := "", 0
	for _, t := range turns {
		p := parties[t.label]
		if p == nil {
			p = &tally{}
			parties[t.label] = p
		}
		p.n++
		if end := trimRight(s.text, t.at, paras[t.k].End); end > t.at && s.text[end-1] == '?' {
			p.asked++
		}
	}
	for _, t := range turns {
		if p := parties[t.label]; p.n >= 2 && 2*p.asked >= p.n && p.asked > most {
			asker, most = t.label, p.asked
		}
	}
	if asker == "" || len(turns)-parties[asker].n < 2 {
		return
	}
	asked := false
	for i, t := range turns {
		if t.label == asker {
			asked = true
			continue
		}
		if !asked || s.full() {
			continue
		}
		next := t.k + 1 // the last answer, or one before another answer, ends with its paragraph
		if i+1 < len(turns) && turns[i+1].label == asker {
			next = turns[i+1].k
		}
		s.answer(t.at, t.k, next)
	}
}

// NameLabel reports whether the paragraph at p opens with a party's
// name as an interview's turn label: one to five words before a colon
// and a space, each capitalised but a joining word inside ("Secretary
// of State:"), letters and the marks of names only, with a sentence
// after it. It returns where the words after the label begin and the
// name's span. "Q" and "A" are qaLabel's; a label such as "Note:" is
// read as one here and turned away by namedInterview, which wants
// turns that alternate.
func NameLabel(text string, p doc.Span) (int, doc.Span, bool) {
	t := text[p.Start:min(p.End, p.Start+64)]
	colon := strings.IndexByte(t, ':')
	if colon <= 1 || colon+1 >= len(t) || t[colon+1] != ' ' && t[colon+1] != '\t' {
		return 0, doc.Span{}, false
	}
	name := t[:colon]
	if name == "Question" || name == "Answer" {
		return 0, doc.Span{}, false
	}
	for _, r := range name {
		if !unicode.IsLetter(r) && r != ' ' && r != '.' && r != '-' && r != '’' && r != '\'' {
			return 0, doc.Span{}, false
		}
	}
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 5 || len(words) != strings.Count(name, " ")+1 {
		return 0, doc.Span{}, false
	}
	for i, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !(i > 0 && i < len(words)-1 && labelJoiners[w]) {
			return 0, doc.Span{}, false
		}
	}
	at := trimLeft(text, p.Start+colon+1, p.End)
	if !opensSentence(text, at, p.End) {
		return 0, doc.Span{}, false
	}
	return at, doc.Span{Start: p.Start, End: p.Start + colon}, true
}

// labelJoiners are the lower-case words a party's name may hold
// between capitalised ones: "Secretary of State", "Ana de Souza".
var labelJoiners = map[string]bool{"of": true, "the": true, "for": true, "de": true, "da": true, "van": true, "von": true, "der": true, "la": true, "le": true, "du": true, "al": true, "bin": true}

// labelled reports whether the paragraph at p opens with a question's
// or an answer's label.
func labelled(text string, p doc.Span) bool {
	_, q := qaLabel(text, p, 'Q')
	_, a := qaLabel(text, p, 'A')
	return q || a
}

// qaLabel reports whether the paragraph at p opens with the label of
// a question (letter 'Q': "Q:", "Q.", "Question:") or an answer ('A':
// "A:", "A.", "Answer:"), and returns where the words after it begin.
// The letter must stand alone before its colon or full stop, and a
// space follow: "A. J. Moss said" is read as no label by the interview
// reader only because a question label comes before it.
func qaLabel(text string, p doc.Span, letter byte) (int, bool) {
	t := text[p.Start:p.End]
	n := 0
	switch {
	case len(t) > 2 && t[0] == letter && (t[1] == ':' || t[1] == '.'):
		n = 2
	case len(t) == 0 || t[0] != letter:
		return 0, false
	case letter == 'Q' && strings.HasPrefix(t, "Question:"):
		n = len("Question:")
	case letter == 'A' && strings.HasPrefix(t, "Answer:"):
		n = len("Answer:")
	default:
		return 0, false
	}
	if len(t) > n && (t[n] == ' ' || t[n] == '\t') {
		return p.Start + n, true
	}
	return 0, false
}

// AnswerLabel returns the span of the label before an interview's
// answer that starts at content, as the quote stage reads it
// (interview), and whether there is one: the "A:" of "A: We had been
// …", or the colon after a party's name ("Dunsmore: We will …"), whose
// span name then holds. The speaker stage names the interviewee, or the
// party, its speaker and the label its cue.
func AnswerLabel(text string, paras []doc.Paragraph, content int) (label, name doc.Span, ok bool) {
	for lo, hi := 0, len(paras); lo < hi; {
		m := (lo + hi) / 2
		switch p := paras[m]; {
		case p.End < content:
			lo = m + 1
		case p.Start > content:
			hi = m
		default:
			if at, ok := qaLabel(text, p.Span, 'A'); ok && trimLeft(text, at, p.End) == content {
				return doc.Span{Start: p.Start, End: at}, doc.Span{}, true
			}
			if at, n, ok := NameLabel(text, p.Span); ok && at == content {
				return doc.Span{Start: n.End, End: n.End + 1}, n, true
			}
			return doc.Span{}, doc.Span{}, false
		}
	}
	return doc.Span{}, doc.Span{}, false
}
