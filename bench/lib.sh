#!/usr/bin/env bash
# Shared by the benchmarks: start a portal with the demo data on a fresh database of the local PostgreSQL unless
# BENCH_URL names a running one, and sign in as the demo applicant. Source it after `set -euo pipefail` with `out`
# set; it leaves BENCH_URL, jar_cookies and session set, and stops what it started on exit. BENCH_JAR names the jar
# to start (portal-web's own by default), BENCH_PORT its port (8089 by default).

portal_pid=""
database=""
cleanup() {
  if [[ -n "$portal_pid" ]]; then kill "$portal_pid" 2>/dev/null || true; wait "$portal_pid" 2>/dev/null || true; fi
  if [[ -n "$database" ]]; then psql -q -h localhost -U postgres -c "drop database if exists $database" >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

if [[ -z "${BENCH_URL:-}" ]]; then
  jar=${BENCH_JAR:-$(ls portal-web/target/portal-web-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)}
  if [[ -z "$jar" ]]; then
    ./mvnw -B -ntp -q -pl portal-web -am package -DskipTests
    jar=$(ls portal-web/target/portal-web-*.jar | grep -v plain | head -n 1)
  fi
  database="icon_bench_$$"
  psql -q -h localhost -U postgres -c "create database $database" >/dev/null
  SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:5432/$database?user=postgres" \
    java -jar "$jar" --spring.profiles.active=demo --server.port="${BENCH_PORT:-8089}" --logging.level.root=WARN \
    --logging.level.health.flanders.portal.matching.RegistryIndex=INFO \
    > "$out/portal.log" 2>&1 &
  portal_pid=$!
  BENCH_URL=http://localhost:${BENCH_PORT:-8089}
  for _ in $(seq 1 120); do
    curl -fs "$BENCH_URL/actuator/health" >/dev/null 2>&1 && break
    sleep 1
  done
fi
curl -fs "$BENCH_URL/actuator/health" >/dev/null || { echo "The portal at $BENCH_URL does not answer" >&2; exit 1; }

# Sign in as the demo applicant for the dashboard.
jar_cookies="$out/cookies.txt"
rm -f "$jar_cookies"
csrf=$(curl -fs -c "$jar_cookies" "$BENCH_URL/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -fs -b "$jar_cookies" -c "$jar_cookies" -o /dev/null \
  --data-urlencode "username=applicant@example.org" --data-urlencode "password=demo-applicant" \
  --data-urlencode "_csrf=$csrf" "$BENCH_URL/login"
session=$(awk '$6 == "SESSION" { print $7 }' "$jar_cookies")
[[ -n "$session" ]] || { echo "Could not sign in as the demo applicant" >&2; exit 1; }
