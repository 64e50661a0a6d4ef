#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Feed benchmark, one command: builds the platform and the bench module, starts the platform (no demo data) on its
# own ports and data folder, and runs de.innenstadt.bench.FeedBench in a JVM capped at 512 MB heap: a plain JDBC
# batch insert of 1,000,000 rows as the reference, then the real import pipeline on a generated full POS CSV of the
# same rows over 100 stores (first import), the same rows in another order (unchanged re-import) and with 1 % of the
# quantities changed, each followed by waiting until the platform has relayed the outbox into Elasticsearch.
# Prints the summary (also in bench/target/feed-summary.md). Described in docs/benchmarks.md. Settings (environment):
#   BENCH_FEED_HTTP_PORT (8380), BENCH_FEED_DB_PORT (3607), BENCH_FEED_ELASTICSEARCH_PORT (9551; also uses +100),
#   BENCH_FEED_VAR_DIR (bench/target/feed-var), BENCH_FEED_ROWS (1000000), BENCH_FEED_STORES (100),
#   BENCH_FEED_HEAP (512m), BENCH_SKIP_BUILD (unset; 1 skips the build)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

http_port=${BENCH_FEED_HTTP_PORT:-8380}
db_port=${BENCH_FEED_DB_PORT:-3607}
es_port=${BENCH_FEED_ELASTICSEARCH_PORT:-9551}
var_dir=${BENCH_FEED_VAR_DIR:-$root/bench/target/feed-var}
rows=${BENCH_FEED_ROWS:-1000000}
stores=${BENCH_FEED_STORES:-100}
heap=${BENCH_FEED_HEAP:-512m}
launcher_jar=$root/launcher/target/innenstadt-launcher.jar
out=$root/bench/target
launcher_out=$out/feed-launcher.out
# shellcheck source=lib/platform.sh
source "$root/bench/lib/platform.sh"
trap stop_platform EXIT

if [[ -z "${BENCH_SKIP_BUILD:-}" ]]; then
  build_bench package
fi

mkdir -p "$out"
start_platform INNENSTADT_DEMO_DATA=false
log "importing $rows rows over $stores stores with -Xmx$heap"

java -Xmx"$heap" -cp "$out/classes:$(cat "$out/runtime-classpath.txt")" de.innenstadt.bench.FeedBench \
  "jdbc:mariadb://127.0.0.1:$db_port/innenstadt?user=root" "http://127.0.0.1:$es_port" \
  "$out/feed-work" "$rows" "$stores" "$out/feed-summary.md"
cat "$out/feed-summary.md"
