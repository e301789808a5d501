#!/usr/bin/env bash
# Fuzzes the persons CSV reader and the name normaliser with Jazzer (PersonsFuzzTest, in the
# surefire execution fuzz-seeds): random input for 8 minutes per target (the tests' maxDuration;
# a million executions and more on 2 cores); the whole output in bench/out/fuzz.log. CI runs the
# same tests on their seed inputs only.
#
#   bench/fuzz.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
JAZZER_FUZZ=1 ./mvnw -q -B -ntp test-compile surefire:test@fuzz-seeds -Dspotless.check.skip=true 2>&1 \
  | tee bench/out/fuzz.log | grep -E "^#[0-9]+.*(pulse|DONE)|Done [0-9]+ runs|ERROR|FAIL" | tail -4
