# SPDX-License-Identifier: EUPL-1.2
# Shared by the benchmark scripts (source it after setting the variables below): logging, building, waiting, and
# starting and stopping the whole platform through the launcher on the benchmark's own ports and data folder.
# The sourcing script sets http_port, db_port, es_port, var_dir, launcher_out and optionally launcher_jar.
# Builds run online: a fresh clone has never downloaded the bench profile's plugins (Gatling), so an offline
# build would fail there ("Cannot access central in offline mode").

launcher_jar=${launcher_jar:-launcher/target/innenstadt-launcher.jar}
platform_url=http://127.0.0.1:$http_port
launcher_pid=""
launcher_out_start=0

log() {
  printf '%s  %s\n' "$(date +%H:%M:%S)" "$*"
}

fail() {
  log "FAILED: $*" >&2
  exit 1
}

# Builds the launcher and the bench module: build_bench <package|install>
build_bench() {
  log "building the platform and the bench module"
  ./mvnw -q -B -Pbench "$1" -DskipTests -pl launcher,bench -am
}

# Waits until a command succeeds: wait_until <seconds> <what> <command...>; fails when the launcher died.
wait_until() {
  local limit=$1 what=$2
  shift 2
  local deadline=$((SECONDS + limit))
  until "$@"; do
    if [[ -n "$launcher_pid" ]] && ! kill -0 "$launcher_pid" 2>/dev/null; then
      fail "the platform stopped while waiting for $what; see $launcher_out and $var_dir/payara/payara.log"
    fi
    if ((SECONDS > deadline)); then
      fail "$what not reached within $limit s"
    fi
    sleep 2
  done
}

# The launcher prints "Stop with Ctrl-C." once Payara is ready and the pages answer; on a restart Payara first
# serves the applications of its previous run and then deploys them anew, so the health check alone comes too early.
platform_ready() {
  tail -n +"$((launcher_out_start + 1))" "$launcher_out" | grep -q 'Stop with Ctrl-C' \
    && curl -sf -o /dev/null --max-time 5 "$platform_url/health/ready"
}

# Starts the platform and waits until it is ready: start_platform [NAME=value ...] (launcher settings, e.g. demo data)
start_platform() {
  if ! command -v curl >/dev/null 2>&1; then
    fail "curl is needed (apt-get install curl)"
  fi
  log "starting the platform on $platform_url (MariaDB $db_port, Elasticsearch $es_port, data in $var_dir; $*)"
  mkdir -p "$var_dir" "$(dirname "$launcher_out")"
  touch "$launcher_out"
  launcher_out_start=$(wc -l <"$launcher_out")
  env INNENSTADT_HTTP_PORT="$http_port" INNENSTADT_DB_PORT="$db_port" INNENSTADT_ELASTICSEARCH_PORT="$es_port" \
    INNENSTADT_VAR_DIR="$var_dir" "$@" java -jar "$launcher_jar" >>"$launcher_out" 2>&1 &
  launcher_pid=$!
  wait_until 600 "a ready platform" platform_ready
  log "platform ready"
}

# The launcher stops Payara, Elasticsearch and MariaDB itself on SIGTERM; a kill is the last resort.
stop_platform() {
  if [[ -z "$launcher_pid" ]]; then
    return 0
  fi
  if kill -0 "$launcher_pid" 2>/dev/null; then
    log "stopping the platform"
    kill -TERM "$launcher_pid" 2>/dev/null || true
    local deadline=$((SECONDS + 180))
    while kill -0 "$launcher_pid" 2>/dev/null && ((SECONDS < deadline)); do
      sleep 1
    done
    if kill -0 "$launcher_pid" 2>/dev/null; then
      log "the launcher did not stop within 180 s; killing it (its servers may need stopping by hand)" >&2
      kill -KILL "$launcher_pid" 2>/dev/null || true
    fi
  fi
  wait "$launcher_pid" 2>/dev/null || true
  launcher_pid=""
}
