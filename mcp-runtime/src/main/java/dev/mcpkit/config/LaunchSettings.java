package dev.mcpkit.config;

import dev.mcpkit.Secret;
import dev.mcpkit.SettingType;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

/**
 * How a server runs when its command line does not say, found through the configuration hierarchy like every setting
 * (the environment, then the config directory's {@code .env}, then the working directory's): where it serves —
 * {@value #TRANSPORT} ({@code stdio} or {@code http}), {@value #HOST}, {@value #PORT} — and which tools it exposes —
 * {@value #TOOLSETS}, {@value #READ_ONLY}, {@value #DYNAMIC_TOOLSETS} — and, over HTTP, who may call it:
 * {@value #OAUTH_ISSUER} and the settings beside it, with {@value #PUBLIC_URL}. A container or a client configuration sets them
 * where it cannot change the command; the command line's flags win over them.
 *
 * <p>They are launch settings, not the server's own: {@code --validate-config} checks them, but they are not part of
 * {@code --describe}, so no client configuration, bundle or README table asks a user for them.
 */
public final class LaunchSettings {

    public static final String TRANSPORT = "MCP_TRANSPORT";
    public static final String HOST = "MCP_HOST";
    public static final String PORT = "MCP_PORT";
    public static final String TOOLSETS = "MCP_TOOLSETS";
    public static final String READ_ONLY = "MCP_READ_ONLY";
    public static final String DYNAMIC_TOOLSETS = "MCP_DYNAMIC_TOOLSETS";
    public static final String PUBLIC_URL = "MCP_PUBLIC_URL";
    public static final String OAUTH_ISSUER = "MCP_OAUTH_ISSUER";
    public static final String OAUTH_AUDIENCE = "MCP_OAUTH_AUDIENCE";
    public static final String OAUTH_SCOPES = "MCP_OAUTH_SCOPES";
    public static final String OAUTH_JWKS_URI = "MCP_OAUTH_JWKS_URI";
    public static final String SESSION_KEY = "MCP_SESSION_KEY";
    /** The shortest session key taken: 32 characters, as {@code openssl rand -base64 32} gives 44. */
    public static final int MIN_SESSION_KEY_LENGTH = 32;
    private static final List<String> KEYS = List.of(TRANSPORT, HOST, PORT, TOOLSETS, READ_ONLY, DYNAMIC_TOOLSETS, PUBLIC_URL,
            OAUTH_ISSUER, OAUTH_AUDIENCE, OAUTH_SCOPES, OAUTH_JWKS_URI, SESSION_KEY);
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    private LaunchSettings() {
    }

    /** The declarations, with their defaults. */
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
                        .type(SettingType.INT).range(0, 65535).defaultValue(String.valueOf(DEFAULT_PORT)).build(),
                SettingDefinition.builder(TOOLSETS)
                        .description("The toolsets whose tools are exposed when --toolsets is not given, comma-separated (all: every one)")
                        .type(SettingType.STRING).defaultValue("all").build(),
                SettingDefinition.builder(READ_ONLY)
                        .description("true: expose only tools marked read-only (as --read-only)")
                        .type(SettingType.BOOLEAN).defaultValue("false").build(),
                SettingDefinition.builder(DYNAMIC_TOOLSETS)
                        .description("true: a client may list and enable toolsets while connected (as --dynamic-toolsets)")
                        .type(SettingType.BOOLEAN).defaultValue("false").build(),
                SettingDefinition.builder(PUBLIC_URL)
                        .description("HTTP: the endpoint's URL as clients reach it, such as https://mcp.example.com/mcp behind a"
                                + " proxy (default: http://host:port/mcp); the resource that OAuth tokens are for")
                        .type(SettingType.URI).required(false).build(),
                SettingDefinition.builder(OAUTH_ISSUER)
                        .description("HTTP: the issuer of the OAuth authorization server whose access tokens the server takes;"
                                + " set, every request needs one (needs dev.mcpkit:mcp-oauth on the class path)")
                        .type(SettingType.URI).required(false).build(),
                SettingDefinition.builder(OAUTH_AUDIENCE)
                        .description("HTTP: what access tokens must name as their audience (aud) (default: " + PUBLIC_URL + ")")
                        .type(SettingType.STRING).required(false).build(),
                SettingDefinition.builder(OAUTH_SCOPES)
                        .description("HTTP: scopes every access token must grant, separated by spaces or commas (default: none;"
                                + " a tool can require more with @Tool(scopes))")
                        .type(SettingType.STRING).required(false).build(),
                SettingDefinition.builder(OAUTH_JWKS_URI)
                        .description("HTTP: where the authorization server publishes its signing keys (default: the jwks_uri of"
                                + " the issuer's metadata)")
                        .type(SettingType.URI).required(false).build(),
                SettingDefinition.builder(SESSION_KEY)
                        .description("HTTP: a secret of at least " + MIN_SESSION_KEY_LENGTH + " characters that every instance"
                                + " behind one load balancer shares, so that each can take up the sessions of the others"
                                + " (openssl rand -base64 32)")
                        .type(SettingType.STRING).secret(true).required(false).build());
    }

    /**
     * False when none of them can be set: not in the environment, and neither {@code .env} file exists. A stdio server
     * started by a client then decides without reading a file (the settings' own pass reads them meanwhile).
     */
    public static boolean mayBeSet(ConfigEnvironment env) {
        Map<String, String> vars = env.environment();
        for (String key : KEYS) {
            if (vars.containsKey(key)) {
                return true;
            }
        }
        return Files.exists(env.workingDirDotEnv()) || Files.exists(env.configDotEnv());
    }

    /**
     * Resolves them (a value of the wrong kind, such as a port above 65535, is INVALID with its key and source). They
     * come from the environment and the {@code .env} files only: a deployment sets them there, and a server on its way
     * to serving starts no keychain process for them.
     */
    public static ResolvedSettings resolve(ConfigEnvironment env) {
        return new SettingsResolver(env.withKeychain(NOT_IN_KEYCHAIN)).resolve(addedTo(new SettingsModel()));
    }

    /** Holds no launch setting, and says so without a diagnostic line. */
    private static final Keychain NOT_IN_KEYCHAIN = new Keychain() {
        @Override
        public KeychainLookup lookup(String service, String account) {
            return KeychainLookup.notFound();
        }

        @Override
        public void store(String service, String account, Secret value) throws KeychainException {
            throw new KeychainException("launch settings are not kept in the keychain");
        }

        @Override
        public boolean delete(String service, String account) {
            return false;
        }

        @Override
        public String name() {
            return "none (launch settings)";
        }
    };

    /** Adds them to a copy of {@code model} (those it declares itself stay as declared), for {@code --validate-config}. */
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
