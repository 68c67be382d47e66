#!/usr/bin/env bash
# Proposal benchmark (issue 3): the page of a proposal with a 12-member consortium and its eligibility API call,
# measured one request at a time once warm. Starts its own portal with the demo data unless BENCH_URL names a running
# one (see bench/lib.sh); creates the proposal as the demo applicant through the portal's own forms.
# Prints p50 and p95 per request; the last line is `page_p95_ms=X eligibility_p95_ms=Y`.
#   bench/proposal.sh
#   BENCH_URL=http://localhost:8080 BENCH_REQUESTS=500 bench/proposal.sh
set -euo pipefail
cd "$(dirname "$0")/.."

requests=${BENCH_REQUESTS:-300}
warmup=${BENCH_WARMUP_REQUESTS:-2000}
out=bench/out
mkdir -p "$out"

source bench/lib.sh

csrf_of() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"$//'; }
call_id=$(curl -fs "$BENCH_URL/api/v1/calls" | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)
csrf=$(curl -fs -b "$jar_cookies" "$BENCH_URL/calls/$call_id" | csrf_of)

# A new draft, then twelve organisations of the registry found through the consortium search.
location=$(curl -fs -b "$jar_cookies" -o /dev/null -w '%{redirect_url}' --data-urlencode "callId=$call_id" \
  --data-urlencode "acronym=BENCH$$" --data-urlencode "_csrf=$csrf" "$BENCH_URL/proposals")
proposal=${location##*/}
[[ "$proposal" =~ ^[0-9]+$ ]] || { echo "Could not start a proposal (got $location)" >&2; exit 1; }
declare -A seen=()
members=0
for query in nv bv univ uz vzw imec vib vito hogent cv sa srl; do
  for id in $(curl -fs -b "$jar_cookies" -H 'HX-Request: true' "$BENCH_URL/proposals/$proposal/organisations?q=$query" \
      | grep -o 'name="organisationId" value="[0-9]*"' | grep -o '[0-9]*'); do
    [[ -n "${seen[$id]:-}" || $members -ge 12 ]] && continue
    seen[$id]=1
    curl -fs -b "$jar_cookies" -o /dev/null --data-urlencode "organisationId=$id" --data-urlencode "_csrf=$csrf" \
      "$BENCH_URL/proposals/$proposal/members"
    members=$((members + 1))
  done
done
[[ $members -eq 12 ]] || { echo "Found only $members organisations for the consortium" >&2; exit 1; }
curl -fs -b "$jar_cookies" "$BENCH_URL/proposals/$proposal" | grep -q 'id="eligibility-panel"'

measure() { # name url count -> one time in ms per line
  local url=$1 count=$2
  for _ in $(seq 1 "$count"); do
    curl -fs -b "$jar_cookies" -o /dev/null -w '%{time_total}\n' "$url"
  done | awk '{ printf "%.2f\n", $1 * 1000 }'
}
percentile() { sort -n | awk -v p="$1" '{ v[NR] = $1 } END { i = int((NR * p + 99) / 100); if (i < 1) i = 1; print v[i] }'; }

page_url="$BENCH_URL/proposals/$proposal"
eligibility_url="$BENCH_URL/api/v1/proposals/$proposal/eligibility"
measure "$page_url" "$warmup" > /dev/null
measure "$eligibility_url" "$warmup" > /dev/null
measure "$page_url" "$requests" > "$out/proposal-page.txt"
measure "$eligibility_url" "$requests" > "$out/proposal-eligibility.txt"

printf '%-12s %8s %8s %8s\n' request count p50_ms p95_ms
for name in page eligibility; do
  file="$out/proposal-$name.txt"
  printf '%-12s %8s %8s %8s\n' "$name" "$(wc -l < "$file")" "$(percentile 50 < "$file")" "$(percentile 95 < "$file")"
done
echo "page_p95_ms=$(percentile 95 < "$out/proposal-page.txt") eligibility_p95_ms=$(percentile 95 < "$out/proposal-eligibility.txt")"
