#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Page check, one command: Lighthouse (mobile and desktop presets, the installed Chromium) on the home, results,
# product, shop and shop directory pages, and the answer time of the results page at 20 concurrent shoppers (pausing PAGE_CHECK_THINK_MS between
# searches, then without pauses as the worst case). Uses a running platform at PAGE_CHECK_URL,
# or starts the demo with the launcher on its own ports and data folder and stops it again. Described in
# docs/benchmarks.md. Settings (environment):
#   PAGE_CHECK_URL (unset: start the demo), PAGE_CHECK_HTTP_PORT (8280), PAGE_CHECK_DB_PORT (3507),
#   PAGE_CHECK_ELASTICSEARCH_PORT (9401; also uses +100), PAGE_CHECK_VAR_DIR (bench/target/page-check-var),
#   PAGE_CHECK_USERS (20), PAGE_CHECK_SECONDS (30), PAGE_CHECK_THINK_MS (1000), CHROME_PATH (/usr/bin/chromium)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
out=$root/bench/target/page-check
tools=$root/bench/target/page-check-tools
mkdir -p "$out" "$tools"
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
users=${PAGE_CHECK_USERS:-20}
seconds=${PAGE_CHECK_SECONDS:-30}
think=${PAGE_CHECK_THINK_MS:-1000}
launcher_pid=""

log() {
  printf '%s  %s\n' "$(date +%H:%M:%S)" "$*"
}

stop_platform() {
  if [[ -n "$launcher_pid" ]]; then
    log "stopping the demo (pid $launcher_pid)"
    kill "$launcher_pid" 2>/dev/null || true
    wait "$launcher_pid" 2>/dev/null || true
  fi
}
trap stop_platform EXIT

for tool in node npm curl python3; do
  command -v "$tool" >/dev/null || { echo "page-check needs $tool" >&2; exit 1; }
done
[[ -x "$CHROME_PATH" ]] || { echo "No Chromium at $CHROME_PATH (apt-get install -y chromium)" >&2; exit 1; }

if [[ ! -x "$tools/node_modules/.bin/lighthouse" ]]; then
  log "installing lighthouse 12 into $tools"
  npm install --silent --no-audit --no-fund --prefix "$tools" lighthouse@12 >/dev/null
fi

base=${PAGE_CHECK_URL:-}
if [[ -z "$base" ]]; then
  port=${PAGE_CHECK_HTTP_PORT:-8280}
  base=http://127.0.0.1:$port
  log "building the launcher"
  ./mvnw -q -B -DskipTests package -pl launcher -am
  log "starting the demo on $base"
  INNENSTADT_HTTP_PORT=$port INNENSTADT_DB_PORT=${PAGE_CHECK_DB_PORT:-3507} \
    INNENSTADT_ELASTICSEARCH_PORT=${PAGE_CHECK_ELASTICSEARCH_PORT:-9401} \
    INNENSTADT_VAR_DIR=${PAGE_CHECK_VAR_DIR:-$root/bench/target/page-check-var} INNENSTADT_PUBLIC_URL=$base \
    java -jar launcher/target/innenstadt-launcher.jar >"$out/launcher.log" 2>&1 &
  launcher_pid=$!
fi
log "waiting for $base/health/ready and a searchable index"
for _ in $(seq 1 240); do
  if curl -sf "$base/health/ready" >/dev/null && curl -sf "$base/api/v1/search?q=schuhe&size=1" | grep -q '"productId"'; then
    break
  fi
  sleep 2
done
curl -sf "$base/health/ready" >/dev/null || { echo "The platform at $base did not get ready" >&2; exit 1; }

product=$(curl -sf "$base/api/v1/search?q=schuhe&size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["hits"][0]["productId"])')
shop=$(curl -sf "$base/api/v1/search?q=schuhe&size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["facets"]["shop"][0]["value"])')
declare -A pages=([home]="/" [results]="/search?q=schuhe" [product]="/product?id=$product" [shop]="/shop?slug=$shop"
  [directory]="/shops")

summary=$out/summary.md
{
  echo "# Page check $(date -u +%Y-%m-%dT%H:%MZ) against $base"
  echo
  echo "| preset | page | path | performance | accessibility | best practices | SEO | LCP ms | TBT ms | CLS |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
} >"$summary"
# mobile is Lighthouse's default (a mid-range phone, slow 4G, 4× CPU slowdown); desktop is its own preset
for preset in mobile desktop; do
  for name in home results product shop directory; do
    path=${pages[$name]}
    log "lighthouse $preset $name ($path)"
    preset_flag=()
    [[ $preset == desktop ]] && preset_flag=(--preset=desktop)
    "$tools/node_modules/.bin/lighthouse" "$base$path" "${preset_flag[@]}" \
      --only-categories=accessibility,performance,best-practices,seo \
      --output=json --output=html --output-path="$out/$preset-$name" --quiet --locale=de \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --lang=de-DE" || true
    python3 - "$out/$preset-$name.report.json" "$preset" "$name" "$path" >>"$summary" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
c, a = report["categories"], report["audits"]
score = lambda key: "%.2f" % c[key]["score"] if c[key]["score"] is not None else "–"
print("| %s | %s | `%s` | %s | %s | %s | %s | %.0f | %.0f | %.3f |" % (sys.argv[2], sys.argv[3], sys.argv[4], score("performance"),
      score("accessibility"), score("best-practices"), score("seo"), a["largest-contentful-paint"]["numericValue"],
      a["total-blocking-time"]["numericValue"], a["cumulative-layout-shift"]["numericValue"]))
PY
  done
done
log "results page under load: $users concurrent shoppers, $think ms between searches, then without pauses, $seconds s each"
load=$(node "$root/bench/page-load.mjs" "$base" "$users" "$seconds" "$think")
{
  echo
  echo "Results page under load (target: p95 ≤ 60 ms). Lighthouse targets (#16): mobile performance ≥ 0.95, accessibility 1.00,"
  echo "best practices ≥ 0.95; SEO 1.00 except the results page, which is noindex on purpose:"
  echo
  echo '```'
  echo "$load"
  echo '```'
} >>"$summary"
cat "$summary"
log "reports: $out/<page>.report.html"
