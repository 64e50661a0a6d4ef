#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Builds the launcher and starts the whole platform on embedded defaults; settings: ./run.sh --help
set -euo pipefail
cd "$(dirname "$0")"

java_cmd=java
if [[ -n "${JAVA_HOME:-}" ]]; then
  java_cmd="$JAVA_HOME/bin/java"
fi
if ! command -v "$java_cmd" >/dev/null 2>&1; then
  echo "No Java found: install a JDK 17 or newer and put it on the PATH or set JAVA_HOME" >&2
  exit 1
fi
java_version=$("$java_cmd" -version 2>&1 | awk -F'"' '/version/ {print $2; exit}')
java_major=${java_version%%.*}
if ! [[ "$java_major" =~ ^[0-9]+$ ]] || (( java_major < 17 )); then
  echo "Java ${java_version:-unknown} at $java_cmd is too old: set JAVA_HOME to a JDK 17 or newer" >&2
  exit 1
fi
if ! command -v "${java_cmd%java}javac" >/dev/null 2>&1; then
  echo "$java_cmd belongs to a JRE, not a JDK: set JAVA_HOME to a JDK 17 or newer" >&2
  exit 1
fi

./mvnw -q -B -DskipTests package -pl launcher -am
exec "$java_cmd" -jar launcher/target/innenstadt-launcher.jar "$@"
