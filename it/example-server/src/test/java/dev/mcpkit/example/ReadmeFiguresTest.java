package dev.mcpkit.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcpkit.McpTestClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the root README and it/README.md say about this server matches the server. */
class ReadmeFiguresTest {

    /** Maven runs the tests in it/example-server. */
    private static final Path IT = Path.of("").toAbsolutePath().getParent();

    @Test
    void rootReadmeCountsTheToolsTheServerLists() throws Exception {
        Matcher stated = Pattern.compile("the example server with (\\d+) tools").matcher(Files.readString(IT.resolveSibling("README.md")));
        assertThat(stated.find()).as("README: the example server with N tools").isTrue();
        try (McpTestClient client = McpTestClient.connect(new EverythingServer())) {
            assertThat(Integer.parseInt(stated.group(1))).as("README: " + stated.group()).isEqualTo(client.listTools().size());
        }
    }

    @Test
    void itReadmeTableHasARowForEveryToolTheServerLists() throws Exception {
        String table = Files.readString(IT.resolve("README.md"));
        try (McpTestClient client = McpTestClient.connect(new EverythingServer())) {
            for (var tool : client.listTools()) {
                assertThat(table).as("it/README.md tools table").containsPattern("\n\\| [^|]*`" + tool.get("name") + "`");
            }
        }
    }
}
