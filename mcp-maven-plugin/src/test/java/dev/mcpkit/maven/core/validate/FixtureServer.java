package dev.mcpkit.maven.core.validate;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A tiny stdio MCP server packaged into a jar by the tests and started through real launchers. Its misbehaviour is
 * chosen by {@code -Dfixture.mode} (launcher JVM option) or {@code FIXTURE_MODE} (client snippet env): ok, stdout,
 * java-home, hang, exception, bad-help, lenient-config.
 */
public final class FixtureServer {

    private FixtureServer() {
    }

    public static void main(String[] args) throws Exception {
        String mode = System.getProperty("fixture.mode", System.getenv().getOrDefault("FIXTURE_MODE", "ok"));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<String> a = List.of(args);
        if (a.contains("--version")) {
            out.println("fixture 1.2.0");
            return;
        }
        if (a.contains("--help")) {
            if (mode.equals("bad-help")) {
                System.err.println("no help");
                System.exit(2);
            }
            out.println("Usage: fixture [--version] [--help] [--validate-config]");
            return;
        }
        if (a.contains("--validate-config")) {
            boolean set = System.getenv("API_KEY") != null;
            out.println(set ? "all settings present" : "API_KEY is missing: set it in the environment");
            System.exit(set || mode.equals("lenient-config") ? 0 : 1);
        }
        if (!a.isEmpty()) {
            System.err.println("unknown option '" + a.get(0) + "'");
            System.exit(2);
        }
        switch (mode) {
            case "stdout" -> out.println("Starting fixture server on stdio");
            case "java-home" -> {
                if (System.getenv("JAVA_HOME") == null) {
                    System.err.println("fixture: JAVA_HOME is not set");
                    System.exit(1);
                }
            }
            case "hang" -> Thread.sleep(Long.MAX_VALUE);
            case "exception" -> new IllegalStateException("cache directory is not writable").printStackTrace();
            default -> {
            }
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            if (line.contains("\"method\":\"initialize\"")) {
                out.println("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{\"tools\":{}},"
                        + "\"serverInfo\":{\"name\":\"fixture\",\"version\":\"1.2.0\"}}}");
            } else if (line.contains("\"method\":\"tools/list\"")) {
                out.println("{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{\"tools\":[{\"name\":\"echo\",\"inputSchema\":{\"type\":\"object\"}}]}}");
            }
        }
    }
}
