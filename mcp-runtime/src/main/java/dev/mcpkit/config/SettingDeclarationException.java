package dev.mcpkit.config;

import java.util.List;

/** Mistakes in how a server declares its settings: a developer error, reported all at once. */
public final class SettingDeclarationException extends ConfigException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public SettingDeclarationException(List<String> problems) {
        super("invalid setting declarations:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
