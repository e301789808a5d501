#!/usr/bin/env bash
# With 100,000 referrals in the database: POST /api/v1/referrals throughput and latency (16 connections), and the
# referrals list (the page and the API) as a centre caseworker. Target: p99 <= 100 ms on the project's 2-core machine.
source "$(dirname "$0")/common.sh"
require_jar
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is needed to seed the database" >&2; exit 1; }
machine
data="$OUT/referrals-data"
rm -rf "$data" $(key_files "$data")
port=18084
dbport=18432
start_haven "$port" "$data" --haven.demo=true --haven.database.embedded-port=$dbport
trap 'stop_haven; rm -rf "$data" $(key_files "$data")' EXIT
wait_healthy "$port" >/dev/null
base="http://localhost:$port"

psql -q -h 127.0.0.1 -p $dbport -U postgres -d haven -f "$HERE/seed-referrals.sql"
echo "referrals in the database: $(psql -tA -h 127.0.0.1 -p $dbport -U postgres -d haven -c 'SELECT count(*) FROM intake.referral')"

csrf() { grep -o 'name="_csrf" content="[^"]*"' | head -1 | sed 's/.*content="//; s/"$//'; }
# sign_in EMAIL JAR: prints "SESSION CSRF" for a signed-in demo user.
sign_in() {
  local email="$1" jar="$2" token code
  rm -f "$jar"
  token=$(curl -s -c "$jar" -b "$jar" "$base/login" | csrf)
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "email=$email" \
    --data-urlencode "password=haven-demo-password-2026" --data-urlencode "_csrf=$token" "$base/login"
  token=$(curl -s -c "$jar" -b "$jar" "$base/login/code" | csrf)
  code=$(python3 "$HERE/totp.py" HAVENDEMOJ4K2M7QXHAVENDEMOJ4K2M7)
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "code=$code" --data-urlencode "_csrf=$token" "$base/login/code"
  token=$(curl -s -c "$jar" -b "$jar" "$base/" | csrf)
  echo "$(awk '$6 == "HAVEN_SESSION" {print $7}' "$jar") $token"
}
read -r ngo_session ngo_csrf < <(sign_in ngo@demo.haven "$OUT/ngo.jar")
sleep 1
read -r centre_session _ < <(sign_in caseworker@demo.haven "$OUT/centre.jar")

cat >"$OUT/post-referral.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Cookie"] = "HAVEN_SESSION=$ngo_session"
wrk.headers["X-CSRF-TOKEN"] = "$ngo_csrf"
wrk.body = '{"path":"ANONYMOUS","channel":"NGO_OUTREACH","encounterDate":"2026-11-02","encounterPlace":"Aarhus","exploitation":["ForcedLabour"],"forcedLabourIndustry":"F","indicators":["WRK_EXCESSIVE_HOURS"],"gender":"Masculine","citizenships":["UA"],"ageBand":"AGE_25_34"}'
LUA
status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Content-Type: application/json" -H "Cookie: HAVEN_SESSION=$ngo_session" \
  -H "X-CSRF-TOKEN: $ngo_csrf" --data '{"path":"ANONYMOUS","ageBand":"AGE_18_24"}' "$base/api/v1/referrals")
[ "$status" = "201" ] || { echo "could not create a referral as the NGO user ($status)" >&2; exit 1; }

# The reads first, on exactly the 100,000 seeded referrals (the POST run adds tens of thousands of drafts and leaves
# autovacuum work behind); each after a 10 s warm-up that is not measured.
wrk -t2 -c16 -d10s -H "Cookie: HAVEN_SESSION=$centre_session" "$base/referrals" >/dev/null
echo "== GET /referrals (list page, centre caseworker, newest 25 of all submitted)"
wrk -t2 -c16 -d30s --latency -H "Cookie: HAVEN_SESSION=$centre_session" "$base/referrals"
wrk -t2 -c16 -d10s -H "Cookie: HAVEN_SESSION=$centre_session" "$base/api/v1/referrals?status=SUBMITTED&minors=true" >/dev/null
echo "== GET /api/v1/referrals?status=SUBMITTED&minors=true (API list with filters, centre caseworker)"
wrk -t2 -c16 -d30s --latency -H "Cookie: HAVEN_SESSION=$centre_session" "$base/api/v1/referrals?status=SUBMITTED&minors=true"
echo "== POST /api/v1/referrals (NGO worker, anonymous notification drafts)"
wrk -t2 -c16 -d30s --latency -s "$OUT/post-referral.lua" "$base/api/v1/referrals"
