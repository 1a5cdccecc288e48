#!/bin/sh
# Startup time, memory and HTTP throughput of the packaged application on a simulated fleet's log.
#
#   deploy/bench/http.sh [data-dir] [seconds-per-run]
#
# Expects ui/target/quarkus-app/quarkus-run.jar and a data directory filled by
# deploy/bench/simulated-fleet.sh (default target/simulated-fleet). Starts the application on a
# copy of it (views only, loopback, port 7071), measures the time from launch to the first served
# /api/views/brief, then loads /api/views/brief and / with wrk (2 threads, 32 connections, loopback,
# bounded duration), and reports RSS and heap. Stops the application it started.
set -eu
cd "$(dirname "$0")/../.."
SRC=${1:-target/simulated-fleet}
SECONDS_PER_RUN=${2:-20}
PORT=7071
RUN=$(mktemp -d)
cp -r "$SRC"/. "$RUN"/
JAR=ui/target/quarkus-app/quarkus-run.jar
ms() { date +%s%3N; }

start=$(ms)
COMMAND_CENTER_DATA_DIR="$RUN" COMMAND_CENTER_ROLE=query COMMAND_CENTER_HOST_ID=simulated-fleet \
    QUARKUS_HTTP_PORT=$PORT java ${JAVA_OPTS:-} -jar "$JAR" >"$RUN/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$RUN"' EXIT
until curl -fsS -o /dev/null "http://127.0.0.1:$PORT/api/views/brief"; do
    kill -0 $APP 2>/dev/null || { cat "$RUN/app.log"; exit 1; }
    sleep 0.02
done
ready=$(ms)
rss() { awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' /proc/$APP/status; }
heap() { jcmd $APP GC.heap_info 2>/dev/null | awk '/garbage-first heap|def new generation|PSYoungGen|heap/ && /used/ {print; exit}' | sed 's/^ *//'; }
echo "| startup to first served /api/views/brief | $((ready - start)) ms |"
echo "| RSS after startup | $(rss) |"
for path in /api/views/brief /; do
    wrk -t2 -c32 -d5s "http://127.0.0.1:$PORT$path" >/dev/null
    out=$(wrk -t2 -c32 -d"${SECONDS_PER_RUN}s" --latency "http://127.0.0.1:$PORT$path")
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
    p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
    errors=$(echo "$out" | awk '/Non-2xx|Socket errors/ {printf "%s ", $0}')
    echo "| HTTP $path, 32 connections, ${SECONDS_PER_RUN} s | $rps requests/s, p50 $p50, p99 $p99 ${errors}|"
done
echo "| RSS after the load | $(rss) |"
echo "| heap after the load | $(heap) |"
