package quotebase

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// maxLine is the longest line ReadJSONL accepts: an entry is a quotation
// and a few notes, far below this.
const maxLine = 1 << 20

// ReadJSONL reads entries from JSON Lines, one object a line (the format
// is in docs/quotebase.md), and calls fn with each valid one. Blank lines
// are skipped. A line that is not a valid entry fails the read with its
// line number, so that a broken file is fixed rather than half imported.
// origin is recorded on entries that do not name their own.
func ReadJSONL(r io.Reader, origin string, fn func(Entry) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxLine)
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var e Entry
		dec := json.NewDecoder(bytes.NewReader(line))
		if err := dec.Decode(&e); err != nil {
			return fmt.Errorf("line %d: %w: %v", n, ErrEntry, err)
		}
		if err := e.Validate(); err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
		if e.Origin == "" {
			e.Origin = origin
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		if err == bufio.ErrTooLong {
			return fmt.Errorf("line %d: %w: longer than %d bytes", n+1, ErrEntry, maxLine)
		}
		return err
	}
	return nil
}
