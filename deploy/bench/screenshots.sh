#!/bin/sh
# Regenerates docs/screenshots/ from a SIMULATED fleet, as an operator's browser shows it.
#
#   deploy/bench/screenshots.sh [small|fleet|10x] [--reuse]
#
# Fills target/simulated-fleet/ with deploy/bench/simulated-fleet.sh (which also builds the
# application; --reuse keeps a log filled less than 12 h ago), serves a copy of it with views only
# on loopback port 7073, and takes each picture with Debian's headless Chromium:
#   - brief, agents, reviews, cron, tasks, sources: 1920×1080, the system's light scheme;
#   - brief-dark: the brief under a dark system scheme (prefers-color-scheme: dark);
#   - replay: the brief as the log stood six hours ago;
#   - phone, phone-agents: the brief and the agents page 390 px wide, dark, as on a phone on the
#     tailnet (each table row a labelled card).
# Stops the application it started and removes its copy of the data directory.
set -eu
cd "$(dirname "$0")/../.."
SCALE=${1:-fleet}
DIR=${SIMULATED_FLEET_DIR:-target/simulated-fleet}
OUT=docs/screenshots
PORT=${SCREENSHOTS_PORT:-7073}
BASE="http://127.0.0.1:$PORT"
CHROMIUM=${CHROMIUM:-chromium}

if [ "${2:-}" != "--reuse" ] || [ ! -f "$DIR/log.mv.db" ]; then
    SIMULATED_FLEET_DIR="$DIR" deploy/bench/simulated-fleet.sh "$SCALE" --fill-only
fi

RUN=$(mktemp -d)
mkdir "$RUN/data"
cp -r "$DIR"/. "$RUN/data"/
COMMAND_CENTER_DATA_DIR="$RUN/data" COMMAND_CENTER_ROLE=query COMMAND_CENTER_HOST_ID=simulated-fleet \
    QUARKUS_HTTP_PORT=$PORT deploy/run.sh >"$RUN/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$RUN"' EXIT
until curl -fsS -o /dev/null "$BASE/api/views/brief" 2>/dev/null; do
    kill -0 $APP 2>/dev/null || { cat "$RUN/app.log"; exit 1; }
    sleep 0.2
done
# History (an agent's "state since", the flapping marks) comes from the state ledger, which records the
# log in the background: wait until it has (at most 10 min), then give the views at now time to follow.
i=0
until curl -fsS "$BASE/q/metrics" 2>/dev/null | awk '/^command_center_history_recorded_percent/ { n++; if ($2 == "100.0") done++ }
        END { exit !(n == 3 && done == 3) }'; do
    i=$((i + 1)); [ $i -lt 3000 ] || break
    sleep 0.2
done
sleep 2

# shot <file> <width> <height> <path> [chromium flags...]
# The picture is taken 4 s after the page was asked for (--timeout: the page is stopped, its live stream
# closed, then shot). A virtual-time budget never runs out on a live page: its open event stream is a
# request that never ends, and each shot waited minutes for the browser to give up.
# A picture the browser did not write stops the script: an old one left in place would pass for new.
# SCREENSHOTS_WAIT_MS (default 4000) gives a busy machine longer.
shot() {
    name=$1 width=$2 height=$3 path=$4
    shift 4
    "$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$RUN/browser" --window-size="$width,$height" --timeout="${SCREENSHOTS_WAIT_MS:-4000}" \
        "$@" --screenshot="$RUN/$name.png" "$BASE$path" >"$RUN/browser.log" 2>&1 || true
    if [ ! -s "$RUN/$name.png" ]; then
        echo "no picture of $path: the browser said" >&2
        tail -5 "$RUN/browser.log" >&2
        exit 1
    fi
    mv "$RUN/$name.png" "$OUT/$name.png"
    echo "$OUT/$name.png  $path"
}
mkdir -p "$OUT"
shot brief 1920 1080 /
shot agents 1920 1080 /agents
shot reviews 1920 1080 /reviews
shot cron 1920 1080 /cron
shot tasks 1920 1080 /tasks
shot sources 1920 1080 /sources
shot brief-dark 1920 1080 / --force-dark-mode --blink-settings=preferredColorScheme=0
shot replay 1920 1080 "/?at=$(date -u -d '6 hours ago' +%Y-%m-%dT%H:%M:%SZ)"
shot phone 390 844 / --force-dark-mode --blink-settings=preferredColorScheme=0
shot phone-agents 390 844 /agents --force-dark-mode --blink-settings=preferredColorScheme=0
