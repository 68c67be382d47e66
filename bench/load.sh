#!/usr/bin/env bash
# Load benchmark: wrk against a running portal with the demo data, 64 connections for 30 seconds on each page.
# Starts its own portal (demo profile) on a fresh database of the local PostgreSQL unless BENCH_URL names a running
# one. Prints requests per second, p50 and p99 latency and errors per page; the last line is
# `worst_p99_ms=X errors=N`. Each page is first warmed up under the same load for 60 s (BENCH_WARMUP_SECONDS): on these
# two cores the JIT needs a minute or two of load before a signed-in page runs at its steady speed, and a portal in
# service runs warm.
#   bench/load.sh                       # build if needed, start a portal on port 8089, measure, stop it
#   BENCH_URL=http://localhost:8080 bench/load.sh
#   BENCH_SECONDS=10 BENCH_CONNECTIONS=32 bench/load.sh
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${BENCH_SECONDS:-30}
connections=${BENCH_CONNECTIONS:-64}
threads=${BENCH_THREADS:-2}
out=bench/out
mkdir -p "$out"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

source bench/lib.sh

call_id=$(curl -fs "$BENCH_URL/api/v1/calls" | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)

pages=("home|/" "call|/calls/$call_id" "info-sessions|/info-sessions" "api-calls|/api/v1/calls" "dashboard|/proposals")
# Warm-up, not reported: the JIT compiles the hot paths, the pools fill.
for entry in "${pages[@]}"; do
  path=${entry#*|}
  header=()
  [[ "${entry%%|*}" == dashboard ]] && header=(-H "Cookie: SESSION=$session")
  wrk -t"$threads" -c"$connections" -d"${BENCH_WARMUP_SECONDS:-60}s" "${header[@]}" "$BENCH_URL$path" > /dev/null
done

printf '%-14s %10s %9s %9s %7s\n' page req/s p50_ms p99_ms errors
worst=0
total_errors=0
for entry in "${pages[@]}"; do
  name=${entry%%|*}
  path=${entry#*|}
  header=()
  [[ "$name" == dashboard ]] && header=(-H "Cookie: SESSION=$session")
  report="$out/load-$name.txt"
  wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency "${header[@]}" "$BENCH_URL$path" > "$report"
  rps=$(awk '/^Requests\/sec/ { print $2 }' "$report")
  p50=$(awk '$1 == "50%" { print $2 }' "$report")
  p99=$(awk '$1 == "99%" { print $2 }' "$report")
  non2xx=$(awk '/Non-2xx or 3xx responses/ { print $NF }' "$report")
  socket=$(awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$report")
  errors=$(( ${non2xx:-0} + ${socket:-0} ))
  to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'; }
  p50_ms=$(to_ms "$p50")
  p99_ms=$(to_ms "$p99")
  printf '%-14s %10s %9s %9s %7s\n' "$name" "$rps" "$p50_ms" "$p99_ms" "$errors"
  worst=$(awk -v a="$worst" -v b="$p99_ms" 'BEGIN { print (b > a) ? b : a }')
  total_errors=$(( total_errors + errors ))
done
echo "worst_p99_ms=$worst errors=$total_errors"
