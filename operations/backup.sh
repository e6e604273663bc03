#!/usr/bin/env bash
# Backs up the AKN database (measures, outbox, Camunda's runtime and history, annual reports):
#   operations/backup.sh [DIRECTORY [DATABASE]]  -> DIRECTORY/akn-YYYY-MM-DD-HHMMSS.dump (custom format)
# Connection as for psql: PGHOST, PGPORT, PGUSER, PGPASSWORD (or ~/.pgpass), PGDATABASE (default akn).
# Safe while the nodes run: pg_dump reads one consistent snapshot. Prints the dump's path.
set -euo pipefail

dir="${1:-.}"
database="${2:-${PGDATABASE:-akn}}"
mkdir -p "$dir"
file="$dir/akn-$(date +%F-%H%M%S).dump"

pg_dump --format=custom --no-owner --file="$file.partial" "$database"
# a dump that pg_restore cannot read is no backup
pg_restore --list "$file.partial" > /dev/null
mv "$file.partial" "$file"
echo "$file"
