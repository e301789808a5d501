#!/usr/bin/env bash
# Throughput and latency of the sign-in page (anonymous) and the dashboard (signed in, both factors), with wrk:
# 16 connections, 30 s, on loopback, against a demo installation.
source "$(dirname "$0")/common.sh"
require_jar
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
machine
data="$OUT/wrk-data"
rm -rf "$data"
port=18081
start_haven "$port" "$data" --haven.demo=true
trap 'stop_haven; rm -rf "$data"' EXIT
wait_healthy "$port" >/dev/null
base="http://localhost:$port"
jar="$OUT/cookies.txt"
rm -f "$jar"

csrf() { grep -o 'name="_csrf" content="[^"]*"' | head -1 | sed 's/.*content="//; s/"$//'; }
token=$(curl -s -c "$jar" -b "$jar" "$base/login" | csrf)
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "email=admin@demo.haven" \
  --data-urlencode "password=haven-demo-password-2026" --data-urlencode "_csrf=$token" "$base/login"
token=$(curl -s -c "$jar" -b "$jar" "$base/login/code" | csrf)
code=$(python3 "$HERE/totp.py" HAVENDEMOJ4K2M7QXHAVENDEMOJ4K2M7)
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "code=$code" --data-urlencode "_csrf=$token" "$base/login/code"
session=$(awk '$6 == "HAVEN_SESSION" {print $7}' "$jar")
status=$(curl -s -o /dev/null -w '%{http_code}' -b "HAVEN_SESSION=$session" "$base/")
[ "$status" = "200" ] || { echo "could not sign in (dashboard answered $status)" >&2; exit 1; }

echo "== GET /login (anonymous)"
wrk -t2 -c16 -d30s --latency "$base/login"
echo "== GET / (dashboard, signed in)"
wrk -t2 -c16 -d30s --latency -H "Cookie: HAVEN_SESSION=$session" "$base/"
