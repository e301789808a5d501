#!/usr/bin/env bash
# HTCDS import of ROWS rows (default 100,000: persons, referrals, decisions, some returns) through the modules'
# front doors, as a centre caseworker. Reports the time from upload to "completed", and how long the projections
# took to catch up. Target: <= 60 s for 100,000 rows on the project's 2-core machine.
source "$(dirname "$0")/common.sh"
require_jar
ROWS="${ROWS:-100000}"
machine
data="$OUT/import-data"
rm -rf "$data" $(key_files "$data")
port=18087
dbport=18435
admin="bench-bootstrap-token-0123456789abcdefghij"
HAVEN_BOOTSTRAP_TOKEN="$admin" start_haven "$port" "$data" --haven.database.embedded-port=$dbport
trap 'stop_haven; rm -rf "$data" $(key_files "$data") "$OUT/import.csv"' EXIT
wait_healthy "$port" >/dev/null
base="http://localhost:$port"
centre=$(curl -s -H "Authorization: Bearer $admin" "$base/api/v1/organisations" |
  python3 -c "import json,sys; print([o['id'] for o in json.load(sys.stdin)['items'] if o['type']=='NATIONAL_CENTRE'][0])")
user=$(curl -s -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' -X POST "$base/api/v1/users" \
  -d "{\"email\":\"importer@bench.test\",\"displayName\":\"Importer\",\"organisationId\":\"$centre\",\"roles\":[\"CENTRE_CASEWORKER\"],\"serviceAccount\":true}" |
  python3 -c "import json,sys; print(json.load(sys.stdin)['id'])")
token=$(curl -s -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' -X POST "$base/api/v1/users/$user/tokens" \
  -d '{"name":"bench","expiresInDays":1}' | python3 -c "import json,sys; print(json.load(sys.stdin)['token'])")

python3 - "$ROWS" "$OUT/import.csv" <<'PY'
import random, sys
rows, path = int(sys.argv[1]), sys.argv[2]
random.seed(42)
given = ["Ana", "Maria", "Blessing", "Joy", "Nok", "Lan", "Olena", "Ioana", "Ion", "Andrii", "Minh", "Chidi"]
family = ["Popescu", "Okafor", "Nguyen", "Shevchenko", "Santos", "Ionescu", "Eze", "Tran", "Rusu", "Hoxha"]
countries = ["RO", "NG", "TH", "VN", "UA", "PH", "AL", "BG", "CN", "MA"]
forms = ["SexualExploitation", "ForcedLabour", "ForcedCriminality", "ForcedBegging", "Servitude"]
with open(path, "w", encoding="utf-8") as f:
    f.write("cas_ExternalId,prs_FirstName,prs_SecondName,prs_Birthdate,prs_Gender,prs_Citizenship,vic_TraffickingStatus,"
            "vic_TypeOfExploitation,vic_ForcedLabourIndustry,cas_ReferringOrganisation,cas_IncomingReferralDate,hte_Country,"
            "ext_DecisionDate,ext_DecidingAuthority,ext_MainExploitation,ext_RepatriationDate,ext_RepatriationCountry\n")
    for i in range(rows):
        year = 2011 + i % 14
        form = random.choice(forms)
        country = random.choice(countries)
        ret = f"{year}-10-{1 + i % 28:02d},{country}" if i % 10 == 0 else ","
        f.write(f"X{i},{random.choice(given)},{random.choice(family)},{1970 + i % 35}-0{1 + i % 9}-1{i % 9},"
                f"{'Feminine' if i % 4 else 'Masculine'},{country},ActualVictimOfTrafficking,{form},"
                f"{'F_Construction' if form == 'ForcedLabour' else ''},,{year}-02-0{1 + i % 9},DK,{year}-05-1{i % 9},"
                f"{'ImmigrationService' if i % 3 else 'NationalCentre'},,{ret}\n")
PY
echo "file: $(du -h "$OUT/import.csv" | cut -f1), $ROWS rows"
cpu() { # CPU seconds used so far by Haven's JVM and by the database's processes
  local hz; hz=$(getconf CLK_TCK)
  local j; j=$(awk -v hz="$hz" '{print ($14 + $15) / hz}' /proc/$HAVEN_PID/stat)
  local p; p=$(for pid in $(pgrep -f "postgres"); do awk '{print $14 + $15}' /proc/$pid/stat 2>/dev/null; done | awk -v hz="$hz" '{s += $1} END {print s / hz}')
  echo "$j $p"
}
cpu_before=$(cpu)
start=$(date +%s.%N)
id=$(curl -s -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' --data-binary @"$OUT/import.csv" \
  "$base/api/v1/imports/htcds" | python3 -c "import json,sys; print(json.load(sys.stdin)['id'])")
accepted=$(date +%s.%N)
echo "upload answered 202 after $(echo "$accepted - $start" | bc) s"
while true; do
  status=$(curl -s -H "Authorization: Bearer $token" "$base/api/v1/imports/$id")
  state=$(echo "$status" | python3 -c "import json,sys; s=json.load(sys.stdin); print(s['status'], s['rowsImported'], s['rowsRejected'])")
  case "$state" in completed*|failed*) break ;; esac
  sleep 2
done
done_at=$(date +%s.%N)
cpu_after=$(cpu)
echo "CPU seconds during the import: Haven $(echo "$cpu_before $cpu_after" | awk '{print $3 - $1}'), PostgreSQL $(echo "$cpu_before $cpu_after" | awk '{print $4 - $2}')"
echo "import $state after $(echo "$done_at - $start" | bc) s ($(echo "$ROWS / ($done_at - $start)" | bc) rows/s)"
until [ "$(curl -s -H "Authorization: Bearer $admin" "$base/api/v1/statistics/annual/2011?disclosure=exact" |
  python3 -c "import json,sys; print(json.load(sys.stdin)['victims']['total'])")" -ge $(( ROWS / 14 )) ]; do sleep 2; done
echo "projections caught up after $(echo "$(date +%s.%N) - $start" | bc) s"
if [ -n "${STATS:-}" ]; then
  psql -h 127.0.0.1 -p $dbport -U postgres -d haven -c "SELECT schemaname || '.' || relname AS rel, n_tup_ins, n_tup_upd, n_tup_del FROM pg_stat_user_tables WHERE n_tup_ins + n_tup_upd + n_tup_del > 0 ORDER BY n_tup_ins + n_tup_upd DESC LIMIT 25" \
    -c "SELECT xact_commit, xact_rollback, tup_inserted, tup_updated, tup_deleted, tup_fetched FROM pg_stat_database WHERE datname = 'haven'"
fi
