#!/usr/bin/env bash
# Restores a dump of operations/backup.sh into a database:
#   operations/restore.sh DUMP [DATABASE]        (DATABASE default: PGDATABASE or akn)
# Connection as for psql: PGHOST, PGPORT, PGUSER, PGPASSWORD. Stop every node first: the script
# refuses while other sessions use the database. An existing database is dropped and created anew,
# so nothing of the state after the dump remains. Afterwards start the nodes: timers, open tasks and
# the outbox carry on from the moment of the dump (see README, "Backup and restore").
set -euo pipefail

dump="${1:?usage: operations/restore.sh DUMP [DATABASE]}"
database="${2:-${PGDATABASE:-akn}}"
[ -r "$dump" ] || { echo "restore.sh: cannot read $dump" >&2; exit 2; }
pg_restore --list "$dump" > /dev/null

sessions=$(psql -d postgres -Atc "select count(*) from pg_stat_activity where datname = '$database' and pid <> pg_backend_pid()")
if [ "$sessions" != "0" ]; then
  echo "restore.sh: $sessions session(s) still use database $database - stop every node first" >&2
  exit 3
fi

dropdb --if-exists "$database"
createdb "$database"
pg_restore --no-owner --exit-on-error --single-transaction --dbname="$database" "$dump"
echo "restored $dump into $database"
