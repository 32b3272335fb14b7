package dev.mcpkit.maven.core.publish;

import java.nio.file.Path;
import java.util.Map;

import dev.mcpkit.maven.core.project.ServerProject;

/**
 * What {@code mcp:publish} is asked to do.
 *
 * @param configFile     the project's own JReleaser configuration laid over the built one; may be absent unless
 *                       {@code configRequired}
 * @param dryRun         produce, sign and checksum everything offline; touch nothing remote; check no precondition
 *                       but the validation gate
 * @param environment    where credentials are read from (names are checked, values only masked)
 * @param centralUrl     the Central Publisher Portal's publisher API URL; null when the project's JReleaser
 *                       configuration sets it, or for a dry run
 * @param validated      whether the release waits for {@code mcp:validate} to have passed on this build
 *                       ({@link ValidationGate}); false with {@code -Dmcp.validate.skip=true}
 */
public record PublishRequest(ServerProject project, int javaRelease, String mainClass, Path configFile, boolean configRequired,
                             boolean dryRun, Map<String, String> environment, String centralUrl, boolean validated) {

    public PublishRequest {
        environment = Map.copyOf(environment);
    }

    /** Whether the GPG key pair JReleaser signs with is in the environment. */
    public boolean hasSigningKey() {
        return present("JRELEASER_GPG_PUBLIC_KEY") && present("JRELEASER_GPG_SECRET_KEY");
    }

    private boolean present(String name) {
        String value = environment.get(name);
        return value != null && !value.isBlank();
    }

    /** The configuration JReleaser runs with, as written for the run (never holding a credential). */
    public Path writtenConfig() {
        return project.layout().buildDirectory().resolve("jreleaser.json");
    }
}
