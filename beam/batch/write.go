package batch

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"   // gs:// paths
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // local paths
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn2x0[string, func(int, string)](&shardFn{})
	register.Function1x2[int, int, string](markerKV)
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.Emitter2[int, string]()
	register.Iter1[string]()
}

// writeLines writes the JSON lines of col to shards files named after
// base (see shardName), one line each. Lines are spread over the shards
// by a hash of their text; each shard is one GroupByKey group, written by
// one worker. Every shard receives one empty line as a marker, so that
// its file is written even when no line falls into it; the writer drops
// it (a JSON line is never empty).
func writeLines(s beam.Scope, base string, col beam.PCollection, shards int) {
	shards = max(shards, 1)
	s = s.Scope(base)
	keyed := beam.ParDo(s, &shardFn{Shards: shards}, col)
	marks := make([]int, shards)
	for i := range marks {
		marks[i] = i
	}
	markers := beam.ParDo(s, markerKV, beam.CreateList(s, marks))
	grouped := beam.GroupByKey(s, beam.Flatten(s, keyed, markers))
	beam.ParDo0(s, &writeShardFn{Base: base, Shards: shards}, grouped)
}

// CheckPath reports an error when no Beam file system is registered for
// the scheme of path (a local path, gs://…), so that a mistyped --input or
// --output fails before the pipeline runs rather than after it.
func CheckPath(path string) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%s: no file system for this kind of path (local paths and gs:// are supported)", path)
		}
	}()
	filesystem.ValidateScheme(path)
	return nil
}

// markerKV is the empty marker line of shard i.
func markerKV(i int) (int, string) { return i, "" }

// shardFn keys each line by the shard it goes to.
type shardFn struct {
	Shards int `json:"shards"`
}

func (f *shardFn) ProcessElement(line string, emit func(int, string)) {
	h := fnv.New32a()
	h.Write([]byte(line))
	emit(int(h.Sum32()%uint32(f.Shards)), line)
}

// writeShardFn writes the lines of one shard to its file, replacing any
// file of that name.
type writeShardFn struct {
	Base   string `json:"base"`
	Shards int    `json:"shards"`
}

func (f *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	name := shardName(f.Base, shard, f.Shards)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	fd, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return fmt.Errorf("hearsay-beam: %w", err)
	}
	w := bufio.NewWriterSize(fd, 1<<20)
	var line string
	for lines(&line) {
		if line == "" {
			continue
		}
		w.WriteString(line)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		fd.Close()
		return fmt.Errorf("hearsay-beam: write %s: %w", name, err)
	}
	if err := fd.Close(); err != nil {
		return fmt.Errorf("hearsay-beam: write %s: %w", name, err)
	}
	return nil
}
