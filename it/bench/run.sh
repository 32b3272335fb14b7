#!/usr/bin/env bash
# Runs the benchmark: the example server against the floor, both in the same run. Builds nothing; build first:
#   mvn -B -ntp -pl it/example-server,it/bench -am package -DskipTests
# and, to measure the launcher with its start-up cache too (the server as mcp:package ships it):
#   mvn -B -ntp -pl it/example-server dev.mcpkit:mcp-maven-plugin:<version>:package -Dmcp.mainClass=dev.mcpkit.example.EverythingServer
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

# The launcher of mcp:package's distribution, unpacked as a user would; its first run creates the start-up
# cache (in XDG_CACHE_HOME, kept under target/), so it is primed with one session before measuring.
dist=$(ls it/example-server/target/mcp/*.tar.gz 2> /dev/null | head -n 1 || true)
if [ -n "$dist" ]; then
  unpacked=$PWD/it/bench/target/launcher
  rm -rf "$unpacked" && mkdir -p "$unpacked/cache"
  tar -xzf "$dist" -C "$unpacked"
  launcher=$(ls "$unpacked"/*/bin/* | grep -v '\.cmd$' | head -n 1)
  export XDG_CACHE_HOME=$unpacked/cache
  printf '%s\n' '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"bench","version":"1"}}}' \
    '{"jsonrpc":"2.0","method":"notifications/initialized"}' '{"jsonrpc":"2.0","id":2,"method":"tools/list"}' \
    '{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"echo","arguments":{"message":"prime"}}}' \
    | "$launcher" > /dev/null 2> "$unpacked/priming.log" || { echo "run.sh: priming $launcher failed, see $unpacked/priming.log" >&2; exit 1; }
  servers+=(--server "launcher='$launcher'" --jar "launcher=$(ls "$unpacked"/*/lib/*.jar | head -n 1)" --cached launcher)
fi

# the driver runs with default JVM flags; servers run exactly as their commands say
exec "$JAVA" -jar "$BENCH_JAR" "${servers[@]}" --json it/bench/target/bench-results.json "$@"
