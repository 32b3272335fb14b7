package dev.mcpkit.maven.core.launch;

import java.util.ArrayList;
import java.util.List;

/** What a client runs: a command, its arguments, and the environment it must provide. */
public record LaunchSpec(LaunchMode mode, String command, List<String> args, List<EnvVar> env) {

    public LaunchSpec {
        args = List.copyOf(args);
        env = List.copyOf(env);
    }

    /** The command and arguments as one list (for command lines). */
    public List<String> commandLine() {
        List<String> line = new ArrayList<>();
        line.add(command);
        line.addAll(args);
        return line;
    }

    /** The same launch without the values the user must still supply: for clients and READMEs that cannot hold them. */
    public LaunchSpec withoutPlaceholders() {
        List<EnvVar> values = new ArrayList<>();
        for (EnvVar var : env) {
            if (!var.isPlaceholder()) {
                values.add(var);
            }
        }
        return new LaunchSpec(mode, command, args, values);
    }
}
