package dev.mcpkit.maven.core.setup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.mcpkit.maven.core.clients.ClientCommands;
import dev.mcpkit.maven.core.clients.ClientConfigWriter;
import dev.mcpkit.maven.core.clients.ClientConfigs;
import dev.mcpkit.maven.core.describe.DescribeException;
import dev.mcpkit.maven.core.describe.ServerDescriber;
import dev.mcpkit.maven.core.describe.ServerDescriptor;
import dev.mcpkit.maven.core.install.ClientCommandRunner;
import dev.mcpkit.maven.core.install.ClientConfigLocations;
import dev.mcpkit.maven.core.install.ConfigFileException;
import dev.mcpkit.maven.core.install.ConfigInstaller;
import dev.mcpkit.maven.core.install.ConfigLocation;
import dev.mcpkit.maven.core.install.InstallResult;
import dev.mcpkit.maven.core.install.Scope;
import dev.mcpkit.maven.core.launch.LaunchSpec;
import dev.mcpkit.maven.core.launch.LaunchSpecs;
import dev.mcpkit.maven.core.process.Platform;
import dev.mcpkit.maven.core.project.Coordinates;

/** What {@code mcp:config} and {@code mcp:install} do, without Maven: describe, build the launch, write or merge. */
public final class ClientSetup {

    private final ServerDescriber describer;
    private final ClientConfigLocations locations;
    private final ConfigInstaller installer;

    private final ClientCommandRunner commands;

    public ClientSetup(ServerDescriber describer, ClientConfigLocations locations, ConfigInstaller installer,
                       ClientCommandRunner commands) {
        this.describer = describer;
        this.locations = locations;
        this.installer = installer;
        this.commands = commands;
    }

    /** The snippet for one client and the file it belongs in ({@code mcp:config}). */
    public ConfigSnippet config(ServerRequest server, LaunchRequest launch, String clientId, Scope scope) throws DescribeException {
        return config(server, launch, List.of(clientId), scope).get(0);
    }

    /** Snippets for several clients (or {@code all}), describing the server once. */
    public List<ConfigSnippet> config(ServerRequest server, LaunchRequest launch, List<String> clientIds, Scope scope)
            throws DescribeException {
        List<String> ids = clientIds.size() == 1 && clientIds.get(0).trim().equals("all") ? ClientConfigs.ids() : clientIds;
        List<ClientConfigWriter> writers = new ArrayList<>();
        for (String id : ids) {
            writers.add(ClientConfigs.get(id.trim()));
        }
        Server described = describe(server);
        List<String> warnings = new ArrayList<>();
        LaunchSpec spec = launchSpec(described, launch, warnings);
        List<ConfigSnippet> snippets = new ArrayList<>();
        for (ClientConfigWriter writer : writers) {
            ConfigLocation location = locateForSnippet(writer.id(), scope, writers.size() > 1);
            String command = writer.id().equals("claude-code")
                    ? ClientConfigs.claudeMcpAddCommand(described.name, spec, scope == Scope.USER ? "user" : "project")
                    : null;
            String text;
            try {
                text = writer.snippetText(described.name, spec);
            } catch (IllegalArgumentException e) {
                if (writers.size() == 1) {
                    throw e;
                }
                warnings.add(writer.displayName() + " is left out: " + e.getMessage());   // one client of many cannot take this server
                continue;
            }
            snippets.add(new ConfigSnippet(writer.displayName(), text, location, command, snippets.isEmpty() ? warnings : List.of(),
                    writer.id() + "." + writer.format().fileExtension()));
        }
        return snippets;
    }

    /** A client without a project file (Claude Desktop...) is shown with its user file when several are asked for. */
    private ConfigLocation locateForSnippet(String clientId, Scope scope, boolean several) {
        try {
            return locations.locate(clientId, scope);
        } catch (IllegalArgumentException e) {
            if (several) {
                return locations.locate(clientId, Scope.USER);
            }
            throw e;
        }
    }

    /**
     * Merges the server into (or removes it from) the client's configuration file ({@code mcp:install}); with
     * {@code clientCommand}, through the client's own command when it is on the PATH and can say what the entry needs.
     */
    public Installation install(ServerRequest server, LaunchRequest launch, String clientId, Scope scope, Path configFile,
                                boolean dryRun, boolean uninstall, boolean clientCommand)
            throws DescribeException, ConfigFileException, InterruptedException {
        ClientConfigWriter writer = ClientConfigs.get(clientId);
        ConfigLocation location = configFile != null ? null : locations.locate(clientId, scope);
        if (location != null && location.file() == null) {
            throw new IllegalArgumentException(writer.displayName() + " has no configuration file to install into: print the entry with"
                    + " mcp:config -Dmcp.client=" + clientId + " and add it in " + location.note());
        }
        Path file = configFile != null ? configFile : location.file();
        Server described = describe(server);
        List<String> warnings = new ArrayList<>();
        LaunchSpec spec = uninstall ? null : launchSpec(described, launch, warnings);
        if (clientCommand && configFile == null) {
            ClientCommands.Plan plan = uninstall ? ClientCommands.remove(clientId, described.name, scope == Scope.USER)
                    : ClientCommands.add(clientId, described.name, spec, scope == Scope.USER);
            Path executable = plan.possible() ? commands.find(plan.executable()) : null;
            if (executable != null) {
                if (!dryRun) {
                    commands.run(plan, executable);
                }
                return new Installation(described.name, writer.displayName(), null, plan.steps().get(plan.steps().size() - 1).line(),
                        dryRun, uninstall || spec == null ? List.of() : writer.placeholders(spec), warnings);
            }
            if (plan.possible()) {
                warnings.add(plan.executable() + " is not on the PATH: editing " + file + " instead.");
            } else if (plan.whyNot() != null) {
                warnings.add(plan.whyNot() + ": editing " + file + " instead.");
            }
        }
        InstallResult result = uninstall ? installer.uninstall(writer, file, described.name, dryRun)
                : installer.install(writer, file, described.name, spec, dryRun);
        return new Installation(described.name, writer.displayName(), result, null, dryRun, List.of(), warnings);
    }

    /**
     * The result of {@link #install}, with the name the server was installed under: what changed in the file, or the
     * client's own command that was run ({@code command}; with {@code dryRun}, the one that would be).
     */
    public record Installation(String serverName, String clientName, InstallResult result, String command, boolean dryRun,
                               List<String> placeholders, List<String> warnings) {
        public String message() {
            if (command == null) {
                return result.message(serverName) + (result.changed() ? "\nRestart " + clientName + " to pick it up." : "");
            }
            String m = (dryRun ? "Dry run, nothing changed. " + clientName + "'s own command would run:\n  " : "Ran " + clientName
                    + "'s own command:\n  ") + command + "\n(-Dmcp.clientCommand=false edits its file instead.)";
            return placeholders.isEmpty() ? m : m + "\nValues to provide: " + String.join(", ", placeholders)
                    + " (no secret is in the entry: set them where the client or the server reads them).";
        }
    }

    private record Server(String name, ServerDescriptor descriptor) {
    }

    private Server describe(ServerRequest request) throws DescribeException {
        ServerDescriptor descriptor = describer.describe(request.command(), request.mode(), request.runtimeOnClasspath(),
                request.declaredSettings());
        return new Server(request.name(descriptor), descriptor);
    }

    private LaunchSpec launchSpec(Server server, LaunchRequest launch, List<String> warnings) {
        ServerDescriptor d = server.descriptor;
        // the packaged jar carries the POM's version, whatever the server reports
        String version = launch.coordinates().version();
        switch (launch.mode()) {
            case LAUNCHER: {
                boolean windows = locations.platform() == Platform.WINDOWS;
                Path launcher = launch.mcpDir().resolve("bin").resolve(windows ? server.name + ".cmd" : server.name).toAbsolutePath();
                warnIfMissing(launcher, "launcher", warnings);
                return windows ? LaunchSpecs.windowsLauncher(launcher, d.settings()) : LaunchSpecs.launcher(launcher, d.settings());
            }
            case JAVA: {
                Path jar = (launch.jar() != null ? launch.jar() : launch.mcpDir().resolve(server.name + "-" + version + ".jar"))
                        .toAbsolutePath();
                warnIfMissing(jar, "jar", warnings);
                return LaunchSpecs.javaJar(launch.java(), jar, launch.jvmOptions(), d.settings());
            }
            case JBANG: {
                Coordinates c = launch.coordinates();
                return locations.platform() == Platform.WINDOWS
                        ? LaunchSpecs.windowsJbang(launch.javaRelease(), c.groupId(), c.artifactId(), c.version(), d.settings())
                        : LaunchSpecs.jbang(launch.javaRelease(), c.groupId(), c.artifactId(), c.version(), d.settings());
            }
            case DEV:
                return LaunchSpecs.dev(launch.mvn(), launch.pom(), launch.java(), d.settings());
            case REMOTE:
                return LaunchSpecs.remote(launch.url(), launch.headers());
            default:
                throw new IllegalStateException(launch.mode().toString());
        }
    }

    private static void warnIfMissing(Path file, String what, List<String> warnings) {
        if (!Files.exists(file)) {
            warnings.add("The " + what + " " + file + " does not exist yet: package the server (mcp:package) before a client starts it.");
        }
    }
}
