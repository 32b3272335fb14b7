package dev.mcpkit.it.pkg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A server entry of a Claude Desktop configuration ({@code mcpServers.<name>}): what that client would spawn. */
public record ClientConfig(String command, List<String> args, Map<String, String> env) {

    public static ClientConfig read(Path claudeDesktopJson, String server) throws IOException {
        JsonNode entry = JsonMapper.builder().build().readTree(Files.readString(claudeDesktopJson)).path("mcpServers").path(server);
        if (!entry.isObject()) {
            throw new AssertionError(claudeDesktopJson + " has no mcpServers." + server);
        }
        List<String> args = new ArrayList<>();
        entry.path("args").forEach(a -> args.add(a.asString()));
        Map<String, String> env = new LinkedHashMap<>();
        entry.path("env").properties().forEach(e -> env.put(e.getKey(), e.getValue().asString()));
        return new ClientConfig(entry.path("command").asString(), args, env);
    }

    public List<String> commandLine() {
        List<String> line = new ArrayList<>();
        line.add(command);
        line.addAll(args);
        return line;
    }

    /** The environment the client passes: its own (base) plus the entry's env, with {@code ${VAR}} filled from {@code values}. */
    public Map<String, String> environment(Map<String, String> base, Map<String, String> values) {
        Map<String, String> all = new LinkedHashMap<>(base);
        env.forEach((k, v) -> {
            String resolved = v;
            for (Map.Entry<String, String> value : values.entrySet()) {
                resolved = resolved.replace("${" + value.getKey() + "}", value.getValue());
            }
            all.put(k, resolved);
        });
        return all;
    }
}
