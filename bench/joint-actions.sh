#!/usr/bin/env bash
# With 5,000 joint actions (bench/seed-joint-actions.sql): the calendar page (GET /joint-actions, a month) and
# the key-person directory page (GET /key-persons) at 16 connections, target p99 <= 100 ms; and the after-action
# report (GET /api/v1/joint-actions/{id}/report.pdf) of an action with 60 persons met, target <= 1 s.
source "$(dirname "$0")/common.sh"
require_jar
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is needed to seed the database" >&2; exit 1; }
machine
data="$OUT/joint-actions-data"
rm -rf "$data" $(key_files "$data")
port=18090
dbport=18438
start_haven "$port" "$data" --haven.demo=true --haven.database.embedded-port=$dbport
trap 'stop_haven; rm -rf "$data" $(key_files "$data")' EXIT
wait_healthy "$port" >/dev/null
base="http://localhost:$port"

psql -q -h 127.0.0.1 -p $dbport -U postgres -d haven -f "$HERE/seed-joint-actions.sql"
q() { psql -tA -h 127.0.0.1 -p $dbport -U postgres -d haven -c "$1"; }
# let the database's background work after the seeding settle before measuring
sleep 20
echo "joint actions: $(q 'SELECT count(*) FROM operations.joint_action'), key persons: $(q 'SELECT count(*) FROM operations.key_person')"

csrf() { grep -o 'name="_csrf" content="[^"]*"' | head -1 | sed 's/.*content="//; s/"$//'; }
sign_in() {
  local jar="$OUT/joint-actions-$1.jar"
  rm -f "$jar"
  local token code
  token=$(curl -s -c "$jar" -b "$jar" "$base/login" | csrf)
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "email=$1@demo.haven" \
    --data-urlencode "password=haven-demo-password-2026" --data-urlencode "_csrf=$token" "$base/login"
  token=$(curl -s -c "$jar" -b "$jar" "$base/login/code" | csrf)
  code=$(python3 "$HERE/totp.py" HAVENDEMOJ4K2M7QXHAVENDEMOJ4K2M7)
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "code=$code" --data-urlencode "_csrf=$token" "$base/login/code"
  awk '$6 == "HAVEN_SESSION" {print $7}' "$jar"
}
centre=$(sign_in caseworker)
police=$(sign_in police)
month=$(date +%Y-%m)
echo "calendar: $(curl -s -H "Cookie: HAVEN_SESSION=$centre" "$base/joint-actions?month=$month" | grep -c 'class="card"') actions this month"

wrk -t2 -c16 -d10s -H "Cookie: HAVEN_SESSION=$centre" "$base/joint-actions?month=$month" >/dev/null
echo "== GET /joint-actions?month=$month (the centre: every action)"
wrk -t2 -c16 -d30s --latency -H "Cookie: HAVEN_SESSION=$centre" "$base/joint-actions?month=$month"
echo "== GET /joint-actions?month=$month (a police key person: the district's)"
wrk -t2 -c16 -d30s --latency -H "Cookie: HAVEN_SESSION=$police" "$base/joint-actions?month=$month"
echo "== GET /key-persons"
wrk -t2 -c16 -d30s --latency -H "Cookie: HAVEN_SESSION=$police" "$base/key-persons"

id=$(q "SELECT id FROM operations.joint_action WHERE title = 'Bench report action'")
echo "== GET /api/v1/joint-actions/$id/report.pdf (60 persons met), 10 runs"
for i in $(seq 1 10); do
  curl -s -o /dev/null -w '%{http_code} %{time_total}s %{size_download} bytes\n' \
    -H "Cookie: HAVEN_SESSION=$centre" "$base/joint-actions/$id/report.pdf"
done
