// Package warc reads the web pages and text documents archived in a WARC
// file (ISO 28500), such as a Common Crawl news crawl, so that they can be
// analysed like any other article.
//
// The record framing, per-record gzip members and header parsing come from
// github.com/nlnwa/gowarc; this package adds what an article reader needs
// on top: it keeps only response and resource records whose payload is
// HTML or text, strips the HTTP headers, and undoes chunked transfer
// coding and gzip or deflate content coding.
package warc

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	"net/textproto"
	"strings"
	"time"

	gowarc "github.com/nlnwa/gowarc/v3"
)

// Record is one archived web page or text document from a WARC file.
type Record struct {
	URI         string    // WARC-Target-URI; "" when the record has none
	Date        time.Time // WARC-Date: when the page was archived; zero when absent
	ContentType string    // media type of Body, with its parameters (e.g. "text/html; charset=utf-8")
	Body        []byte    // the payload: no HTTP headers, transfer and content coding undone
}

// MaxBody is the largest decoded payload Read hands on, in bytes. A
// larger record is skipped: no article is that long, and a limit keeps a
// compressed bomb from exhausting memory.
const MaxBody = 32 << 20

// ErrFormat reports input that is not a WARC file. Test for it with
// errors.Is.
var ErrFormat = errors.New("not a WARC file")

// Read calls fn for each response (and resource) record whose payload is
// HTML or text, with the HTTP headers stripped and chunked/gzip transfer
// decoded; it stops at fn's first error. Response records are kept only
// for a 2xx status, since redirects and error pages carry no article.
// Records of other types, other media types, undecodable content codings
// (such as br) or payloads over MaxBody are skipped silently. The input
// may be a plain .warc or a .warc.gz of one gzip member per record.
// fn may keep the Record; Read does not reuse it.
func Read(r io.Reader, fn func(*Record) error) error {
	// Hide any Seek and Close methods: the library would rewind a
	// seekable reader and close a closable one, and both belong to the
	// caller.
	br := bufio.NewReaderSize(struct{ io.Reader }{r}, 64<<10)
	head, err := br.Peek(5)
	if len(head) == 0 && errors.Is(err, io.EOF) {
		return nil // an empty file holds no records
	}
	if !bytes.HasPrefix(head, []byte("WARC/")) && !(len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b) {
		return ErrFormat
	}
	// Spec violations stay at the library's default, ErrWarn (collected,
	// then ignored here): below that it does not keep the block, and
	// the payload would be gone by the time the record is returned.
	wr, err := gowarc.NewWarcFileReaderFromStream(br, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
		gowarc.WithBlockErrorPolicy(gowarc.ErrIgnore))
	if err != nil {
		return err
	}
	defer wr.Close()
	for n := 0; ; n++ {
		rec, err := next(wr)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("warc: record %d: %w", n+1, err)
		}
		out, err := convert(rec.WarcRecord)
		rec.Close()
		if err != nil {
			return fmt.Errorf("warc: record %d: %w", n+1, err)
		}
		if out == nil {
			continue
		}
		if err := fn(out); err != nil {
			return err
		}
	}
}

// next reads one record, turning a panic inside the library on malformed
// input into an error so that a bad file cannot take the program down.
func next(wr *gowarc.WarcFileReader) (rec gowarc.Record, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%w: malformed record (%v)", ErrFormat, p)
		}
	}()
	rec, err = wr.Next()
	switch {
	case errors.Is(err, gowarc.ErrNoRecord):
		// Only bytes that start no record are left (padding after the
		// last record): the end of the file.
		err = io.EOF
	case err == io.EOF && rec.Size > 0:
		// The library reports a record cut short as a plain EOF; that
		// is a damaged file, not its end.
		err = fmt.Errorf("%w: truncated record", io.ErrUnexpectedEOF)
	case err == nil && rec.WarcRecord == nil:
		err = io.EOF
	}
	return rec, err
}

// convert returns the Record for an archived HTML or text document, or
// nil for any other record.
func convert(wr gowarc.WarcRecord) (out *Record, err error) {
	defer func() {
		if p := recover(); p != nil {
			out, err = nil, fmt.Errorf("%w: malformed record (%v)", ErrFormat, p)
		}
	}()
	h := wr.WarcHeader()
	rec := &Record{URI: strings.Trim(h.Get(gowarc.WarcTargetURI), "<>")}
	if d, err := wr.Date(); err == nil {
		rec.Date = d
	}
	var body io.Reader
	switch wr.Type() {
	case gowarc.Response:
		hb, ok := wr.Block().(gowarc.HttpResponseBlock)
		if !ok {
			return nil, nil // a response from another protocol (dns:, ftp:)
		}
		if c := hb.HttpStatusCode(); c < 200 || c > 299 {
			return nil, nil
		}
		// Parse the headers again: the library's parsed copy comes from
		// net/http, which drops Transfer-Encoding.
		hdr := httpHeader(hb.ProtocolHeaderBytes())
		p, err := hb.PayloadBytes()
		if err != nil {
			return nil, err
		}
		rec.ContentType = hdr.Get("Content-Type")
		body, err = decode(p, hdr)
		if err != nil || body == nil {
			return nil, nil // a coding this package cannot undo
		}
	case gowarc.Resource:
		rec.ContentType = h.Get(gowarc.ContentType)
		body, err = wr.Block().RawBytes()
		if err != nil {
			return nil, err
		}
	default:
		return nil, nil
	}
	if !textual(rec.ContentType) {
		return nil, nil
	}
	b, err := io.ReadAll(io.LimitReader(body, MaxBody+1))
	if err != nil {
		// A corrupt coding inside one page is that page's problem, not
		// the file's: skip it and read on.
		var ce codingError
		if errors.As(err, &ce) {
			return nil, nil
		}
		return nil, err
	}
	if len(b) > MaxBody {
		return nil, nil
	}
	if rec.ContentType == "" {
		rec.ContentType = http.DetectContentType(b)
		if !textual(rec.ContentType) {
			return nil, nil
		}
	}
	rec.Body = b
	return rec, nil
}

// httpHeader parses the header fields of an HTTP message head (status
// line, fields, blank line), keeping every field as sent.
func httpHeader(head []byte) http.Header {
	tp := textproto.NewReader(bufio.NewReader(bytes.NewReader(head)))
	if _, err := tp.ReadLine(); err != nil { // the status line
		return http.Header{}
	}
	h, _ := tp.ReadMIMEHeader() // a malformed field ends the header; keep what came before
	return http.Header(h)
}

// textual reports whether a Content-Type names HTML, XHTML, Markdown or
// plain text; "" counts as textual until the body is sniffed.
func textual(ct string) bool {
	if ct == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.Split(ct, ";")[0]))
	}
	switch mt {
	case "text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown":
		return true
	}
	return false
}

// codingError marks a failure to undo a transfer or content coding.
type codingError struct{ err error }

func (e codingError) Error() string { return "bad coding: " + e.err.Error() }
func (e codingError) Unwrap() error { return e.err }

// codingReader turns its reader's errors, other than EOF, into codingErrors.
type codingReader struct{ r io.Reader }

func (c codingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if err != nil && err != io.EOF {
		err = codingError{err}
	}
	return n, err
}

// decode undoes the chunked transfer coding and the gzip or deflate
// content coding that hdr names, in the order the server applied them.
// It returns nil for a coding it does not know.
func decode(p io.Reader, hdr http.Header) (io.Reader, error) {
	if hasToken(hdr.Values("Transfer-Encoding"), "chunked") {
		// Some crawlers store the payload already de-chunked but keep
		// the header; decode only when the body starts like a chunk.
		bp := bufio.NewReader(p)
		p = bp
		if looksChunked(bp) {
			p = codingReader{httputil.NewChunkedReader(bp)}
		}
	}
	codings := hdr.Values("Content-Encoding")
	var list []string
	for _, v := range codings {
		for _, c := range strings.Split(v, ",") {
			if c = strings.ToLower(strings.TrimSpace(c)); c != "" && c != "identity" {
				list = append(list, c)
			}
		}
	}
	// Codings are listed in the order applied; undo them last first.
	for i := len(list) - 1; i >= 0; i-- {
		switch list[i] {
		case "gzip", "x-gzip":
			bp := bufio.NewReader(p)
			if m, _ := bp.Peek(2); len(m) < 2 || m[0] != 0x1f || m[1] != 0x8b {
				// Already decoded by the crawler despite the header.
				p = bp
				continue
			}
			z, err := gzip.NewReader(bp)
			if err != nil {
				return nil, nil
			}
			p = codingReader{z}
		case "deflate":
			// "deflate" means zlib by the RFC but raw deflate from
			// some servers; tell them apart by the zlib header.
			bp := bufio.NewReader(p)
			if m, _ := bp.Peek(2); len(m) == 2 && m[0]&0x0f == 8 && (uint16(m[0])<<8|uint16(m[1]))%31 == 0 {
				z, err := zlib.NewReader(bp)
				if err != nil {
					return nil, nil
				}
				p = codingReader{z}
			} else {
				p = codingReader{flate.NewReader(bp)}
			}
		default:
			return nil, nil
		}
	}
	return p, nil
}

// looksChunked reports whether a body starts with a chunk-size line: hex
// digits, optional extensions, CRLF.
func looksChunked(b *bufio.Reader) bool {
	head, _ := b.Peek(32)
	i := 0
	for i < len(head) && isHex(head[i]) {
		i++
	}
	if i == 0 {
		return false
	}
	rest := head[i:]
	if j := bytes.IndexByte(rest, '\n'); j >= 0 {
		line := bytes.TrimRight(rest[:j], "\r")
		return len(line) == 0 || line[0] == ';' || line[0] == ' ' || line[0] == '\t'
	}
	return false
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func hasToken(values []string, tok string) bool {
	for _, v := range values {
		for _, t := range strings.Split(v, ",") {
			if strings.EqualFold(strings.TrimSpace(t), tok) {
				return true
			}
		}
	}
	return false
}
