package dev.mcpkit.config;

import dev.mcpkit.SettingType;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

/**
 * Where a server serves when its command line does not say: {@value #TRANSPORT} ({@code stdio} or {@code http}),
 * {@value #HOST} and {@value #PORT}, found through the configuration hierarchy like every setting (the environment,
 * then the config directory's {@code .env}, then the working directory's). A container or a service manager sets them
 * where it cannot change the command; {@code --transport}, {@code --host} and {@code --port} win over them.
 *
 * <p>They are launch settings, not the server's own: {@code --validate-config} checks them, but they are not part of
 * {@code --describe}, so no client configuration, bundle or README table asks a user for them.
 */
public final class TransportSettings {

    public static final String TRANSPORT = "MCP_TRANSPORT";
    public static final String HOST = "MCP_HOST";
    public static final String PORT = "MCP_PORT";
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    private TransportSettings() {
    }

    /** The three declarations, with their defaults. */
    public static List<SettingDefinition> definitions() {
        return List.of(
                SettingDefinition.builder(TRANSPORT)
                        .description("How the server talks to clients when --transport is not given: stdio, or http (Streamable HTTP)")
                        .type(SettingType.ENUM).allowedValues(List.of("stdio", "http")).defaultValue("stdio").build(),
                SettingDefinition.builder(HOST)
                        .description("The address HTTP binds when --host is not given (" + DEFAULT_HOST + ": this machine only)")
                        .type(SettingType.STRING).defaultValue(DEFAULT_HOST).build(),
                SettingDefinition.builder(PORT)
                        .description("The port HTTP listens on when --port is not given, 0 to 65535 (0 picks a free one)")
                        .type(SettingType.INT).range(0, 65535).defaultValue(String.valueOf(DEFAULT_PORT)).build());
    }

    /**
     * False when none of the three can be set: not in the environment, and neither {@code .env} file exists. A stdio
     * server started by a client then decides without reading a file (the settings' own pass reads them meanwhile).
     */
    public static boolean mayBeSet(ConfigEnvironment env) {
        Map<String, String> vars = env.environment();
        return vars.containsKey(TRANSPORT) || vars.containsKey(HOST) || vars.containsKey(PORT)
                || Files.exists(env.workingDirDotEnv()) || Files.exists(env.configDotEnv());
    }

    /** Resolves the three (a value of the wrong kind, such as a port above 65535, is INVALID with its key and source). */
    public static ResolvedSettings resolve(ConfigEnvironment env) {
        return new SettingsResolver(env).resolve(addedTo(new SettingsModel()));
    }

    /** Adds the three to a copy of {@code model} (those it declares itself stay as declared), for {@code --validate-config}. */
    public static SettingsModel addedTo(SettingsModel model) {
        SettingsModel copy = new SettingsModel();
        model.definitions().forEach(copy::add);
        for (SettingDefinition d : definitions()) {
            if (model.find(d.key()) == null) {
                copy.add(d);
            }
        }
        return copy;
    }
}
