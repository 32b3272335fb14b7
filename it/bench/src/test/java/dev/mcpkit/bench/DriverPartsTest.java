package dev.mcpkit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DriverPartsTest {

    @Test
    void commandWordsFollowShellQuoting() {
        assertThat(ServerSpec.words("java -Dx='a b' \"-Dy=c \\\"d\\\"\" e\\ f"))
                .containsExactly("java", "-Dx=a b", "-Dy=c \"d\"", "e f");
    }

    @Test
    void aCommandLineShownInTheReportSplitsBackIntoTheSameWords() {
        ServerSpec spec = new ServerSpec("x", List.of("java", "-Dmsg=it's a \"test\"", "-jar", "my dir/x.jar"), null);

        assertThat(ServerSpec.words(spec.commandLine())).isEqualTo(spec.command());
    }

    @Test
    void withoutPinningTheSequentialCallsRunOnceUnpinnedAndTheReportSaysWhy() {
        List<String> notes = new java.util.ArrayList<>();

        assertThat(Pinning.plan(false, notes)).containsExactly(Pinning.NONE);
        assertThat(notes).singleElement().asString().contains("--no-pin");
        assertThat(Pinning.NONE.serverPrefix()).isEmpty();
    }

    @Test
    void cachedMustNameAServer() {
        assertThat(BenchOptions.parse("--server", "a=java X", "--cached", "a").cached).containsExactly("a");
        assertThatThrownBy(() -> BenchOptions.parse("--server", "a=java X", "--cached", "b"))
                .hasMessageContaining("--cached names no --server");
    }

    @Test
    void serverSpecTakesTheJarFromMinusJarOrTheClassPath() {
        assertThat(ServerSpec.parse("ex=java -Xshare:auto -jar target/ex.jar").jar()).isEqualTo(Path.of("target/ex.jar"));
        assertThat(ServerSpec.parse("fl=java -cp classes:lib/a.jar Main").jar()).isEqualTo(Path.of("lib/a.jar"));
        assertThat(ServerSpec.parse("sh=./server.sh").jar()).isNull();
    }

    @Test
    void optionsRejectAServerWithoutACommandAndUnknownJarNames() {
        assertThatThrownBy(() -> BenchOptions.parse("--server", "x=")).hasMessageContaining("name=command");
        assertThatThrownBy(() -> BenchOptions.parse("--server", "a=java X", "--jar", "b=x.jar"))
                .hasMessageContaining("--jar names no --server");
    }

    @Test
    void jsonReaderParsesNestedValuesAndRejectsTrailingText() {
        Object v = JsonReader.parse("{\"a\":[1,2.5,true,null,\"\\u00e9\"],\"b\":{}}");
        assertThat(v).isEqualTo(Map.of("a", java.util.Arrays.asList(1L, 2.5, true, null, "\u00e9"), "b", Map.of()));
        assertThatThrownBy(() -> JsonReader.parse("{} x")).hasMessageContaining("trailing");
        assertThatThrownBy(() -> JsonReader.parse("{\"a\":1,\"a\":2}")).hasMessageContaining("duplicate");
    }

    @Test
    void echoCheckRejectsAnotherIdsText() {
        Map<String, Object> answerFor7 = McpMessages.parse(FloorEchoServer.answer(McpMessages.echoCall(7)));
        assertThat(McpMessages.echoProblem(answerFor7, 8)).contains("wrong content");
    }

    @Test
    void percentilesUseTheNearestRank() {
        assertThat(Stats.percentile(List.of(5.0, 1.0, 3.0, 2.0, 4.0), 50)).isEqualTo(3.0);
        assertThat(Stats.percentile(new long[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 90)).isEqualTo(9);
    }
}
