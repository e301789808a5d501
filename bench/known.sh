#!/usr/bin/env bash
# "Is this person already known?" asked by an NGO with an encoding only (POST /api/v1/persons/known), over the
# 1,000,000 persons that bench/match.sh seeds (run `KEEP=1 bench/match.sh` first; this script reuses its database).
# 1,000 questions about persons of the same population and 1,000 about persons generated with another seed (mostly
# not in it), encoded on the "NGO side" with encode-persons and the installation's key file. The answers to both sets
# are counted; then the mixed questions run for 30 s at 1 and at 4 connections. Target: p99 <= 20 ms.
source "$(dirname "$0")/common.sh"
require_jar
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
machine
data="$OUT/match-data"
[ -d "$data" ] && [ -f "$OUT/match-persons.csv" ] || { echo "run KEEP=1 bench/match.sh first" >&2; exit 1; }
port=18088
dbport=18436
admin="bench-bootstrap-token-0123456789abcdefghij"
trap 'stop_haven' EXIT
start=$(date +%s)
HAVEN_BOOTSTRAP_TOKEN="$admin" start_haven "$port" "$data" --haven.database.embedded-port=$dbport --haven.matching.review-scan=false --haven.matching.known-per-hour=10000000
wait_healthy "$port" >/dev/null
until [ "$(psql -tA -h 127.0.0.1 -p $dbport -U postgres -d haven -c "SELECT count(*) FROM people.person p WHERE NOT EXISTS (SELECT 1 FROM people.person_encoding e WHERE e.person_id = p.id)")" = 0 ]; do
  sleep 5; kill -0 "$HAVEN_PID" || exit 1
done
echo "encodings of $(psql -tA -h 127.0.0.1 -p $dbport -U postgres -d haven -c 'SELECT count(*) FROM people.person_encoding') persons ready after $(( $(date +%s) - start )) s"
base="http://localhost:$port"
org=$(curl -s -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' -X POST "$base/api/v1/organisations" \
  -d "{\"name\":\"Outreach NGO $(date +%s)\",\"type\":\"NGO\",\"country\":\"DK\"}" | python3 -c "import json,sys; print(json.load(sys.stdin)['id'])")
user=$(curl -s -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' -X POST "$base/api/v1/users" \
  -d "{\"email\":\"ngo-$(date +%s)@bench.test\",\"displayName\":\"Outreach\",\"organisationId\":\"$org\",\"roles\":[\"NGO_WORKER\"],\"serviceAccount\":true}" |
  python3 -c "import json,sys; print(json.load(sys.stdin)['id'])")
token=$(curl -s -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' -X POST "$base/api/v1/users/$user/tokens" \
  -d '{"name":"bench","expiresInDays":1}' | python3 -c "import json,sys; print(json.load(sys.stdin)['token'])")
python3 - "$OUT" <<'PY'
import random, sys
out = sys.argv[1]
random.seed(3)
with open(f"{out}/match-persons.csv", encoding="utf-8") as f:
    header, rows = f.readline(), f.readlines()
with open(f"{out}/known-sample.csv", "w", encoding="utf-8") as s:
    s.write(header)
    s.writelines(random.sample(rows, 1000))
PY
java -jar "$JAR" encode-persons --key-file "$data-encoding.key" --input "$OUT/known-sample.csv" --output "$OUT/known-in.csv"
java -jar "$JAR" generate-persons --count 1000 --seed 99 --mode multicultural --output "$OUT/known-others.csv" 2>/dev/null
java -jar "$JAR" encode-persons --key-file "$data-encoding.key" --input "$OUT/known-others.csv" --output "$OUT/known-out.csv"
python3 - "$OUT" "$base" "$token" <<'PY'
import collections, json, sys, urllib.request
out, base, token = sys.argv[1:4]
def ask(encoding):
    req = urllib.request.Request(base + "/api/v1/persons/known", data=json.dumps({"encoding": encoding}).encode(),
                                 headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        return json.load(r)["answer"]
for name, label in (("known-in.csv", "1,000 persons of the population"), ("known-out.csv", "1,000 persons generated with another seed")):
    with open(f"{out}/{name}", encoding="utf-8") as f:
        encodings = [line.rstrip("\n").split(",", 1)[1] for line in f.readlines()[1:]]
    answers = collections.Counter(ask(e) for e in encodings if e)
    print(f"answers for {label}: " + ", ".join(f"{k} {answers[k]}" for k in ("known", "possiblyKnown", "notKnown")))
PY
cat "$OUT/known-in.csv" <(tail -n +2 "$OUT/known-out.csv") >"$OUT/known-encodings.csv"
cat > "$OUT/known.lua" <<LUA
local bodies = {}
local first = true
for line in io.lines("$OUT/known-encodings.csv") do
  if first then first = false else
    local enc = string.match(line, ",(.*)")
    bodies[#bodies + 1] = '{"encoding":"' .. enc .. '"}'
  end
end
local i = 0
request = function()
  i = i % #bodies + 1
  return wrk.format("POST", "/api/v1/persons/known", {["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer $token"}, bodies[i])
end
LUA
echo "== POST /api/v1/persons/known, 1,000,000 encodings, 1 connection"
wrk -t1 -c1 -d30s --latency -s "$OUT/known.lua" "$base"
echo "== POST /api/v1/persons/known, 1,000,000 encodings, 4 connections"
wrk -t2 -c4 -d30s --latency -s "$OUT/known.lua" "$base"
psql -tA -h 127.0.0.1 -p $dbport -U postgres -d haven -c "SELECT purpose, count(*) FROM audit.audit_event WHERE resource_type = 'KnownCheck' GROUP BY 1"
rm -f "$OUT"/known-sample.csv "$OUT"/known-in.csv "$OUT"/known-others.csv "$OUT"/known-out.csv "$OUT"/known-encodings.csv "$OUT"/known.lua
