package dev.mcpkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The driver's phases against the real floor server as a process: everything answered, nothing dropped. */
class FloorProcessTest {

    @Test
    void coldStartGetsAnInitializeResponseAndAFirstEchoResult() {
        SpawnProbe.Sample sample = SpawnProbe.measure(Servers.floor(), Servers.LIMITS);

        assertThat(sample.initializeMs()).isPositive();
        assertThat(sample.firstCallMs()).isPositive();
    }

    @Test
    void sequentialCallsAreAllAnsweredCorrectly() {
        SequentialRun.Result r = SequentialRun.run(Servers.floor(), Pinning.NONE, 50, 200, Servers.LIMITS);

        assertThat(r.calls()).isEqualTo(200);
        assertThat(r.callsPerSecond()).isPositive();
        assertThat(r.p99Micros()).isGreaterThanOrEqualTo(r.p50Micros());
        assertThat(r.rssKiB()).isPositive();
    }

    @Test
    void inflightCallsAreAllAnsweredOnceWithNothingDropped() {
        InflightRun.Run run = InflightRun.run(Servers.floor(), 100, 1000, 16, Servers.LIMITS);

        InflightRun.Result r = run.result();
        assertThat(r.stoppedBecause()).isNull();
        assertThat(r.problems()).isEmpty();
        assertThat(r.answered()).isEqualTo(1000);
        assertThat(r.dropped()).isZero();
        assertThat(r.clean()).isTrue();
        assertThat(run.failedInWarmup()).isFalse();
        assertThat(run.rssAfterWarmupKiB()).isPositive();
    }

    @Test
    void requestsWrittenJustBeforeStdinClosesAreAllAnsweredThenTheServerExits() {
        InflightRun.Drain d = InflightRun.drainAtEof(Servers.floor(), 100, Servers.LIMITS);

        assertThat(d.problem()).isNull();
        assertThat(d.answered()).isEqualTo(100);
        assertThat(d.dropped()).isZero();
        assertThat(d.exitCode()).isZero();
    }

    @Test
    void theTableHasTheShortSessionRowsAndTheFirstCallAsAShareOfTheFloorsStart() {
        String floor = Servers.floor().commandLine();
        BenchOptions o = BenchOptions.parse("--server", "floor=" + floor, "--server", "again=" + floor,
                "--spawns", "2", "--warmup", "20", "--short-warmup", "10", "--calls", "50", "--rounds", "1",
                "--inflight-calls", "100", "--eof-batch", "4", "--no-pin");
        java.util.List<ServerResults> results = new java.util.ArrayList<>();

        String table = new Benchmark(o, new java.io.PrintStream(new java.io.ByteArrayOutputStream())).run(results).markdown();

        assertThat(table).containsPattern("\\| short session \\(10 warm-up calls\\), [^|]+: calls/s \\| [0-9,]+ \\| [0-9,]+ \\|");
        assertThat(table).contains("| first echo result as a share of the floor's spawn → initialize (%) |");
        assertThat(results.get(1).shortSession).isNotEmpty();
        assertThat(results.get(1).shortSession.values().iterator().next().calls()).isEqualTo(50);
    }
}
