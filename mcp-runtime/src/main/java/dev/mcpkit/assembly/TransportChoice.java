package dev.mcpkit.assembly;

import dev.mcpkit.cli.Invocation;
import dev.mcpkit.cli.UsageException;
import dev.mcpkit.config.ConfigEnvironment;
import dev.mcpkit.config.ResolvedSetting;
import dev.mcpkit.config.ResolvedSettings;
import dev.mcpkit.config.SettingStatus;
import dev.mcpkit.config.TransportSettings;

/**
 * The transport a server serves and where: each of {@code --transport}, {@code --host} and {@code --port} when given,
 * else {@code MCP_TRANSPORT}, {@code MCP_HOST} and {@code MCP_PORT} from the configuration hierarchy, else stdio
 * (and {@code 127.0.0.1:8080} for HTTP). Host and port are read, and must be valid, only for HTTP.
 */
record TransportChoice(boolean http, String host, int port) {

    /** @throws UsageException a transport setting holds a value it cannot take; the message names it and where it is */
    static TransportChoice of(Invocation inv, ConfigEnvironment env) throws UsageException {
        boolean allGiven = inv.transport() != null && inv.host() != null && inv.port() != null;
        if (allGiven || !TransportSettings.mayBeSet(env)) {
            return new TransportChoice("http".equals(inv.transport()),
                    inv.host() != null ? inv.host() : TransportSettings.DEFAULT_HOST,
                    inv.port() != null ? inv.port() : TransportSettings.DEFAULT_PORT);
        }
        ResolvedSettings settings = TransportSettings.resolve(env);
        String transport = inv.transport() != null ? inv.transport() : (String) valid(settings, TransportSettings.TRANSPORT, "--transport");
        if (!"http".equals(transport)) {
            return new TransportChoice(false, TransportSettings.DEFAULT_HOST, TransportSettings.DEFAULT_PORT);   // host and port unused
        }
        String host = inv.host() != null ? inv.host() : (String) valid(settings, TransportSettings.HOST, "--host");
        int port = inv.port() != null ? inv.port() : (Integer) valid(settings, TransportSettings.PORT, "--port");
        return new TransportChoice(true, host, port);
    }

    private static Object valid(ResolvedSettings settings, String key, String flag) throws UsageException {
        ResolvedSetting setting = settings.get(key);
        if (setting.status() == SettingStatus.INVALID) {
            throw new UsageException(setting.problem() + "; correct it there, or give " + flag + " on the command line");
        }
        return setting.typedValue();
    }
}
