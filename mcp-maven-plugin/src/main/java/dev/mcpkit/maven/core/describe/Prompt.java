package dev.mcpkit.maven.core.describe;

import java.util.List;

/** A prompt with its arguments. */
public record Prompt(String name, String title, String description, List<Argument> arguments) {

    public Prompt {
        arguments = List.copyOf(arguments);
    }

    /** One prompt argument. */
    public record Argument(String name, String description, boolean required) {
    }
}
