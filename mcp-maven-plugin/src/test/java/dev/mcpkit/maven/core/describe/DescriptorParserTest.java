package dev.mcpkit.maven.core.describe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DescriptorParserTest {

    @Test
    void newerDescribeVersionIsRefusedInsteadOfMisread() {
        assertThatThrownBy(() -> DescriptorParser.parse("{\"describeVersion\":2,\"server\":{\"name\":\"x\"}}"))
                .hasMessageContaining("unsupported describeVersion 2");
    }

    @Test
    void missingServerNameIsRefused() {
        assertThatThrownBy(() -> DescriptorParser.parse("{\"describeVersion\":1,\"server\":{}}"))
                .hasMessageContaining("no server.name");
    }

    @Test
    void absentListsAreEmptyAndSchemasAbsent() throws Exception {
        ServerDescriptor d = DescriptorParser.parse("{\"describeVersion\":1,\"server\":{\"name\":\"x\"},\"tools\":[{\"name\":\"t\"}]}");
        assertThat(d.resources()).isEmpty();
        assertThat(d.settings()).isEmpty();
        assertThat(d.tools().get(0).outputSchema().isPresent()).isFalse();
    }

    @Test
    void schemaHandedOutIsACopy() throws Exception {
        ServerDescriptor d = DescriptorParser.parse("{\"describeVersion\":1,\"server\":{\"name\":\"x\"},"
                + "\"tools\":[{\"name\":\"t\",\"inputSchema\":{\"type\":\"object\"}}]}");
        ((tools.jackson.databind.node.ObjectNode) d.tools().get(0).inputSchema().toNode()).put("type", "changed");
        assertThat(d.tools().get(0).inputSchema().toNode().path("type").asString()).isEqualTo("object");
    }

    @Test
    void secretSettingNeverKeepsADefault() throws Exception {
        ServerDescriptor d = DescriptorParser.parse("{\"describeVersion\":1,\"server\":{\"name\":\"x\"},"
                + "\"settings\":[{\"key\":\"K\",\"secret\":true,\"default\":\"leaked\"}]}");
        assertThat(d.settings().get(0).defaultValue()).isNull();
    }
}
