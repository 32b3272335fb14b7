package dev.mcpkit.bench.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The driver with tiny counts against real processes: mcpkit's example server (the shaded jar of it/example-server)
 * and the Java SDK fixture of this module. Checks that the figures are sane, never how fast anything is.
 */
class HttpBenchmarkTest {

    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");

    @Test
    void measuresMcpkitAndTheJavaSdkWithoutFailures() throws Exception {
        Path exampleJar = Path.of(System.getProperty("example-server.jar",
                "../example-server/target/example-server.jar"));
        assertThat(exampleJar).exists();
        // surefire runs the tests from a manifest-only jar; it gives the real class path in this property
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        HttpBenchOptions options = HttpBenchOptions.parse(
                "--server", "mcpkit=" + JAVA + " -jar '" + exampleJar + "' --transport http --host 127.0.0.1 --port {port}",
                "--server", "java-sdk=" + JAVA + " -cp '" + classPath + "' dev.mcpkit.bench.http.sdk.JavaSdkServer --port {port}",
                "--spawns", "1", "--warmup", "40", "--clients", "1,4", "--calls", "40", "--rounds", "1");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        HttpBenchmark benchmark = new HttpBenchmark(options, new PrintStream(log, true, StandardCharsets.UTF_8));

        List<ServerFigures> figures = benchmark.run();

        assertThat(figures).hasSize(2);
        for (ServerFigures f : figures) {
            assertThat(f.errors).as(f.name() + " errors; log:\n" + log).isEmpty();
            assertThat(f.failedInAll()).as(f.name() + " failed calls").isZero();
            assertThat(f.startupMs).hasSize(1).allSatisfy(ms -> assertThat(ms).isPositive());
            assertThat(f.warmup.calls()).isEqualTo(40);
            for (int clients : List.of(1, 4)) {
                LoadRun.Result r = f.best(clients);
                assertThat(r.clients()).isEqualTo(clients);
                assertThat(r.calls()).isEqualTo(40);
                assertThat(r.callsPerSecond()).isPositive();
                assertThat(r.p50Micros()).isPositive().isLessThanOrEqualTo(r.p99Micros());
            }
            assertThat(f.rssAfterWarmupKib).isPositive();
            assertThat(f.peakRssKib).isGreaterThanOrEqualTo(f.rssAtEndKib).isPositive();
        }
        HttpReport report = new HttpReport(options, figures, benchmark.notes);
        assertThat(report.markdown()).contains("| metric | mcpkit | java-sdk |", "4 clients: p99 latency (µs)");
        Path json = Files.createTempFile("bench-http", ".json");
        Files.writeString(json, dev.mcpkit.bench.JsonWriter.write(report.toMap()));
        assertThat(Files.readString(json)).contains("\"p99Micros\"");
        Files.delete(json);
    }

    @Test
    void aBearerTokenFileGivesTheTokenEveryRequestCarriesAndMustHoldOneToken() throws Exception {
        Path file = Files.createTempFile("token", ".txt");
        Files.writeString(file, "eyJhbGciOi.eyJzdWIi.c2lnbmF0dXJl\n");
        assertThat(HttpBenchOptions.parse("--server", "a=x {port}", "--bearer-token-file", file.toString()).bearerToken)
                .isEqualTo("eyJhbGciOi.eyJzdWIi.c2lnbmF0dXJl");
        Files.writeString(file, "two words");
        assertThatThrownBy(() -> HttpBenchOptions.parse("--server", "a=x {port}",
                "--bearer-token-file", file.toString())).hasMessageContaining("expected one token");
        Files.delete(file);
    }
}
