package dev.mcpkit.maven.core.publish;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.mcpkit.maven.core.process.ProcessRun;

/**
 * Publishes {@code server.json} to the MCP Registry with the official {@code mcp-publisher}: it logs in by itself
 * (GitHub OIDC inside GitHub Actions, which needs {@code permissions: id-token: write}). Without it on the PATH, or in
 * a dry run, the exact commands are printed instead.
 */
final class RegistryPublication {

    private static final String PUBLISHER = "mcp-publisher";

    private final Path serverJson;
    private final boolean dryRun;
    private final Map<String, String> environment;

    RegistryPublication(Path serverJson, boolean dryRun, Map<String, String> environment) {
        this.serverJson = serverJson;
        this.dryRun = dryRun;
        this.environment = environment;
    }

    List<List<String>> commands() {
        String login = "true".equals(environment.get("GITHUB_ACTIONS")) ? "github-oidc" : "github";
        return List.of(List.of(PUBLISHER, "login", login), List.of(PUBLISHER, "publish", serverJson.toString()));
    }

    /** Publishes, or prints the commands; returns whether it published. */
    boolean run(Consumer<String> log) throws PublishException, IOException, InterruptedException {
        Path publisher = onPath();
        if (dryRun || publisher == null) {
            log.accept("MCP Registry: " + (dryRun ? "a real release runs" : PUBLISHER + " is not on the PATH; run") + ":");
            commands().forEach(c -> log.accept("  " + String.join(" ", c)));
            return false;
        }
        SecretMask mask = SecretMask.of(environment);
        for (List<String> command : commands()) {
            // the one found on the PATH given, not whichever the JVM's own PATH would find
            List<String> resolved = new ArrayList<>(command);
            resolved.set(0, publisher.toString());
            ProcessRun.Result r = ProcessRun.run(resolved, Map.of(), false, serverJson.getParent(), Duration.ofMinutes(5));
            r.stdout().lines().map(mask::apply).forEach(log);
            r.stderr().lines().map(mask::apply).forEach(log);
            if (r.exit() != 0) {
                throw new PublishException(String.join(" ", command) + " failed (exit " + r.exit() + ")");
            }
        }
        return true;
    }

    private Path onPath() {
        for (String dir : environment.getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, PUBLISHER);
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
