package dev.mcpkit.maven.core.clients;

import dev.mcpkit.maven.core.launch.EnvVar;
import dev.mcpkit.maven.core.launch.LaunchSpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One-line installs of a server for a README: the links Cursor, VS Code and Goose open to add it, and the commands of
 * the clients that have one ({@code claude mcp add}, {@code code --add-mcp}, {@code gemini mcp add}, {@code codex mcp
 * add}). They are for everyone who reads the README, so they carry no placeholder and no secret: a setting the user
 * supplies is set afterwards ({@code --setup} stores it in the OS keychain, where the server reads it).
 */
public final class InstallLines {

    /** One way to install: for which client, and the link or command. */
    public record Line(String client, String kind, String text) {
    }

    private InstallLines() {
    }

    /** Every line for the server {@code name} started by {@code spec} (the released coordinates, through JBang). */
    public static List<Line> of(String name, String description, LaunchSpec spec) {
        LaunchSpec plain = spec.withoutPlaceholders();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Cursor", "link", "cursor://anysphere.cursor-deeplink/mcp/install?name=" + encode(name) + "&config="
                + Base64.getEncoder().encodeToString(entry(null, plain).toString().getBytes(StandardCharsets.UTF_8))));
        String vscode = entry(name, plain).toString();
        lines.add(new Line("VS Code", "link", "vscode:mcp/install?" + encode(vscode)));
        lines.add(new Line("VS Code", "command", command("vscode", name, plain)));
        lines.add(new Line("Goose", "link", gooseLink(name, description, plain)));
        lines.add(new Line("Claude Code", "command", command("claude-code", name, plain)));
        lines.add(new Line("Gemini CLI", "command", command("gemini", name, plain)));
        lines.add(new Line("Codex", "command", command("codex", name, plain)));
        return lines;
    }

    /** The client's own command that adds the server (its last step: the one that adds). */
    private static String command(String clientId, String name, LaunchSpec plain) {
        List<ClientCommands.Step> steps = ClientCommands.add(clientId, name, plain, true).steps();
        return steps.get(steps.size() - 1).line();
    }

    /**
     * The entry the links and {@code code --add-mcp} carry: {@code {"name"?, "type": "stdio", "command", "args", "env"?}},
     * or for a server at a URL {@code {"name"?, "type": "http", "url", "headers"?}} (values the user supplies as
     * {@code ${KEY}}).
     */
    static ObjectNode entry(String name, LaunchSpec spec) {
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        if (name != null) {
            entry.put("name", name);
        }
        if (spec.isRemote()) {
            entry.put("type", "http");
            entry.put("url", spec.url());
            if (!spec.headers().isEmpty()) {
                ObjectNode headers = entry.putObject("headers");
                spec.headers().forEach(header -> headers.put(header.name(), header.renderAsVariables()));
            }
            return entry;
        }
        entry.put("type", "stdio");
        entry.put("command", spec.command());
        ArrayNode args = entry.putArray("args");
        spec.args().forEach(args::add);
        if (!spec.env().isEmpty()) {
            ObjectNode env = entry.putObject("env");
            spec.env().forEach(var -> env.put(var.key(), var.value()));
        }
        return entry;
    }

    /** Goose's install link: {@code goose://extension?cmd=..&arg=..&id=..&name=..&description=..&env=KEY%3Dwhat it is}. */
    private static String gooseLink(String name, String description, LaunchSpec spec) {
        StringBuilder link = new StringBuilder("goose://extension?cmd=").append(encode(spec.command()));
        spec.args().forEach(arg -> link.append("&arg=").append(encode(arg)));
        link.append("&id=").append(encode(name)).append("&name=").append(encode(name));
        if (description != null && !description.isBlank()) {
            link.append("&description=").append(encode(description.strip()));
        }
        spec.env().forEach(var -> link.append("&env=").append(encode(var.key() + "=" + var.value())));
        return link.toString();
    }

    /** As JavaScript's encodeURIComponent, which the clients decode with: spaces are %20, not +. */
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("%21", "!").replace("%27", "'")
                .replace("%28", "(").replace("%29", ")").replace("%7E", "~");
    }
}
