#!/usr/bin/env bash
# Benchmark: the daily reminder sweep over N overdue tasks (default 10,000) on H2.
# Creates the tasks in a fresh in-memory database, then times two sweeps in the running
# application: the first queues one reminder per task, the second (same day) none.
# Target (issue #5, raised by #16): first sweep under 2 s on H2. Prints the measured times; nothing is asserted
# about time.
#   bench/reminder-sweep.sh [TASKS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
TASKS="${1:-10000}"
RUNS="${2:-3}"
mvn -q -B -ntp test-compile >/dev/null
printf '%-8s %-12s %-12s %-10s\n' run first_ms second_ms reminders
for run in $(seq 1 "$RUNS"); do
  line=$(mvn -B -ntp surefire:test@isolated-tests -Dtest=ReminderSweepTest -Dakn.sweep.tasks="$TASKS" \
           -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | grep 'AKN-BENCH reminder-sweep' | tail -1)
  first=$(sed -E 's/.*first_ms=([0-9]+).*/\1/' <<<"$line")
  second=$(sed -E 's/.*second_ms=([0-9]+).*/\1/' <<<"$line")
  reminders=$(sed -E 's/.*reminders=([0-9]+).*/\1/' <<<"$line")
  printf '%-8s %-12s %-12s %-10s\n' "$run" "$first" "$second" "$reminders"
  echo "$first" >> /tmp/akn-sweep-first.$$
done
median=$(sort -n /tmp/akn-sweep-first.$$ | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
rm -f /tmp/akn-sweep-first.$$
verdict=$([ "$median" -lt 2000 ] && echo "met" || echo "MISSED")
echo "tasks=$TASKS median first sweep: ${median} ms (target < 2000 ms on H2, issue #16: $verdict)"
