package batch

import (
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/hearsay-project/hearsay"
	"github.com/hearsay-project/hearsay/internal/render"
)

// benchArticles is how many generated articles BenchmarkPipeline reads.
const benchArticles = 400

var (
	benchNames = []string{"Mara Quint", "Tobias Renn", "Ilse Varga", "Jonas Eck", "Petra Holm", "Anna Lind", "Karl Obst", "Ruth Alder"}
	benchWords = strings.Fields(`harbour ferry storm council crews wages quay bread boats wind
		week season committee office weather repairs timetable passengers island tide cargo
		budget report inspectors engine rescue volunteers lighthouse warning delay schedule`)
	benchVerbs = strings.Fields(`kept lost paid closed opened checked delayed moved asked promised expected counted`)
)

// genArticle writes an article of about 5 KB: a title, paragraphs of
// narration and four quotations, one of which is shared by several
// articles under a different speaker (a conflict for the table).
func genArticle(r *rand.Rand, i int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "The %s and the %s, day %d\n\n", benchWords[r.IntN(len(benchWords))], benchWords[r.IntN(len(benchWords))], i)
	sentence := func() string {
		n := 8 + r.IntN(10)
		w := make([]string, n)
		for k := range w {
			if k == 2 {
				w[k] = benchVerbs[r.IntN(len(benchVerbs))]
			} else {
				w[k] = benchWords[r.IntN(len(benchWords))]
			}
		}
		w[0] = strings.ToUpper(w[0][:1]) + w[0][1:]
		return strings.Join(w, " ") + "."
	}
	for p := 0; b.Len() < 4800; p++ {
		for range 3 + r.IntN(3) {
			b.WriteString(sentence() + " ")
		}
		b.WriteString("\n\n")
		if p%2 == 1 {
			words := strings.TrimSuffix(sentence(), ".")
			if p == 1 {
				words = fmt.Sprintf("The %s will not wait for the %s", benchWords[i%7], benchWords[i%5+7])
			}
			fmt.Fprintf(&b, "“%s,” said %s.\n\n", words, benchNames[r.IntN(len(benchNames))])
		}
	}
	return b.String()
}

// genCorpus writes benchArticles generated articles into a temporary
// folder and returns it with their total size.
func genCorpus(b *testing.B) (string, int64) {
	dir := b.TempDir()
	r := rand.New(rand.NewPCG(1, 2))
	var total int64
	for i := range benchArticles {
		a := genArticle(r, i)
		total += int64(len(a))
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%04d.txt", i)), []byte(a), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return dir, total
}

// BenchmarkPipeline runs the whole pipeline (read, analyse, conflict
// table, write) on the Prism runner over generated ~5 KB articles and
// reports documents and megabytes per second.
//
//	cd beam && go test -run '^$' -bench Pipeline -benchtime 3x ./batch
func BenchmarkPipeline(b *testing.B) {
	dir, total := genCorpus(b)
	b.SetBytes(total)
	for b.Loop() {
		out := b.TempDir()
		p, s := beam.NewPipelineWithRoot()
		Write(s, out, Build(s, []string{dir}), 1)
		if err := ptest.Run(p); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(benchArticles*b.N)/b.Elapsed().Seconds(), "docs/s")
	b.ReportMetric(float64(total)/benchArticles, "bytes/doc")
}

// BenchmarkAnalyzeLoop is the baseline for BenchmarkPipeline: the same
// articles read, analysed and rendered one after another in one
// goroutine, without Beam.
func BenchmarkAnalyzeLoop(b *testing.B) {
	dir, total := genCorpus(b)
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	b.SetBytes(total)
	for b.Loop() {
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			d, err := hearsay.AnalyzeBytes(b.Context(), raw, hearsay.Options{Name: f})
			if err != nil {
				b.Fatal(err)
			}
			if err := render.JSON(io.Discard, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(benchArticles*b.N)/b.Elapsed().Seconds(), "docs/s")
}
