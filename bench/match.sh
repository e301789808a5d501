#!/usr/bin/env bash
# "Is this person already known?" (POST /api/v1/persons/match) over 1,000,000 persons from the seeded generator
# (multicultural: names in Latin, Cyrillic, Arabic, Thai and Chinese script, with corrupted duplicates), 4
# connections, queries taken from the same generated population. Target: p99 <= 50 ms on the project's 2-core machine.
# Measured after 120 s of questions (the JIT compiler still takes a third of the CPU a minute after start), in three
# windows of 30 s; then each question is asked once more and the true records among the candidates shown are counted
# against the generator's truth (the recall of "is this person already known?").
source "$(dirname "$0")/common.sh"
require_jar
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is needed to seed the database" >&2; exit 1; }
COUNT="${COUNT:-1000000}"
machine
data="$OUT/match-data"
port=18088
dbport=18436
admin="bench-bootstrap-token-0123456789abcdefghij"
# KEEP=1 keeps the seeded database for another run (and reuses one left by an earlier KEEP=1 run)
if [ "${KEEP:-0}" = 1 ]; then
  trap 'stop_haven' EXIT
else
  trap 'stop_haven; rm -rf "$data" $(key_files "$data") "$OUT"/match-*.csv "$OUT"/match-queries.txt "$OUT"/match-query-ids.txt' EXIT
fi
if [ ! -d "$data" ] || [ ! -f "$OUT/match-queries.txt" ] || [ ! -f "$OUT/match-query-ids.txt" ] || [ ! -f "$OUT/match-truth.csv" ]; then
rm -rf "$data" $(key_files "$data")
java -jar "$JAR" generate-persons --count "$COUNT" --seed 7 --mode multicultural --output "$OUT/match-persons.csv" \
  --truth "$OUT/match-truth.csv" 2>/dev/null
python3 - "$OUT" <<'PY'
import csv, sys, uuid, json, random
out = sys.argv[1]
random.seed(7)
alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
def ref(n):
    s = ""
    for _ in range(8):
        s = alphabet[n % 30] + s
        n //= 30
    return "P-" + s[:4] + "-" + s[4:]
genders = {"F": "Feminine", "M": "Masculine", "X": "NonConforming", "": "NonSpecifiedUnknown"}
queries = []
with open(f"{out}/match-persons.csv", encoding="utf-8") as f, \
     open(f"{out}/match-person.csv", "w", encoding="utf-8", newline="") as p, \
     open(f"{out}/match-citizenship.csv", "w", encoding="utf-8", newline="") as c:
    pw, cw = csv.writer(p), csv.writer(c)
    for n, r in enumerate(csv.DictReader(f)):
        pid = str(uuid.uuid5(uuid.NAMESPACE_OID, r["id"]))
        date, year = r["birth_date"], r["birth_year"]
        precision = "EXACT" if date else ("YEAR" if year else "UNKNOWN")
        if date:
            year = date[:4]
        pw.writerow([pid, ref(n * 7919 + 1), r["given_name"] or None, r["family_name"] or None, genders.get(r["sex"], "NonSpecifiedUnknown"),
                     precision, date or None, year or None, "f", "00000000-0000-0000-0000-000000000000", "2026-01-01T00:00:00Z", 0])
        for i, cc in enumerate(x for x in r["citizenship"].split(";") if x):
            cw.writerow([pid, i, cc])
        if random.random() < 0.002:
            body = {"givenNames": r["given_name"], "familyName": r["family_name"], "gender": genders.get(r["sex"]),
                    "citizenships": [x for x in r["citizenship"].split(";") if x]}
            if date:
                body["birth"] = {"precision": "EXACT", "date": date}
            elif year:
                body["birth"] = {"precision": "YEAR", "year": int(year)}
            queries.append((r["id"], json.dumps(body, ensure_ascii=False)))
with open(f"{out}/match-queries.txt", "w", encoding="utf-8") as q:
    q.write("\n".join(body for _, body in queries[:1000]) + "\n")
with open(f"{out}/match-query-ids.txt", "w", encoding="utf-8") as q:
    q.write("\n".join(rid for rid, _ in queries[:1000]) + "\n")
PY
echo "persons: $COUNT, queries: $(wc -l < "$OUT/match-queries.txt")"

HAVEN_BOOTSTRAP_TOKEN="$admin" start_haven "$port" "$data" --haven.database.embedded-port=$dbport --haven.matching.review-scan=false
wait_healthy "$port" >/dev/null
psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p $dbport -U postgres -d haven <<SQL
\copy people.person (id, reference, given_names, family_name, gender, birth_precision, birth_date, birth_year, interpreter_needed, registered_by, registered_at, version) FROM '$OUT/match-person.csv' WITH (FORMAT csv)
\copy people.person_citizenship (person_id, position, country) FROM '$OUT/match-citizenship.csv' WITH (FORMAT csv)
ANALYZE people.person;
SQL
stop_haven
fi
start=$(date +%s)
HAVEN_BOOTSTRAP_TOKEN="$admin" start_haven "$port" "$data" --haven.database.embedded-port=$dbport --haven.matching.review-scan=false
wait_healthy "$port" >/dev/null
until grep -q "Matching keys written\|Started HavenApplication" "$OUT/haven-$port.log" &&
  [ "$(psql -tA -h 127.0.0.1 -p $dbport -U postgres -d haven -c "SELECT count(*) FROM people.person p WHERE NOT EXISTS (SELECT 1 FROM people.match_key k WHERE k.person_id = p.id)")" = 0 ]; do
  sleep 5; kill -0 "$HAVEN_PID" || exit 1
done
echo "matching keys for $COUNT persons written in $(( $(date +%s) - start )) s: $(psql -tA -h 127.0.0.1 -p $dbport -U postgres -d haven -c 'SELECT count(*) FROM people.match_key') keys"
psql -q -h 127.0.0.1 -p $dbport -U postgres -d haven -c "ANALYZE people.match_key"
base="http://localhost:$port"
centre=$(curl -s -H "Authorization: Bearer $admin" "$base/api/v1/organisations" |
  python3 -c "import json,sys; print([o['id'] for o in json.load(sys.stdin)['items'] if o['type']=='NATIONAL_CENTRE'][0])")
user=$(curl -s -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' -X POST "$base/api/v1/users" \
  -d "{\"email\":\"matcher-$(date +%s)@bench.test\",\"displayName\":\"Matcher\",\"organisationId\":\"$centre\",\"roles\":[\"CENTRE_CASEWORKER\"],\"serviceAccount\":true}" |
  python3 -c "import json,sys; print(json.load(sys.stdin)['id'])")
token=$(curl -s -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' -X POST "$base/api/v1/users/$user/tokens" \
  -d '{"name":"bench","expiresInDays":1}' | python3 -c "import json,sys; print(json.load(sys.stdin)['token'])")
first=$(head -1 "$OUT/match-queries.txt")
curl -s -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$first" "$base/api/v1/persons/match" |
  python3 -c "import json,sys; c=json.load(sys.stdin)['candidates']; print('first query:', len(c), 'candidates, best', c[0]['score'] if c else None)"
cat > "$OUT/match.lua" <<LUA
local bodies = {}
for line in io.lines("$OUT/match-queries.txt") do bodies[#bodies + 1] = line end
local i = 0
request = function()
  i = i % #bodies + 1
  return wrk.format("POST", "/api/v1/persons/match", {["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer $token"}, bodies[i])
end
LUA
# 120 s of warm-up (JIT, caches) first, not counted
wrk -t2 -c4 -d120s -s "$OUT/match.lua" "$base" >/dev/null
for window in 1 2 3; do
  echo "== POST /api/v1/persons/match, $COUNT persons, 4 connections, window $window of 30 s"
  wrk -t2 -c4 -d30s --latency -s "$OUT/match.lua" "$base"
done
echo "== true records among the candidates shown (10 per question), against the generator's truth"
python3 - "$OUT" "$base" "$token" <<'PY'
import csv, json, sys, urllib.request
out, base, token = sys.argv[1:4]
cluster, members, record = {}, {}, {}
with open(f"{out}/match-truth.csv", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        cluster[r["id"]] = r["cluster_id"]
        members.setdefault(r["cluster_id"], set()).add(r["id"])
# the references the seeding gave, row by row: the second column of the rows copied into the database
with open(f"{out}/match-persons.csv", encoding="utf-8") as f, open(f"{out}/match-person.csv", encoding="utf-8") as p:
    for r, seeded in zip(csv.DictReader(f), csv.reader(p)):
        record[seeded[1]] = r["id"]
ids = open(f"{out}/match-query-ids.txt", encoding="utf-8").read().split()
bodies = open(f"{out}/match-queries.txt", encoding="utf-8").read().splitlines()
wanted = shown = 0
for rid, body in zip(ids, bodies):
    ask = urllib.request.Request(f"{base}/api/v1/persons/match", data=body.encode(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    got = {record[c["reference"]] for c in json.load(urllib.request.urlopen(ask))["candidates"]}
    truth = members[cluster[rid]]
    wanted += len(truth)
    shown += len(truth & got)
print(f"questions {len(ids)}: {shown} of {wanted} true records shown (the record asked about included), "
      f"recall {shown / wanted:.4f}")
PY
