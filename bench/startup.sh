#!/usr/bin/env bash
# Cold start (new data directory: initdb + migrations + first run) and warm restart, to healthy.
# Target: cold <= 10 s, warm <= 6 s on the project's 2-core machine.
# MODE=jar (java -jar target/haven.jar), MODE=extracted (the jar extracted as Spring Boot recommends for
# production), MODE=cds (extracted, with an AppCDS archive from a training run).
source "$(dirname "$0")/common.sh"
require_jar
machine
runs="${RUNS:-3}"
mode="${MODE:-jar}"
launch=(-jar "$JAR")
if [ "$mode" != "jar" ]; then
  extracted="$OUT/extracted"
  rm -rf "$extracted"
  java -Djarmode=tools -jar "$JAR" extract --destination "$extracted" >/dev/null
  launch=(-jar "$extracted/haven.jar")
  if [ "$mode" = "cds" ]; then
    rm -rf "$OUT/training-data"
    java -XX:ArchiveClassesAtExit="$extracted/haven.jsa" -Dspring.context.exit=onRefresh "${launch[@]}" \
      --haven.database.data-dir="$OUT/training-data" --server.port=0 >"$OUT/training.log" 2>&1 || true
    rm -rf "$OUT/training-data"
    launch=(-XX:SharedArchiveFile="$extracted/haven.jsa" "${launch[@]}")
  fi
fi
echo "mode: $mode"
for i in $(seq 1 "$runs"); do
  data="$OUT/startup-data-$i"
  rm -rf "$data"
  java "${launch[@]}" --server.port=18080 --haven.database.data-dir="$data" >"$OUT/haven-18080.log" 2>&1 &
  HAVEN_PID=$!
  cold=$(wait_healthy 18080)
  stop_haven
  java "${launch[@]}" --server.port=18080 --haven.database.data-dir="$data" >"$OUT/haven-18080.log" 2>&1 &
  HAVEN_PID=$!
  warm=$(wait_healthy 18080)
  stop_haven
  rm -rf "$data"
  echo "run $i: cold start ${cold}s, warm restart ${warm}s"
done
