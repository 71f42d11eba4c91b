package main

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/hearsay-project/hearsay/internal/render"
)

// version is set at link time (-ldflags "-X main.version=v1.2.3"); when it
// is not, the module version or VCS revision from the build is shown.
var version = ""

// VersionCommand prints the version.
type VersionCommand struct{ *Main }

// Run prints the version of the program, the JSON schema and Go.
func (c *VersionCommand) Run(ctx context.Context, args []string) error {
	fs := c.newFlagSet("version", "", "Print the version of hearsay, of its JSON schema, and of Go.")
	if _, err := c.parseFlags(fs, args); err != nil {
		return err
	}
	fmt.Fprintf(c.Stdout, "hearsay %s (JSON schema %d, %s)\n", Version(), render.SchemaVersion, runtime.Version())
	return nil
}

// Version returns the program's version.
func Version() string {
	if version != "" {
		return version
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	rev, dirty := "", false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if rev == "" {
		return "devel"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if dirty {
		rev += "-dirty"
	}
	return "devel-" + rev
}
