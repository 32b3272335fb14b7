#!/usr/bin/env bash
# The one-command quick start: builds and installs mcpkit into your local Maven repository, generates a
# server from the archetype into target/quickstart/, builds, tests and packages it (mvn verify, mvn mcp:package),
# proves it answers MCP over stdio exactly as Claude Desktop would start it, and prints the Claude Desktop
# configuration and where the .mcpb bundle is.
# Needs: JDK 17+, Maven 3.8.7+, access to Maven Central. Usage: ./quickstart.sh [artifactId]
set -euo pipefail

root="$(cd "$(dirname "$0")" && pwd)"
artifact="${1:-hello-mcp}"
work="$root/target/quickstart"
mvn=(mvn -B -ntp -Dstyle.color=never)
archetype_plugin="org.apache.maven.plugins:maven-archetype-plugin:3.4.1"
started=$SECONDS

step() { printf '\n==> [%3ss] %s\n' "$((SECONDS - started))" "$*"; }
# Maven 3.8.7 as packaged by Debian writes colour resets even in batch mode; keep output clean
plain() { sed 's/\x1b\[[0-9;]*m//g'; }

cd "$root"
# the toolkit's version: the first <version> of the root pom (it has no parent)
version="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)"

step "1/5 Build and install mcpkit $version (mvn install -DskipTests)"
# the invoker ITs and the npm installs that serve tests are skipped too (-DskipTests alone does not stop them)
"${mvn[@]}" -q install -DskipTests -Dinvoker.skip=true -Dexec.skip=true 2>&1 | plain

step "2/5 Generate $artifact from dev.mcpkit:mcp-archetype:$version into $work"
rm -rf "$work"
mkdir -p "$work"
(cd "$work" && "${mvn[@]}" -q "$archetype_plugin:generate" \
    -DarchetypeGroupId=dev.mcpkit -DarchetypeArtifactId=mcp-archetype -DarchetypeVersion="$version" \
    -DgroupId=com.example -DartifactId="$artifact" -Dversion=1.0.0-SNAPSHOT -Dpackage=com.example.mcp \
    -Ddescription="My first MCP server" 2>&1 | plain)
project="$work/$artifact"
ls -A "$project"

step "3/5 Build, test, package and validate it (mvn verify)"
if ! (cd "$project" && "${mvn[@]}" verify > "$work/verify.log" 2>&1); then
    plain < "$work/verify.log" | tail -60
    echo "mvn verify of the generated project failed (log: $work/verify.log)" >&2
    exit 1
fi
plain < "$work/verify.log" | grep -E 'Tests run:|BUILD|Packaged |mcp:validate (passed|FAILED)'
rm "$work/verify.log"

step "4/5 Package it on its own (mvn mcp:package): launcher, jar, archives, client entries, .mcpb, server.json"
(cd "$project" && "${mvn[@]}" mcp:package 2>&1 | plain | sed -n '/Packaged /,/jbang-catalog/p')
config="$project/target/mcp/clients/claude-desktop.json"
test -f "$config"

step "5/5 Start it as Claude Desktop would and call a tool over stdio"
java "$root/it/e2e/src/main/java/dev/mcpkit/e2e/StdioCheck.java" "$config" "$artifact" \
    word_count '{"text":"Hello from the mcpkit quick start"}'

step "Done in $((SECONDS - started)) s. Your server: $project"
echo
echo "Claude Desktop: add this to claude_desktop_config.json, or let mcpkit merge it:"
echo "  cd $project && mvn mcp:install -Dmcp.client=claude-desktop"
echo
cat "$config"
echo
mcpb="$(ls "$project"/target/mcp/*.mcpb | head -1)"
echo "MCP Bundle (double-click it, or Claude Desktop: Settings > Extensions > Install Extension): $mcpb"
echo "Every client's entry: $project/target/mcp/clients/"
echo
echo "Start a server of your own (interactive: coordinates, server name, license MIT or Apache-2.0, Java version, GitHub owner):"
echo "  mvn $archetype_plugin:generate -DarchetypeGroupId=dev.mcpkit -DarchetypeArtifactId=mcp-archetype -DarchetypeVersion=$version"
echo "Set SIGNING_KEY in the entry's env (or run: $project/target/mcp/bin/$artifact --setup) to use the sign tool."
