package batch

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/hearsay-project/hearsay"
	"github.com/hearsay-project/hearsay/internal/source"
	"github.com/hearsay-project/hearsay/internal/warc"
)

func init() {
	register.DoFn4x1[context.Context, fileio.ReadableFile, func(Input), func(Failure), error](&readFn{})
	register.Emitter1[Input]()
	register.Emitter1[Failure]()
}

// folderGlob turns a local folder into the glob of the files in it and
// returns any other pattern unchanged.
func folderGlob(p string) string {
	if strings.Contains(p, "://") {
		return p
	}
	if fi, err := os.Stat(p); err == nil && fi.IsDir() {
		return filepath.Join(p, "*")
	}
	return p
}

// isLocalDir reports whether path is a folder on the local disk. Globs
// over local folders match their subfolders too; those are skipped.
func isLocalDir(path string) bool {
	if strings.Contains(path, "://") {
		return false
	}
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}

// A fileKind is how a file is split into documents, from its name.
type fileKind int

const (
	kindArticle fileKind = iota // the whole file is one document
	kindJSONL                   // one JSON document per line
	kindWARC                    // a WARC archive of web pages
)

// kindOf returns the kind of the file at path, ignoring a ".gz" suffix
// (compression is undone when the file is opened).
func kindOf(path string) fileKind {
	name := strings.TrimSuffix(strings.ToLower(path), ".gz")
	switch {
	case strings.HasSuffix(name, ".jsonl"), strings.HasSuffix(name, ".ndjson"):
		return kindJSONL
	case strings.HasSuffix(name, ".warc"):
		return kindWARC
	}
	return kindArticle
}

// readFn reads one matched file into Inputs: the whole file for an
// article, one per line for JSON Lines, one per archived page for WARC.
// A file that cannot be opened fails the bundle (the runner retries it);
// content that is not what the name says becomes a Failure.
type readFn struct{}

func (f *readFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(Input), fail func(Failure)) error {
	path := file.Metadata.Path
	if isLocalDir(path) {
		return nil
	}
	rc, err := file.Open(ctx)
	if err != nil {
		return fmt.Errorf("hearsay-beam: open %s: %w", path, err)
	}
	defer rc.Close()
	switch kindOf(path) {
	case kindJSONL:
		err = readJSONL(path, rc, emit, fail)
	case kindWARC:
		err = readWARC(path, rc, emit, fail)
	default:
		err = readArticle(path, rc, emit, fail)
	}
	return err
}

// readArticle emits the whole of r as one document named path. Its
// format comes from the name without ".gz", then from the content.
func readArticle(path string, r io.Reader, emit func(Input), fail func(Failure)) error {
	body, err := source.Read(r, hearsay.DefaultMaxSize)
	if err != nil {
		if errors.Is(err, hearsay.ErrTooLarge) {
			fail(Failure{Name: path, Error: err.Error()})
			return nil
		}
		return fmt.Errorf("hearsay-beam: read %s: %w", path, err)
	}
	in := Input{Name: path, Body: body}
	if strings.HasSuffix(strings.ToLower(path), ".gz") {
		in.Format = string(source.Sniff(path[:len(path)-3], body))
	}
	emit(in)
	return nil
}

// A jsonDoc is one line of a JSON Lines input. The document's name is the
// first of ID, URL and Name that is set (else "file:line"); its body is
// the one of Text, Markdown and HTML that is set.
type jsonDoc struct {
	ID       json.RawMessage `json:"id"` // a string or a number
	URL      string          `json:"url"`
	Name     string          `json:"name"`
	Text     *string         `json:"text"`
	Markdown *string         `json:"markdown"`
	HTML     *string         `json:"html"`
}

// maxLine is the longest JSON line read: a document of the largest size
// Analyze accepts, with room for JSON escapes.
const maxLine = 2*hearsay.DefaultMaxSize + 1<<20

// readJSONL emits one document per non-blank line of r. A line that is
// not a JSON object with exactly one of text, markdown and html becomes a
// Failure named "path:line"; the other lines go on.
func readJSONL(path string, r io.Reader, emit func(Input), fail func(Failure)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		where := fmt.Sprintf("%s:%d", path, n)
		in, err := parseJSONDoc(line)
		if err != nil {
			fail(Failure{Name: where, Error: err.Error()})
			continue
		}
		if in.Name == "" {
			in.Name = where
		}
		emit(in)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			fail(Failure{Name: path, Error: fmt.Sprintf("a line is longer than %d bytes; the rest of the file is skipped", maxLine)})
			return nil
		}
		return fmt.Errorf("hearsay-beam: read %s: %w", path, err)
	}
	return nil
}

// parseJSONDoc parses one JSON Lines document; Name is "" when the line
// names none.
func parseJSONDoc(line []byte) (Input, error) {
	var d jsonDoc
	if err := json.Unmarshal(line, &d); err != nil {
		return Input{}, fmt.Errorf("not a JSON object: %v", err)
	}
	var in Input
	set := 0
	for _, b := range []struct {
		s      *string
		format hearsay.Format
	}{{d.Text, hearsay.FormatText}, {d.Markdown, hearsay.FormatMarkdown}, {d.HTML, hearsay.FormatHTML}} {
		if b.s != nil {
			set++
			in.Body, in.Format = []byte(*b.s), string(b.format)
		}
	}
	if set != 1 {
		return Input{}, errors.New(`want exactly one of "text", "markdown" and "html"`)
	}
	switch {
	case len(d.ID) > 0 && string(d.ID) != "null":
		var s string
		if json.Unmarshal(d.ID, &s) == nil {
			in.Name = s
		} else {
			in.Name = string(d.ID) // a number, as written
		}
	case d.URL != "":
		in.Name = d.URL
	default:
		in.Name = d.Name
	}
	return in, nil
}

// readWARC emits one document per archived HTML or text page of the WARC
// in r, named by its target URI (else "path#record"). A damaged archive
// becomes a Failure for the file; the pages before the damage are kept.
func readWARC(path string, r io.Reader, emit func(Input), fail func(Failure)) error {
	n := 0
	err := warc.Read(r, func(rec *warc.Record) error {
		n++
		in := Input{Name: rec.URI, Body: rec.Body, Format: string(hearsay.FormatHTML)}
		if in.Name == "" {
			in.Name = fmt.Sprintf("%s#%d", path, n)
		}
		switch mediaType(rec.ContentType) {
		case "text/plain":
			in.Format = string(hearsay.FormatText)
		case "text/markdown":
			in.Format = string(hearsay.FormatMarkdown)
		}
		emit(in)
		return nil
	})
	if err != nil {
		fail(Failure{Name: path, Error: err.Error()})
	}
	return nil
}

// mediaType is the media type of a Content-Type value, lower case,
// without parameters.
func mediaType(ct string) string {
	if i := strings.IndexByte(ct, ';'); i >= 0 {
		ct = ct[:i]
	}
	return strings.ToLower(strings.TrimSpace(ct))
}

// failureJSON renders a Failure as one JSON line.
func failureJSON(f Failure) (string, error) {
	b, err := json.Marshal(f)
	return string(b), err
}
