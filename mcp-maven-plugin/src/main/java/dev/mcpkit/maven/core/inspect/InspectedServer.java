package dev.mcpkit.maven.core.inspect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.mcpkit.maven.core.describe.ServerCommand;
import dev.mcpkit.maven.core.launch.EnvVar;
import dev.mcpkit.maven.core.launch.LaunchSpec;

/** The stdio server the MCP Inspector starts: its command line, the environment it adds, and where it runs. */
public record InspectedServer(List<String> commandLine, Map<String, String> environment, Path workingDirectory) {

    public InspectedServer {
        if (commandLine.isEmpty()) {
            throw new IllegalArgumentException("the server's command line is empty");
        }
        commandLine = List.copyOf(commandLine);
        environment = Map.copyOf(environment);
    }

    /** {@code mcp:inspect}: the server from the build output, as the goal's own handshake starts it. */
    public static InspectedServer of(ServerCommand command, List<String> args) {
        return new InspectedServer(command.commandLine(args.toArray(new String[0])), command.environment(), command.workingDirectory());
    }

    /**
     * {@code mcp:dev}: the dev supervisor itself ({@code mvn -q ... mcp:dev}) with the settings, repository, profiles
     * and {@code -D} properties of this build ({@code sameBuild}), so live reload works behind the Inspector's
     * connection. The {@code mcp.inspector} properties stay out: the child serves stdio, it starts no Inspector.
     * {@code goal} names the running plugin in full ({@code dev.mcpkit:mcp-maven-plugin:<version>:dev}), so the child is
     * the same plugin version, also in a project whose POM does not declare it. {@code mavenOpts} is this build's
     * {@code MAVEN_OPTS} (or null): the child's gets {@code -Djansi.noreset=true}, since Debian's Maven 3.8 otherwise
     * writes {@code ESC[0m} before the first message on stdout, which the Inspector cannot parse, in a project without
     * that flag in {@code .mvn/jvm.config} (on the command line it comes too late).
     */
    public static InspectedServer dev(LaunchSpec dev, String goal, boolean offline, List<String> sameBuild, String mavenOpts,
                                      Path workingDirectory) {
        List<String> line = new ArrayList<>(dev.commandLine());
        line.replaceAll(argument -> argument.equals("mcp:dev") ? goal : argument);
        if (offline) {
            line.add("-o");
        }
        for (String argument : sameBuild) {
            if (!argument.equals("-Dmcp.inspector") && !argument.startsWith("-Dmcp.inspector=")
                    && !argument.startsWith("-Dmcp.inspector.")) {
                line.add(argument);
            }
        }
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvVar var : dev.env()) {
            if (!var.isPlaceholder()) {
                env.put(var.key(), var.value());
            }
        }
        env.put("MAVEN_OPTS", (mavenOpts == null || mavenOpts.isBlank() ? "" : mavenOpts.strip() + " ") + "-Djansi.noreset=true");
        return new InspectedServer(line, env, workingDirectory);
    }

    public String command() {
        return commandLine.get(0);
    }

    public List<String> args() {
        return commandLine.subList(1, commandLine.size());
    }
}
