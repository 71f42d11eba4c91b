// Command mkchecks writes a benchmark for "hearsay analyze --sources": a
// folder of source texts (-mb megabytes in files of about 1 MB, made of
// words drawn from a vocabulary of 20,000 with a Zipf law, as English
// words are) and an article quoting them -quotes times: two in five
// quotations verbatim, one in five elided, one in five with a word
// changed, one in five made up.
//
//	go run ./mkchecks -out out/checks -mb 100 -quotes 1000
//	hearsay analyze --sources out/checks/sources out/checks/article.txt
package main

import (
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	out := flag.String("out", "out/checks", "output folder")
	mb := flag.Int("mb", 100, "size of the sources in megabytes")
	quotes := flag.Int("quotes", 1000, "number of quotations in the article")
	flag.Parse()
	if err := write(*out, *mb, *quotes); err != nil {
		fmt.Fprintln(os.Stderr, "mkchecks:", err)
		os.Exit(1)
	}
}

func write(out string, mb, quotes int) error {
	rng := rand.New(rand.NewSource(1))
	syll := []string{"ka", "lo", "mi", "ne", "ra", "su", "to", "vi", "de", "an", "or", "el", "ith", "us", "ban"}
	vocab := make([]string, 20000)
	for i := range vocab {
		var b strings.Builder
		for n := 1 + i%3 + i/5000; n > 0; n-- {
			b.WriteString(syll[rng.Intn(len(syll))])
		}
		vocab[i] = b.String()
	}
	zipf := rand.NewZipf(rng, 1.1, 2, uint64(len(vocab)-1))
	dir := filepath.Join(out, "sources")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var texts []string
	for i := 0; i < mb; i++ {
		var b strings.Builder
		for b.Len() < 1<<20 {
			for n := 6 + rng.Intn(20); n > 0; n-- {
				b.WriteString(vocab[zipf.Uint64()])
				b.WriteByte(' ')
			}
			b.WriteString("end.\n")
			if rng.Intn(6) == 0 {
				b.WriteString("\n")
			}
		}
		texts = append(texts, b.String())
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("source-%03d.txt", i)), []byte(b.String()), 0o644); err != nil {
			return err
		}
	}
	var a strings.Builder
	a.WriteString("A benchmark article\n\nBy The Bench\n\n")
	for i := 0; i < quotes; i++ {
		t := texts[rng.Intn(len(texts))]
		at := rng.Intn(len(t) - 2000)
		at += strings.IndexByte(t[at:], ' ') + 1
		ws := strings.Fields(t[at : at+1500])
		n := 8 + rng.Intn(15)
		var q string
		switch i % 5 {
		case 0, 1:
			q = strings.Join(ws[:n], " ")
		case 2:
			q = strings.Join(ws[:n/2], " ") + " … " + strings.Join(ws[n/2+4:n+4], " ")
		case 3:
			ws[n/2] = "changed"
			q = strings.Join(ws[:n], " ")
		case 4:
			for k := range ws[:n] {
				ws[k] = vocab[rng.Intn(len(vocab))] + "x"
			}
			q = strings.Join(ws[:n], " ")
		}
		fmt.Fprintf(&a, "The speaker was clear. “%s,” said Speaker Number%d.\n\n", q, i)
	}
	return os.WriteFile(filepath.Join(out, "article.txt"), []byte(a.String()), 0o644)
}
