package dev.mcpkit.config;

import dev.mcpkit.Secret;
import dev.mcpkit.Setting;
import java.nio.file.Path;
import java.util.List;

/**
 * A tiny "server" run in a child JVM by {@link HierarchyInChildProcessTest}: it resolves its
 * settings from the real environment, working directory and platform config directory, injects
 * them and prints one line per setting: {@code KEY|source|status|shown value|origin}, then the
 * injected field values (secrets masked) and the problems.
 *
 * <p>Arguments: server name, then {@code keychain=none|platform}, then optional {@code setup KEY=VALUE...}.
 */
public final class ResolveMain {

    @Setting(description = "API key", secret = true)
    Secret API_KEY;
    @Setting(description = "Region")
    String REGION;
    @Setting(description = "Port", defaultValue = "8080")
    int PORT;
    @Setting(description = "Base URL", required = false)
    String BASE_URL;
    @Setting(description = "Data directory")
    Path DATA_DIR;

    public static void main(String[] args) {
        String name = args[0];
        Keychain keychain = "platform".equals(args[1]) ? Keychain.forCurrentPlatform() : Keychain.none();
        ConfigEnvironment env = ConfigEnvironment.builder(name).keychain(keychain).build();
        ResolveMain server = new ResolveMain();
        SettingsModel model = SettingsModel.scan(server).validate();
        if (args.length > 2 && args[2].equals("setup")) {
            System.exit(new SetupFlow(model, env).nonInteractive(List.of(args).subList(3, args.length), System.out, System.err));
        }
        ResolvedSettings settings = new SettingsResolver(env).resolve(model, true, null);
        for (ResolvedSetting s : settings.all()) {
            System.out.println(s.key() + "|" + s.source().label() + "|" + s.status().label() + "|" + s.displayValue() + "|" + s.origin());
        }
        settings.injectInto();
        System.out.println("fields|" + server.API_KEY + "|" + server.REGION + "|" + server.PORT + "|" + server.BASE_URL + "|" + server.DATA_DIR);
        for (ResolvedSetting problem : settings.problems()) {
            System.out.println("problem|" + problem.problem());
        }
        for (String problem : settings.fileProblems()) {
            System.out.println("file-problem|" + problem);
        }
        System.out.println("config-dir|" + env.configDir());
        System.exit(new ValidationReport(settings).exitCode());
    }
}
