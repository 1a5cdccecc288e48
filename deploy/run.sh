#!/bin/sh
# Runs the packaged command center (ui/target/quarkus-app, built by ./mvnw -B -q package -DskipTests)
# from the working directory, with the JVM settings its memory figures are measured with
# (docs/benchmarks.md): the serial collector and few malloc arenas, so a small box keeps its memory, and a
# heap sized by what is live. It starts at 128 MB; after a full collection it grows when less than a fifth
# is free, and gives memory back when more than two fifths are (the serial collector otherwise keeps a
# peak's heap for good), up to a quarter of the machine's memory: a large fleet is served more slowly
# and with more memory instead of failing for heap space. The first run after a build records the
# classes it loaded in a class-data archive beside
# the jar (app-cds.jsa, written when the process ends); later runs map it instead of loading those
# classes from the jars, which saves a good part of the start-up.
# JAVA_OPTS replaces the JVM settings; arguments are passed on to the application.
set -eu
JAR=${COMMAND_CENTER_JAR:-$(dirname "$0")/../ui/target/quarkus-app/quarkus-run.jar}
# An absolute path: the archive names the jars it was made from, and is used only with the same ones.
JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")
ARCHIVE=$(dirname "$JAR")/app-cds.jsa
if [ -f "$ARCHIVE" ] && [ -z "$(find "$(dirname "$JAR")" -name '*.jar' -newer "$ARCHIVE" | head -1)" ]; then
    CLASSES="-XX:SharedArchiveFile=$ARCHIVE"
else
    CLASSES="-XX:ArchiveClassesAtExit=$ARCHIVE"
fi
# glibc keeps a malloc arena per busy thread; two are enough for this process.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
# glibc also keeps what it freed: the JIT compiler's scratch memory (tens of MB while it compiles) stayed
# in the process for good. The JVM hands it back every few seconds (TrimNativeHeapInterval, JDK 17.0.9
# and later; an older JVM ignores the setting rather than refusing to start).
TRIM="-XX:+IgnoreUnrecognizedVMOptions -XX:TrimNativeHeapInterval=5000"
# An archive the JVM cannot use (another JDK build, jars changed) is ignored, and start-up goes on without it.
exec java ${JAVA_OPTS:--Xms128m -XX:MaxRAMPercentage=25 -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -XX:+UseSerialGC $TRIM $CLASSES -Xlog:cds=off -Xlog:cds+dynamic=off} -jar "$JAR" "$@"
