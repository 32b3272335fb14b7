package dev.mcpkit.maven;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import dev.mcpkit.maven.core.run.ServerRunner;
import dev.mcpkit.maven.core.setup.ClientSetup;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Runs the server from the build output (compiling first), on stdio by default with this terminal's stdin and
 * stdout, so it can be piped: {@code mvn -q mcp:run < requests.jsonl} ({@code -q} keeps Maven's own log off stdout).
 *
 * @since 0.1.0
 */
@Mojo(name = "run", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class RunMojo extends AbstractMcpMojo {

    /** Skips this goal. @since 0.1.0 */
    @Parameter(property = "mcp.run.skip", defaultValue = "false")
    boolean skipRun;

    /** More arguments for the server, e.g. {@code --port 8080} (comma-separated as a property). @since 0.1.0 */
    @Parameter(property = "mcp.args")
    List<String> args = new ArrayList<>();

    @Override
    String goalSkipReason() {
        return skipRun ? "mcp.run.skip is true" : null;
    }

    @Override
    void run(ClientSetup setup) throws IOException {
        getLog().info("Starting the server; stdin and stdout are its own until it exits.");
        int exit = ServerRunner.run(serverRequest().command(), args);
        if (exit != 0) {
            throw new IllegalStateException("the server exited with " + exit);
        }
    }
}
