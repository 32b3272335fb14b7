package dev.mcpkit.bench.http;

import dev.mcpkit.bench.ServerSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * A server under test: a name and the command that starts it, with {@code {port}} where the port goes. The command
 * is split into words like a shell does and started directly (not through a shell), so the process the driver
 * measures is the server itself.
 */
record HttpServerSpec(String name, List<String> template) {

    static final String PORT = "{port}";

    HttpServerSpec {
        template = List.copyOf(template);
    }

    /** Parses {@code name=command}; the command must contain {@code {port}}. */
    static HttpServerSpec parse(String nameEqualsCommand) {
        int eq = nameEqualsCommand.indexOf('=');
        if (eq <= 0 || eq == nameEqualsCommand.length() - 1) {
            throw new IllegalArgumentException("--server expects NAME=COMMAND, got: " + nameEqualsCommand);
        }
        String name = nameEqualsCommand.substring(0, eq).trim();
        List<String> words = ServerSpec.words(nameEqualsCommand.substring(eq + 1));
        if (words.stream().noneMatch(w -> w.contains(PORT))) {
            throw new IllegalArgumentException("--server " + name + ": the command needs a " + PORT + " placeholder");
        }
        return new HttpServerSpec(name, words);
    }

    List<String> command(int port) {
        List<String> command = new ArrayList<>(template.size());
        for (String w : template) {
            command.add(w.replace(PORT, Integer.toString(port)));
        }
        return command;
    }
}
