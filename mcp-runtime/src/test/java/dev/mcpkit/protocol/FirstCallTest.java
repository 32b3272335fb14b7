package dev.mcpkit.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.mcpkit.StdioFixture;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client's first {@code tools/call} finds its classes loaded: a fresh JVM reading, verifying and initializing them
 * from the jar was most of the first call's time. Seen in a real server process through the JVM's class-loading log.
 * The process runs with {@code -Dsun.reflect.noInflation=true}: on JDK 17 a method called by reflection then makes
 * its accessor class at its first call, as every JDK since 18 does (method handles, ~4 ms on JDK 25), so the tool
 * must be called through the invoker mcpkit's annotation processor wrote for it.
 */
class FirstCallTest {

    private static final String INIT = "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
            + "\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";

    @Test
    void everyClassLoadedAheadExists() {
        for (String name : FirstCallClasses.NAMES) {
            assertThatCode(() -> Class.forName(name, false, FirstCallClasses.class.getClassLoader()))
                    .as("FirstCallClasses names %s", name).doesNotThrowAnyException();
        }
    }

    @Test
    void theFirstToolCallAndToolsListLoadNoClass(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("classes.log");
        Process p = new ProcessBuilder(new File(System.getProperty("java.home"), "bin/java").getPath(),
                "-Xlog:class+load=info:file=" + log, "-Dsun.reflect.noInflation=true", "-cp", System.getProperty("java.class.path"), StdioFixture.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream in = p.getOutputStream();
             BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            send(in, INIT);
            assertThat(out.readLine()).contains("\"id\":0", "\"result\"");
            awaitQuiet(log);   // start-up's background work is done

            int before = loadedClasses(log).size();
            send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
            send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\",\"arguments\":{\"message\":\"first\"}}}");
            assertThat(out.readLine()).contains("\"id\":1", "\"text\":\"first\"");
            send(in, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");
            assertThat(out.readLine()).contains("\"id\":2", "\"name\":\"echo\"");

            List<String> loaded = loadedClasses(log);
            assertThat(loaded.subList(before, loaded.size()))
                    .as("classes loaded by the first tools/call and tools/list: name them in FirstCallClasses").isEmpty();
        } finally {
            p.destroy();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void send(OutputStream in, String line) throws Exception {
        in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    /** Waits until the class-loading log has not grown for half a second. */
    private static void awaitQuiet(Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        long size = -1;
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long now = Files.size(log);
            if (now != size) {
                size = now;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > TimeUnit.MILLISECONDS.toNanos(500)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the server kept loading classes for 20 s after its initialize answer");
    }

    private static List<String> loadedClasses(Path log) throws Exception {
        return Files.readAllLines(log).stream().filter(l -> l.contains(" source: "))
                .map(l -> l.substring(l.indexOf("] ", l.indexOf("[class,load")) + 2, l.indexOf(" source: ")))
                .collect(Collectors.toList());
    }
}
