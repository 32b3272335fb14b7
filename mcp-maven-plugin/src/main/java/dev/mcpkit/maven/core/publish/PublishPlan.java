package dev.mcpkit.maven.core.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A release before it runs: every step, every file, every remote it touches and every credential it needs (by name,
 * set or missing), and what a real release would refuse. {@code -Dmcp.publish.plan} prints it.
 *
 * @param config    JReleaser's configuration, the project's own laid over the built one
 * @param refusals  why the release would not go out; for a dry run, only the validation gate and git's commits and origin
 */
public record PublishPlan(PublishRequest request, ReleaseAssets assets, ObjectNode config, Set<ReleaseChannel> channels,
                          List<String> refusals) {

    public List<String> lines() {
        String version = request.project().coordinates().version();
        JsonNode github = config.path("release").path("github");
        String repo = github.path("owner").asString("") + "/" + github.path("name").asString("");
        Path base = request.project().layout().basedir();
        List<String> lines = new ArrayList<>();
        lines.add("Release " + assets.serverName() + " " + version + (request.dryRun() ? " (dry run: nothing remote is touched)" : ""));
        lines.add("Steps:");
        lines.add("  1. check: " + (request.validated() ? "mcp:validate passed on this build; " : "")
                + (request.dryRun() ? "(real releases only) " : "") + "a release version, a clean tree tagged v" + version
                + ", every credential");
        lines.add("  2. " + BundleSigning.intent(request.environment(), request.dryRun()) + "; server.json names its SHA-256");
        lines.add("  3. stage the jar, sources, javadoc and POM for Maven Central in " + JReleaserConfig.STAGING);
        lines.add("  4. JReleaser with " + base.relativize(request.writtenConfig().toAbsolutePath()) + (request.configFile() != null
                && Files.isRegularFile(request.configFile()) ? " (" + base.relativize(request.configFile().toAbsolutePath()) + " laid over it)" : "")
                + ": SHA-256 checksums and GPG signatures of every asset, then:");
        for (ReleaseChannel channel : channels) {
            if (channel != ReleaseChannel.SIGNING && channel != ReleaseChannel.MCP_REGISTRY) {
                lines.add("     - " + channel.description() + where(channel, repo, version));
            }
        }
        lines.add("  5. " + ReleaseChannel.MCP_REGISTRY.description() + ": mcp-publisher publish "
                + base.relativize(assets.serverJson().toAbsolutePath()));
        lines.add("Files:");
        List<Path> files = new ArrayList<>(assets.all());
        Path sbom = JReleaserConfig.sbom(request.project());
        if (Files.isRegularFile(sbom)) {
            files.add(sbom);
        }
        for (Path file : files) {
            lines.add("  " + base.relativize(file.toAbsolutePath()) + "  " + size(file));
        }
        lines.add("Credentials (environment variables; values are never shown):");
        for (ReleaseChannel channel : channels) {
            for (String name : channel.credentials()) {
                String value = request.environment().get(name);
                lines.add("  " + name + "  " + (value == null || value.isBlank() ? "missing" : "set"));
            }
        }
        for (String name : List.of(BundleSigning.KEY, BundleSigning.CERTIFICATE)) {
            String value = request.environment().get(name);
            lines.add("  " + name + "  " + (value == null || value.isBlank() ? "not set (optional)" : "set"));
        }
        if (!refusals.isEmpty()) {
            lines.add(request.dryRun() ? "The dry run would refuse:" : "A real release would refuse:");
            refusals.forEach(r -> lines.add("  - " + r));
        }
        return lines;
    }

    private String where(ReleaseChannel channel, String repo, String version) {
        switch (channel) {
            case GITHUB:
                return ": github.com/" + repo + ", tag v" + version + ", assets: archives, .mcpb, server.json, checksums, signatures";
            case JBANG:
                return packagerRepository("jbang");
            case HOMEBREW:
                return packagerRepository("brew");
            case SCOOP:
                return packagerRepository("scoop");
            default:
                return "";
        }
    }

    private String packagerRepository(String packager) {
        JsonNode repository = config.path("packagers").path(packager).path("repository");
        return ": github.com/" + repository.path("owner").asString("?") + "/" + repository.path("name").asString("?");
    }

    private static String size(Path file) {
        try {
            long bytes = Files.size(file);
            return bytes < 10_240 ? bytes + " B" : bytes / 1024 + " KiB";
        } catch (IOException e) {
            return "unreadable";
        }
    }
}
