package dev.mcpkit.maven.core.validate;

import static dev.mcpkit.maven.core.validate.PackagingChecksTest.messages;
import static dev.mcpkit.maven.core.validate.ProjectFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dev.mcpkit.maven.core.describe.ServerDescriptor;
import dev.mcpkit.maven.core.describe.Tool;
import dev.mcpkit.maven.core.validate.checks.BreakingChangesCheck;
import dev.mcpkit.maven.core.validate.checks.NameVersionCheck;
import dev.mcpkit.maven.core.validate.checks.ServerJsonCheck;
import org.junit.jupiter.api.Test;

class ConsistencyChecksTest extends WithProjectFixture {

    @Test
    void withoutServerJsonOrBundleTheCheckPassesWithInfos() throws Exception {
        Findings f = run(new NameVersionCheck(), project.model());
        assertThat(messages(f, Severity.ERROR)).isEmpty();
        assertThat(messages(f, Severity.INFO)).containsExactly("no target/mcp/server.json yet: run mcp:package to check it",
                "no .mcpb bundle yet: run mcp:package to check it");
        assertThat(messages(run(new ServerJsonCheck(), project.model()), Severity.INFO)).hasSize(1);
    }

    @Test
    void aDescribedVersionOtherThanThePomsFails() throws Exception {
        project.describedVersion = "1.1.0";
        assertThat(messages(run(new NameVersionCheck(), project.model()), Severity.ERROR))
                .containsExactly("--describe reports version 1.1.0 but the POM says 1.2.0");
    }

    @Test
    void serverJsonAndBundleManifestMustAgreeWithThePom() throws Exception {
        project.write("target/mcp/server.json", "{\"name\":\"io.github.example/fixture\",\"description\":\"d\",\"version\":\"1.2.0\","
                + "\"packages\":[{\"identifier\":\"https://example.dev/fixture.mcpb\",\"version\":\"1.1.0\"}]}");
        SecurityChecksTest.writeJar(tmp.resolve("target/mcp/fixture-1.2.0.mcpb"), Map.of("manifest.json", "{\"name\":\"fixture-server\",\"version\":\"1.2.0\"}"));

        assertThat(messages(run(new NameVersionCheck(), project.model()), Severity.ERROR)).containsExactly(
                "server.json package https://example.dev/fixture.mcpb version is 1.1.0, expected 1.2.0",
                "target/mcp/fixture-1.2.0.mcpb manifest name is fixture-server, expected fixture");
    }

    @Test
    void aServerJsonDescriptionLongerThan100CharactersFails() throws Exception {
        project.write("target/mcp/server.json", "{\"name\":\"io.github.example/fixture\",\"version\":\"1.2.0\",\"description\":\"" + "x".repeat(100) + "\"}");
        assertThat(run(new ServerJsonCheck(), project.model()).list()).isEmpty();

        project.write("target/mcp/server.json", "{\"name\":\"io.github.example/fixture\",\"version\":\"1.2.0\",\"description\":\"" + "x".repeat(101) + "\"}");
        assertThat(messages(run(new ServerJsonCheck(), project.model()), Severity.ERROR))
                .containsExactly("server.json's description has 101 characters; the MCP Registry allows 100");
    }

    private PreviousRelease previous(String version, List<Tool> tools) {
        ServerDescriptor d = project.descriptor();
        return new PreviousRelease(version, new ServerDescriptor(d.server(), d.protocolVersions(), tools, List.of(), List.of(), List.of(), List.of()), null);
    }

    @Test
    void removedToolsNewRequiredArgumentsAndChangedTypesBreak() throws Exception {
        project.previous = previous("1.1.0", List.of(
                ProjectFixture.tool("forecast", "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"},\"days\":{\"type\":\"string\"}}}"),
                ProjectFixture.tool("alerts", "{\"type\":\"object\"}")));

        assertThat(messages(run(new BreakingChangesCheck(), project.model()), Severity.ERROR)).containsExactly(
                "tool forecast has a new required argument city since 1.1.0",
                "tool forecast argument days changed type from string to integer since 1.1.0",
                "tool alerts was removed since 1.1.0");
    }

    @Test
    void aNewMajorVersionMayBreakAndAddingToolsNeverBreaks() throws Exception {
        project.previous = previous("0.9.0", List.of(ProjectFixture.tool("alerts", "{\"type\":\"object\"}")));
        Findings f = run(new BreakingChangesCheck(), project.model());
        assertThat(messages(f, Severity.ERROR)).isEmpty();
        assertThat(messages(f, Severity.INFO)).containsExactly("tool alerts was removed since 0.9.0");

        project.previous = previous("1.1.0", List.of());
        assertThat(run(new BreakingChangesCheck(), project.model()).list()).isEmpty();
    }

    @Test
    void noPreviousReleaseIsAnInfo() throws Exception {
        assertThat(messages(run(new BreakingChangesCheck(), project.model()), Severity.INFO))
                .containsExactly("no previous release in the local repository to compare with");
    }
}
