#!/usr/bin/env bash
# Runs the HTTP benchmark: the mcpkit example server (JDK 17, JDK 25, and on Jetty through jetty-http-spi), the
# official Java SDK's server (servlet transport on Jetty, JDK 17) and the official TypeScript SDK's server, in the
# same run with the same load generator. Builds nothing; build first:
#   mvn -B -ntp -pl it/example-server,it/bench-http -am package -DskipTests
# Installs the TypeScript SDK server's node_modules (npm ci) when they are missing.
# Extra arguments go to the driver, e.g. --quick, --duration 20, --clients 1,64.
# With --http-servers first, it compares HTTP servers instead: the example server on the JDK's com.sun.net.httpserver
# and on Jetty, each on JDK 17 and JDK 25.
# JAVA17 and JAVA25 choose the JDKs (default: java on PATH, and Temurin 25 where Debian/Ubuntu put it); a server
# whose JDK or node is missing is left out with a message.
set -euo pipefail
cd "$(dirname "$0")/../.."

JAVA17=${JAVA17:-java}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
NODE=${NODE:-node}
EXAMPLE_JAR=${EXAMPLE_JAR:-it/example-server/target/example-server.jar}
BENCH_JAR=it/bench-http/target/bench-http.jar
LIB=it/bench-http/target/lib

for f in "$BENCH_JAR" "$EXAMPLE_JAR"; do
  if [ ! -f "$f" ]; then
    echo "run.sh: $f is missing; build with: mvn -B -ntp -pl it/example-server,it/bench-http -am package -DskipTests" >&2
    exit 2
  fi
done

# the port goes where {port} is; every server serves http://127.0.0.1:{port}/mcp
mcpkit_args="--transport http --host 127.0.0.1 --port {port}"
# the same example server and transport on Jetty 12 instead of the JDK's com.sun.net.httpserver (see README)
jetty_cp=$EXAMPLE_JAR:$BENCH_JAR
for jar in jetty-http-spi jetty-server jetty-http jetty-io jetty-util slf4j-api; do
  jetty_cp=$jetty_cp:$(ls "$LIB"/$jar-[0-9]*.jar)
done
jetty="-Dcom.sun.net.httpserver.HttpServerProvider=org.eclipse.jetty.http.spi.JettyHttpServerProvider -cp $jetty_cp dev.mcpkit.bench.http.jetty.JettySpiLauncher dev.mcpkit.example.EverythingServer"
have25=false
if [ -x "$JAVA25" ]; then
  have25=true
else
  echo "run.sh: $JAVA25 not found; leaving out the JDK 25 servers (set JAVA25)" >&2
fi

servers=()
if [ "${1:-}" = "--http-servers" ]; then
  shift
  servers+=(--server "mcpkit-17=$JAVA17 -jar $EXAMPLE_JAR $mcpkit_args")
  servers+=(--server "mcpkit-jetty-17=$JAVA17 $jetty $mcpkit_args")
  if $have25; then
    servers+=(--server "mcpkit-25=$JAVA25 -jar $EXAMPLE_JAR $mcpkit_args")
    servers+=(--server "mcpkit-jetty-25=$JAVA25 $jetty $mcpkit_args")
  fi
  json=it/bench-http/target/bench-http-servers.json
else
  servers+=(--server "mcpkit-17=$JAVA17 -jar $EXAMPLE_JAR $mcpkit_args")
  if $have25; then
    servers+=(--server "mcpkit-25=$JAVA25 -jar $EXAMPLE_JAR $mcpkit_args")
  fi
  servers+=(--server "mcpkit-jetty=$JAVA17 $jetty $mcpkit_args")
  servers+=(--server "java-sdk=$JAVA17 -cp $BENCH_JAR dev.mcpkit.bench.http.sdk.JavaSdkServer --host 127.0.0.1 --port {port}")
  if command -v "$NODE" > /dev/null; then
    if [ ! -d it/bench-http/node/node_modules ]; then
      (cd it/bench-http/node && npm ci --no-audit --no-fund) >&2
    fi
    servers+=(--server "ts-sdk=$NODE it/bench-http/node/server.mjs --host 127.0.0.1 --port {port}")
  else
    echo "run.sh: $NODE not found; leaving out ts-sdk" >&2
  fi
  json=it/bench-http/target/bench-http-results.json
fi

# the driver runs on the JDK on PATH with default flags; servers run exactly as their commands say
exec "$JAVA17" -jar "$BENCH_JAR" "${servers[@]}" --json "$json" "$@"
