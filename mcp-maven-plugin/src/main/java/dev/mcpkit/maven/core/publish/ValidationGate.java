package dev.mcpkit.maven.core.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import dev.mcpkit.maven.core.validate.ReportFiles;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The release's first gate: {@code mcp:validate} passed on the files this release ships. It reads the report
 * {@code mcp:validate} wrote in {@code target/mcp}, which must have passed and be newer than the packaged jar, so a
 * release never goes out on a report from an earlier build. {@code -Dmcp.validate.skip=true} skips it (and says so).
 */
public final class ValidationGate {

    static final String RERUN = "run mvn verify mcp:publish (mcp:validate runs in verify) or mvn package mcp:validate mcp:publish";

    private ValidationGate() {
    }

    /** Why the release may not go out on this build's validation, or empty when it may. */
    public static Optional<String> problem(ReleaseAssets assets) {
        Path report = assets.mcpb().resolveSibling(ReportFiles.JSON);
        if (!Files.isRegularFile(report)) {
            return Optional.of("mcp:validate has not run on this build (no " + report.getFileName() + " in "
                    + report.getParent() + "): " + RERUN);
        }
        try {
            if (Files.getLastModifiedTime(report).compareTo(Files.getLastModifiedTime(assets.jar())) < 0) {
                return Optional.of("the last mcp:validate report is older than " + assets.jar().getFileName()
                        + ", so it is about an earlier build: " + RERUN);
            }
            JsonNode root = JsonMapper.builder().build().readTree(report.toFile());
            if (!root.path("passed").asBoolean(false)) {
                return Optional.of(root.path("summary").asString("mcp:validate did not pass") + ": fix what " + report
                        + " lists, then " + RERUN);
            }
        } catch (IOException | JacksonException e) {
            return Optional.of("cannot read " + report + " (" + e.getMessage() + "): " + RERUN);
        }
        return Optional.empty();
    }
}
