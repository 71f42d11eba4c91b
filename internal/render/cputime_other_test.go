//go:build !unix

package render_test

import (
	"testing"
	"time"
)

// cpuTime falls back to the wall clock where the process's CPU time is
// not at hand.
func cpuTime(t *testing.T) time.Duration { return time.Duration(time.Now().UnixNano()) }
