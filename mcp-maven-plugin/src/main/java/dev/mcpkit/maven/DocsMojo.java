package dev.mcpkit.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.mcpkit.maven.core.clients.InstallDocs;
import dev.mcpkit.maven.core.describe.DescribeException;
import dev.mcpkit.maven.core.describe.ServerDescriber;
import dev.mcpkit.maven.core.describe.ServerDescriptor;
import dev.mcpkit.maven.core.launch.LaunchSpecs;
import dev.mcpkit.maven.core.output.TextTemplates;
import dev.mcpkit.maven.core.project.Coordinates;
import dev.mcpkit.maven.core.setup.ClientSetup;
import dev.mcpkit.maven.core.setup.ServerRequest;
import dev.mcpkit.maven.core.validate.checks.ToolsDocs;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes the README's tools section (every tool, its arguments, and the settings) from what the server describes,
 * between the markers {@code <!-- mcp:tools:begin ... -->} and {@code <!-- mcp:tools:end -->}, and its one-line
 * installs (the Cursor, VS Code and Goose links, the {@code claude}, {@code code}, {@code gemini} and {@code codex}
 * commands, for the version this one releases as, through JBang) between {@code <!-- mcp:install:begin ... -->} and
 * {@code <!-- mcp:install:end -->}; a section without its markers is appended. Run {@code mvn compile mcp:docs} after
 * changing tools so {@code docs.tools} passes.
 *
 * @since 0.1.0
 */
@Mojo(name = "docs", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class DocsMojo extends AbstractMcpMojo {

    /** Skips this goal. @since 0.1.0 */
    @Parameter(property = "mcp.docs.skip", defaultValue = "false")
    boolean skipDocs;

    /** The Markdown file to update. @since 0.1.0 */
    @Parameter(property = "mcp.docs.readme", defaultValue = "${project.basedir}/README.md")
    String readme;

    /** Where a project overrides the plugin's templates; here {@code tools.md.ftl}, the tools section. @since 0.1.0 */
    @Parameter(property = "mcp.templates", defaultValue = "${project.basedir}/src/main/mcp/templates")
    String templates;

    @Override
    String goalSkipReason() {
        return skipDocs ? "mcp.docs.skip is true" : null;
    }

    @Override
    void run(ClientSetup setup) throws DescribeException, IOException {
        ServerRequest request = serverRequest();
        ServerDescriptor descriptor = new ServerDescriber().describe(request.command(), request.mode(),
                request.runtimeOnClasspath(), request.declaredSettings());
        Path file = Path.of(readme);
        String before = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        TextTemplates texts = new TextTemplates(Path.of(templates));
        Coordinates coordinates = serverProject().coordinates();
        String version = coordinates.releaseVersion();
        String after = InstallDocs.update(ToolsDocs.update(before, descriptor, texts), request.name(descriptor), version,
                descriptor.server().description(), LaunchSpecs.jbang(release(), coordinates.groupId(), coordinates.artifactId(),
                        version, descriptor.settings()), texts);
        if (after.equals(before)) {
            getLog().info(file + ": the tools and install sections are up to date.");
            return;
        }
        Files.writeString(file, after, StandardCharsets.UTF_8);
        getLog().info(file + ": wrote the tools section (" + descriptor.tools().size() + " tools) and the one-line installs of "
                + coordinates.artifactId() + " " + version + ".");
    }
}
