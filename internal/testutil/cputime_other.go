//go:build !unix

package testutil

import "time"

// CPUTime returns the wall-clock time since the process started, where
// the system offers no CPU time.
func CPUTime() time.Duration { return time.Since(processStart) }
