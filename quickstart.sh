#!/usr/bin/env bash
# The one-command quick start: builds and installs mcpkit into your local Maven repository, generates a
# server from the archetype into target/quickstart/, builds and tests it, proves it answers MCP over stdio
# exactly as Claude Desktop would start it, and prints the Claude Desktop configuration.
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
"${mvn[@]}" -q install -DskipTests 2>&1 | plain

step "2/5 Generate $artifact from dev.mcpkit:mcp-archetype:$version into $work"
rm -rf "$work"
mkdir -p "$work"
(cd "$work" && "${mvn[@]}" -q "$archetype_plugin:generate" \
    -DarchetypeGroupId=dev.mcpkit -DarchetypeArtifactId=mcp-archetype -DarchetypeVersion="$version" \
    -DgroupId=com.example -DartifactId="$artifact" -Dversion=1.0.0-SNAPSHOT -Dpackage=com.example.mcp \
    -Ddescription="My first MCP server" 2>&1 | plain)
project="$work/$artifact"
ls -A "$project"

step "3/5 Build and test it (mvn verify)"
(cd "$project" && "${mvn[@]}" verify 2>&1 | plain | grep -E 'Tests run:|BUILD|ERROR|Building jar|\.jar' | grep -v '^\[INFO\] *$' || true)
test -f "$project/target/$artifact.jar"

plugin_has_package=false
if unzip -p "$root/mcp-maven-plugin/target/mcp-maven-plugin-$version.jar" META-INF/maven/plugin.xml 2>/dev/null \
        | grep -q '<goal>package</goal>'; then
    plugin_has_package=true
fi
if $plugin_has_package; then
    step "4/5 Package it (mvn mcp:package) and write the Claude Desktop entry"
    (cd "$project" && "${mvn[@]}" -q mcp:package 2>&1 | plain)
    (cd "$project" && "${mvn[@]}" -q mcp:config -Dmcp.client=claude-desktop 2>/dev/null | plain > target/claude-desktop.json)
else
    step "4/5 Write the Claude Desktop entry (mvn mcp:config; mcp:package is not in this mcpkit yet)"
    (cd "$project" && "${mvn[@]}" -q mcp:config -Dmcp.client=claude-desktop -Dmcp.launch=java \
        -Dmcp.jar="$project/target/$artifact.jar" 2>/dev/null | plain > target/claude-desktop.json)
fi

step "5/5 Start it as Claude Desktop would and call a tool over stdio"
java "$root/it/e2e/src/main/java/dev/mcpkit/e2e/StdioCheck.java" "$project/target/claude-desktop.json" "$artifact" \
    word_count '{"text":"Hello from the mcpkit quick start"}'

step "Done in $((SECONDS - started)) s. Your server: $project"
echo
if $plugin_has_package; then
    install_cmd="mvn mcp:install -Dmcp.client=claude-desktop"
else
    install_cmd="mvn mcp:install -Dmcp.client=claude-desktop -Dmcp.launch=java -Dmcp.jar=$project/target/$artifact.jar"
fi
echo "Claude Desktop: add this to claude_desktop_config.json, or let mcpkit merge it: cd $project && $install_cmd"
echo
cat "$project/target/claude-desktop.json"
echo
mcpb="$(ls "$project"/target/mcp/*.mcpb 2>/dev/null | head -1 || true)"
if [ -n "$mcpb" ]; then
    echo "MCP Bundle (open it with Claude Desktop to install in one click): $mcpb"
else
    echo "MCP Bundle (.mcpb): not built — mcp:package has not landed in this mcpkit yet; the entry above runs the jar."
fi
echo
echo "Start a server of your own (interactive: coordinates, server name, license MIT or Apache-2.0, Java version, GitHub owner):"
echo "  mvn $archetype_plugin:generate -DarchetypeGroupId=dev.mcpkit -DarchetypeArtifactId=mcp-archetype -DarchetypeVersion=$version"
echo "Set SIGNING_KEY in the entry's env (or run: java -jar $project/target/$artifact.jar --setup) to use the sign tool."
