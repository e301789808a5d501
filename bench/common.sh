# Shared helpers for the benchmark scripts: start Haven from the packaged jar and wait until it is healthy.
# Every script stops what it started, by pid.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
JAR="$ROOT/target/haven.jar"
OUT="$HERE/out"
mkdir -p "$OUT"

require_jar() {
  [ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -q -B -DskipTests package)
}

# start_haven PORT DATA_DIR [ARGS...]: starts Haven in the background; sets HAVEN_PID.
start_haven() {
  local port="$1" data="$2"
  shift 2
  java -jar "$JAR" --server.port="$port" --haven.database.data-dir="$data" "$@" >"$OUT/haven-$port.log" 2>&1 &
  HAVEN_PID=$!
  # psql (seeding, counts) proves the embedded database's superuser password from its key file
  HAVEN_DATA="$data"
  export PGPASSFILE="$OUT/pgpass-$port"
  (until [ -s "$data-database.password" ]; do sleep 0.1; done
   printf '127.0.0.1:*:*:postgres:%s\n' "$(cat "$data-database.password")" >"$PGPASSFILE"
   chmod 600 "$PGPASSFILE") &
}

# the key files Haven writes beside a data directory
key_files() {
  echo "$1-secrets.key $1-encoding.key $1-database.password $1-audit.key $1-audit.checkpoints $1-outreach.key $1-outreach-offline.key $1-information.key $1-exchange.jwks"
}

# wait_healthy PORT: prints the seconds it took (since the call) until /actuator/health answered UP.
wait_healthy() {
  local port="$1" start end
  start=$(date +%s.%N)
  until curl -fs "http://localhost:$port/actuator/health" 2>/dev/null | grep -q UP; do
    kill -0 "$HAVEN_PID" 2>/dev/null || { echo "Haven exited; see $OUT/haven-$port.log" >&2; return 1; }
    sleep 0.1
  done
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

stop_haven() {
  kill "$HAVEN_PID" 2>/dev/null || true
  wait "$HAVEN_PID" 2>/dev/null || true
}

machine() {
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sm), $(java -version 2>&1 | head -1)"
}
