package dev.mcpkit.maven.core.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A project's own JReleaser configuration ({@code jreleaser.yml}, {@code .yaml} or {@code .json}), read to be laid over
 * the built one. Credentials written into it are refused: the merged configuration is written under {@code target/},
 * and a secret belongs in the environment.
 */
public final class OverlayFile {

    private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(token|password|passphrase|secretkey|privatekey)$");

    private OverlayFile() {
    }

    /** The overlay, or null when {@code file} is null or absent and not {@code required}. */
    public static JsonNode read(Path file, boolean required) throws PublishException {
        if (file == null || !Files.isRegularFile(file)) {
            if (required) {
                throw new PublishException("the JReleaser configuration " + file + " does not exist: fix <publishConfig>"
                        + " (mcp.publish.config) or remove it");
            }
            return null;
        }
        JsonNode tree;
        try {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            tree = name.endsWith(".json") ? JsonMapper.builder().build().readTree(file.toFile())
                    : YAMLMapper.builder().build().readTree(file.toFile());
        } catch (JacksonException e) {
            throw new PublishException(file + " is not valid " + (file.toString().endsWith(".json") ? "JSON" : "YAML") + ": "
                    + e.getOriginalMessage());
        }
        if (tree != null && !tree.isNull() && !tree.isObject()) {
            throw new PublishException(file + " must hold a mapping of JReleaser sections (project:, release:...), not a "
                    + tree.getNodeType().toString().toLowerCase(Locale.ROOT));
        }
        refuseLiteralSecrets(tree, "", file);
        return tree;
    }

    private static void refuseLiteralSecrets(JsonNode node, String path, Path file) throws PublishException {
        if (node == null || !node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String here = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            JsonNode value = e.getValue();
            if (value.isString() && SECRET_KEY.matcher(e.getKey()).matches() && !value.asString().isBlank()
                    && !value.asString().startsWith("{{")) {
                throw new PublishException(file + " writes a credential at " + here + ": remove it and set the matching"
                        + " JRELEASER_* environment variable instead (the value is not shown)");
            }
            refuseLiteralSecrets(value, here, file);
        }
    }
}
