#!/usr/bin/env bash
# Fuzzes the persons CSV reader and the name normaliser with Jazzer (PersonsFuzzTest, in the
# surefire execution fuzz-seeds): random input for a million executions per target (at most 30
# minutes each, the tests' limits). Jazzer fuzzes one test per run, so each target runs on its own;
# the whole output in bench/out/fuzz-<target>.log. CI runs the same tests on their seed inputs only.
#
#   bench/fuzz.sh
#   TARGETS=nameNormaliserTakesAnyText bench/fuzz.sh    # one target
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
TARGETS=${TARGETS:-"csvReaderReportsOrReadsEveryRow nameNormaliserTakesAnyText"}
./mvnw -q -B -ntp test-compile -Dspotless.check.skip=true
for target in $TARGETS; do
  log="bench/out/fuzz-$target.log"
  start=$(date +%s)
  JAZZER_FUZZ=1 ./mvnw -q -B -ntp surefire:test@fuzz-seeds -Dfuzz.tests="PersonsFuzzTest#$target" \
    -Dspotless.check.skip=true >"$log" 2>&1 || { echo "$target: FAILED, see $log"; tail -20 "$log"; exit 1; }
  runs=$(grep -Eo "Done [0-9]+ runs" "$log" | grep -Eo "[0-9]+" | tail -1)
  if grep -q "Only one fuzz test" target/surefire-reports/TEST-org.haven.tools.PersonsFuzzTest.xml; then
    echo "$target: skipped (more than one fuzz test selected)"; exit 1
  fi
  echo "$target: ${runs:-?} executions in $(( $(date +%s) - start )) s, nothing found"
done
