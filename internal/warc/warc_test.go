package warc

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// fixture is one record for the test WARC writer: a WARC type, target
// URI and block (for responses, a whole HTTP message).
type fixture struct {
	typ, uri, contentType string
	block                 []byte
}

// writeWARC renders records as WARC 1.1, each one compressed as its own
// gzip member when gz is set, the way crawlers write .warc.gz.
func writeWARC(t testing.TB, gz bool, recs ...fixture) []byte {
	t.Helper()
	var out bytes.Buffer
	for i, r := range recs {
		var rec bytes.Buffer
		fmt.Fprintf(&rec, "WARC/1.1\r\nWARC-Type: %s\r\n", r.typ)
		fmt.Fprintf(&rec, "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\n", i)
		fmt.Fprintf(&rec, "WARC-Date: 2024-03-0%dT10:20:30Z\r\n", i%9+1)
		if r.uri != "" {
			fmt.Fprintf(&rec, "WARC-Target-URI: %s\r\n", r.uri)
		}
		if r.contentType != "" {
			fmt.Fprintf(&rec, "Content-Type: %s\r\n", r.contentType)
		}
		fmt.Fprintf(&rec, "Content-Length: %d\r\n\r\n", len(r.block))
		rec.Write(r.block)
		rec.WriteString("\r\n\r\n")
		if !gz {
			out.Write(rec.Bytes())
			continue
		}
		zw := gzip.NewWriter(&out)
		zw.Write(rec.Bytes())
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
	}
	return out.Bytes()
}

func gzipped(s string) string {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	zw.Close()
	return b.String()
}

func chunked(s string, size int) string {
	var b strings.Builder
	for len(s) > 0 {
		n := min(size, len(s))
		fmt.Fprintf(&b, "%x\r\n%s\r\n", n, s[:n])
		s = s[n:]
	}
	b.WriteString("0\r\n\r\n")
	return b.String()
}

func httpResponse(status, headers, body string) []byte {
	return []byte("HTTP/1.1 " + status + "\r\n" + headers + "\r\n" + body)
}

const (
	page1 = "<html><head><title>Harbour vote</title></head><body><p>\"We will rebuild the pier,\" said the mayor.</p></body></html>"
	page2 = "<html><body><p>The council met on Tuesday. \"Nothing is settled,\" a clerk said.</p></body></html>"
	text3 = "A plain note.\n\n\"Rain again,\" said the keeper.\n"
	page4 = "<p>Deflated page.</p>"
)

// fixtureRecords is a small crawl: pages with and without codings, and
// records of every kind Read must skip.
func fixtureRecords() []fixture {
	const httpCT = "application/http; msgtype=response"
	return []fixture{
		{typ: "warcinfo", contentType: "application/warc-fields", block: []byte("software: hearsay-test\r\n")},
		{typ: "request", uri: "https://news.example/harbour", contentType: "application/http; msgtype=request",
			block: []byte("GET /harbour HTTP/1.1\r\nHost: news.example\r\n\r\n")},
		{typ: "response", uri: "https://news.example/harbour", contentType: httpCT,
			block: httpResponse("200 OK", "Content-Type: text/html; charset=utf-8\r\n", page1)},
		{typ: "response", uri: "https://news.example/council", contentType: httpCT,
			block: httpResponse("200 OK", "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n",
				chunked(gzipped(page2), 17))},
		{typ: "response", uri: "https://news.example/missing", contentType: httpCT,
			block: httpResponse("404 Not Found", "Content-Type: text/html\r\n", "<p>gone</p>")},
		{typ: "response", uri: "https://news.example/logo.png", contentType: httpCT,
			block: httpResponse("200 OK", "Content-Type: image/png\r\n", "\x89PNG\r\n\x1a\n")},
		{typ: "response", uri: "https://news.example/brotli", contentType: httpCT,
			block: httpResponse("200 OK", "Content-Type: text/html\r\nContent-Encoding: br\r\n", "\x0b\x02\x80")},
		{typ: "resource", uri: "file:///notes/keeper.txt", contentType: "text/plain", block: []byte(text3)},
		{typ: "response", uri: "https://news.example/deflate", contentType: httpCT,
			block: httpResponse("200 OK", "Content-Type: text/html\r\nContent-Encoding: deflate\r\n", deflated(page4))},
		{typ: "metadata", uri: "https://news.example/harbour", contentType: "application/warc-fields", block: []byte("fetchTimeMs: 12\r\n")},
	}
}

// deflated compresses s as raw deflate, which many servers send for
// "Content-Encoding: deflate" instead of the zlib the RFC asks for.
func deflated(s string) string {
	var b bytes.Buffer
	fw, _ := flate.NewWriter(&b, flate.DefaultCompression)
	fw.Write([]byte(s))
	fw.Close()
	return b.String()
}

var updateFixture = flag.Bool("update-fixture", false, "rewrite testdata/small.warc.gz")

type want struct {
	uri, ct, body string
	day           int
}

func TestRead(t *testing.T) {
	wants := []want{
		{"https://news.example/harbour", "text/html; charset=utf-8", page1, 3},
		{"https://news.example/council", "text/html", page2, 4},
		{"file:///notes/keeper.txt", "text/plain", text3, 8},
		{"https://news.example/deflate", "text/html", page4, 9},
	}
	for _, gz := range []bool{false, true} {
		t.Run(fmt.Sprintf("gzip=%v", gz), func(t *testing.T) {
			data := writeWARC(t, gz, fixtureRecords()...)
			var got []*Record
			if err := Read(bytes.NewReader(data), func(r *Record) error { got = append(got, r); return nil }); err != nil {
				t.Fatal(err)
			}
			if len(got) != len(wants) {
				t.Fatalf("got %d records, want %d: %+v", len(got), len(wants), got)
			}
			for i, w := range wants {
				g := got[i]
				if g.URI != w.uri || g.ContentType != w.ct || string(g.Body) != w.body {
					t.Errorf("record %d = {%q %q %q}, want {%q %q %q}", i, g.URI, g.ContentType, g.Body, w.uri, w.ct, w.body)
				}
				if wd := time.Date(2024, 3, w.day, 10, 20, 30, 0, time.UTC); !g.Date.Equal(wd) {
					t.Errorf("record %d date = %v, want %v", i, g.Date, wd)
				}
			}
		})
	}
}

func TestReadStopsAtCallbackError(t *testing.T) {
	data := writeWARC(t, true, fixtureRecords()...)
	stop := errors.New("enough")
	n := 0
	err := Read(bytes.NewReader(data), func(*Record) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Fatalf("Read = %v after %d calls, want %v after 1", err, n, stop)
	}
}

func TestReadBadInput(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		ok   bool
	}{
		{"empty", "", true},
		{"html", "<html><body>not a warc</body></html>", false},
		// The library reads a cut-off header as a record of unknown
		// type, which Read skips.
		{"truncated header", "WARC/1.1\r\nWARC-Type: resp", true},
		{"bad gzip", "\x1f\x8b\x08\x00garbage", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := Read(strings.NewReader(tc.in), func(*Record) error { return nil })
			if (err == nil) != tc.ok {
				t.Fatalf("Read(%q) = %v, want ok=%v", tc.in, err, tc.ok)
			}
		})
	}
}

// TestReadTruncated cuts a crawl short at every record boundary and in
// the middle of records: Read returns the records before the cut and an
// error or nil, never a panic.
func TestReadTruncated(t *testing.T) {
	data := writeWARC(t, true, fixtureRecords()...)
	for cut := 0; cut < len(data); cut += 7 {
		_ = Read(bytes.NewReader(data[:cut]), func(*Record) error { return nil })
	}
}

// TestReadFixtureFile reads the checked-in crawl in testdata, written by
// this package's tests (go test -run TestWriteFixture -update-fixture).
func TestReadFixtureFile(t *testing.T) {
	path := filepath.Join("testdata", "small.warc.gz")
	if *updateFixture {
		if err := os.WriteFile(path, writeWARC(t, true, fixtureRecords()...), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	n := 0
	if err := Read(f, func(*Record) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	if n != 4 {
		t.Fatalf("read %d records from %s, want 4", n, path)
	}
}

func FuzzRead(f *testing.F) {
	f.Add(writeWARC(f, false, fixtureRecords()...))
	f.Add(writeWARC(f, true, fixtureRecords()[2:4]...))
	f.Add([]byte("WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_ = Read(bytes.NewReader(data), func(r *Record) error {
			if len(r.Body) > MaxBody {
				t.Fatalf("body of %d bytes over MaxBody", len(r.Body))
			}
			if !textual(r.ContentType) {
				t.Fatalf("non-text record %q passed", r.ContentType)
			}
			return nil
		})
	})
}
