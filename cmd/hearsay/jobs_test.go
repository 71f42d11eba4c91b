package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestAnalyzeAllOrder checks that results come back in the order of the
// files however long each takes, with no more than jobs analysed at once.
func TestAnalyzeAllOrder(t *testing.T) {
	const jobs, n = 3, 60
	files := make([]string, n)
	for i := range files {
		files[i] = fmt.Sprint(i)
	}
	var now, most atomic.Int32
	results := analyzeAll(context.Background(), files, jobs, func(_ context.Context, name string) analyzed {
		k := now.Add(1)
		for m := most.Load(); k > m && !most.CompareAndSwap(m, k); m = most.Load() {
		}
		var i int
		fmt.Sscan(name, &i)
		time.Sleep(time.Duration(i*7%5) * time.Millisecond)
		now.Add(-1)
		return analyzed{err: fmt.Errorf("%s", name)}
	})
	i := 0
	for ch := range results {
		if r := <-ch; r.err.Error() != files[i] {
			t.Fatalf("result %d is for file %v", i, r.err)
		}
		i++
	}
	if i != n {
		t.Fatalf("%d results for %d files", i, n)
	}
	if m := most.Load(); m > jobs {
		t.Fatalf("%d files analysed at once with %d jobs", m, jobs)
	}
}

// TestAnalyzeAllSlowFirst checks that a slow first file does not hold
// back the analysis of the files after it, only their writing: the first
// file here finishes only once the sixth has been analysed.
func TestAnalyzeAllSlowFirst(t *testing.T) {
	files := []string{"0", "1", "2", "3", "4", "5", "6"}
	sixth := make(chan struct{})
	var once sync.Once
	results := analyzeAll(context.Background(), files, 2, func(ctx context.Context, name string) analyzed {
		switch name {
		case "0":
			select {
			case <-sixth:
			case <-time.After(5 * time.Second):
				return analyzed{err: fmt.Errorf("stalled")}
			}
		case "5":
			once.Do(func() { close(sixth) })
		}
		return analyzed{err: fmt.Errorf("%s", name)}
	})
	for ch := range results {
		if r := <-ch; r.err.Error() == "stalled" {
			t.Fatal("the files after a slow one waited for it to be written")
		}
	}
}

// TestAnalyzeAllCancel checks that no file starts once ctx is
// cancelled, and that every channel handed out still gets its result:
// with ctx done, the producer's selects may pick either ready case, so
// each run of a hundred would start a file a quarter of the time
// without the check after them.
func TestAnalyzeAllCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	files := make([]string, 100)
	for range 100 {
		var started atomic.Int32
		results := analyzeAll(ctx, files, 2, func(ctx context.Context, name string) analyzed {
			started.Add(1)
			return analyzed{err: ctx.Err()}
		})
		for ch := range results {
			select {
			case r := <-ch:
				if r.err == nil {
					t.Fatal("a result without the cancellation's error")
				}
			case <-time.After(5 * time.Second):
				t.Fatal("a channel handed out never got its result")
			}
		}
		if s := started.Load(); s > 0 {
			t.Fatalf("%d files started after cancelling", s)
		}
	}
}
