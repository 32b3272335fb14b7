package dev.mcpkit.maven.core.clients;

import java.util.ArrayList;
import java.util.List;

import dev.mcpkit.maven.core.launch.EnvVar;
import dev.mcpkit.maven.core.launch.Header;
import dev.mcpkit.maven.core.launch.LaunchSpec;

/**
 * The commands with which clients add and remove servers themselves: {@code claude mcp add}, {@code code --add-mcp},
 * {@code gemini mcp add} and {@code codex mcp add}. {@code mcp:install} runs them when the client's command is on the
 * PATH, so the client writes its own file; it edits the file itself where a command cannot say what the entry needs.
 */
public final class ClientCommands {

    /** One command line; one that {@code mayFail} only clears the way (removing an entry the next step adds again). */
    public record Step(List<String> words, boolean mayFail) {

        public Step {
            words = List.copyOf(words);
        }

        public String line() {
            return ShellQuoting.line(words);
        }
    }

    /** The steps to run, or why the client's command cannot do it ({@code steps} empty). */
    public record Plan(List<Step> steps, String whyNot) {

        public Plan {
            steps = List.copyOf(steps);
        }

        static Plan of(Step... steps) {
            return new Plan(List.of(steps), null);
        }

        static Plan none(String why) {
            return new Plan(List.of(), why);
        }

        public boolean possible() {
            return !steps.isEmpty();
        }

        /** The command the client's command line starts with: {@code claude}, {@code code}, {@code gemini}, {@code codex}. */
        public String executable() {
            return steps.get(0).words().get(0);
        }
    }

    private ClientCommands() {
    }

    /** How the client's own command adds the server {@code name} started by {@code spec}. */
    public static Plan add(String clientId, String name, LaunchSpec spec, boolean userScope) {
        switch (clientId) {
            case "claude-code": {
                ClaudeCodeWriter writer = (ClaudeCodeWriter) ClientConfigs.get(clientId);
                String scope = userScope ? "user" : "project";
                // claude mcp add refuses a name it has: the entry is removed first, so it is replaced as the file edit replaces it
                return Plan.of(new Step(List.of("claude", "mcp", "remove", "--scope", scope, name), true),
                        new Step(writer.addWords(name, spec, scope), false));
            }
            case "gemini": {
                // gemini mcp add takes the command's own arguments after it, -- and all, and replaces an entry it has
                List<String> words = new ArrayList<>(List.of("gemini", "mcp", "add", "--scope", userScope ? "user" : "project"));
                if (spec.isRemote()) {
                    words.addAll(List.of("--transport", "http"));
                    for (Header header : spec.headers()) {
                        words.addAll(List.of("-H", header.line()));
                    }
                    words.addAll(List.of(name, spec.url()));
                    return Plan.of(new Step(words, false));
                }
                for (EnvVar var : spec.env()) {
                    words.addAll(List.of("-e", var.key() + "=" + (var.isPlaceholder() ? "${" + var.key() + "}" : var.value())));
                }
                words.add(name);
                words.addAll(spec.commandLine());
                return Plan.of(new Step(words, false));
            }
            case "codex": {
                if (spec.isRemote()) {
                    return codexRemote(name, spec);
                }
                if (!ClientConfigs.get(clientId).placeholders(spec).isEmpty()) {
                    return Plan.none("codex mcp add cannot pass a value through from Codex's environment (env_vars)");
                }
                List<String> words = new ArrayList<>(List.of("codex", "mcp", "add", name));
                for (EnvVar var : spec.env()) {
                    words.addAll(List.of("--env", var.key() + "=" + var.value()));
                }
                words.add("--");
                words.addAll(spec.commandLine());
                return Plan.of(new Step(words, false));
            }
            case "vscode": {
                if (!userScope) {
                    return Plan.none("code --add-mcp writes the user profile only");
                }
                if (!ClientConfigs.get(clientId).placeholders(spec).isEmpty()) {
                    return Plan.none("code --add-mcp cannot declare the inputs VS Code asks the values with");
                }
                return Plan.of(new Step(List.of("code", "--add-mcp", InstallLines.entry(name, spec).toString()), false));
            }
            default:
                return Plan.none(null);
        }
    }

    /** {@code codex mcp add NAME --url URL}, with {@code --bearer-token-env-var} for {@code Authorization: Bearer {env:KEY}}. */
    private static Plan codexRemote(String name, LaunchSpec spec) {
        List<String> words = new ArrayList<>(List.of("codex", "mcp", "add", name, "--url", spec.url()));
        for (Header header : spec.headers()) {
            if (!header.isBearerReference()) {
                return Plan.none("codex mcp add sends no header but Authorization: Bearer {env:KEY}");
            }
            words.addAll(List.of("--bearer-token-env-var", header.keys().get(0)));
        }
        return Plan.of(new Step(words, false));
    }

    /** How the client's own command removes the server {@code name}. */
    public static Plan remove(String clientId, String name, boolean userScope) {
        String scope = userScope ? "user" : "project";
        switch (clientId) {
            case "claude-code":
                return Plan.of(new Step(List.of("claude", "mcp", "remove", "--scope", scope, name), false));
            case "gemini":
                return Plan.of(new Step(List.of("gemini", "mcp", "remove", "--scope", scope, name), false));
            case "codex":
                return Plan.of(new Step(List.of("codex", "mcp", "remove", name), false));
            case "vscode":
                return Plan.none("VS Code has no command that removes a server");
            default:
                return Plan.none(null);
        }
    }
}
