#!/usr/bin/env bash
# bench/scaling.sh: how the analysis scales with cores. Generates N
# synthetic ~5 KB articles (default 4000, about 20 MB), then for each
# count of jobs in JOBS (default "1 2 4 8 16", capped at the machine's
# cores) runs `hearsay analyze --jobs J --format json` over them with
# Go's default collector target and with the command's own (GOGC=400),
# printing wall and CPU seconds and peak RSS; then the per-core
# throughput of the whole pipeline (BenchmarkAnalyze, -cpu 1). Run from
# anywhere; needs Go. For corpus ingest on several cores, see ingest.sh
# (CORES=N).
#
#   bench/scaling.sh
#   N=1000 JOBS="1 2" bench/scaling.sh
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-4000}
JOBS=${JOBS:-"1 2 4 8 16"}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/hearsay" ./cmd/hearsay
go build -o "$tmp/gencorpus" ./internal/corpus/corpusgen/gencorpus
go test -c -o "$tmp/root.test" .
"$tmp/gencorpus" -n "$N" -o "$tmp/articles" >/dev/null
echo "cores: $(nproc); input: $N files, $(du -sb --apparent-size "$tmp/articles" | cut -f1) bytes"
printf '%-5s %-6s %7s %7s %7s %9s\n' jobs GOGC wall_s user_s sys_s rss_MB
for j in $JOBS; do
	[ "$j" -le "$(nproc)" ] || continue
	for g in 100 400; do
		/usr/bin/time -f "%e %U %S %M" -o "$tmp/time" env GOGC=$g "$tmp/hearsay" analyze --jobs "$j" --format json "$tmp"/articles/* >/dev/null
		read -r wall user sys rss <"$tmp/time"
		printf '%-5s %-6s %7s %7s %7s %9.1f\n' "$j" "$g" "$wall" "$user" "$sys" "$(echo "$rss / 1024" | bc -l)"
	done
done
"$tmp/root.test" -test.run '^$' -test.bench 'Analyze$' -test.benchtime 3x -test.cpu 1 | grep '^Benchmark'
