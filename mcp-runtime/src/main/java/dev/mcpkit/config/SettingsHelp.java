package dev.mcpkit.config;

import java.util.List;

/** The settings part of {@code --help}: every setting with its facts, then where configuration is read from. */
public final class SettingsHelp {

    private SettingsHelp() {
    }

    /** The section, ending with a newline; says so when the server has no settings. */
    public static String render(SettingsModel model, ConfigEnvironment env) {
        StringBuilder out = new StringBuilder();
        List<SettingDefinition> definitions = model.definitions();
        if (definitions.isEmpty()) {
            out.append("Settings: none.\n");
            return out.toString();
        }
        out.append("Settings (environment variables):\n");
        int width = 0;
        for (SettingDefinition d : definitions) {
            width = Math.max(width, d.key().length());
        }
        for (SettingDefinition d : definitions) {
            StringBuilder facts = new StringBuilder(d.type().label());
            if (!d.allowedValues().isEmpty()) {
                facts.append(" (").append(String.join("|", d.allowedValues())).append(')');
            }
            facts.append(d.required() ? ", required" : ", optional");
            if (d.secret()) {
                facts.append(", secret");
            }
            if (d.defaultValue() != null) {
                facts.append(", default ").append(d.defaultValue());
            }
            out.append("  ").append(pad(d.key(), width)).append("  ").append(facts).append('\n');
            if (!d.description().isEmpty()) {
                out.append("  ").append(pad("", width)).append("  ").append(d.description()).append('\n');
            }
        }
        out.append('\n').append("Configuration is read from (first hit wins):\n");
        out.append("  1. environment variables (e.g. the \"env\" block of an MCP client configuration)\n");
        out.append("  2. ").append(env.configDotEnv()).append(" (your own, written by --setup)\n");
        out.append("  3. the OS keychain: ").append(env.keychain().name()).append(", service \"").append(env.serverName())
                .append("\", account = setting key\n");
        out.append("  4. ").append(env.workingDirDotEnv()).append(" (the directory the server starts in)\n");
        out.append("  5. a prompt for required settings when run in a terminal (never while serving stdio)\n");
        out.append("Store settings with `").append(env.command()).append(" --setup`; check them with `")
                .append(env.command()).append(" --validate-config`.\n");
        return out.toString();
    }

    private static String pad(String text, int width) {
        StringBuilder out = new StringBuilder(text);
        while (out.length() < width) {
            out.append(' ');
        }
        return out.toString();
    }
}
