#!/usr/bin/env bash
# Assignment benchmark (issue 5): 2,000 proposals, 600 reviewers, k = 3, at most 12 each, 2% of pairs in conflict,
# affinities uniform in [0, 1] from the seed (first argument, default 1). Writes the instance to
# bench/out/assignment-instance.csv and the assignment to bench/out/assignment-result.csv; the last line is
# `seconds=S total=T`, the seconds of the solve (not the JVM's start, not the writing of the files).
# With --size cvpr it then also solves the size of CVPR 2018 (5,062 proposals, 2,840 reviewers, k = 3, at most 6
# each, every pair allowed) with at most 1.5 GB of heap, into bench/out/assignment-cvpr-*.csv, and prints the same
# last line for it. With --check, each written assignment is then checked against its written instance by Google
# OR-Tools' minimum-cost flow (bench/AssignmentCheck.java: rules kept, same total as its optimum).
#   bench/assignment.sh [seed] [--size cvpr] [--check]
set -euo pipefail
cd "$(dirname "$0")/.."

seed=1
size=""
check=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --size) size="$2"; shift 2 ;;
    --check) check=yes; shift ;;
    *) seed="$1"; shift ;;
  esac
done

if [[ ! -d review-service/target/classes/health ]]; then
  ./mvnw -B -ntp -q -pl review-service -am compile
fi
mkdir -p bench/out
names=(assignment)
java -Xmx1500m -cp review-service/target/classes bench/AssignmentBench.java "$seed" 2000 600 3 12 0.02 assignment \
  | tee bench/out/assignment.txt
last=$(tail -n 1 bench/out/assignment.txt)
if [[ "$size" == "cvpr" ]]; then
  names+=(assignment-cvpr)
  java -Xmx1500m -cp review-service/target/classes bench/AssignmentBench.java "$seed" 5062 2840 3 6 0 assignment-cvpr \
    | tee bench/out/assignment-cvpr.txt
  last=$(tail -n 1 bench/out/assignment-cvpr.txt)
fi
if [[ -n "$check" ]]; then
  ./mvnw -B -ntp -q -pl review-service dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$PWD/bench/out/classpath.txt" >/dev/null
  for name in "${names[@]}"; do
    java -Xmx6g -cp "$(cat bench/out/classpath.txt)" bench/AssignmentCheck.java \
      "bench/out/$name-instance.csv" "bench/out/$name-result.csv"
  done
  echo "$last"
fi
