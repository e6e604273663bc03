#!/usr/bin/env bash
# Benchmark harness (issue #7): our application against a bare Camunda baseline measured in the
# same run (bench/baseline: the plain Camunda 7.24 starter with webapps, REST, JPA, H2 and a
# process with the eleven user tasks of one measure lifecycle). Prints one table, each figure as a
# ratio against the baseline, with the targets marked met or MISSED.
#   bench/run.sh [LIFECYCLES=200] [CONCURRENCY=4] [RSS_LIFECYCLES=1000]
# Needs: Java 17, Maven, python3, PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth).
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-200}"; C="${2:-4}"; RSS_N="${3:-1000}"
PG_ADMIN="${AKN_BENCH_PG:-postgresql://postgres@127.0.0.1:5432}"
OUT="target/bench"; mkdir -p "$OUT"; PIDS=()  # application logs stay here
trap 'for p in "${PIDS[@]:-}"; do kill -9 "$p" 2>/dev/null || true; done' EXIT

echo "building both jars …" >&2
mvn -q -B -ntp package -DskipTests >/dev/null
(cd bench/baseline && mvn -q -B -ntp package -DskipTests >/dev/null)
AKN_JAR=$(ls target/akn-workflow-*.jar | grep -v original | head -1)
BASE_JAR=bench/baseline/target/camunda-baseline-1.0.jar

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }
rss_mb() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$1/status"; }
new_db() { local db="akn_bench_$RANDOM$RANDOM"; psql "$PG_ADMIN/postgres" -qc "create database $db" >/dev/null; echo "$db"; }

# start JAR PORT ARGS… → sets APP_PID, APP_MS (ms to a healthy /actuator/health)
start() {
  local jar="$1" port="$2"; shift 2
  local t0; t0=$(now_ms)
  java -Xmx1g -jar "$jar" --server.port="$port" "$@" >"$OUT/app-$port.log" 2>&1 &
  APP_PID=$!; PIDS+=("$APP_PID")
  until curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "app on $port died, see log:" >&2; tail -20 "$OUT/app-$port.log" >&2; exit 1; }
    sleep 0.1
  done
  APP_MS=$(( $(now_ms) - t0 ))
}
stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
drive() { python3 bench/lifecycles.py "$@" | sed -E 's/.*per_second=([0-9.]+) errors=([0-9]+).*/\1 \2/'; }
# latency KIND URL → "complete_p95 propose_p95 errors": 40 lifecycles one after another (no load), warm JVM
latency() { python3 bench/lifecycles.py "$1" 40 1 "$2" | sed -E 's/.*errors=([0-9]+) complete_p95_ms=([0-9.]+) propose_p95_ms=([0-9.]+).*/\2 \3 \1/'; }

# H2 as a file database in a fresh directory for both (as `mvn spring-boot:run` keeps ours): the heap then
# holds the application and not the data (ours writes about 1 MB per lifecycle, mostly mail bodies, and an
# in-memory database of 1,000 lifecycles no longer fits -Xmx1g)
h2() { local dir="$OUT/h2-$RANDOM$RANDOM"; mkdir -p "$dir"; echo "--spring.datasource.url=jdbc:h2:file:$PWD/$dir/db"; }
AKN_ARGS=(--spring.mail.port=1 --alliance.mail.poll-interval=PT10S)

echo "start-up (3 runs each) …" >&2
a_start=(); b_start=()
for i in 1 2 3; do
  p=$(free_port); start "$AKN_JAR" "$p" "$(h2)" "${AKN_ARGS[@]}"; a_start+=("$APP_MS"); stop "$APP_PID"
  p=$(free_port); start "$BASE_JAR" "$p" "$(h2)"; b_start+=("$APP_MS"); stop "$APP_PID"
done
A_START=$(printf '%s\n' "${a_start[@]}" | median); B_START=$(printf '%s\n' "${b_start[@]}" | median)

echo "lifecycles on H2 ($N, $C at a time), RSS after $RSS_N …" >&2
p=$(free_port); start "$AKN_JAR" "$p" "$(h2)" "${AKN_ARGS[@]}"; A_RSS0=$(rss_mb "$APP_PID")
read -r A_H2 A_H2_ERR < <(drive akn "$N" "$C" "http://127.0.0.1:$p")
read -r A_LAT A_PROP A_LAT_ERR < <(latency akn "http://127.0.0.1:$p")
drive akn $(( RSS_N - N - 40 )) "$C" "http://127.0.0.1:$p" >/dev/null; A_RSS1=$(rss_mb "$APP_PID"); stop "$APP_PID"
p=$(free_port); start "$BASE_JAR" "$p" "$(h2)"; B_RSS0=$(rss_mb "$APP_PID")
read -r B_H2 B_H2_ERR < <(drive baseline "$N" "$C" "http://127.0.0.1:$p")
read -r B_LAT B_PROP B_LAT_ERR < <(latency baseline "http://127.0.0.1:$p")
drive baseline $(( RSS_N - N - 40 )) "$C" "http://127.0.0.1:$p" >/dev/null; B_RSS1=$(rss_mb "$APP_PID"); stop "$APP_PID"

echo "lifecycles on PostgreSQL, one node each …" >&2
db=$(new_db); p=$(free_port)
start "$AKN_JAR" "$p" --spring.profiles.active=postgres,demo --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$db" \
  --spring.datasource.username=postgres --spring.mail.port=1 --alliance.mail.poll-interval=PT10S
BASE_BYTES=$(psql "$PG_ADMIN/$db" -tAc "select pg_database_size(current_database())")  # schema and seed data
read -r A_PG A_PG_ERR < <(drive akn "$N" "$C" "http://127.0.0.1:$p"); stop "$APP_PID"
# growth: the database after N lifecycles, and the part the mail retention removes (bodies of sent mails)
read -r DB_BYTES BODY_BYTES MAILS < <(psql "$PG_ADMIN/$db" -tA -F ' ' -c "select pg_database_size(current_database()),
  coalesce(sum(coalesce(pg_column_size(body_text), 0) + coalesce(pg_column_size(body_html), 0)
  + coalesce(pg_column_size(ics), 0)), 0), count(*) from akn_notification")
db=$(new_db); p=$(free_port)
start "$BASE_JAR" "$p" --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$db" --spring.datasource.username=postgres
read -r B_PG B_PG_ERR < <(drive baseline "$N" "$C" "http://127.0.0.1:$p"); stop "$APP_PID"

echo "lifecycles on PostgreSQL, two nodes of ours ($((C * 2)) at a time) …" >&2
db=$(new_db); PG_ARGS=(--spring.profiles.active=postgres,demo --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$db"
  --spring.datasource.username=postgres --spring.mail.port=1 --alliance.mail.poll-interval=PT10S)
p1=$(free_port); start "$AKN_JAR" "$p1" "${PG_ARGS[@]}"; pid1=$APP_PID
p2=$(free_port); start "$AKN_JAR" "$p2" "${PG_ARGS[@]}"; pid2=$APP_PID
read -r A_PG2 A_PG2_ERR < <(drive akn "$N" "$(( C * 2 ))" "http://127.0.0.1:$p1" "http://127.0.0.1:$p2")
stop "$pid1"; stop "$pid2"

verdict() { python3 -c "import sys; v=float(sys.argv[1]); t=float(sys.argv[3]); print('met' if (v<=t if sys.argv[2]=='<=' else v>=t) else 'MISSED')" "$@"; }
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1])/float(sys.argv[2]):.2f}')" "$1" "$2"; }
row() { printf '| %-44s | %10s | %10s | %6s | %-14s | %-11s |\n' "$@"; }
echo
echo "Benchmark $(date -u +%F), $(nproc) cores, $N lifecycles, $C concurrent (two nodes: $((C * 2)))"
row "figure" "AKN" "baseline" "ratio" "target" "result"
row "--------------------------------------------" "----------" "----------" "------" "--------------" "-----------"
r=$(ratio "$A_START" "$B_START"); row "start-up to healthy (ms, median of 3, H2)" "$A_START" "$B_START" "$r" "≤ 1.3×" "$(verdict "$r" '<=' 1.3)"
# issue #27: at least half the bare engine's lifecycles per second, two thirds as the stretch goal
stretch() { python3 -c "import sys; v=float(sys.argv[1]); print('stretch met' if v>=0.667 else 'met' if v>=0.5 else 'MISSED')" "$1"; }
r=$(ratio "$A_H2" "$B_H2"); row "lifecycles per second, H2" "$A_H2" "$B_H2" "$r" "≥ 0.5× (0.67×)" "$(stretch "$r")"
r=$(ratio "$A_PG" "$B_PG"); row "lifecycles per second, PostgreSQL" "$A_PG" "$B_PG" "$r" "≥ 0.5× (0.67×)" "$(stretch "$r")"
r=$(ratio "$A_PG2" "$A_PG"); row "two nodes vs. one node (AKN, PostgreSQL)" "$A_PG2" "$A_PG" "$r" "≥ 1.6×" "$(verdict "$r" '>=' 1.6)"
r=$(ratio "$A_LAT" "$B_LAT"); row "p95 task completion, no load (ms, H2)" "$A_LAT" "$B_LAT" "$r" "≤ 2×" "$(verdict "$r" '<=' 2)"
r=$(ratio "$A_PROP" "$B_LAT"); row "p95 POST /api/measures vs. completion (ms)" "$A_PROP" "$B_LAT" "$r" "≤ 2×" "$(verdict "$r" '<=' 2)"
r=$(ratio "$A_RSS0" "$B_RSS0"); row "RSS after start (MB)" "$A_RSS0" "$B_RSS0" "$r" "–" "–"
r=$(ratio "$A_RSS1" "$B_RSS1"); row "RSS after $RSS_N lifecycles (MB)" "$A_RSS1" "$B_RSS1" "$r" "≤ 1.5×" "$(verdict "$r" '<=' 1.5)"
mb() { python3 -c "import sys; print(f'{float(sys.argv[1]) / 1048576:.0f}')" "$1"; }
per10k() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]) * 10000 / 1048576:.0f}')" "$1" "$N"; }
echo "PostgreSQL after $N lifecycles: database $(mb "$DB_BYTES") MB (after start $(mb "$BASE_BYTES") MB), of which" \
  "mail bodies $(mb "$BODY_BYTES") MB; for 10,000 lifecycles about $(per10k $(( DB_BYTES - BASE_BYTES ))) MB without" \
  "and $(per10k $(( DB_BYTES - BASE_BYTES - BODY_BYTES ))) MB with the mail retention (once the mails are older than it)"
echo "mails queued per lifecycle (PostgreSQL): $(python3 -c "import sys; print(f'{int(sys.argv[1]) / int(sys.argv[2]):.1f}')" "$MAILS" "$N")"
echo "errors: AKN H2 $A_H2_ERR (latency $A_LAT_ERR), PG $A_PG_ERR, two nodes $A_PG2_ERR; baseline H2 $B_H2_ERR" \
  "(latency $B_LAT_ERR), PG $B_PG_ERR"
