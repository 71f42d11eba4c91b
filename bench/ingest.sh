#!/usr/bin/env bash
# bench/ingest.sh [N...]: generate N synthetic ~5 KB articles (default
# 1000), ingest them into a fresh SQLite corpus on CORES cores (default 2,
# pinned with taskset where available) and report throughput, CPU time
# per document and peak memory. Run from anywhere; needs Go.
#
#   bench/ingest.sh 1000 10000 50000
#   CORES=4 bench/ingest.sh 10000
#   BIN=/path/with/hearsay+gencorpus bench/ingest.sh 1000   # prebuilt binaries
set -euo pipefail
cd "$(dirname "$0")/.."
CORES=${CORES:-2}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ -n "${BIN:-}" ]; then
	hearsay=$BIN/hearsay gencorpus=$BIN/gencorpus
else
	hearsay=$tmp/hearsay gencorpus=$tmp/gencorpus
	go build -o "$hearsay" ./cmd/hearsay
	go build -o "$gencorpus" ./internal/corpus/corpusgen/gencorpus
fi
pin=()
if command -v taskset >/dev/null && [ "$(nproc)" -ge "$CORES" ]; then
	pin=(taskset -c "0-$((CORES - 1))")
fi
timer=()
if [ -x /usr/bin/time ]; then
	timer=(/usr/bin/time -f '%e %U %S %M' -o "$tmp/time")
fi
printf '%-8s %-4s %9s %9s %8s %11s %12s %9s\n' docs cpus wall_s docs/s MB/s cpu_ms/doc peak_rss_MB db_MB
for n in "${@:-1000}"; do
	dir=$tmp/articles-$n
	"$gencorpus" -n "$n" -o "$dir"
	mb=$(du -sm --apparent-size "$dir" | cut -f1)
	db=$tmp/corpus-$n.db
	start=$(date +%s.%N)
	"${timer[@]}" env GOMAXPROCS="$CORES" "${pin[@]}" "$hearsay" corpus ingest --quiet --db "$db" "$dir" >"$tmp/out"
	end=$(date +%s.%N)
	if [ -f "$tmp/time" ]; then
		read -r wall user sys rss <"$tmp/time"
	else
		wall=$(echo "$end - $start" | bc) user=0 sys=0 rss=0
	fi
	dbmb=$(du -sm "$db"* | awk '{s += $1} END {print s}')
	awk -v n="$n" -v c="$CORES" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v mb="$mb" -v d="$dbmb" 'BEGIN {
		printf "%-8d %-4d %9.2f %9.0f %8.2f %11.2f %12.1f %9d\n", n, c, w, n / w, mb / w, 1000 * (u + s) / n, r / 1024, d }'
	rm -rf "$dir" "$db"*
done
