#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Search benchmark, one command: builds the platform and the bench module, starts the platform on its own ports and
# data folder, loads a generated city centre (200,000 offers; skipped when already there), runs the Gatling
# simulations against the platform API and Elasticsearch, and prints the summary (also in
# bench/target/search-summary.md). Described in docs/benchmarks.md. Settings (environment):
#   BENCH_HTTP_PORT (8180), BENCH_DB_PORT (3407), BENCH_ELASTICSEARCH_PORT (9301; also uses +100),
#   BENCH_VAR_DIR (bench/target/var), BENCH_QUERIES (2000), BENCH_PROBE (500), BENCH_RATE (50),
#   BENCH_SECONDS (60), BENCH_WARM_UP_SECONDS (60), BENCH_WARM_UP_RATE (50),
#   BENCH_STEPS (25,50,100,150,175,200,225,250,275,300,350,400), BENCH_STEP_SECONDS (30),
#   BENCH_RAMP_WARM_UP_SECONDS (150), BENCH_RAMP_WARM_UP_RATE (100)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

http_port=${BENCH_HTTP_PORT:-8180}
db_port=${BENCH_DB_PORT:-3407}
es_port=${BENCH_ELASTICSEARCH_PORT:-9301}
var_dir=${BENCH_VAR_DIR:-$root/bench/target/var}
query_count=${BENCH_QUERIES:-2000}
probe_count=${BENCH_PROBE:-500}
export BENCH_RATE=${BENCH_RATE:-50}
export BENCH_SECONDS=${BENCH_SECONDS:-60}
# Before each constant run, unmeasured: a freshly started JVM interprets and compiles for its first minute or two,
# while a production server has long been warm. A minute at the measured rate covers every query of the mix once.
export BENCH_WARM_UP_SECONDS=${BENCH_WARM_UP_SECONDS:-60}
export BENCH_WARM_UP_RATE=${BENCH_WARM_UP_RATE:-50}
export BENCH_STEPS=${BENCH_STEPS:-25,50,100,150,175,200,225,250,275,300,350,400}
# Before each ramp, unmeasured, for Elasticsearch and the platform alike: Payara's JIT compiler was still taking a
# fifth of its processor time after four minutes of load; two and a half minutes at 100 requests/s settle it.
export BENCH_RAMP_WARM_UP_SECONDS=${BENCH_RAMP_WARM_UP_SECONDS:-150}
export BENCH_RAMP_WARM_UP_RATE=${BENCH_RAMP_WARM_UP_RATE:-100}
export BENCH_STEP_SECONDS=${BENCH_STEP_SECONDS:-30}

out=$root/bench/target
results=$out/bench-results
queries=$out/queries.json
es_url=http://127.0.0.1:$es_port
jdbc_url="jdbc:mariadb://127.0.0.1:$db_port/innenstadt?user=root&rewriteBatchedStatements=true"
alias=innenstadt-products
products=50000
started=$SECONDS
launcher_out=$out/launcher.out
# shellcheck source=lib/platform.sh
source "$root/bench/lib/platform.sh"

# Payara may still be (re)deploying shop-web after readiness turns green: wait for the API itself.
search_answers() {
  [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$platform_url/api/v1/search?q=bench&size=1")" == 200 ]]
}

indexed_products() {
  curl -s --max-time 5 "$es_url/$alias/_count" | sed -n 's/.*"count":\([0-9]*\).*/\1/p'
}

index_complete() {
  [[ "$(indexed_products)" == "$products" ]]
}

bench_java() {
  java -cp "$out/classes:$(cat "$out/runtime-classpath.txt")" de.innenstadt.bench.BenchCommand "$@"
}

# run_gatling <results-name> <target> <mode> <base-url>
run_gatling() {
  local name=$1
  log "Gatling: $name (log $out/gatling-$name.log)"
  rm -rf "${results:?}/$name"
  local load_before
  load_before=$(cut -d' ' -f1 /proc/loadavg)
  BENCH_TARGET=$2 BENCH_MODE=$3 BENCH_BASE_URL=$4 BENCH_QUERIES=$queries \
    BENCH_RESPONSE_TIMES_FILE="$results/$name/response-times.properties" \
    ./mvnw -q -B -Pbench -pl bench gatling:test -Dgatling.simulationClass=de.innenstadt.bench.SearchLoadSimulation \
    -Dgatling.resultsFolder="$results/$name" \
    >"$out/gatling-$name.log" 2>&1 || fail "Gatling run $name; see $out/gatling-$name.log"
  # The machine is shared: the summary shows how busy it was around each run.
  printf '%s %s %s\n' "$name" "$load_before" "$(cut -d' ' -f1 /proc/loadavg)" >>"$results/loadavg.txt"
}

# The whole run is one function, so bash has read all of it before it starts (editing this file mid-run is safe).
main() {
  trap stop_platform EXIT
  trap 'exit 130' INT TERM
  build_bench install
  mkdir -p "$results"

  start_platform INNENSTADT_DEMO_DATA=false
  log "loading the generated city centre"
  local load_result
  load_result=$(bench_java load "$jdbc_url")
  log "$load_result"
  if [[ "$load_result" == loaded* ]] || ! index_complete; then
    log "dropping the search index so the next start rebuilds it from the database"
    for index in $(curl -sf --max-time 10 "$es_url/_cat/indices/$alias-*?h=index"); do
      curl -sf --max-time 30 -X DELETE "$es_url/$index" >/dev/null
    done
    stop_platform
    start_platform INNENSTADT_DEMO_DATA=false
    log "waiting for $products products in the index (rebuild at start-up)"
    wait_until 1200 "$products indexed products" index_complete
    log "$(grep -ho 'Indexed [0-9]* products in [0-9]* ms' "$var_dir"/payara/payara.log | tail -1 || true)"
  fi

  wait_until 300 "answers from the search API" search_answers
  rm -f "$results/loadavg.txt"
  bench_java queries "$queries" "$query_count" | while read -r line; do log "$line"; done

  run_gatling platform-constant platform constant "$platform_url"
  run_gatling elasticsearch-constant elasticsearch constant "$es_url"
  # One at a time on warm servers: the latency without load, and a check that the bodies are the platform's.
  bench_java probe "$queries" "$probe_count" "$platform_url" "$es_url" "$results/probe.json" \
    | while read -r line; do log "$line"; done
  run_gatling elasticsearch-ramp elasticsearch ramp "$es_url"
  run_gatling platform-ramp platform ramp "$platform_url"

  stop_platform
  bench_java summary "$results" "$out/search-summary.md"
  log "summary written to $out/search-summary.md; Gatling results (simulation.log, recorded response times) in $results; whole run $((SECONDS - started)) s"
}

main "$@"
