#!/bin/sh
# A SIMULATED fleet, for a look at a populated dashboard without any real source.
#
#   deploy/bench/simulated-fleet.sh [small|fleet|10x] [--fill-only]
#
# Builds the application, fills target/simulated-fleet/ with the log of a simulated fleet (from 24 h
# before now to 12 h after it, one poll of every source per minute; every read comes from the
# collector host "simulated-fleet", the forge is gitea.simulated.invalid), then serves it on
# http://127.0.0.1:7070/ with views only (role query: nothing is polled, nothing real is read).
# Never the default: a plain start of the application shows only what its own sources read.
# SIMULATED_FLEET_HOURS="<before> <after>" (default "24 12") and SIMULATED_FLEET_GITEA_ACTIVITY (default 1:
# a multiplier of the forge's churn only) grow a larger log, e.g. "112 6" and 400 for about 5M observations.
set -eu
cd "$(dirname "$0")/../.."
MVN=${MVN:-./mvnw}
SCALE=${1:-fleet}
DIR=${SIMULATED_FLEET_DIR:-target/simulated-fleet}
HOURS=${SIMULATED_FLEET_HOURS:-24 12}
ACTIVITY=${SIMULATED_FLEET_GITEA_ACTIVITY:-1}
rm -rf "$DIR"
mkdir -p "$(dirname "$DIR")"
$MVN -B -q -Pbenchmark -pl ui -am verify -DskipTests \
    -Dbench.main=dev.commandcenter.sim.SimulatedFleet "-Dbench.args=$DIR $SCALE $HOURS $ACTIVITY"
if [ "${2:-}" = "--fill-only" ]; then
    exit 0
fi
COMMAND_CENTER_DATA_DIR="$DIR" COMMAND_CENTER_ROLE=query COMMAND_CENTER_HOST_ID=simulated-fleet \
    exec java -jar ui/target/quarkus-app/quarkus-run.jar
