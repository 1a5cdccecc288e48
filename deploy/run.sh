#!/bin/sh
# Runs the packaged command center (ui/target/quarkus-app, built by ./mvnw -B -q package -DskipTests)
# from the working directory, with the JVM settings its memory figures are measured with
# (docs/benchmarks.md): a bounded heap, the serial collector and few malloc arenas, so a small box keeps
# its memory; and the class-data archive the build leaves beside the jar (app-cds.jsa), which saves a
# good part of the start-up's class loading.
# JAVA_OPTS replaces the JVM settings; arguments are passed on to the application.
set -eu
JAR=${COMMAND_CENTER_JAR:-$(dirname "$0")/../ui/target/quarkus-app/quarkus-run.jar}
DEFAULTS="-Xmx256m -XX:+UseSerialGC"
ARCHIVE=$(dirname "$JAR")/app-cds.jsa
# An archive made by another JVM build is refused with a warning and start-up goes on without it.
[ -f "$ARCHIVE" ] && DEFAULTS="$DEFAULTS -XX:SharedArchiveFile=$ARCHIVE -Xlog:cds=off -Xlog:cds+dynamic=off"
# glibc keeps a malloc arena per busy thread; two are enough for this process.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
exec java ${JAVA_OPTS:-$DEFAULTS} -jar "$JAR" "$@"
