#!/usr/bin/env bash
# Benchmark: the annual report (PDF with charts + CSV) over N measures (default 10,000) with
# three participations each (30,000) and two progress reports per adopted or completed measure,
# in a JVM limited to -Xmx512m (the application, its engine and — on H2 — the database share it).
# Target (issue #6, raised by #16): under 5 s and no out-of-memory. Prints each run and the median; nothing is
# asserted about time.
#   bench/annual-report.sh [MEASURES] [RUNS] [h2|postgres]
set -euo pipefail
cd "$(dirname "$0")/.."
MEASURES="${1:-10000}"
RUNS="${2:-3}"
DB="${3:-h2}"
db_flag=""
[ "$DB" = "postgres" ] && db_flag="-Dakn.test.db=postgres"
mvn -q -B -ntp test-compile >/dev/null
printf '%-5s %-9s %-15s %-8s %-13s %-8s %-8s\n' run measures participations ms peak_heap_mb pdf_kb csv_kb
times=()
for run in $(seq 1 "$RUNS"); do
  out=$(mvn -B -ntp surefire:test@isolated-tests -Dtest=AnnualReportBenchmark -Dakn.report.measures="$MEASURES" \
          "-DargLine=-Xmx512m -XX:+ExitOnOutOfMemoryError" $db_flag -Dsurefire.failIfNoSpecifiedTests=false 2>&1 || true)
  if grep -q 'OutOfMemoryError' <<<"$out"; then
    echo "run $run: OutOfMemoryError (target MISSED)"; exit 1
  fi
  line=$(grep 'AKN-BENCH annual-report' <<<"$out" | tail -1)
  if [ -z "$line" ]; then
    echo "run $run: no result"; grep -E 'ERROR|FAIL' <<<"$out" | head -20; exit 1
  fi
  field() { sed -E "s/.* $1=([0-9]+).*/\1/" <<<"$line"; }
  printf '%-5s %-9s %-15s %-8s %-13s %-8s %-8s\n' "$run" "$(field measures)" "$(field participations)" \
    "$(field ms)" "$(field peak_heap_mb)" "$(field pdf_kb)" "$(field csv_kb)"
  times+=("$(field ms)")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
verdict=$([ "$median" -lt 5000 ] && echo "met" || echo "MISSED")
echo "measures=$MEASURES db=$DB heap=-Xmx512m median: ${median} ms (target < 5000 ms since issue #16, no out-of-memory: $verdict)"
