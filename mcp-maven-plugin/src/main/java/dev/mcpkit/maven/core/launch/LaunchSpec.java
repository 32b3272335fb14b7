package dev.mcpkit.maven.core.launch;

import java.util.ArrayList;
import java.util.List;

/**
 * What a client runs: a command, its arguments, and the environment it must provide; or, for {@link LaunchMode#REMOTE},
 * the URL a server serves at ({@link #url()}) and the headers to send, whose placeholders are in {@code env}.
 */
public record LaunchSpec(LaunchMode mode, String command, List<String> args, List<EnvVar> env, List<Header> headers) {

    public LaunchSpec {
        args = List.copyOf(args);
        env = List.copyOf(env);
        headers = List.copyOf(headers);
    }

    /** A server the client starts. */
    public LaunchSpec(LaunchMode mode, String command, List<String> args, List<EnvVar> env) {
        this(mode, command, args, env, List.of());
    }

    /** A server serving over Streamable HTTP at {@code url}; the values the headers refer to are the placeholders. */
    public static LaunchSpec remote(String url, List<Header> headers) {
        List<EnvVar> supplied = new ArrayList<>();
        for (Header header : headers) {
            for (String key : header.keys()) {
                if (supplied.stream().noneMatch(var -> var.key().equals(key))) {
                    supplied.add(new EnvVar(key, null, "the " + header.name() + " header", true));
                }
            }
        }
        return new LaunchSpec(LaunchMode.REMOTE, url, List.of(), supplied, headers);
    }

    public boolean isRemote() {
        return mode == LaunchMode.REMOTE;
    }

    /** The server's URL, for a remote one. */
    public String url() {
        if (!isRemote()) {
            throw new IllegalStateException("a " + mode.id() + " launch has a command, not a URL");
        }
        return command;
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
        return new LaunchSpec(mode, command, args, values, headers);
    }
}
