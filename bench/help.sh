#!/usr/bin/env bash
# The public help pages: GET of a page (Arabic and English) at 64 connections, target >= 2,000 req/s with
# p99 <= 50 ms; then the contact form from many networks at 50 submissions/s while one network is held to a few
# a minute (bench/help-contact.py). The sender's network comes from X-Forwarded-For, which Haven trusts from a
# proxy on a private address such as this machine.
source "$(dirname "$0")/common.sh"
require_jar
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
machine
data="$OUT/help-data"
rm -rf "$data" $(key_files "$data")
port=18091
start_haven "$port" "$data" --haven.database.embedded-port=18439
trap 'stop_haven; rm -rf "$data" $(key_files "$data")' EXIT
wait_healthy "$port" >/dev/null
base="http://localhost:$port"

echo "page: $(curl -s "$base/help/ar/rights" | wc -c) bytes, headers: $(curl -sI "$base/help/ar/rights" | grep -iE 'etag|cache-control' | tr -d '\r' | tr '\n' ' ')"
wrk -t2 -c64 -d10s "$base/help/ar/rights" >/dev/null
for page in /help/ar/rights /help/en; do
  echo "== GET $page (64 connections, paced to about 2,000 requests a second)"
  wrk -t2 -c64 -d30s --latency -s "$HERE/help-paced.lua" "$base$page"
  echo "== GET $page (64 connections, as fast as it goes)"
  wrk -t2 -c64 -d20s --latency "$base$page"
done
echo "== the contact form"
python3 "$HERE/help-contact.py" "$base"
