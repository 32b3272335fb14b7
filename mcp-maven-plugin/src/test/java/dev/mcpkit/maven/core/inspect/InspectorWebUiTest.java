package dev.mcpkit.maven.core.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.mcpkit.maven.core.launch.EnvVar;
import dev.mcpkit.maven.core.launch.LaunchMode;
import dev.mcpkit.maven.core.launch.LaunchSpec;
import dev.mcpkit.maven.core.process.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class InspectorWebUiTest {

    /** What Inspector 0.15.0 wrote when it started with CLIENT_PORT=16274 and SERVER_PORT=16277 (emoji included). */
    private static final List<String> STARTED_ON_16274 = List.of(
            "Starting MCP inspector...",
            "\u2699\ufe0f Proxy server listening on 127.0.0.1:16277",
            "\ud83d\udd11 Session token: 1c044ae2bf184bb0368bc4e2e70b2d0f7260cc567bf0169dc95a4766d3e536d8",
            "Use this token to authenticate requests or set DANGEROUSLY_OMIT_AUTH=true to disable auth",
            "",
            "\ud83d\udd17 Open inspector with token pre-filled:",
            "   http://localhost:16274/?MCP_PROXY_AUTH_TOKEN=1c044ae2bf184bb0368bc4e2e70b2d0f7260cc567bf0169dc95a4766d3e536d8",
            "",
            "\ud83d\udd0d MCP Inspector is up and running at http://127.0.0.1:16274 \ud83d\ude80");

    private static final InspectedServer SERVER = new InspectedServer(
            List.of("/opt/jdk/bin/java", "-cp", "/home/dev/my project/target/classes:/repo/a.jar", "com.example.Main", "it's"),
            Map.of("EXTRA", "value"), Path.of("/home/dev/my project"));

    @Test
    void commandRunsThePinnedInspectorThroughNpxWithTheServersCommandLine() {
        NodeRuntime node = new NodeRuntime(Path.of("/usr/bin/node"), Path.of("/usr/bin/npx"));
        assertThat(InspectorWebUi.command(node, Platform.LINUX, SERVER)).containsExactly("/usr/bin/npx", "--yes",
                "--package=@modelcontextprotocol/inspector@0.15.0", "--", "mcp-inspector", "--", "/opt/jdk/bin/java", "-cp",
                // the Inspector joins the arguments with spaces and splits them again as a shell does
                "'/home/dev/my project/target/classes:/repo/a.jar'", "com.example.Main", "'it'\"'\"'s'");
        assertThat(InspectorWebUi.command(node, Platform.WINDOWS, SERVER)).startsWith("cmd", "/c", "/usr/bin/npx", "--yes");
    }

    @Test
    void environmentHoldsTheServersAdditionsThePortsAndNoBrowserOfItsOwn() {
        assertThat(InspectorWebUi.environment(SERVER, 7000, 7003)).containsExactlyInAnyOrderEntriesOf(Map.of("EXTRA", "value",
                "CLIENT_PORT", "7000", "SERVER_PORT", "7003", "MCP_AUTO_OPEN_ENABLED", "false"));
    }

    @Test
    void pageUrlIsTheInspectorsTokenUrlWithStdioAndTheProxyAddressWhenItIsNotTheDefault() {
        InspectorOutput output = new InspectorOutput(16277);
        for (String line : STARTED_ON_16274.subList(0, 7)) {
            output.read(line);
            assertThat(output.ready()).as("not before the page is served: " + line).isFalse();
        }
        output.read(STARTED_ON_16274.get(8));
        assertThat(output.ready()).isTrue();
        assertThat(output.pageUrl()).isEqualTo("http://localhost:16274/?MCP_PROXY_AUTH_TOKEN="
                + "1c044ae2bf184bb0368bc4e2e70b2d0f7260cc567bf0169dc95a4766d3e536d8&transport=stdio"
                + "&MCP_PROXY_FULL_ADDRESS=http://localhost:16277");

        InspectorOutput defaults = new InspectorOutput(6277);
        defaults.read("   http://localhost:6274/?MCP_PROXY_AUTH_TOKEN=ab12");
        defaults.read("MCP Inspector is up and running at http://127.0.0.1:6274");
        assertThat(defaults.pageUrl()).isEqualTo("http://localhost:6274/?MCP_PROXY_AUTH_TOKEN=ab12&transport=stdio");
    }

    @Test
    void aTakenPortIsReportedAsTheInspectorSaidIt() {
        InspectorOutput output = new InspectorOutput(6277);
        output.read("Starting MCP inspector...");
        output.read("\u274c  Proxy Server PORT IS IN USE at port 6277 \u274c ");
        assertThat(output.ready()).isFalse();
        assertThat(output.failure()).isEqualTo("Proxy Server PORT IS IN USE at port 6277");
        assertThat(output.lastLines()).startsWith("Starting MCP inspector...");
    }

    @Test
    void aTakenPortIsRefusedBeforeAnythingStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            InspectorWebUi ui = new InspectorWebUi(line -> { }, line -> { });
            assertThatThrownBy(() -> ui.run(SERVER, taken.getLocalPort()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Port " + taken.getLocalPort() + " (the Inspector's page) is in use")
                    .hasMessageContaining("-Dmcp.inspector.port=");
        }
    }

    @Test
    void devServerIsThisBuildsMcpDevWithoutTheInspectorProperties() {
        LaunchSpec dev = new LaunchSpec(LaunchMode.DEV, "/opt/maven/bin/mvn",
                List.of("-q", "-B", "-Dstyle.color=never", "-Djansi.noreset=true", "-f", "/p/pom.xml", "mcp:dev"),
                List.of(new EnvVar("JAVA_HOME", "/opt/jdk", "the Java that runs Maven", false), new EnvVar("API_KEY", null, "key", true)));
        InspectedServer server = InspectedServer.dev(dev, "dev.mcpkit:mcp-maven-plugin:1.2.3:dev", true, List.of("-s", "/p/settings.xml", "-Dmaven.repo.local=/r",
                "-Dmcp.inspector=true", "-Dmcp.inspector.port=7000", "-Dmcp.inspectorish=kept", "-Dmcp.args=--read-only"), null, Path.of("/p"));
        assertThat(server.commandLine()).containsExactly("/opt/maven/bin/mvn", "-q", "-B", "-Dstyle.color=never", "-Djansi.noreset=true",
                "-f", "/p/pom.xml", "dev.mcpkit:mcp-maven-plugin:1.2.3:dev", "-o", "-s", "/p/settings.xml", "-Dmaven.repo.local=/r", "-Dmcp.inspectorish=kept",
                "-Dmcp.args=--read-only");
        assertThat(server.environment()).as("a secret's placeholder is no value to pass")
                .isEqualTo(Map.of("JAVA_HOME", "/opt/jdk", "MAVEN_OPTS", "-Djansi.noreset=true"));
        assertThat(InspectedServer.dev(dev, "mcp:dev", false, List.of(), " -Xmx1g ", Path.of("/p")).environment())
                .containsEntry("MAVEN_OPTS", "-Xmx1g -Djansi.noreset=true");
        assertThat(server.workingDirectory()).isEqualTo(Path.of("/p"));
    }

    @Test
    void withoutNodeOnThePathTheErrorSaysToInstallNode20(@TempDir Path empty) {
        assertThatThrownBy(() -> NodeRuntime.find(Map.of("PATH", empty.toString()), Platform.LINUX))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The MCP Inspector (mcp.inspector) is a Node.js program, and node is not on the PATH.")
                .hasMessageContaining("Install Node.js 20 or newer, which comes with npm and npx")
                .hasMessageContaining("@modelcontextprotocol/inspector@0.15.0");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void anOldNodeIsRefusedWithItsVersion(@TempDir Path bin) throws Exception {
        executable(bin.resolve("node"), "#!/bin/sh\necho v18.19.1\n");
        executable(bin.resolve("npx"), "#!/bin/sh\nexit 0\n");
        assertThatThrownBy(() -> NodeRuntime.find(Map.of("PATH", bin.toString()), Platform.LINUX))
                .hasMessageContaining("(" + bin.resolve("node") + ") is v18.19.1, too old. Install Node.js 20 or newer");
        executable(bin.resolve("node"), "#!/bin/sh\necho v20.20.2\n");
        assertThat(NodeRuntime.find(Map.of("PATH", bin.toString()), Platform.LINUX).npx()).isEqualTo(bin.resolve("npx"));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void stoppingTheInspectorStopsEveryProcessItStarted() throws Exception {
        Process parent = new ProcessBuilder("sh", "-c", "sleep 300 & sleep 300 & wait").start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (parent.descendants().count() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        List<ProcessHandle> children = parent.descendants().toList();
        assertThat(children).hasSize(2);
        InspectorWebUi.stop(parent.toHandle());
        assertThat(parent.isAlive()).isFalse();
        assertThat(children).noneMatch(ProcessHandle::isAlive);
    }

    private static void executable(Path file, String text) throws Exception {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
