// Command load measures `hearsay serve` under load: it posts articles to
// POST /api/analyze on a running server and reports throughput, latency
// percentiles and errors. bench/load.sh starts a server and runs it.
//
// Two modes:
//   - closed loop (-rate 0): -c clients send requests back to back for -d;
//     this finds the most requests per second the server sustains;
//   - open loop (-rate N): requests start at N per second whatever the
//     server does, and latency is measured from when each was due, so a
//     stalled server cannot hide its queue (no coordinated omission).
//
// Every answer must be 200 with JSON whose "quotes" key is present;
// anything else is an error.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type article struct {
	name, ctype string
	body        []byte
}

func main() {
	url := flag.String("url", "http://127.0.0.1:8080/api/analyze", "the API address")
	conc := flag.Int("c", 8, "clients (closed loop) or most requests in flight (open loop)")
	dur := flag.Duration("d", 20*time.Second, "how long to measure")
	warm := flag.Duration("warmup", 3*time.Second, "load before measuring, not counted")
	rate := flag.Float64("rate", 0, "requests per second to start (open loop); 0 for closed loop")
	flag.Parse()
	arts, err := load(flag.Args())
	if err != nil {
		fmt.Fprintln(os.Stderr, "load:", err)
		os.Exit(2)
	}
	client := &http.Client{
		Timeout:   30 * time.Second,
		Transport: &http.Transport{MaxIdleConnsPerHost: *conc * 2, MaxConnsPerHost: 0, DisableCompression: true},
	}
	if *warm > 0 {
		run(client, *url, arts, *conc, *rate, *warm)
	}
	r := run(client, *url, arts, *conc, *rate, *dur)
	r.print(*rate, *conc, arts)
	if r.errors > 0 {
		os.Exit(1)
	}
}

// load reads the articles; the content type follows the extension.
func load(names []string) ([]article, error) {
	if len(names) == 0 {
		return nil, fmt.Errorf("name the article files to post")
	}
	var arts []article
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			return nil, err
		}
		ct := "text/plain; charset=utf-8"
		switch strings.ToLower(filepath.Ext(n)) {
		case ".md", ".markdown":
			ct = "text/markdown; charset=utf-8"
		case ".html", ".htm":
			ct = "text/html; charset=utf-8"
		}
		arts = append(arts, article{filepath.Base(n), ct, b})
	}
	return arts, nil
}

type result struct {
	mu        sync.Mutex
	latencies []time.Duration
	errors    int64
	firstErr  string
	bytesIn   int64
	elapsed   time.Duration
}

func (r *result) add(d time.Duration, n int64, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if err != nil {
		r.errors++
		if r.firstErr == "" {
			r.firstErr = err.Error()
		}
		return
	}
	r.latencies = append(r.latencies, d)
	r.bytesIn += n
}

func post(client *http.Client, url string, a article) (int64, error) {
	resp, err := client.Post(url, a.ctype, bytes.NewReader(a.body))
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, err
	}
	if resp.StatusCode != http.StatusOK {
		return 0, fmt.Errorf("%s: status %d: %.200s", a.name, resp.StatusCode, body)
	}
	if !bytes.Contains(body, []byte(`"quotes":[`)) {
		return 0, fmt.Errorf("%s: answer without quotes: %.200s", a.name, body)
	}
	return int64(len(body)), nil
}

func run(client *http.Client, url string, arts []article, conc int, rate float64, dur time.Duration) *result {
	r := &result{}
	ctx, cancel := context.WithTimeout(context.Background(), dur)
	defer cancel()
	var next atomic.Int64
	start := time.Now()
	var wg sync.WaitGroup
	if rate <= 0 {
		for i := 0; i < conc; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for ctx.Err() == nil {
					a := arts[int(next.Add(1))%len(arts)]
					t0 := time.Now()
					n, err := post(client, url, a)
					r.add(time.Since(t0), n, err)
				}
			}()
		}
	} else {
		slots := make(chan struct{}, conc)
		interval := time.Duration(float64(time.Second) / rate)
		for i := 0; ; i++ {
			due := start.Add(time.Duration(i) * interval)
			if due.Sub(start) >= dur {
				break
			}
			time.Sleep(time.Until(due))
			slots <- struct{}{} // at most conc in flight; waiting here counts in latency
			wg.Add(1)
			go func(a article, due time.Time) {
				defer wg.Done()
				n, err := post(client, url, a)
				<-slots
				r.add(time.Since(due), n, err)
			}(arts[i%len(arts)], due)
		}
	}
	wg.Wait()
	r.elapsed = time.Since(start)
	return r
}

func (r *result) print(rate float64, conc int, arts []article) {
	l := r.latencies
	slices.Sort(l)
	pct := func(p float64) time.Duration {
		if len(l) == 0 {
			return 0
		}
		return l[min(len(l)-1, int(p*float64(len(l))))]
	}
	var size int
	for _, a := range arts {
		size += len(a.body)
	}
	mode := fmt.Sprintf("closed loop, %d clients", conc)
	if rate > 0 {
		mode = fmt.Sprintf("open loop at %.0f req/s, at most %d in flight", rate, conc)
	}
	fmt.Printf("%s; %d articles of %d bytes on average\n", mode, len(arts), size/len(arts))
	fmt.Printf("requests %d in %.1fs: %.0f req/s; errors %d\n", len(l), r.elapsed.Seconds(), float64(len(l))/r.elapsed.Seconds(), r.errors)
	fmt.Printf("latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms\n", ms(pct(.50)), ms(pct(.90)), ms(pct(.99)), ms(pct(1)))
	if r.firstErr != "" {
		fmt.Printf("first error: %s\n", r.firstErr)
	}
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
