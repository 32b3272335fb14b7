package dev.mcpkit.it.pkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SchemaValidatorTest {

    private static final Path SCHEMA = Path.of("src/test/resources/schema/server.schema.2025-12-11.json");

    private static JsonNode json(String text) {
        return JsonMapper.builder().build().readTree(text);
    }

    private static final String VALID = "{\"$schema\":\"https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json\","
            + "\"name\":\"io.github.owner/weather\",\"description\":\"Weather\",\"version\":\"1.0.0\","
            + "\"packages\":[{\"registryType\":\"mcpb\",\"identifier\":\"https://github.com/o/r/releases/download/v1/w.mcpb\","
            + "\"fileSha256\":\"" + "a".repeat(64) + "\",\"transport\":{\"type\":\"stdio\"},"
            + "\"environmentVariables\":[{\"name\":\"KEY\",\"isRequired\":true,\"isSecret\":true}]}]}";

    @Test
    void registryEntryWithMcpbPackageIsValid() throws Exception {
        assertThat(SchemaValidator.load(SCHEMA).validate(json(VALID))).isEmpty();
    }

    @Test
    void descriptionOverOneHundredCharactersIsRejected() throws Exception {
        String doc = VALID.replace("\"description\":\"Weather\"", "\"description\":\"" + "x".repeat(101) + "\"");
        assertThat(SchemaValidator.load(SCHEMA).validate(json(doc))).anyMatch(e -> e.startsWith("/description"));
    }

    @Test
    void nameWithoutSlashIsRejected() throws Exception {
        String doc = VALID.replace("io.github.owner/weather", "weather");
        assertThat(SchemaValidator.load(SCHEMA).validate(json(doc))).anyMatch(e -> e.startsWith("/name"));
    }

    @Test
    void packageWithUppercaseShaAndNoTransportIsRejected() throws Exception {
        String doc = VALID.replace("a".repeat(64), "A".repeat(64)).replace(",\"transport\":{\"type\":\"stdio\"}", "");
        assertThat(SchemaValidator.load(SCHEMA).validate(json(doc)))
                .anyMatch(e -> e.startsWith("/packages/0/fileSha256"))
                .anyMatch(e -> e.contains("missing required 'transport'"));
    }

    @Test
    void environmentVariableWithoutNameIsRejected() throws Exception {
        String doc = VALID.replace("{\"name\":\"KEY\",", "{");
        assertThat(SchemaValidator.load(SCHEMA).validate(json(doc))).anyMatch(e -> e.contains("missing required 'name'"));
    }
}
