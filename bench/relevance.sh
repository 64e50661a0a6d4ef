#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Relevance benchmark, one command: runs the judgment set (platform-tests/src/test/resources/relevance/judgments.tsv)
# against a running platform's public search API and prints nDCG@10, P@3, the out-of-stock share of the top 10,
# variant crowding and empty answers, per query kind, with the worst queries; the same Markdown goes to
# bench/target/relevance-report.md. It measures and never judges: exit code 0 whatever the figures, 2 when the
# platform cannot be reached (the floors are checked by SearchAnswersIT). Described in docs/relevance.md.
# Usage: bench/relevance.sh [base-url]   (default http://localhost:8080; start one with ./run.sh)
# Settings (environment): RELEVANCE_REPORT (bench/target/relevance-report.md), RELEVANCE_SET (another judgment
#   set, e.g. platform-tests/src/test/resources/relevance/held-out.tsv: never used for tuning)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
base=${1:-http://localhost:8080}
report=${RELEVANCE_REPORT:-$root/bench/target/relevance-report.md}
classpath_file=$root/platform-tests/target/relevance-classpath.txt

java_cmd=java
if [[ -n "${JAVA_HOME:-}" ]]; then
  java_cmd="$JAVA_HOME/bin/java"
fi

log() {
  printf '%s  %s\n' "$(date +%H:%M:%S)" "$*" >&2
}

# Compiles the evaluator (test sources of platform-tests) and writes its class path.
compile() {
  ./mvnw -q -B -pl platform-tests test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$classpath_file" "$@"
}

mkdir -p "$root/platform-tests/target"
log "compiling the evaluator"
if ! compile 2>"$root/platform-tests/target/relevance-compile.log" >&2; then
  # a fresh clone after ./mvnw verify has the other modules only in their target folders
  log "platform-tests needs the other modules in the local Maven repository; installing them once"
  ./mvnw -q -B -DskipTests -Dspotbugs.skip install -pl platform-tests -am
  compile
fi

log "measuring $base"
exec "$java_cmd" -cp "$root/platform-tests/target/test-classes:$(cat "$classpath_file")" \
  de.innenstadt.platform.relevance.RelevanceBench "$base" "$report" "${RELEVANCE_SET:-}"
