package dev.mcpkit.it.pkg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A minimal MCP client over stdio, used the way a GUI client spawns a server: the exact command and arguments of a
 * client configuration, an environment with nothing but what is given (like {@code env -i}), no shell. It runs
 * initialize, notifications/initialized, tools/list and one tools/call, then closes stdin and checks that every
 * line the server wrote on stdout is a JSON-RPC 2.0 message.
 */
public final class StdioSession {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    /** What the server answered: the initialize result, the tool names, the tools/call result, and its stderr. */
    public record Transcript(JsonNode initialize, List<String> tools, JsonNode call, List<String> stdout, String stderr) {

        /** The text of the tools/call result's first content block. */
        public String callText() {
            return call.path("content").path(0).path("text").asString();
        }
    }

    private StdioSession() {
    }

    public static Transcript run(List<String> command, Map<String, String> env, Path workingDir, String tool, String argumentsJson)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(onPath(command, env.getOrDefault("PATH", "")));
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.directory(workingDir.toFile());
        Path stderrFile = Files.createTempFile("mcp-stderr", ".txt");
        pb.redirectError(stderrFile.toFile());
        Process p = pb.start();
        List<String> stdout = new ArrayList<>();
        try {
            OutputStream in = p.getOutputStream();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            JsonNode init = request(in, out, stdout, 1, "initialize",
                    "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"package-its\",\"version\":\"1\"}}",
                    stderrFile);
            send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
            JsonNode list = request(in, out, stdout, 2, "tools/list", "{}", stderrFile);
            List<String> tools = new ArrayList<>();
            list.path("tools").forEach(t -> tools.add(t.path("name").asString()));
            JsonNode call = request(in, out, stdout, 3, "tools/call",
                    "{\"name\":\"" + tool + "\",\"arguments\":" + argumentsJson + "}", stderrFile);
            in.close();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                stdout.add(line);
            }
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                throw new AssertionError("the server did not exit after stdin closed: " + command);
            }
            for (String line : stdout) {
                JsonNode m = parse(line);
                if (m == null || !m.isObject() || !"2.0".equals(m.path("jsonrpc").asString())) {
                    throw new AssertionError("stdout carried something other than JSON-RPC: '" + line + "'");
                }
            }
            return new Transcript(init, tools, call, stdout, Files.readString(stderrFile));
        } finally {
            p.destroyForcibly();
            Files.deleteIfExists(stderrFile);
        }
    }

    /** A bare command is looked up on the child's PATH, as Node's spawn does (Java would use this JVM's PATH). */
    static List<String> onPath(List<String> command, String path) {
        String name = command.get(0);
        if (name.contains("/")) {
            return command;
        }
        for (String dir : path.split(":")) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isExecutable(candidate)) {
                List<String> resolved = new ArrayList<>(command);
                resolved.set(0, candidate.toString());
                return resolved;
            }
        }
        throw new AssertionError(name + " is not on the client's PATH " + path);
    }

    private static JsonNode request(OutputStream in, BufferedReader out, List<String> stdout, int id, String method,
                                    String params, Path stderr) throws IOException {
        send(in, "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}");
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            stdout.add(line);
            JsonNode m = parse(line);
            if (m == null) {
                throw new AssertionError("stdout carried something other than JSON-RPC: '" + line + "'");
            }
            if (m.path("id").asInt(-1) == id && !m.has("method")) {
                if (m.has("error")) {
                    throw new AssertionError(method + " failed: " + m.get("error"));
                }
                return m.get("result");
            }
        }
        throw new AssertionError("the server closed stdout before answering " + method + "; stderr:\n" + Files.readString(stderr));
    }

    private static JsonNode parse(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void send(OutputStream in, String line) throws IOException {
        in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }
}
