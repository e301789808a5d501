#!/usr/bin/env bash
# The annual report (every table, exact view) with 1,000,000 victims and 10,000,000 facts in the statistics
# projections, then the published view and the PDF. Target: <= 2 s per report on the project's 2-core machine.
source "$(dirname "$0")/common.sh"
require_jar
command -v psql >/dev/null || { echo "psql is needed to seed the database" >&2; exit 1; }
machine
data="$OUT/statistics-data"
rm -rf "$data" $(key_files "$data")
port=18086
dbport=18434
token="bench-bootstrap-token-0123456789abcdefghij"
HAVEN_BOOTSTRAP_TOKEN="$token" start_haven "$port" "$data" --haven.database.embedded-port=$dbport
trap 'stop_haven; rm -rf "$data" $(key_files "$data")' EXIT
wait_healthy "$port" >/dev/null
base="http://localhost:$port"
q() { psql -tA -h 127.0.0.1 -p $dbport -U postgres -d haven -c "$1"; }
start=$(date +%s)
psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p $dbport -U postgres -d haven -f "$HERE/seed-statistics.sql"
echo "seeded in $(( $(date +%s) - start )) s: decisions $(q 'SELECT count(*) FROM statistics.decision'), victims $(q "SELECT count(*) FROM statistics.decision WHERE outcome = 'VICTIM'"), interviews $(q 'SELECT count(*) FROM statistics.interview'), calls $(q 'SELECT count(*) FROM statistics.hotline_call'), returns $(q 'SELECT count(*) FROM statistics.return')"

time_it() { # time_it LABEL URL: 3 warm-ups, then 10 timed requests; prints min/median/max in ms
  local label="$1" url="$2" times=()
  for _ in 1 2 3; do curl -s -o /dev/null -H "Authorization: Bearer $token" "$url"; done
  for _ in $(seq 10); do
    times+=("$(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" "$url")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v l="$label" '{a[NR]=$1*1000} END {printf "%-40s min %6.0f ms  median %6.0f ms  max %6.0f ms\n", l, a[1], a[int((NR+1)/2)], a[NR]}'
}
status=$(curl -s -o "$OUT/report.json" -w '%{http_code}' -H "Authorization: Bearer $token" "$base/api/v1/statistics/annual/2020?disclosure=exact")
[ "$status" = 200 ] || { echo "report answered $status" >&2; exit 1; }
python3 -c "import json; r=json.load(open('$OUT/report.json')); print('2020: victims', r['victims']['total'], 'cumulative', r['victims']['cumulativeTotal'], 'calls', r['hotlineCalls']['total'])"
time_it "GET annual/2020 exact (JSON)" "$base/api/v1/statistics/annual/2020?disclosure=exact"
time_it "GET annual/2020 published (JSON)" "$base/api/v1/statistics/annual/2020?disclosure=published"
time_it "GET annual/2020.pdf exact" "$base/api/v1/statistics/annual/2020.pdf?disclosure=exact"
time_it "GET annual/2020.csv published" "$base/api/v1/statistics/annual/2020.csv"
time_it "GET exports/eurostat/2020.csv" "$base/api/v1/exports/eurostat/2020.csv"
