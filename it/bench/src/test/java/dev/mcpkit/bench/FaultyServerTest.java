package dev.mcpkit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deliberately broken servers: the driver must report each fault, and must not hang on a silent server. */
class FaultyServerTest {

    private static InflightRun.Result inflight(String mode, int nth) {
        return InflightRun.run(Servers.faulty(mode, nth), 0, 1000, 16, Servers.LIMITS).result();
    }

    @Test
    void aDroppedResponseIsCountedAsDroppedAndTheWaitEndsAtTheTimeout() {
        InflightRun.Result r = inflight("drop", 500);

        assertThat(r.dropped()).isEqualTo(1);
        assertThat(r.answered()).isEqualTo(999);
        assertThat(r.stoppedBecause()).contains("sent nothing for 1 s");
    }

    @Test
    void aResponseWithAWrongIdIsCountedAsUnexpectedAndItsRequestAsDropped() {
        InflightRun.Result r = inflight("wrong-id", 500);

        assertThat(r.unexpectedIds()).isEqualTo(1);
        assertThat(r.dropped()).isEqualTo(1);
        assertThat(r.problems()).anyMatch(p -> p.contains("unexpected id 999999"));
    }

    @Test
    void aSecondResponseForTheSameIdIsCountedAsDuplicated() {
        InflightRun.Result r = inflight("duplicate", 10);

        assertThat(r.duplicated()).isEqualTo(1);
        assertThat(r.dropped()).isZero();
        assertThat(r.clean()).isFalse();
    }

    @Test
    void aResponseWithAnotherTextIsCountedAsWrongContent() {
        InflightRun.Result r = inflight("wrong-text", 10);

        assertThat(r.wrongContent()).isEqualTo(1);
        assertThat(r.problems()).anyMatch(p -> p.contains("wrong content"));
    }

    @Test
    void requestsLostWhenStdinClosesFailTheDrainCheck() {
        InflightRun.Drain d = InflightRun.drainAtEof(Servers.faulty("lose-at-eof", 0), 100, Servers.LIMITS);

        assertThat(d.answered()).isEqualTo(96);
        assertThat(d.dropped()).isEqualTo(4);
        assertThat(d.problem()).isNotNull();
    }

    @Test
    void aServerThatStopsAnsweringIsKilledWithAClearMessageInsteadOfHangingTheDriver() {
        assertThatThrownBy(() -> SequentialRun.run(Servers.faulty("silent-after", 20), Pinning.NONE, 10, 100,
                Servers.LIMITS))
                .isInstanceOf(BenchmarkException.class)
                .hasMessageContaining("server 'silent-after' during sequential")
                .hasMessageContaining("sent nothing for 1 s");
    }

    @Test
    void theTableMarksDroppedResponsesOfTheServerUnderTestAsFailed() {
        BenchOptions o = BenchOptions.parse("--server", "floor=" + Servers.floor().commandLine(),
                "--server", "drop=" + Servers.faulty("drop", 100).commandLine(),
                "--spawns", "1", "--warmup", "0", "--calls", "50", "--rounds", "1",
                "--inflight-calls", "200", "--eof-batch", "16", "--no-pin", "--timeout", "1");
        List<ServerResults> results = new ArrayList<>();
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        String table = new Benchmark(o, new PrintStream(log, true, StandardCharsets.UTF_8)).run(results).markdown();

        assertThat(table).contains("| drop ÷ floor |");
        assertThat(table).containsPattern("\\| 16 in flight, 200 calls: dropped responses \\| 0 \\| 1 \\|.*\\*\\*FAIL\\*\\* \\|");
        assertThat(results.get(1).inflight.result().dropped()).isEqualTo(1);
    }
}
