#!/usr/bin/env bash
# Fuzzes the persons CSV reader and the name normaliser with Jazzer (PersonsFuzzTest): random
# input for 8 minutes per target (the tests' maxDuration; about a million executions and more on
# 2 cores), printing the last progress lines. CI runs the same tests on their seed inputs only.
#
#   bench/fuzz.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
for target in csvReaderReportsOrReadsEveryRow nameNormaliserTakesAnyText; do
  JAZZER_FUZZ=1 ./mvnw -q -B -ntp test -Dspotless.check.skip=true \
    -Dtest="PersonsFuzzTest#$target" -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | tee "bench/out/fuzz-$target.log" \
    | grep -E "^#[0-9]+|Done [0-9]+ runs|ERROR|FAIL" | tail -2
done
