package dev.mcpkit.maven.core.publish;

import java.util.List;

/**
 * Where a release goes, and the environment variables each needs for a real publish (names only: values never leave
 * the environment). JReleaser reads its own {@code JRELEASER_*} variables; the MCP Registry's publisher logs in by
 * itself (GitHub OIDC in Actions).
 */
public enum ReleaseChannel {

    GITHUB("GitHub release (tag, changelog, assets)", "JRELEASER_GITHUB_TOKEN"),
    SIGNING("GPG signatures of every asset", "JRELEASER_GPG_PUBLIC_KEY", "JRELEASER_GPG_SECRET_KEY", "JRELEASER_GPG_PASSPHRASE"),
    MAVEN_CENTRAL("Maven Central through the Central Publisher Portal",
            "JRELEASER_MAVENCENTRAL_USERNAME", "JRELEASER_MAVENCENTRAL_PASSWORD"),
    JBANG("JBang catalog (the alias runs the server by its coordinates)"),
    HOMEBREW("Homebrew formula in a tap repository"),
    SCOOP("Scoop manifest in a bucket repository"),
    MCP_REGISTRY("MCP Registry entry (server.json pointing at the released .mcpb)");

    private final String description;
    private final List<String> credentials;

    ReleaseChannel(String description, String... credentials) {
        this.description = description;
        this.credentials = List.of(credentials);
    }

    public String description() {
        return description;
    }

    /** The environment variables a real publish needs for this channel; the packagers push with the GitHub token. */
    public List<String> credentials() {
        return credentials;
    }
}
