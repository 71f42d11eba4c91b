// Command mkinput writes a benchmark input of a given size by repeating
// the files it is given, separated by blank lines.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
)

func main() {
	mb := flag.Int("mb", 10, "size in megabytes")
	out := flag.String("o", "corpus.txt", "output file")
	flag.Parse()
	var parts [][]byte
	for _, name := range flag.Args() {
		b, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		parts = append(parts, b)
	}
	if len(parts) == 0 {
		fmt.Fprintln(os.Stderr, "mkinput: no input files")
		os.Exit(2)
	}
	f, err := os.Create(*out)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	w := bufio.NewWriter(f)
	for n := 0; n < *mb<<20; {
		for _, p := range parts {
			w.Write(p)
			w.WriteString("\n\n")
			n += len(p) + 2
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	f.Close()
}
