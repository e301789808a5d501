#!/usr/bin/env bash
# With 1,000 shelters and 1,000,000 historical placements: free places in every shelter on a date
# (GET /api/v1/shelters/capacity), as the demo centre caseworker, 16 connections. Target: p99 <= 50 ms.
source "$(dirname "$0")/common.sh"
require_jar
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is needed to seed the database" >&2; exit 1; }
machine
data="$OUT/capacity-data"
rm -rf "$data" $(key_files "$data")
port=18087
dbport=18435
start_haven "$port" "$data" --haven.demo=true --haven.database.embedded-port=$dbport
trap 'stop_haven; rm -rf "$data" $(key_files "$data")' EXIT
wait_healthy "$port" >/dev/null
base="http://localhost:$port"

psql -q -h 127.0.0.1 -p $dbport -U postgres -d haven -f "$HERE/seed-capacity.sql"
q() { psql -tA -h 127.0.0.1 -p $dbport -U postgres -d haven -c "$1"; }
echo "shelters: $(q 'SELECT count(*) FROM accommodation.shelter'), placements: $(q 'SELECT count(*) FROM accommodation.placement')"

csrf() { grep -o 'name="_csrf" content="[^"]*"' | head -1 | sed 's/.*content="//; s/"$//'; }
jar="$OUT/capacity-centre.jar"
rm -f "$jar"
token=$(curl -s -c "$jar" -b "$jar" "$base/login" | csrf)
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "email=caseworker@demo.haven" \
  --data-urlencode "password=haven-demo-password-2026" --data-urlencode "_csrf=$token" "$base/login"
token=$(curl -s -c "$jar" -b "$jar" "$base/login/code" | csrf)
code=$(python3 "$HERE/totp.py" HAVENDEMOJ4K2M7QXHAVENDEMOJ4K2M7)
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "code=$code" --data-urlencode "_csrf=$token" "$base/login/code"
session=$(awk '$6 == "HAVEN_SESSION" {print $7}' "$jar")
date=$(date -d '-200 days' +%F)
rows=$(curl -s -H "Cookie: HAVEN_SESSION=$session" -H "Accept: application/json" "$base/api/v1/shelters/capacity?date=$date" | grep -o '"shelter"' | wc -l)
echo "capacity rows for $date: $rows"

# warm-up (JIT), not measured
wrk -t2 -c16 -d10s -H "Cookie: HAVEN_SESSION=$session" "$base/api/v1/shelters/capacity?date=$date" >/dev/null
echo "== GET /api/v1/shelters/capacity?date=$date (every shelter and target group)"
wrk -t2 -c16 -d30s --latency -H "Cookie: HAVEN_SESSION=$session" "$base/api/v1/shelters/capacity?date=$date"
echo "== GET /api/v1/shelters/capacity (today)"
wrk -t2 -c16 -d30s --latency -H "Cookie: HAVEN_SESSION=$session" "$base/api/v1/shelters/capacity"
