package dev.mcpkit.maven.core.clients;

import java.util.ArrayList;
import java.util.List;

import dev.mcpkit.maven.core.launch.EnvVar;
import dev.mcpkit.maven.core.launch.Header;
import dev.mcpkit.maven.core.launch.LaunchSpec;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Claude Code: {@code .mcp.json} (project scope) and {@code ~/.claude.json} (user scope) hold
 * {@code mcpServers} entries with {@code "type": "stdio"}; Claude Code expands {@code ${VAR}} from its
 * environment when it starts the server. Also writes the equivalent {@code claude mcp add} command line.
 */
final class ClaudeCodeWriter extends ServerMapWriter {

    ClaudeCodeWriter() {
        super("claude-code", "Claude Code", "mcpServers");
    }

    @Override
    ObjectNode entry(String name, LaunchSpec spec) {
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.put("type", "stdio");
        return commandEntry(entry, name, spec, "command", "env");
    }

    @Override
    String placeholder(String serverName, EnvVar var) {
        return "${" + var.key() + "}";
    }

    /**
     * {@code claude mcp add --transport stdio <name> --env KEY=... -- <command> <args>}, POSIX-quoted.
     * Placeholders stay literal ({@code '${KEY}'}) so the secret is read at launch and never stored.
     */
    String addCommand(String name, LaunchSpec spec, String scope) {
        return ShellQuoting.line(addWords(name, spec, scope));
    }

    /** {@code claude mcp add} as separate words, to run without a shell. */
    List<String> addWords(String name, LaunchSpec spec, String scope) {
        List<String> words = new ArrayList<>(List.of("claude", "mcp", "add", "--transport", spec.isRemote() ? "http" : "stdio"));
        if (scope != null) {
            words.add("--scope");
            words.add(scope);
        }
        words.add(name);
        if (spec.isRemote()) {
            words.add(spec.url());
            for (Header header : spec.headers()) {
                words.addAll(List.of("--header", header.line()));
            }
            return words;
        }
        for (EnvVar var : spec.env()) {
            words.add("--env");
            words.add(var.key() + "=" + (var.isPlaceholder() ? placeholder(name, var) : var.value()));
        }
        words.add("--");
        words.addAll(spec.commandLine());
        return words;
    }

    /** A small script running {@link #addCommand}: {@code clients/claude-mcp-add.sh}. */
    String addScript(String name, LaunchSpec spec) {
        StringBuilder script = new StringBuilder("#!/bin/sh\n");
        script.append("# Adds the MCP server '").append(name).append("' to Claude Code (add --scope user for every project).\n");
        List<String> placeholders = placeholders(spec);
        if (!placeholders.isEmpty()) {
            script.append("# Claude Code reads ").append(String.join(", ", placeholders))
                    .append(" from its environment when it starts the server.\n");
        }
        script.append("set -e\n").append(addCommand(name, spec, null)).append('\n');
        return script.toString();
    }
}
