package dev.mcpkit.assembly;

import dev.mcpkit.cli.Invocation;
import dev.mcpkit.cli.UsageException;
import dev.mcpkit.config.ConfigEnvironment;
import dev.mcpkit.config.LaunchSettings;
import dev.mcpkit.config.ResolvedSetting;
import dev.mcpkit.config.ResolvedSettings;
import dev.mcpkit.config.SettingStatus;
import dev.mcpkit.model.ToolExposure;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * How a server runs: where it serves and which tools it exposes. Each flag of the command line ({@code --transport},
 * {@code --host}, {@code --port}, {@code --toolsets}, {@code --read-only}, {@code --dynamic-toolsets}) when given,
 * else its {@code MCP_*} setting from the configuration hierarchy ({@link LaunchSettings}), else the default: stdio
 * (and {@code 127.0.0.1:8080} for HTTP), every tool. Host and port are read, and must be valid, only for HTTP.
 *
 * @param exposure which tools clients see; the toolset names are checked against the server's tools later
 */
record LaunchChoice(boolean http, String host, int port, ToolExposure exposure) {

    /** @throws UsageException a setting holds a value it cannot take; the message names it and where it is */
    static LaunchChoice of(Invocation inv, ConfigEnvironment env) throws UsageException {
        // no MCP_* variable and no .env file: every setting is at its default, and no file is read on the way to serving
        ResolvedSettings settings = LaunchSettings.mayBeSet(env) ? LaunchSettings.resolve(env) : null;
        ToolExposure exposure = exposure((String) pick(inv.toolsets(), settings, LaunchSettings.TOOLSETS, "--toolsets", null),
                (Boolean) pick(inv.readOnly(), settings, LaunchSettings.READ_ONLY, "--read-only", false),
                (Boolean) pick(inv.dynamicToolsets(), settings, LaunchSettings.DYNAMIC_TOOLSETS, "--dynamic-toolsets", false));
        if (!"http".equals(pick(inv.transport(), settings, LaunchSettings.TRANSPORT, "--transport", "stdio"))) {
            return new LaunchChoice(false, LaunchSettings.DEFAULT_HOST, LaunchSettings.DEFAULT_PORT, exposure);   // host and port unused
        }
        return new LaunchChoice(true, (String) pick(inv.host(), settings, LaunchSettings.HOST, "--host", LaunchSettings.DEFAULT_HOST),
                (Integer) pick(inv.port(), settings, LaunchSettings.PORT, "--port", LaunchSettings.DEFAULT_PORT), exposure);
    }

    /** The exposure of a command line alone (for {@code --describe}, which the environment must not change). */
    static ToolExposure exposureOf(Invocation inv) {
        return exposure(inv.toolsets(), Boolean.TRUE.equals(inv.readOnly()), Boolean.TRUE.equals(inv.dynamicToolsets()));
    }

    /** {@code toolsets}: comma-separated names, {@code all} or null for every toolset. */
    private static ToolExposure exposure(String toolsets, boolean readOnly, boolean dynamic) {
        Set<String> names = null;
        if (toolsets != null) {
            names = new LinkedHashSet<>();
            for (String name : toolsets.split(",")) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
            if (names.contains(ToolExposure.EVERY_TOOLSET)) {
                names = null;
            }
        }
        return names == null && !readOnly && !dynamic ? ToolExposure.ALL : new ToolExposure(names, readOnly, dynamic);
    }

    /** The flag's value when given, else the setting's ({@code fallback}, its default, when no setting can be set). */
    private static Object pick(Object given, ResolvedSettings settings, String key, String flag, Object fallback) throws UsageException {
        if (given != null) {
            return given;
        }
        if (settings == null) {
            return fallback;
        }
        ResolvedSetting setting = settings.get(key);
        if (setting.status() == SettingStatus.INVALID) {
            throw new UsageException(setting.problem() + "; correct it there, or give " + flag + " on the command line");
        }
        return setting.typedValue();
    }
}
