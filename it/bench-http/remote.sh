#!/usr/bin/env bash
# Remote-deployment figures, in one run of the HTTP benchmark's driver: the example server alone; the same server
# checking OAuth access tokens (MCP_OAUTH_ISSUER, mcp-oauth, keys from a real authorization server on loopback:
# mock-oauth2-server); and one, two and three instances behind nginx (nginx-cluster.sh: round robin over upstream
# keep-alive connections, a shared MCP_SESSION_KEY). Every request of every server carries the same bearer token, so
# the two single servers differ only in checking it. Builds nothing; build first:
#   mvn -B -ntp -pl it/example-server,it/bench-http -am package -DskipTests
# Needs nginx (Debian: apt-get install nginx-light) and curl. Extra arguments go to the driver (--quick, --clients ...).
set -euo pipefail
cd "$(dirname "$0")/../.."

JAVA=${JAVA17:-java}
EXAMPLE_JAR=${EXAMPLE_JAR:-it/example-server/target/example-server.jar}
BENCH_JAR=it/bench-http/target/bench-http.jar
CLASSPATH_FILE=it/bench-http/target/remote-classpath.txt
OAUTH_CLASSPATH_FILE=it/bench-http/target/oauth-classpath.txt
for f in "$BENCH_JAR" "$EXAMPLE_JAR" "$CLASSPATH_FILE" "$OAUTH_CLASSPATH_FILE"; do
  if [ ! -f "$f" ]; then
    echo "remote.sh: $f is missing; build with: mvn -B -ntp -pl it/example-server,it/bench-http -am package -DskipTests" >&2
    exit 2
  fi
done
for command in nginx curl; do
  command -v "$command" > /dev/null || { echo "remote.sh: $command is not installed" >&2; exit 2; }
done
cp=$(cat "$CLASSPATH_FILE")
oauth_cp=$(cat "$OAUTH_CLASSPATH_FILE")
work=$(mktemp -d)
auth_pid=
cleanup() {
  exec 3>&- 2>/dev/null || true   # the authorization server stops when its stdin closes
  [ -n "$auth_pid" ] && wait "$auth_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# the authorization server: client credentials give the bench client a token for the MCP server's audience
audience=https://mcp.bench.test/mcp
callbacks='{"tokenCallbacks":[{"issuerId":"bench","tokenExpiry":86400,"requestMappings":[{"requestParam":"grant_type","match":"client_credentials","claims":{"sub":"${client_id}","aud":["'$audience'"],"scope":"${scope}"}}]}]}'
mkfifo "$work/auth-in" "$work/auth-out"
"$JAVA" -cp "$cp" it/clients/support/MockAuthServer.java "$callbacks" < "$work/auth-in" > "$work/auth-out" 2> "$work/auth-err" &
auth_pid=$!
exec 3> "$work/auth-in"
read -r base < "$work/auth-out"
issuer=${base%/}/bench
curl -sf -d grant_type=client_credentials -d client_id=bench-client -d client_secret=bench -d scope=mcp:tools \
    "$issuer/token" | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p' > "$work/token"
[ -s "$work/token" ] || { echo "remote.sh: no token from $issuer: $(cat "$work/auth-err")" >&2; exit 1; }

mcpkit_args="--transport http --host 127.0.0.1 --port {port}"
servers=(
  --server "mcpkit=$JAVA -jar $EXAMPLE_JAR $mcpkit_args"
  --server "mcpkit-oauth=env MCP_OAUTH_ISSUER=$issuer MCP_OAUTH_AUDIENCE=$audience $JAVA -cp $EXAMPLE_JAR:$oauth_cp dev.mcpkit.example.EverythingServer $mcpkit_args"
  --server "nginx-1=it/bench-http/nginx-cluster.sh 1 {port} $JAVA"
  --server "nginx-2=it/bench-http/nginx-cluster.sh 2 {port} $JAVA"
  --server "nginx-3=it/bench-http/nginx-cluster.sh 3 {port} $JAVA"
)
"$JAVA" -jar "$BENCH_JAR" "${servers[@]}" --bearer-token-file "$work/token" \
    --json it/bench-http/target/bench-http-remote.json "$@"
