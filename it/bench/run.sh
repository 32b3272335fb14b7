#!/usr/bin/env bash
# Runs the benchmark: the example server against the floor, both in the same run. Builds nothing; build first:
#   mvn -B -ntp -pl it/example-server,it/bench -am package -DskipTests
# Extra arguments go to the driver, e.g. --quick, --spawns 50, or another --server NAME=COMMAND.
# EXAMPLE_CMD overrides how the example server is started (e.g. with JVM flags or a startup cache).
set -euo pipefail
cd "$(dirname "$0")/../.."

JAVA=${JAVA:-java}
BENCH_JAR=it/bench/target/bench.jar
EXAMPLE_JAR=${EXAMPLE_JAR:-it/example-server/target/example-server.jar}
EXAMPLE_CMD=${EXAMPLE_CMD:-"$JAVA -jar '$EXAMPLE_JAR'"}

if [ ! -f "$BENCH_JAR" ]; then
  echo "run.sh: $BENCH_JAR is missing; build it with: mvn -B -ntp -pl it/bench -am package -DskipTests" >&2
  exit 2
fi

servers=(--server "floor=$JAVA -cp '$BENCH_JAR' dev.mcpkit.bench.FloorEchoServer")
if [ -f "$EXAMPLE_JAR" ]; then
  servers+=(--server "example=$EXAMPLE_CMD" --jar "example=$EXAMPLE_JAR")
else
  echo "run.sh: $EXAMPLE_JAR not found; measuring the floor alone" >&2
fi

# the driver runs with default JVM flags; servers run exactly as their commands say
exec "$JAVA" -jar "$BENCH_JAR" "${servers[@]}" --json it/bench/target/bench-results.json "$@"
