#!/bin/sh
# Runs the packaged command center (ui/target/quarkus-app, built by ./mvnw -B -q package -DskipTests)
# from the working directory, with the JVM settings its memory figures are measured with
# (docs/benchmarks.md): a bounded heap and the serial collector, so a small box keeps its memory.
# JAVA_OPTS replaces them; arguments are passed on to the application.
set -eu
JAR=${COMMAND_CENTER_JAR:-$(dirname "$0")/../ui/target/quarkus-app/quarkus-run.jar}
exec java ${JAVA_OPTS:--Xmx256m -XX:+UseSerialGC} -jar "$JAR" "$@"
