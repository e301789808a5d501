#!/usr/bin/env bash
# With 200,000 outreach contacts this year (bench/seed-outreach.sql): the year's summary
# (GET /api/v1/outreach/summary) as the demo NGO worker and as the centre, 16 connections. Target: p99 <= 100 ms.
source "$(dirname "$0")/common.sh"
require_jar
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is needed to seed the database" >&2; exit 1; }
machine
data="$OUT/outreach-data"
rm -rf "$data" $(key_files "$data")
port=18089
dbport=18437
start_haven "$port" "$data" --haven.demo=true --haven.database.embedded-port=$dbport
trap 'stop_haven; rm -rf "$data" $(key_files "$data")' EXIT
wait_healthy "$port" >/dev/null
base="http://localhost:$port"

psql -q -h 127.0.0.1 -p $dbport -U postgres -d haven -f "$HERE/seed-outreach.sql"
q() { psql -tA -h 127.0.0.1 -p $dbport -U postgres -d haven -c "$1"; }
echo "activities: $(q 'SELECT count(*) FROM outreach.activity'), contacts: $(q 'SELECT count(*) FROM outreach.contact')"

csrf() { grep -o 'name="_csrf" content="[^"]*"' | head -1 | sed 's/.*content="//; s/"$//'; }
sign_in() {
  local jar="$OUT/outreach-$1.jar"
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
ngo=$(sign_in ngo)
centre=$(sign_in caseworker)
from=$(date +%Y)-01-01
to=$(date +%F)
path="/api/v1/outreach/summary?from=$from&to=$to"
echo "summary: $(curl -s -H "Cookie: HAVEN_SESSION=$ngo" "$base$path" | head -c 300)"

wrk -t2 -c16 -d10s -H "Cookie: HAVEN_SESSION=$ngo" "$base$path" >/dev/null
echo "== GET $path (the NGO's own year)"
wrk -t2 -c16 -d30s --latency -H "Cookie: HAVEN_SESSION=$ngo" "$base$path"
echo "== GET $path (the centre, every NGO)"
wrk -t2 -c16 -d30s --latency -H "Cookie: HAVEN_SESSION=$centre" "$base$path"
