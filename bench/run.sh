#!/usr/bin/env bash
# Measures load + segment throughput (MB/s) and peak memory of Hearsay
# beside the Go Punkt splitter on the same ~10 MB of plain text, on this
# machine, one process per tool, and then issue 3's pipeline (load,
# segment, quotations, speakers and chains) on the same input, with the
# collector's target the command sets (GOGC=400). Usage:
# bench/run.sh [SIZE_MB]
set -euo pipefail
cd "$(dirname "$0")"
size=${1:-10}
mkdir -p out
input=out/corpus.txt
# The input: the team's own example article plus, when ../shared is present,
# the text of the development essay and Markdown files, repeated to SIZE_MB.
go run ./mkinput -mb "$size" -o "$input" ../examples/ferry-strike.txt \
	$(ls ../../shared/data/seed/*.txt ../../shared/data/markdown/*.md 2>/dev/null || true)
go build -o out/bench .
echo "machine: $(nproc) cores, $(go version | cut -d' ' -f3), GOMAXPROCS=1"
echo "speed: 5 runs in one process each"
for tool in hearsay punkt; do
	GOMAXPROCS=1 out/bench -tool "$tool" -in "$input" -runs 5
done
GOGC=400 GOMAXPROCS=1 out/bench -tool quotes -in "$input" -runs 5
echo "peak memory: 1 run in a fresh process each"
for tool in hearsay punkt; do
	GOMAXPROCS=1 out/bench -tool "$tool" -in "$input" -runs 1
done
GOGC=400 GOMAXPROCS=1 out/bench -tool quotes -in "$input" -runs 1
