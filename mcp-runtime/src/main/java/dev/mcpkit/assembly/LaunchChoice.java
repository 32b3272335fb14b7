package dev.mcpkit.assembly;

import dev.mcpkit.Secret;
import dev.mcpkit.cli.Invocation;
import dev.mcpkit.cli.UsageException;
import dev.mcpkit.config.ConfigEnvironment;
import dev.mcpkit.config.LaunchSettings;
import dev.mcpkit.config.ResolvedSetting;
import dev.mcpkit.config.ResolvedSettings;
import dev.mcpkit.config.SettingStatus;
import dev.mcpkit.model.ToolExposure;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a server runs: where it serves and which tools it exposes. Each flag of the command line ({@code --transport},
 * {@code --host}, {@code --port}, {@code --toolsets}, {@code --read-only}, {@code --dynamic-toolsets}) when given,
 * else its {@code MCP_*} setting from the configuration hierarchy ({@link LaunchSettings}), else the default: stdio
 * (and {@code 127.0.0.1:8080} for HTTP), every tool. Host and port are read, and must be valid, only for HTTP.
 *
 * @param exposure which tools clients see; the toolset names are checked against the server's tools later
 * @param oauth      over HTTP with {@code MCP_OAUTH_ISSUER} set, whose access tokens it takes; else null
 * @param sessionKey over HTTP with {@code MCP_SESSION_KEY} set, the key that seals session ids; else null
 */
record LaunchChoice(boolean http, String host, int port, ToolExposure exposure, OAuthChoice oauth, Secret sessionKey) {

    private static final String FIX = "; correct it there";

    /**
     * Authorization over HTTP, from the {@code MCP_OAUTH_*} settings and {@code MCP_PUBLIC_URL}.
     *
     * @param issuer    the authorization server's issuer
     * @param audience  what tokens must name as their audience, or null for the public URL
     * @param scopes    what every token must grant
     * @param jwksUri   where the keys are, or null to find them through the issuer's metadata
     * @param publicUrl the endpoint's URL as clients reach it, or null for {@code http://host:port/mcp}
     */
    record OAuthChoice(URI issuer, String audience, List<String> scopes, URI jwksUri, URI publicUrl) {

        /** What tokens must name as their audience when the endpoint is {@code resource}; null when neither is known. */
        String audienceFor(URI resource) {
            return audience != null ? audience : resource != null ? resource.toString() : null;
        }
    }

    /** @throws UsageException a setting holds a value it cannot take; the message names it and where it is */
    static LaunchChoice of(Invocation inv, ConfigEnvironment env) throws UsageException {
        // no MCP_* variable and no .env file: every setting is at its default, and no file is read on the way to serving
        ResolvedSettings settings = LaunchSettings.mayBeSet(env) ? LaunchSettings.resolve(env) : null;
        ToolExposure exposure = exposure((String) pick(inv.toolsets(), settings, LaunchSettings.TOOLSETS, "--toolsets", null),
                (Boolean) pick(inv.readOnly(), settings, LaunchSettings.READ_ONLY, "--read-only", false),
                (Boolean) pick(inv.dynamicToolsets(), settings, LaunchSettings.DYNAMIC_TOOLSETS, "--dynamic-toolsets", false));
        if (!"http".equals(pick(inv.transport(), settings, LaunchSettings.TRANSPORT, "--transport", "stdio"))) {
            return new LaunchChoice(false, LaunchSettings.DEFAULT_HOST, LaunchSettings.DEFAULT_PORT, exposure, null, null);   // unused
        }
        return new LaunchChoice(true, (String) pick(inv.host(), settings, LaunchSettings.HOST, "--host", LaunchSettings.DEFAULT_HOST),
                (Integer) pick(inv.port(), settings, LaunchSettings.PORT, "--port", LaunchSettings.DEFAULT_PORT), exposure,
                oauth(settings), sessionKey(settings));
    }

    private static Secret sessionKey(ResolvedSettings settings) throws UsageException {
        Secret key = (Secret) setting(settings, LaunchSettings.SESSION_KEY, FIX);
        if (key != null && key.reveal().length() < LaunchSettings.MIN_SESSION_KEY_LENGTH) {
            throw new UsageException(LaunchSettings.SESSION_KEY + " has " + key.reveal().length() + " characters; it needs at least "
                    + LaunchSettings.MIN_SESSION_KEY_LENGTH + " (openssl rand -base64 32 makes one)");
        }
        return key;
    }

    /** The authorization the settings ask for, whatever the transport (for {@code --validate-config}); null for none. */
    static OAuthChoice oauthOf(ConfigEnvironment env) throws UsageException {
        return LaunchSettings.mayBeSet(env) ? oauth(LaunchSettings.resolve(env)) : null;
    }

    /** Null when no issuer is set: the server then takes requests without tokens. */
    private static OAuthChoice oauth(ResolvedSettings settings) throws UsageException {
        URI issuer = (URI) setting(settings, LaunchSettings.OAUTH_ISSUER, FIX);
        if (issuer == null) {
            return null;
        }
        String scopes = (String) setting(settings, LaunchSettings.OAUTH_SCOPES, FIX);
        List<String> required = new ArrayList<>();
        for (String scope : scopes == null ? new String[0] : scopes.split("[\\s,]+")) {
            if (!scope.isEmpty()) {
                required.add(scope);
            }
        }
        return new OAuthChoice(issuer, (String) setting(settings, LaunchSettings.OAUTH_AUDIENCE, FIX), List.copyOf(required),
                (URI) setting(settings, LaunchSettings.OAUTH_JWKS_URI, FIX), (URI) setting(settings, LaunchSettings.PUBLIC_URL, FIX));
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
        Object value = setting(settings, key, "; correct it there, or give " + flag + " on the command line");
        return value != null ? value : fallback;
    }

    /** A setting's value, or null when unset or when no setting can be set; an invalid one is an error ending in {@code fix}. */
    private static Object setting(ResolvedSettings settings, String key, String fix) throws UsageException {
        if (settings == null) {
            return null;
        }
        ResolvedSetting setting = settings.get(key);
        if (setting.status() == SettingStatus.INVALID) {
            throw new UsageException(setting.problem() + fix);
        }
        return setting.typedValue();
    }
}
