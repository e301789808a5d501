#!/usr/bin/env bash
# The cross-border exchange's speed: a case with 50 timeline entries sent (built, checked against the
# schema, signed, encrypted, queued), sealing and opening alone, and envelopes from a partner taken in
# (decrypted, verified, checked, stored). Runs EnvelopeBench in the test context (real PostgreSQL,
# real HTTP); prints medians and 99th percentiles. Targets: seal ≤ 20 ms, take in ≤ 50 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-300}
./mvnw -q -B -ntp test -Dspotless.check.skip=true -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest=EnvelopeBench -Dhaven.bench.envelopes=true -Dhaven.bench.runs="$RUNS" >/dev/null
grep -h "^BENCH" target/surefire-reports/org.haven.crossborder.EnvelopeBench-output.txt
