#!/usr/bin/env bash
# Reviewer expertise harness (issue 20): reads a dataset in the OpenReview expertise format (DATASET_DIR/submissions.json
# and DATASET_DIR/archives/~<reviewerId>.jsonl) and writes OUT.json, {"<reviewerId>": {"<submissionId>": score}} for
# every reviewer and submission, computed by the portal's own classes (matching-service: ReviewerExpertise on the
# all-MiniLM-L6-v2 model inside its jar, offline). Prints the time of each step and, last, `seconds=S` for the whole
# run; with DATASET_DIR/grades.json it also prints the weighted Kendall-tau loss.
# With --generate DIR it first writes a generated dataset there (60 reviewers with 20 publications each and 400
# submissions; bench/ExpertiseDatasetGenerator.java) and then scores it into OUT.json.
#   bench/expertise.sh DATASET_DIR OUT.json
#   bench/expertise.sh --generate DIR OUT.json
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" == "--generate" ]]; then
  java bench/ExpertiseDatasetGenerator.java "$2" 60 20 400 1
  shift
fi
dataset=${1:?DATASET_DIR}
out=${2:?OUT.json}

if [[ ! -d matching-service/target/classes/health ]]; then
  ./mvnw -B -ntp -q -o -pl matching-service -am compile
fi
mkdir -p bench/out
classpath=bench/out/expertise-classpath.txt
if [[ ! -s "$classpath" || matching-service/pom.xml -nt "$classpath" ]]; then
  ./mvnw -B -ntp -q -o -pl matching-service dependency:build-classpath -Dmdep.outputFile="$PWD/$classpath" >/dev/null
fi
started=$(date +%s%N)
java -Xmx1g -cp "matching-service/target/classes:$(cat "$classpath")" bench/ExpertiseBench.java "$dataset" "$out"
echo "Whole run with the JVM's start: $(( ($(date +%s%N) - started) / 1000000 )) ms"
