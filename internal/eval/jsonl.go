package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// eachJSONL decodes every non-blank line of r, in order, into a fresh T
// and calls fn with it and its line number; an error names the line. Gold
// files hold whole texts on one line, so lines may be up to 64 MB.
func eachJSONL[T any](r io.Reader, fn func(line int, rec *T) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	line := 0
	for sc.Scan() {
		line++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var rec T
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return fmt.Errorf("line %d: %v", line, err)
		}
		if err := fn(line, &rec); err != nil {
			return err
		}
	}
	return sc.Err()
}
