package dev.mcpkit.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Packages the server for users under {@code target/mcp/}: executable jar, launchers, zip and tar.gz
 * distributions, start-up cache, client configurations, MCP Bundle, MCP Registry {@code server.json} and JBang
 * catalog, then prints a summary. From the command line, {@code mvn mcp:package} compiles first (it forks the
 * lifecycle up to {@code process-classes}; tests do not run); to bind it in a POM use {@code package-no-fork},
 * which does not fork, so nothing is done twice.
 *
 * @since 0.1.0
 */
@Mojo(name = "package", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class PackageMojo extends AbstractPackageMojo {
}
