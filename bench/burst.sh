#!/usr/bin/env bash
# Burst benchmark (issue 17): 300 people register at once (each with their own e-mail address, through
# POST /api/v1/info-sessions/{id}/registrations) for the demo's upcoming 100-seat webinar, while two CPU-bound
# processes (`yes > /dev/null`) keep both cores busy. Starts its own portal (demo profile) on a fresh database of the
# local PostgreSQL unless BENCH_URL names a running one (whose webinar must still have its 100 seats free). The portal
# it starts has the rate limits on public POSTs raised out of the way (ICON_RATE_LIMITS_PER_ADDRESS and
# ICON_RATE_LIMITS_PER_EMAIL): all 300 come from one address. The last line is
# `registrations=300 confirmed=C waiting=W errors_5xx=E seconds=S` (S: from the first request to the last answer).
#   bench/burst.sh
#   BENCH_PEOPLE=600 BENCH_HOGS=4 bench/burst.sh
set -euo pipefail
cd "$(dirname "$0")/.."

people=${BENCH_PEOPLE:-300}
hogs=${BENCH_HOGS:-2}
out=bench/out
mkdir -p "$out"

export ICON_RATE_LIMITS_PER_ADDRESS=${ICON_RATE_LIMITS_PER_ADDRESS:-100000}
export ICON_RATE_LIMITS_PER_EMAIL=${ICON_RATE_LIMITS_PER_EMAIL:-100000}
source bench/lib.sh

hog_pids=()
stop_hogs() {
  for pid in "${hog_pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  hog_pids=()
}
trap 'stop_hogs; cleanup' EXIT

# The demo's upcoming webinar with 100 seats (the only session open for registration).
session_id=$(curl -fs "$BENCH_URL/api/v1/info-sessions" | tr '{' '\n' | grep '"seatsLeft":100' | grep -o '"id":[0-9]*' \
  | head -n 1 | cut -d: -f2)
[[ -n "$session_id" ]] || { echo "No information session with 100 seats left at $BENCH_URL" >&2; exit 1; }

for _ in $(seq 1 "$hogs"); do
  yes > /dev/null &
  hog_pids+=($!)
done
sleep 2
java bench/BurstBench.java "$BENCH_URL" "$session_id" "$people" | tee "$out/burst.txt"
stop_hogs
tail -n 1 "$out/burst.txt"
