package dev.mcpkit.maven.core.clients;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.toml.TomlMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** How a client's configuration file is written and read: JSON, JSON with comments (Zed), YAML (Goose) or TOML (Codex). */
public enum ConfigFormat {
    JSON(JsonMapper.builder().build()),
    /** Zed's settings.json: comments and trailing commas are allowed when reading. */
    JSONC(JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build()),
    YAML(YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .build()),
    /** Codex's config.toml: read with Jackson, written as tables ({@link TomlText}). */
    TOML(TomlMapper.builder().build());

    /** Two-space indentation, {@code "key": value}, one array element a line: how people write these files. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private final ObjectMapper mapper;

    ConfigFormat(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String write(JsonNode document) {
        if (this == TOML) {
            return TomlText.document(document);
        }
        if (this == YAML) {
            return mapper.writeValueAsString(document);
        }
        return mapper.writer().with(PRETTY).writeValueAsString(document) + "\n";
    }

    /**
     * Reads a whole configuration file. Empty content is an empty document (a file just created by a
     * client); anything but an object at the top is refused.
     */
    public ObjectNode read(String content) throws MalformedConfigException {
        if (content.isBlank()) {
            return JsonNodeFactory.instance.objectNode();
        }
        JsonNode root;
        try {
            root = mapper.readTree(content);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            int line = at == null ? -1 : at.getLineNr();
            int column = at == null ? -1 : at.getColumnNr();
            throw new MalformedConfigException(plain(e.getOriginalMessage()), line, column);
        }
        if (root == null || root.isNull() || root.isMissingNode()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!root.isObject()) {
            throw new MalformedConfigException("the top level is " + root.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)
                    + ", not an object", 1, 1);
        }
        return (ObjectNode) root;
    }

    /** Jackson's message without its source/offset details, which name nothing the user can act on. */
    private static String plain(String message) {
        String text = message == null ? "unreadable" : message;
        int details = text.indexOf(" (start marker at");
        if (details > 0) {
            text = text.substring(0, details);
        }
        int newline = text.indexOf('\n');
        return newline > 0 ? text.substring(0, newline) : text;
    }

    public String fileExtension() {
        return this == YAML ? "yaml" : this == TOML ? "toml" : "json";
    }
}
