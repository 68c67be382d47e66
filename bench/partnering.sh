#!/usr/bin/env bash
# Partnering benchmark (issue 19): 300 participants, 1,500 accepted requests between distinct random pairs, 2 hours of
# 20-minute slots (6), 40 tables; each participant away for up to 2 random slots, all from the seed (first argument,
# default 1). Schedules it with the matching service's MeetingScheduler after warming up on 5 other sessions of the same
# shape, writes the instance to bench/out/partnering-instance.csv and the schedule to bench/out/partnering-result.csv.
# Prints the unplaced meetings by reason and how the optimum is known; the last line is
# `participants=300 meetings_placed=N optimum=M seconds=S`, S the seconds of the schedule alone (not the JVM's start,
# not the writing of the files), M the optimum when proven, else the scheduler's upper bound (the line before says
# which). --tables N uses N tables instead (150: the tables are no longer what limits). With --check, the written
# schedule is then checked against the written instance and Google OR-Tools' CP-SAT solves the same instance
# independently for at most 60 s (bench/PartneringCheck.java), printing its optimum or its bounds.
#   bench/partnering.sh [seed] [--tables N] [--check]
set -euo pipefail
cd "$(dirname "$0")/.."

seed=1
tables=40
check=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --tables) tables="$2"; shift 2 ;;
    --check) check=yes; shift ;;
    *) seed="$1"; shift ;;
  esac
done

if [[ ! -d matching-service/target/classes/health/flanders/portal/matching/partnering ]]; then
  ./mvnw -B -ntp -q -pl matching-service -am compile
fi
mkdir -p bench/out
java -cp matching-service/target/classes bench/PartneringBench.java "$seed" 300 1500 6 "$tables" partnering \
  | tee bench/out/partnering.txt
if [[ -n "$check" ]]; then
  ./mvnw -B -ntp -q -pl matching-service dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$PWD/bench/out/classpath.txt" >/dev/null
  java -cp "$(cat bench/out/classpath.txt)" bench/PartneringCheck.java \
    bench/out/partnering-instance.csv bench/out/partnering-result.csv 60
  tail -n 1 bench/out/partnering.txt
fi
