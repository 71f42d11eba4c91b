#!/usr/bin/env bash
# Load test of `hearsay serve`: POST /api/analyze on loopback with the
# ~5 KB articles in bench/load/articles (written by the team), first as
# fast as CLIENTS clients can go (closed loop), then at a fixed RATE
# (open loop, latency counted from when each request was due).
#
# The server gets CORES cores: with taskset and enough cores it is pinned
# to cores 0..CORES-1 and the load generator to the others; otherwise it
# runs with GOMAXPROCS=CORES and shares the machine with the generator,
# which then takes part of the CPU (the figures are then a lower bound).
#
#   bench/load.sh                      # CORES=2 CLIENTS=8 RATE=300 DURATION=20s
#   CORES=2 RATE=400 DURATION=30s bench/load.sh
set -euo pipefail
cd "$(dirname "$0")/.."

CORES=${CORES:-2}
CLIENTS=${CLIENTS:-8}
RATE=${RATE:-300}
DURATION=${DURATION:-20s}
PORT=${PORT:-18431}
tmp=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$tmp"' EXIT

go build -o "$tmp/hearsay" ./cmd/hearsay
(cd bench && go build -o "$tmp/load" ./load)

ncpu=$(nproc)
server_pin=() load_pin=()
if command -v taskset >/dev/null && [ "$ncpu" -ge $((CORES + 2)) ]; then
	server_pin=(taskset -c "0-$((CORES - 1))")
	load_pin=(taskset -c "$CORES-$((ncpu - 1))")
	echo "server pinned to $CORES cores, load generator to $((ncpu - CORES))"
else
	echo "only $ncpu cores: server limited to GOMAXPROCS=$CORES, sharing them with the load generator"
fi
echo "go: $(go version | cut -d' ' -f3-), cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load average: $(cut -d' ' -f1-3 /proc/loadavg)"

GOMAXPROCS=$CORES "${server_pin[@]}" "$tmp/hearsay" serve --addr "127.0.0.1:$PORT" 2>"$tmp/server.log" &
server=$!
for _ in $(seq 50); do
	grep -q listening "$tmp/server.log" && break
	sleep 0.1
done
grep -q listening "$tmp/server.log" || { cat "$tmp/server.log"; exit 1; }

url="http://127.0.0.1:$PORT/api/analyze"
articles=(bench/load/articles/*)
hz=$(getconf CLK_TCK)
# cpu_ticks is the CPU time the server has used (user + system), in ticks.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
# measure runs the generator and adds the server's CPU time per request:
# on a machine shared with other work this says what the server costs
# even when it cannot get its cores.
measure() {
	local before after out n
	before=$(cpu_ticks)
	out=$("${load_pin[@]}" "$tmp/load" -url "$url" -warmup 0 "$@" "${articles[@]}") || { echo "$out"; return 1; }
	after=$(cpu_ticks)
	echo "$out"
	n=$(echo "$out" | awk '/^requests/ {print $2}')
	awk -v t=$((after - before)) -v hz="$hz" -v n="$n" -v c="$CORES" 'BEGIN {
		ms = 1000 * t / hz / (n + 0.0001)
		printf "server CPU %.2f ms per request: %d cores give at most %.0f req/s\n", ms, c, c * 1000 / ms }'
}
"${load_pin[@]}" "$tmp/load" -url "$url" -c "$CLIENTS" -d 3s "${articles[@]}" >/dev/null # warm up
echo
echo "== closed loop: the most the server sustains"
measure -c "$CLIENTS" -d "$DURATION"
echo
echo "== open loop at $RATE req/s"
measure -c 64 -rate "$RATE" -d "$DURATION"

kill -TERM "$server"
wait "$server" || true
echo
echo "server log:"
cat "$tmp/server.log"
