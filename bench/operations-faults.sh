#!/usr/bin/env bash
# The operations scenarios of issue #17 at full size, against PostgreSQL on 127.0.0.1:5432 (the
# outage uses a cluster of its own; run as root or postgres):
#   bench/operations-faults.sh [OUTAGE_SECONDS]     (default 120; CI runs them with 30)
# Prints each scenario's counts (steps succeeded and refused, mails lost and doubled, mails repeated
# after a restore) and fails on any loss.
set -euo pipefail
cd "$(dirname "$0")/.."
outage="${1:-120}"
mvn -B -ntp -q test-compile
mvn -B -ntp surefire:test -Dtest='DatabaseOutageTest,BackupRestoreTest,UpgradeTest' \
  -Dakn.fault.outage-seconds="$outage" -Dakn.test.db=postgres | grep -E "AKN |Tests run:|FAIL" 
