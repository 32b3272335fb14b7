package dev.mcpkit.maven.core.validate.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.mcpkit.maven.core.validate.Category;
import dev.mcpkit.maven.core.validate.Check;
import dev.mcpkit.maven.core.validate.Findings;
import dev.mcpkit.maven.core.validate.GuiEnvironment;
import dev.mcpkit.maven.core.validate.LaunchProbe;
import dev.mcpkit.maven.core.validate.ProjectModel;
import tools.jackson.databind.JsonNode;

/**
 * Runs the generated Claude Desktop command the way Claude Desktop does: {@code env -i}, a PATH without java,
 * a temporary HOME, no JAVA_HOME. It must answer initialize and tools/list within the budget, write only
 * JSON-RPC on stdout, and show no exception on stderr.
 */
public final class ClientLaunchCheck implements Check {

    /** What a secret placeholder such as {@code ${API_KEY}} becomes for the probe: some value, never a real one. */
    static final String PLACEHOLDER_VALUE = "mcp-validate-placeholder";
    private static final Pattern EXCEPTION = Pattern.compile(
            "(?m)^(?:Exception in thread .*|(?:[\\w$]+\\.)+[\\w$]*(?:Exception|Error)(?:: .*)?|\\s+at (?:[\\w$]+\\.)+[\\w$<>]+\\(.*\\))$");
    private static final Pattern JAVA_MISSING = Pattern.compile("JAVA_HOME|java: (?:command )?not found|java: No such file|No java|needs Java");

    @Override
    public String id() {
        return "ux.client-launch";
    }

    @Override
    public Category category() {
        return Category.USER_EXPERIENCE;
    }

    @Override
    public String title() {
        return "Claude Desktop command starts in a GUI-like environment";
    }

    @Override
    public void run(ProjectModel model, Findings findings) throws InterruptedException {
        if (!GuiEnvironment.availableOrNote(findings)) {
            return;
        }
        Path snippet = model.layout().claudeDesktopSnippet();
        String rel = model.layout().relative(snippet);
        if (!Files.isRegularFile(snippet)) {
            findings.error(rel + " is missing, so the command Claude Desktop would run is unknown",
                    "run mcp:package (bound to package) before mcp:validate, e.g. mvn verify");
            return;
        }
        JsonNode entry;
        try {
            JsonNode root = LaunchProbe.parse(Files.readString(snippet));
            JsonNode servers = root == null ? null : root.path("mcpServers");
            if (servers == null || !servers.isObject() || servers.isEmpty()) {
                findings.error(rel + " has no mcpServers entry", "run mcp:package again to regenerate it");
                return;
            }
            entry = servers.path(model.serverName());
            if (entry.isMissingNode()) {
                findings.error(rel + " names the server '" + servers.propertyNames().iterator().next() + "', not '" + model.serverName() + "'",
                        "run mcp:package again, or set mcp.serverName to the name clients should use");
                return;
            }
        } catch (IOException e) {
            findings.error("cannot read " + rel + ": " + e.getMessage(), "run mcp:package again");
            return;
        }
        List<String> command = new ArrayList<>();
        command.add(entry.path("command").asString(""));
        for (JsonNode a : entry.path("args")) {
            command.add(a.asString(""));
        }
        String shown = String.join(" ", command);
        try (GuiEnvironment gui = GuiEnvironment.create()) {
            Map<String, String> env = gui.environment();
            for (Map.Entry<String, JsonNode> e : entry.path("env").properties()) {
                String value = e.getValue().asString("");
                env.put(e.getKey(), value.contains("${") ? PLACEHOLDER_VALUE : value);
            }
            LaunchProbe.Outcome o = LaunchProbe.probe(command, env, gui.workingDirectory(), model.launch().budget());
            report(o, shown, model.launch().budget().toSeconds(), findings);
        } catch (IOException e) {
            findings.error("Claude Desktop could not start '" + shown + "': " + e.getMessage(),
                    "the command must be an absolute path to an executable; run mcp:package again");
        }
    }

    private static void report(LaunchProbe.Outcome o, String shown, long budget, Findings findings) {
        String stderrTail = tail(o.stderr());
        if (!o.completed()) {
            if (o.exitCode() != null) {
                if (JAVA_MISSING.matcher(o.stderr()).find()) {
                    findings.error("'" + shown + "' exited (" + o.exitCode() + ") before answering " + o.stage()
                                    + ": it needs JAVA_HOME or java on PATH, which Claude Desktop does not provide: " + stderrTail,
                            "use the generated launcher (it finds an installed JDK by itself) or an absolute java path in the client configuration");
                } else {
                    findings.error("'" + shown + "' exited (" + o.exitCode() + ") before answering " + o.stage() + ": " + stderrTail,
                            "run the command by hand with env -i and fix the error it reports");
                }
            } else {
                findings.error("'" + shown + "' did not answer " + o.stage() + " within " + budget + " s (Claude Desktop gives up)"
                                + (stderrTail.isEmpty() ? "" : "; stderr: " + stderrTail),
                        "make the server answer initialize before slow work (load lazily), or raise mcp.validate.launchTimeout");
            }
        } else if (o.toolsResult().has("error")) {
            findings.error("'" + shown + "' answered tools/list with an error: " + o.toolsResult().path("error").path("message").asString(""),
                    "fix the tools/list handler");
        }
        for (String line : o.stdout()) {
            JsonNode node = LaunchProbe.parse(line);
            if (node == null || !node.isObject() || !"2.0".equals(node.path("jsonrpc").asString(""))) {
                findings.error("'" + shown + "' wrote something other than JSON-RPC to stdout: '" + clip(line) + "'",
                        "write logs and banners to stderr (System.err or a logger on stderr): stdout carries only the MCP protocol");
                break;
            }
        }
        Matcher m = EXCEPTION.matcher(o.stderr());
        if (m.find()) {
            findings.error("'" + shown + "' logged an exception on stderr at startup: " + clip(m.group().strip()),
                    "fix the startup error; run the command by hand to see the whole stack trace");
        }
        if (o.completed()) {
            findings.info("initialize + tools/list answered in " + o.millis() + " ms");
        }
    }

    private static String tail(String text) {
        String t = text.strip();
        String[] lines = t.split("\n");
        String last = lines.length > 3 ? String.join(" | ", java.util.Arrays.copyOfRange(lines, lines.length - 3, lines.length)) : String.join(" | ", lines);
        return clip(last);
    }

    private static String clip(String s) {
        return s.length() > 240 ? s.substring(0, 240) + "…" : s;
    }
}
