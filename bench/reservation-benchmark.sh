#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Reservation benchmark, one command: builds the platform and the bench module, starts the platform with its demo data
# on its own ports and data folder, sets the stock of 5 hot and 10,000 cold offers through JDBC, runs Gatling
# (100 clients with their own connections, 300 reservations/s between them, POST /api/v1/reservations) on the cold
# and then on the hot offers, checks
# after each run that nothing was oversold, and prints the summary (also in bench/target/reservation-summary.md).
# Described in docs/benchmarks.md. Settings (environment):
#   BENCH_RES_HTTP_PORT (8280), BENCH_RES_DB_PORT (3507), BENCH_RES_ELASTICSEARCH_PORT (9451; also uses +100),
#   BENCH_RES_VAR_DIR (bench/target/res-var), BENCH_USERS (100), BENCH_RATE (300), BENCH_SECONDS (60),
#   BENCH_WARM_UP_SECONDS (60),
#   BENCH_COLD_OFFERS (10000), BENCH_COLD_QUANTITY (1000), BENCH_HOT_OFFERS (5), BENCH_HOT_QUANTITY (1000),
#   BENCH_SKIP_BUILD (unset; 1 skips the build), BENCH_LAUNCHER_JAR (launcher/target/innenstadt-launcher.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

http_port=${BENCH_RES_HTTP_PORT:-8280}
db_port=${BENCH_RES_DB_PORT:-3507}
es_port=${BENCH_RES_ELASTICSEARCH_PORT:-9451}
var_dir=${BENCH_RES_VAR_DIR:-$root/bench/target/res-var}
launcher_jar=${BENCH_LAUNCHER_JAR:-$root/launcher/target/innenstadt-launcher.jar}
cold_offers=${BENCH_COLD_OFFERS:-10000}
cold_quantity=${BENCH_COLD_QUANTITY:-1000}
hot_offers=${BENCH_HOT_OFFERS:-5}
hot_quantity=${BENCH_HOT_QUANTITY:-1000}
export BENCH_USERS=${BENCH_USERS:-100}
export BENCH_RATE=${BENCH_RATE:-300}
export BENCH_SECONDS=${BENCH_SECONDS:-60}
export BENCH_WARM_UP_SECONDS=${BENCH_WARM_UP_SECONDS:-60}

out=$root/bench/target
results=$out/reservation-results
summary=$out/reservation-summary.md
jdbc_url="jdbc:mariadb://127.0.0.1:$db_port/innenstadt?user=root&rewriteBatchedStatements=true"
launcher_out=$out/reservation-launcher.out
started=$SECONDS
# shellcheck source=lib/platform.sh
source "$root/bench/lib/platform.sh"

# The reservation API answers a request without an Idempotency-Key with 400 once shop-web is deployed.
reservations_answer() {
  [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -X POST -H 'Content-Type: application/json' \
    -d '{}' "$platform_url/api/v1/reservations")" == 400 ]]
}

# Every request comes from 127.0.0.1: lift the per-address limit; each request names its own e-mail address.
start_reservation_platform() {
  start_platform INNENSTADT_DEMO_DATA=true INNENSTADT_RESERVATIONS_MAX_PER_ADDRESS_PER_HOUR=100000000
  wait_until 300 "answers from the reservation API" reservations_answer
}

bench_java() {
  java -cp "$out/classes:$(cat "$out/runtime-classpath.txt")" de.innenstadt.bench.ReservationBench "$@"
}

# Another benchmark on the same two cores would distort both: wait (bounded) until no Gatling runs.
wait_for_other_load() {
  local deadline=$((SECONDS + 1800))
  while pgrep -f 'io.gatling.app.Gatling|gatling:test|search-benchmark.sh' >/dev/null; do
    if ((SECONDS > deadline)); then
      fail "another Gatling run has been going on for 30 minutes"
    fi
    log "another Gatling run is going on; waiting"
    sleep 15
  done
}

# run_gatling <results-name> <offers-csv>
run_gatling() {
  local name=$1
  wait_for_other_load
  log "Gatling: $name, $BENCH_USERS clients, $BENCH_RATE reservations/s between them for $BENCH_SECONDS s (log $out/gatling-$name.log)"
  rm -rf "${results:?}/$name"
  mkdir -p "$results/$name"
  local load_before
  load_before=$(cut -d' ' -f1 /proc/loadavg)
  BENCH_BASE_URL=$platform_url BENCH_OFFERS=$2 BENCH_WARM_UP_OFFERS=$out/reservation-cold.csv \
    BENCH_COUNTS_FILE=$results/$name/status-counts.properties \
    ./mvnw -q -B -Pbench -pl bench gatling:test -Dbench.simulation=de.innenstadt.bench.ReservationLoadSimulation \
    -Dgatling.resultsFolder="$results/$name" >"$out/gatling-$name.log" 2>&1 \
    || fail "Gatling run $name; see $out/gatling-$name.log"
  # The machine is shared: the summary shows how busy it was (1-minute load average at the start and the end).
  printf '%s %s %s\n' "$name" "$load_before" "$(cut -d' ' -f1 /proc/loadavg)" >>"$results/loadavg.txt"
  bench_java check "$jdbc_url" "$results/$name/stock-check.properties" | while read -r line; do log "$line"; done
}

# The whole run is one function, so bash has read all of it before it starts (editing this file mid-run is safe).
main() {
  trap stop_platform EXIT
  trap 'exit 130' INT TERM
  if [[ -z "${BENCH_SKIP_BUILD:-}" ]]; then
    build_bench install
  fi
  mkdir -p "$results"
  rm -f "$results/loadavg.txt"

  start_reservation_platform
  bench_java check "$jdbc_url" "$results/before-check.properties" | while read -r line; do log "before: $line"; done
  bench_java prepare "$jdbc_url" "$out" "$cold_offers" "$cold_quantity" "$hot_offers" "$hot_quantity" \
    | while read -r line; do log "$line"; done

  run_gatling reservations-cold "$out/reservation-cold.csv"
  run_gatling reservations-hot "$out/reservation-hot.csv"

  stop_platform
  bench_java summary "$results" "$summary"
  log "summary written to $summary; Gatling results (simulation.log, recorded response times) in $results; whole run $((SECONDS - started)) s"
}

main "$@"
