#!/bin/sh
# Latency of every view on a simulated fleet's log, as one operator's browser would meet it.
#
#   deploy/bench/views.sh [data-dir] [requests-per-figure] [wrk-seconds] [replays-per-figure]
#
# Expects ui/target/quarkus-app/quarkus-run.jar (or $JAR) and a data directory filled by
# deploy/bench/simulated-fleet.sh (default target/simulated-fleet). Starts the application on a
# copy of it (views only, loopback, port 7072) and prints one table:
#   - startup: from launch to the first served /api/views/brief, then to a state ledger complete;
#   - every view and page at now: sequential requests, one client (curl), p50/p99/max;
#   - replay of every view at random instants of the last 24 h: p50/p99/max;
#   - history of one agent over 24 h: p50/p99/max;
#   - /api/views/brief and /q/health/live under wrk (2 threads, 32 connections, loopback, bounded);
#   - RSS after the load, and the machine's load average at the start and at the end.
# Stops the application it started and removes its copy of the data directory.
set -eu
cd "$(dirname "$0")/../.."
SRC=${1:-target/simulated-fleet}
N=${2:-100}
WRK_SECONDS=${3:-15}
REPLAYS=${4:-$N}
PORT=7072
BASE="http://127.0.0.1:$PORT"
RUN=$(mktemp -d)
cp -r "$SRC"/. "$RUN"/
JAR=${JAR:-ui/target/quarkus-app/quarkus-run.jar}
ms() { date +%s%3N; }
echo "| machine load average at start | $(cut -d' ' -f1-3 /proc/loadavg) |"

# The first start after a build records the class-data archive that later starts use (deploy/run.sh):
# make it on an empty data directory first, so the start measured below is an ordinary one.
if [ ! -f "$(dirname "$JAR")/app-cds.jsa" ] && [ -z "${JAVA_OPTS:-}" ]; then
    WARM=$(mktemp -d)
    COMMAND_CENTER_DATA_DIR="$WARM" COMMAND_CENTER_ROLE=query QUARKUS_HTTP_PORT=$PORT \
        COMMAND_CENTER_JAR="$JAR" deploy/run.sh >"$WARM/app.log" 2>&1 &
    WARM_APP=$!
    until curl -fsS -o /dev/null "$BASE/api/views/brief" 2>/dev/null; do
        kill -0 $WARM_APP 2>/dev/null || { cat "$WARM/app.log"; exit 1; }
        sleep 0.1
    done
    kill $WARM_APP; wait $WARM_APP 2>/dev/null || true; rm -rf "$WARM"
    echo "| class-data archive | made by a first start on an empty data directory |"
fi

start=$(ms)
# Launched as the README launches it (deploy/run.sh: its JVM settings unless JAVA_OPTS is set).
COMMAND_CENTER_DATA_DIR="$RUN" COMMAND_CENTER_ROLE=query COMMAND_CENTER_HOST_ID=simulated-fleet \
    QUARKUS_HTTP_PORT=$PORT COMMAND_CENTER_JAR="$JAR" deploy/run.sh >"$RUN/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$RUN"' EXIT
until curl -fsS -o /dev/null "$BASE/api/views/brief" 2>/dev/null; do
    kill -0 $APP 2>/dev/null || { cat "$RUN/app.log"; exit 1; }
    sleep 0.02
done
echo "| startup to first served /api/views/brief | $(($(ms) - start)) ms |"
echo "| recent log | $(sed -n 's/.*recent log loaded: //p' "$RUN/app.log" | head -1) |"
# The state ledger records history in the background; until it has recorded the whole log, history
# and flapping are projected from the log at each request. Everything below is measured after it.
ledger_done() {
    curl -fsS "$BASE/q/metrics" 2>/dev/null | awk '/^command_center_history_recorded_percent/ { n++; if ($2 == "100.0") done++ }
        END { exit !(n == 3 && done == 3) }'
}
# LEDGER_WAIT_SECONDS (default 600) bounds the wait: a log of millions of observations takes longer.
LEDGER_WAIT=${LEDGER_WAIT_SECONDS:-600}
i=0
until ledger_done; do
    i=$((i + 1)); [ $i -lt $((LEDGER_WAIT * 10)) ] || { echo "| state ledger | not complete after $LEDGER_WAIT s |"; break; }
    sleep 0.1
done
echo "| state ledger complete (history recorded from the whole log) | $(($(ms) - start)) ms after launch |"

# p50, p99 and max in ms of the times (seconds, one a line) on standard input.
percentiles() {
    sort -n | awk '{ t[NR] = $1 * 1000 } END {
        if (NR == 0) { print "no answer"; exit }
        i50 = int(NR * 0.50); if (i50 < 1) i50 = 1
        i99 = int(NR * 0.99 + 0.999); if (i99 > NR) i99 = NR
        printf "p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d requests)", t[i50], t[i99], t[NR], NR }'
}
# Times N sequential GETs of the URLs that the command on standard input prints, one a line.
timed() {
    while read -r url; do
        curl -fsS -o /dev/null -w '%{time_total}\n' "$url" || echo "failed $url" >&2
    done | percentiles
}
repeat() { i=0; while [ $i -lt "$N" ]; do echo "$1"; i=$((i + 1)); done; }
now=$(date -u +%s)
# A random instant of the last 24 h (awk's rand, seeded per call).
past() { awk -v now="$now" -v seed="$1" 'BEGIN { srand(seed); t = now - int(rand() * 86400);
    print strftime("%Y-%m-%dT%H:%M:%SZ", t, 1) }'; }

for path in /api/views/brief /api/views/agent-health /api/views/review-queue /api/views/cron-state \
    /api/views/task-board /api/sources / /agents /reviews /cron /tasks /sources; do
    repeat "$BASE$path" | head -3 | timed >/dev/null
    echo "| $path at now | $(repeat "$BASE$path" | timed) |"
done
for path in /api/views/brief /api/views/agent-health /api/views/review-queue /api/views/cron-state \
    /api/views/task-board; do
    echo "| $path replayed at a random instant of the last 24 h | $(i=0; while [ $i -lt "$REPLAYS" ]; do
        echo "$BASE$path?at=$(past $i)"; i=$((i + 1)); done | timed) |"
done
agent=$(curl -fsS "$BASE/api/views/agent-health" | sed -n 's/.*"agents":\[{"name":"\([^"]*\)".*/\1/p')
from=$(awk -v now="$now" 'BEGIN { print strftime("%Y-%m-%dT%H:%M:%SZ", now - 86400, 1) }')
echo "| history of agent $agent over 24 h | $(N=$REPLAYS repeat "$BASE/api/history/transitions?kind=agent&subject=$agent&from=$from" \
    | timed) |"

for path in /q/health/live /api/views/brief; do
    wrk -t2 -c32 -d3s "$BASE$path" >/dev/null
    out=$(wrk -t2 -c32 -d"${WRK_SECONDS}s" --latency "$BASE$path")
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
    p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
    errors=$(echo "$out" | awk '/Non-2xx|Socket errors|timeout/ {printf "%s ", $0}')
    echo "| $path under wrk, 2 threads, 32 connections, ${WRK_SECONDS} s | $rps requests/s, p50 $p50, p99 $p99 ${errors}|"
done
echo "| RSS after the load | $(awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' /proc/$APP/status) |"
# The collector's work over the whole run (jstat ships with the JDK): young and full collections, and the heap now.
if command -v jstat >/dev/null 2>&1; then
    echo "| collections since launch | $(jstat -gc $APP 2>/dev/null | awk 'NR == 2 {
        printf "%d young (%.1f s), %d full (%.1f s); heap committed %.0f MB", $13, $14, $15, $16, ($1 + $2 + $5 + $7) / 1024 }') |"
fi
echo "| JVM | ${JAVA_OPTS:-deploy/run.sh defaults} |"

# A restart on the same log, as after an upgrade: the state ledger recorded above is taken up, not rebuilt.
kill $APP; wait $APP 2>/dev/null || true
start=$(ms)
COMMAND_CENTER_DATA_DIR="$RUN" COMMAND_CENTER_ROLE=query COMMAND_CENTER_HOST_ID=simulated-fleet \
    QUARKUS_HTTP_PORT=$PORT COMMAND_CENTER_JAR="$JAR" deploy/run.sh >"$RUN/app.log" 2>&1 &
APP=$!
until curl -fsS -o /dev/null "$BASE/q/health/live" 2>/dev/null; do
    kill -0 $APP 2>/dev/null || { cat "$RUN/app.log"; exit 1; }
    sleep 0.02
done
live=$(($(ms) - start))
until curl -fsS -o /dev/null "$BASE/api/views/brief" 2>/dev/null; do sleep 0.02; done
echo "| restart: launch to /q/health/live answered, to first served /api/views/brief | $live ms, $(($(ms) - start)) ms |"
echo "| machine load average at the end | $(cut -d' ' -f1-3 /proc/loadavg) |"
