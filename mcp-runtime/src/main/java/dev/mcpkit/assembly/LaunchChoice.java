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
        if (!LaunchSettings.mayBeSet(env)) {
            return new LaunchChoice("http".equals(inv.transport()),
                    inv.host() != null ? inv.host() : LaunchSettings.DEFAULT_HOST,
                    inv.port() != null ? inv.port() : LaunchSettings.DEFAULT_PORT,
                    exposure(inv.toolsets(), Boolean.TRUE.equals(inv.readOnly()), Boolean.TRUE.equals(inv.dynamicToolsets())));
        }
        ResolvedSettings settings = LaunchSettings.resolve(env);
        ToolExposure exposure = exposure(
                inv.toolsets() != null ? inv.toolsets() : (String) valid(settings, LaunchSettings.TOOLSETS, "--toolsets"),
                inv.readOnly() != null ? inv.readOnly() : (Boolean) valid(settings, LaunchSettings.READ_ONLY, "--read-only"),
                inv.dynamicToolsets() != null ? inv.dynamicToolsets()
                        : (Boolean) valid(settings, LaunchSettings.DYNAMIC_TOOLSETS, "--dynamic-toolsets"));
        String transport = inv.transport() != null ? inv.transport() : (String) valid(settings, LaunchSettings.TRANSPORT, "--transport");
        if (!"http".equals(transport)) {
            return new LaunchChoice(false, LaunchSettings.DEFAULT_HOST, LaunchSettings.DEFAULT_PORT, exposure);   // host and port unused
        }
        String host = inv.host() != null ? inv.host() : (String) valid(settings, LaunchSettings.HOST, "--host");
        int port = inv.port() != null ? inv.port() : (Integer) valid(settings, LaunchSettings.PORT, "--port");
        return new LaunchChoice(true, host, port, exposure);
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

    private static Object valid(ResolvedSettings settings, String key, String flag) throws UsageException {
        ResolvedSetting setting = settings.get(key);
        if (setting.status() == SettingStatus.INVALID) {
            throw new UsageException(setting.problem() + "; correct it there, or give " + flag + " on the command line");
        }
        return setting.typedValue();
    }
}
