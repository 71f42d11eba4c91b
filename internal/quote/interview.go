package quote

import (
	"strings"

	"github.com/hearsay-project/hearsay/internal/doc"
)

// interview adds the answers of a question-and-answer interview as
// direct quotations: news prints an interview as paragraphs that open
// with "Q:" (the interviewer's question) and "A:" (the answer), and the
// answers are the interviewee's words, verbatim and in no marks. A
// document is read so only when at least two paragraphs open with a
// question label and at least one with an answer label after one of
// them. An answer runs over the unlabelled paragraphs after it up to
// the next question; the last answer ends with its own paragraph (an
// article's closing paragraph after an interview is the writer's). Each
// paragraph is one part of the quotation's content, as in a quotation
// over paragraphs. The questions are the writer's and are left alone.
// The speaker stage gives the answers their speaker (AnswerLabel).
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
		return
	}
	for k := first + 1; k < len(paras) && !s.full(); k++ {
		at, ok := qaLabel(s.text, paras[k].Span, 'A')
		if !ok {
			continue
		}
		q := found{Kind: doc.QuoteDirect, Element: -1}
		if from, to := trimLeft(s.text, at, paras[k].End), trimRight(s.text, at, paras[k].End); from < to {
			q.Content = append(q.Content, doc.Span{Start: from, End: to})
		}
		// The paragraphs after it, up to the next question; none after
		// the last answer.
		j := k + 1
		for j < len(paras) && !labelled(s.text, paras[j].Span) {
			j++
		}
		if j < len(paras) {
			if _, next := qaLabel(s.text, paras[j].Span, 'Q'); next {
				for m := k + 1; m < j; m++ {
					if from, to := trimLeft(s.text, paras[m].Start, paras[m].End), trimRight(s.text, paras[m].Start, paras[m].End); from < to {
						q.Content = append(q.Content, doc.Span{Start: from, End: to})
					}
				}
			}
		}
		if len(q.Content) == 0 {
			continue
		}
		q.Span = doc.Span{Start: q.Content[0].Start, End: q.Content[len(q.Content)-1].End}
		s.quotes.add(q)
		k = j - 1
	}
}

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
// answer that starts at content (the "A:" of "A: We had been …"), as
// the quote stage reads it (interview), and whether there is one: the
// speaker stage names the interviewee its speaker and the label its cue.
func AnswerLabel(text string, paras []doc.Paragraph, content int) (doc.Span, bool) {
	for lo, hi := 0, len(paras); lo < hi; {
		m := (lo + hi) / 2
		switch p := paras[m]; {
		case p.End < content:
			lo = m + 1
		case p.Start > content:
			hi = m
		default:
			at, ok := qaLabel(text, p.Span, 'A')
			if !ok || trimLeft(text, at, p.End) != content {
				return doc.Span{}, false
			}
			return doc.Span{Start: p.Start, End: at}, true
		}
	}
	return doc.Span{}, false
}
