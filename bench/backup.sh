#!/usr/bin/env bash
# Backup and restore of a database with 1,000,000 persons and 10,000,000 timeline entries (issue 21): the time of
# `backup` while Haven runs, and of `restore` into an empty data directory (files decrypted, WAL replayed, server
# stopped). Targets on the project's 2-core machine: backup <= 5 min, restore <= 10 min.
source "$(dirname "$0")/common.sh"
require_jar
command -v psql >/dev/null || { echo "psql is needed to seed the database" >&2; exit 1; }
machine
data="$OUT/backup-data"
restored="$OUT/backup-restored"
backup="$OUT/backup-set"
key="$OUT/backup.key"
cleanup() {
  [ -n "${HAVEN_PID:-}" ] && stop_haven
  rm -rf "$data" "$restored" "$backup" "$key" "$data.lock" "$restored.lock" $(key_files "$data") $(key_files "$restored")
}
cleanup
port=18086
dbport=18434
start_haven "$port" "$data" --haven.demo=true --haven.database.embedded-port=$dbport --haven.matching.review-scan=false
trap cleanup EXIT
wait_healthy "$port" >/dev/null
q() { psql -tA -h 127.0.0.1 -p $dbport -U postgres -d haven -c "$1"; }
# the demo's case files are written in the background: wait for them
until [ "$(q 'SELECT count(*) FROM casework.case_file')" -gt 100 ]; do sleep 2; done
q() { psql -tA -h 127.0.0.1 -p $dbport -U postgres -d haven -c "$1"; }
start=$(date +%s)
psql -q -h 127.0.0.1 -p $dbport -U postgres -d haven -f "$HERE/seed-backup.sql"
q "CHECKPOINT" >/dev/null
echo "seeded in $(( $(date +%s) - start )) s: persons $(q 'SELECT count(*) FROM people.person'),"\
  "timeline entries $(q 'SELECT count(*) FROM casework.timeline_entry'),"\
  "database $(q "SELECT pg_size_pretty(sum(pg_database_size(datname))) FROM pg_database")"
head -c 32 /dev/urandom | base64 > "$key"

echo "== backup (Haven running)"
start=$(date +%s.%N)
java -jar "$JAR" backup --to "$backup" --key-file "$key" --data-dir "$data"
echo "backup: $(echo "$(date +%s.%N) - $start" | bc) s, $(du -sh "$backup" | cut -f1)"
stop_haven

echo "== restore (Haven stopped, into an empty data directory)"
start=$(date +%s.%N)
java -jar "$JAR" restore --from "$backup" --key-file "$key" --data-dir "$restored"
echo "restore: $(echo "$(date +%s.%N) - $start" | bc) s"
