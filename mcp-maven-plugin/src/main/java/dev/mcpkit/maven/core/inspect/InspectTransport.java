package dev.mcpkit.maven.core.inspect;

import java.net.URI;
import java.util.Locale;

/**
 * How {@code mcp:inspect} reaches the server, from {@code mcp.transport} and {@code mcp.url} (a URL means HTTP).
 *
 * @param overHttp true for Streamable HTTP
 * @param endpoint the endpoint of a server already serving, or null to start one
 */
public record InspectTransport(boolean overHttp, URI endpoint) {

    /** @throws IllegalArgumentException a transport other than stdio or http, or a URL that is not http(s) */
    public static InspectTransport of(String transport, String url) {
        boolean http = isHttp(transport);
        if (url == null || url.isBlank()) {
            return new InspectTransport(http, null);
        }
        URI endpoint;
        try {
            endpoint = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            endpoint = null;
        }
        if (endpoint == null || endpoint.getHost() == null
                || !("http".equalsIgnoreCase(endpoint.getScheme()) || "https".equalsIgnoreCase(endpoint.getScheme()))) {
            throw new IllegalArgumentException("mcp.url must be the server's HTTP endpoint, such as http://127.0.0.1:8080/mcp, not '"
                    + url + "'");
        }
        return new InspectTransport(true, endpoint);
    }

    /**
     * Whether {@code mcp.transport} says Streamable HTTP ({@code http}) rather than stdio (the default, also when blank).
     * @throws IllegalArgumentException any other value
     */
    public static boolean isHttp(String transport) {
        String t = transport == null || transport.isBlank() ? "stdio" : transport.trim().toLowerCase(Locale.ROOT);
        if (!t.equals("stdio") && !t.equals("http")) {
            throw new IllegalArgumentException("unknown transport '" + transport + "': set mcp.transport to stdio or http");
        }
        return t.equals("http");
    }
}
