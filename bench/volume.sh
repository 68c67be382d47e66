#!/usr/bin/env bash
# Volume benchmark (issue 17, "Ten years of data"): ten calls of 600 proposals with 12 members each, 50,000
# organisations, 5,000 accounts, 300 reviewers with 18,000 reviews, 30,000 session registrations and 1,000,000 audit
# entries (a valid hash chain) loaded into the portal's own database (bench/volume.sql, bench/VolumeBench.java); then
# every GET page of the access table (bench/volume-pages.txt) requested as each role that may see it, signed in
# through the portal's form, one request at a time, BENCH_REQUESTS times once warm; each CSV export of a 600-proposal
# call BENCH_EXPORT_REQUESTS times; and the admin's check of the audit trail once.
# Starts its own portal with the demo data on a fresh database of the local PostgreSQL (bench/lib.sh; BENCH_JAR
# names another jar); BENCH_URL with BENCH_DATABASE names a running one instead, whose data is loaded unless it holds
# it already. Prints p50 and p95 per page; the last line is
# `worst_page_p95_ms=X slowest=PATH export_max_s=Y audit_verify_s=Z`.
#   bench/volume.sh
#   BENCH_REQUESTS=20 BENCH_WARMUP_REQUESTS=5 bench/volume.sh
set -euo pipefail
cd "$(dirname "$0")/.."

requests=${BENCH_REQUESTS:-50}
warmup=${BENCH_WARMUP_REQUESTS:-20}
export_requests=${BENCH_EXPORT_REQUESTS:-5}
audit_entries=${BENCH_AUDIT_ENTRIES:-1000000}
out=bench/out
mkdir -p "$out"

source bench/lib.sh
target=${BENCH_DATABASE:-$database} # a named database is the caller's: lib.sh drops only its own
sql() { psql -q -X -v ON_ERROR_STOP=1 -h localhost -U postgres -d "$target" "$@"; }

if [[ "$(sql -At -c "select count(*) from calls where code = 'VOL-2026'")" == 1 ]]; then
  echo "$target holds the ten years of data already"
else
  echo "Machine load before loading: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "Loading ten years of data into $target"
  started=$(date +%s)
  sql -f bench/volume.sql
  echo "Loaded the calls, proposals, organisations, accounts, reviews and sessions in $(( $(date +%s) - started )) s"

  # The audit trail: chained from the last entry the demo data left (or the first hash), ten years of entries, one
  # every 315 seconds, up to a day ago.
  started=$(date +%s)
  previous=$(sql -At -c "select coalesce((select hash from audit_entries order by id desc limit 1), repeat('0', 64))")
  step=315
  first=$(( $(date +%s) - 86400 - audit_entries * step ))
  java bench/VolumeBench.java audit "$previous" "$audit_entries" "$first" "$step" \
    | sql -c "\\copy audit_entries (occurred_at, actor, action, subject_type, subject_id, details, previous_hash, hash, seal, key_id) from stdin"
  sql -c "analyze audit_entries"
  echo "Loaded $audit_entries audit entries in $(( $(date +%s) - started )) s"
fi

ids="$out/volume-ids.properties"
sql -At -F= > "$ids" <<'SQL'
select 'call', id from calls where code = 'VOL-2026';
select 'decided_call', id from calls where code = 'VOL-2025';
select 'proposal', id from proposals where reference = 'VOL-2026-2026-0002';
select 'my_proposal', id from proposals where reference = 'VOL-2025-2025-0001';
select 'decided_proposal', id from proposals where reference = 'VOL-2025-2025-0002';
select 'organisation', min(organisation_id) from consortium_members m join proposals p on p.id = m.proposal_id
  where p.reference = 'VOL-2026-2026-0002';
select 'session', min(id) from info_sessions where title like 'Volume session 1 of VOL-2026';
select 'review', min(p.id) from reviews r join proposals p on p.id = r.proposal_id join calls c on c.id = p.call_id
  join users u on u.id = r.reviewer_id where c.code = 'VOL-2026' and u.email = 'reviewer@example.org';
select 'user', id from users where email = 'applicant17@volume.example.org';
SQL
cat "$ids"

echo "Machine load before measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
java bench/VolumeBench.java pages "$BENCH_URL" bench/volume-pages.txt "$ids" "$requests" "$warmup" "$export_requests" \
  | tee "$out/volume-last-run.txt"
echo "Machine load after measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
tail -n 1 "$out/volume-last-run.txt"
