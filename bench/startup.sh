#!/usr/bin/env bash
# Cold start (new data directory: initdb + migrations + first run) and warm restart, to healthy.
# Target: cold <= 10 s, warm <= 6 s on the project's 2-core machine.
source "$(dirname "$0")/common.sh"
require_jar
machine
runs="${RUNS:-3}"
for i in $(seq 1 "$runs"); do
  data="$OUT/startup-data-$i"
  rm -rf "$data"
  start_haven 18080 "$data"
  cold=$(wait_healthy 18080)
  stop_haven
  start_haven 18080 "$data"
  warm=$(wait_healthy 18080)
  stop_haven
  rm -rf "$data"
  echo "run $i: cold start ${cold}s, warm restart ${warm}s"
done
