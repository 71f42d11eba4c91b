package cite

import (
	"regexp"
	"sync"
)

// A lazyRE is a regular expression compiled when it is first used, not
// when the package starts. The patterns of this package take about 2.5
// ms of CPU to compile, more than the analysis of a typical article,
// and most articles need few of them or none (they read notes and
// reference entries, and most of their steps try a hand-written scan
// first): compiled at start, they made every run of the command, and
// every test binary, pay for them all. A lazyRE is safe for concurrent
// use, as a Regexp is; TestLazyREsCompile compiles every one, so that a
// broken pattern still fails at once.
type lazyRE struct {
	expr string
	re   func() *regexp.Regexp
}

// lazyRegexp returns expr, to be compiled by regexp.MustCompile on first use.
func lazyRegexp(expr string) *lazyRE {
	return &lazyRE{expr: expr, re: sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })}
}

// The methods of regexp.Regexp that this package calls.

func (l *lazyRE) MatchString(s string) bool              { return l.re().MatchString(s) }
func (l *lazyRE) FindString(s string) string             { return l.re().FindString(s) }
func (l *lazyRE) FindStringIndex(s string) []int         { return l.re().FindStringIndex(s) }
func (l *lazyRE) FindStringSubmatch(s string) []string   { return l.re().FindStringSubmatch(s) }
func (l *lazyRE) FindStringSubmatchIndex(s string) []int { return l.re().FindStringSubmatchIndex(s) }
func (l *lazyRE) FindAllString(s string, n int) []string { return l.re().FindAllString(s, n) }
func (l *lazyRE) ReplaceAllString(s, repl string) string { return l.re().ReplaceAllString(s, repl) }
func (l *lazyRE) Split(s string, n int) []string         { return l.re().Split(s, n) }
func (l *lazyRE) ReplaceAllStringFunc(s string, f func(string) string) string {
	return l.re().ReplaceAllStringFunc(s, f)
}
