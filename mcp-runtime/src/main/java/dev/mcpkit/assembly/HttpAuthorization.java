package dev.mcpkit.assembly;

import dev.mcpkit.AccessTokenVerifier;
import dev.mcpkit.cli.UsageException;
import dev.mcpkit.config.LaunchSettings;
import dev.mcpkit.model.ServerModel;
import dev.mcpkit.model.ToolDefinition;
import dev.mcpkit.transport.http.BearerAuth;
import dev.mcpkit.transport.http.HttpOptions;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the {@code MCP_OAUTH_*} settings into the bearer-token check of the HTTP transport: finds the
 * {@link AccessTokenVerifier.Provider} on the class path (the module {@code dev.mcpkit:mcp-oauth}), works out the
 * resource the tokens are for ({@code MCP_PUBLIC_URL}, else the address bound) and which scopes each tool needs.
 */
final class HttpAuthorization {

    /** How far a token's {@code exp} and {@code nbf} may be off this machine's clock. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private HttpAuthorization() {
    }

    /**
     * The check, made once the address is bound (a port of 0 is known only then).
     *
     * @throws UsageException no verifier is on the class path, or the resource cannot be worked out; the message says
     *                        what to do
     */
    static Function<InetSocketAddress, BearerAuth> of(LaunchChoice.OAuthChoice choice, String host, ServerModel model,
                                                       ClassLoader loader) throws UsageException {
        AccessTokenVerifier.Provider provider = provider(loader);
        if (choice.publicUrl() == null && anyAddress(host)) {
            throw new UsageException(LaunchSettings.OAUTH_ISSUER + " is set and the server listens on every address (" + host
                    + "): set " + LaunchSettings.PUBLIC_URL + " to the URL clients reach it at, such as"
                    + " https://mcp.example.com" + HttpOptions.DEFAULT_PATH + ", the resource its tokens are for");
        }
        return bound -> {
            URI resource = choice.publicUrl() != null ? choice.publicUrl() : localUrl(bound);
            String audience = choice.audienceFor(resource);
            AccessTokenVerifier verifier = provider.create(
                    new AccessTokenVerifier.Settings(choice.issuer(), audience, choice.jwksUri(), CLOCK_SKEW));
            return new BearerAuth(verifier, resource, List.of(choice.issuer()), choice.scopes(), name -> toolScopes(model, name),
                    allToolScopes(model), model.identity().name());
        };
    }

    /**
     * {@code --validate-config}'s part: when the settings turn authorization on, whether the verifier is there and the
     * authorization server answers as it must (its metadata, its keys). Prints nothing when it is off.
     *
     * @return 0 when nothing is wrong, else 1
     */
    static int validate(LaunchChoice.OAuthChoice choice, PrintStream out, ClassLoader loader) {
        if (choice == null) {
            return 0;
        }
        out.println();
        out.println("Authorization over HTTP (" + LaunchSettings.OAUTH_ISSUER + " " + choice.issuer() + ")");
        List<String> lines;
        try {
            String audience = choice.audienceFor(choice.publicUrl());
            if (audience == null) {
                lines = List.of("problem: tokens are checked for this server's URL: set " + LaunchSettings.PUBLIC_URL
                        + " (or " + LaunchSettings.OAUTH_AUDIENCE + ") to the URL clients reach it at");
            } else {
                lines = provider(loader).check(new AccessTokenVerifier.Settings(choice.issuer(), audience, choice.jwksUri(),
                        CLOCK_SKEW));
            }
        } catch (UsageException e) {
            lines = List.of("problem: " + e.getMessage());
        }
        boolean problem = false;
        for (String line : lines) {
            out.println("  " + line);
            problem |= line.startsWith("problem:");
        }
        out.flush();
        return problem ? 1 : 0;
    }

    private static AccessTokenVerifier.Provider provider(ClassLoader loader) throws UsageException {
        try {
            Iterator<AccessTokenVerifier.Provider> found = ServiceLoader.load(AccessTokenVerifier.Provider.class, loader).iterator();
            if (found.hasNext()) {
                return found.next();
            }
        } catch (ServiceConfigurationError e) {
            throw new UsageException(LaunchSettings.OAUTH_ISSUER + " is set, but the token verifier could not be loaded: "
                    + e.getMessage());
        }
        throw new UsageException(LaunchSettings.OAUTH_ISSUER + " is set, but no access-token verifier is on the class path:"
                + " add the dependency dev.mcpkit:mcp-oauth to the server (or unset " + LaunchSettings.OAUTH_ISSUER + ")");
    }

    private static boolean anyAddress(String host) {
        try {
            return InetAddress.getByName(host).isAnyLocalAddress();
        } catch (UnknownHostException e) {
            return false;   // binding reports it
        }
    }

    private static URI localUrl(InetSocketAddress bound) {
        String address = bound.getAddress().getHostAddress();
        return URI.create("http://" + (address.contains(":") ? "[" + address + "]" : address) + ":" + bound.getPort()
                + HttpOptions.DEFAULT_PATH);
    }

    private static List<String> toolScopes(ServerModel model, String name) {
        ToolDefinition tool = model.tool(name);
        return tool == null ? List.of() : tool.scopes();
    }

    private static Set<String> allToolScopes(ServerModel model) {
        Set<String> scopes = new LinkedHashSet<>();
        for (ToolDefinition tool : model.tools()) {
            scopes.addAll(tool.scopes());
        }
        return scopes;
    }
}
