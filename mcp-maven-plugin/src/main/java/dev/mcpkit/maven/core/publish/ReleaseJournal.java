package dev.mcpkit.maven.core.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a real release of one version has sent out, step by step, in {@code target/mcp-publish.json}: written after
 * each remote step, read by the next run, so a run after a failure says what went out, skips those steps and goes on
 * with the one that failed. Dry runs keep none.
 */
public final class ReleaseJournal {

    /** The release's remote steps, in order. */
    public enum Step {
        JRELEASER("JReleaser's release: checksums and signatures, Maven Central, the GitHub release, the packagers"),
        MCP_REGISTRY("the MCP Registry");

        private final String description;

        Step(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    public static final String FILE = "mcp-publish.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path file;
    private final String version;
    private final Map<Step, Instant> done = new EnumMap<>(Step.class);
    private String releasedBundleSha256;

    private ReleaseJournal(Path file, String version) {
        this.file = file;
        this.version = version;
    }

    /**
     * The journal of {@code version} in {@code buildDirectory}: what an earlier run recorded, or nothing (also when
     * the file is about another version).
     *
     * @throws PublishException when the file is there but cannot be read: what went out is then unknown
     */
    public static ReleaseJournal open(Path buildDirectory, String version) throws PublishException {
        ReleaseJournal journal = new ReleaseJournal(buildDirectory.resolve(FILE), version);
        if (!Files.isRegularFile(journal.file)) {
            return journal;
        }
        try {
            JsonNode root = JSON.readTree(journal.file.toFile());
            if (!version.equals(root.path("version").asString(""))) {
                return journal;
            }
            for (JsonNode step : root.path("done")) {
                journal.done.put(Step.valueOf(step.path("step").asString()), Instant.parse(step.path("at").asString()));
            }
            journal.releasedBundleSha256 = root.path("releasedBundleSha256").asString(null);
        } catch (JacksonException | IllegalArgumentException | DateTimeParseException e) {
            throw new PublishException("cannot read " + journal.file + " (" + e.getMessage() + "), which says what an earlier"
                    + " mcp:publish of " + version + " sent out: check the GitHub release, Maven Central and the MCP Registry,"
                    + " then delete the file and run mcp:publish again");
        }
        return journal;
    }

    public boolean isEmpty() {
        return done.isEmpty();
    }

    public boolean done(Step step) {
        return done.containsKey(step);
    }

    /** The SHA-256 of the .mcpb that went out with JReleaser's release, or null before it did. */
    public String releasedBundleSha256() {
        return releasedBundleSha256;
    }

    /** Records a step that went out. */
    public void record(Step step) throws IOException {
        record(step, releasedBundleSha256);
    }

    /** Records JReleaser's release with the SHA-256 of the bundle it released. */
    public void record(Step step, String bundleSha256) throws IOException {
        done.put(step, Instant.now());
        releasedBundleSha256 = bundleSha256;
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("version", version);
        if (releasedBundleSha256 != null) {
            root.put("releasedBundleSha256", releasedBundleSha256);
        }
        var steps = root.putArray("done");
        done.forEach((s, at) -> steps.addObject().put("step", s.name()).put("at", at.toString()));
        Files.createDirectories(file.getParent());
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }

    /** One line per step that went out, with when. */
    public List<String> wentOut() {
        List<String> lines = new ArrayList<>();
        done.forEach((step, at) -> lines.add(step.description() + " (" + at + ")"));
        return lines;
    }

    /** What a failure at {@code failed} leaves: what went out before it, and how to go on. */
    public String afterFailureAt(Step failed) {
        String out = isEmpty() ? "nothing went out before it" : "already out: " + String.join("; ", wentOut());
        return "The release of " + version + " stopped at " + failed.description() + "; " + out + ". Fix the cause and run"
                + " mvn verify mcp:publish again: it goes on from there (" + file + " records what went out)";
    }
}
