#!/usr/bin/env bash
# Erasure of 100,000 due persons by the retention schedule's nightly run (issue 21): the run's time, and the
# application's latency meanwhile (a health check and a page each 200 ms), on top of the demo with 100,000 more
# persons kept. Target on the project's 2-core machine: <= 5 minutes without blocking the application.
source "$(dirname "$0")/common.sh"
require_jar
command -v psql >/dev/null || { echo "psql is needed to seed the database" >&2; exit 1; }
machine
data="$OUT/erasure-data"
cleanup() {
  [ -n "${HAVEN_PID:-}" ] && stop_haven
  [ -n "${PROBE_PID:-}" ] && kill "$PROBE_PID" 2>/dev/null || true
  rm -rf "$data" "$data.lock" $(key_files "$data")
}
cleanup
port=18087
dbport=18435
trap cleanup EXIT
q() { psql -tA -h 127.0.0.1 -p $dbport -U postgres -d haven -c "$1"; }
# first start: the demo, then the seed, with the schedule off
start_haven "$port" "$data" --haven.demo=true --haven.database.embedded-port=$dbport \
  --haven.matching.review-scan=false --haven.retention.enabled=false
wait_healthy "$port" >/dev/null
until [ "$(q 'SELECT count(*) FROM casework.case_file')" -gt 100 ]; do sleep 2; done
start=$(date +%s)
psql -q -h 127.0.0.1 -p $dbport -U postgres -d haven -f "$HERE/seed-erasure.sql"
echo "seeded in $(( $(date +%s) - start )) s: persons $(q 'SELECT count(*) FROM people.person'),"\
  "closed cases $(q "SELECT count(*) FROM casework.case_file WHERE status = 'CLOSED'"),"\
  "notes $(q 'SELECT count(*) FROM casework.note'), timeline entries $(q 'SELECT count(*) FROM casework.timeline_entry')"
stop_haven
# second start: the seeded persons get their match keys and encodings (as imported records would), schedule off
start_haven "$port" "$data" --haven.database.embedded-port=$dbport --haven.matching.review-scan=false \
  --haven.retention.enabled=false
echo "indexed the seeded persons in $(wait_healthy "$port") s: encodings $(q 'SELECT count(*) FROM people.person_encoding')"
stop_haven
# third start: the schedule runs at the start of every minute
start_haven "$port" "$data" --haven.database.embedded-port=$dbport --haven.matching.review-scan=false \
  --haven.retention.cron="0 * * * * *"
wait_healthy "$port" >/dev/null
echo "healthy again at $(date +%T)"
probe() {
  while true; do
    for f in health page; do
      url="http://localhost:$port/actuator/health"; [ $f = page ] && url="http://localhost:$port/login"
      t=$(date +%s.%N)
      d=$(curl -s -o /dev/null --max-time 60 -w '%{time_total}' "$url" || echo 60)
      echo "$t $d" >>"$OUT/erasure-$f.txt"
    done
    sleep 0.2
  done
}
rm -f "$OUT/erasure-health.txt" "$OUT/erasure-page.txt"
probe & PROBE_PID=$!
until [ -n "$(q "SELECT finished_at FROM privacy.erasure_run ORDER BY started_at LIMIT 1")" ]; do sleep 1; done
kill "$PROBE_PID"; PROBE_PID=
window=$(q "SELECT extract(epoch FROM started_at) || ' ' || extract(epoch FROM finished_at)
            FROM privacy.erasure_run ORDER BY started_at LIMIT 1")
q "SELECT 'run: ' || round(extract(epoch FROM finished_at - started_at)::numeric, 1) || ' s, persons ' || persons
          || ', notifications ' || notifications || ', calls ' || calls || ', held ' || held
          || coalesce(', failure ' || failure, '')
   FROM privacy.erasure_run ORDER BY started_at LIMIT 1"
echo "left with a name among the due: $(q "SELECT count(*) FROM people.person WHERE reference LIKE 'P-E%'
  AND family_name IS NOT NULL AND id IN (SELECT person_id FROM casework.case_file WHERE status = 'CLOSED')"),"\
  "kept (open cases): $(q "SELECT count(*) FROM people.person WHERE reference LIKE 'P-E%' AND family_name IS NOT NULL"),"\
  "notes left: $(q 'SELECT count(*) FROM casework.note'), timeline entries: $(q 'SELECT count(*) FROM casework.timeline_entry')"
for f in health page; do
  read -r from to <<<"$window"
  awk -v from="$from" -v to="$to" '$1 <= to && $1 + $2 >= from {print $2}' "$OUT/erasure-$f.txt" | sort -n |
    awk -v name="$f" '{a[NR]=$1} END {printf "%s during the run: %d requests, median %.0f ms, p99 %.0f ms, max %.0f ms\n", name, NR, a[int(NR*0.5)]*1000, a[int(NR*0.99)]*1000, a[NR]*1000}'
done
