package dev.mcpkit.maven.core.inspect;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the MCP Inspector says while it starts, read line by line: the page's URL with its session token (printed by
 * its proxy), that the page is served, or that a port is taken. The last lines are kept for an error message.
 */
final class InspectorOutput {

    private static final Pattern TOKEN_URL = Pattern.compile("(http://[^\\s/]+:\\d+/?\\?MCP_PROXY_AUTH_TOKEN=[0-9a-fA-F]+)");
    private static final String SERVED = "MCP Inspector is up and running at";
    private static final String PORT_IN_USE = "PORT IS IN USE";
    private static final int KEPT_LINES = 30;

    private final int proxyPort;
    private final Deque<String> last = new ArrayDeque<>();
    private String tokenUrl;
    private boolean served;
    private String failure;

    InspectorOutput(int proxyPort) {
        this.proxyPort = proxyPort;
    }

    /** Reads one line of the Inspector's output. */
    void read(String line) {
        if (last.size() == KEPT_LINES) {
            last.removeFirst();
        }
        last.addLast(line);
        Matcher url = TOKEN_URL.matcher(line);
        if (url.find()) {
            tokenUrl = url.group(1);
        }
        if (line.contains(SERVED)) {
            served = true;
        }
        if (line.contains(PORT_IN_USE) && failure == null) {
            failure = line.replaceAll("[^\\p{Print}]", "").strip();
        }
    }

    /** Whether the page is served and its URL known. */
    boolean ready() {
        return served && tokenUrl != null;
    }

    /** A port the Inspector could not take, as it said it, or null. */
    String failure() {
        return failure;
    }

    /**
     * The page to open: the Inspector's URL with its session token, stdio as the transport, and the proxy's address
     * when it is not the Inspector's default (the page would look for the proxy on port 6277).
     */
    String pageUrl() {
        if (tokenUrl == null) {
            return null;
        }
        String url = tokenUrl + "&transport=stdio";
        if (proxyPort != InspectorWebUi.DEFAULT_PROXY_PORT) {
            String host = tokenUrl.substring("http://".length(), tokenUrl.indexOf(':', "http://".length()));
            url += "&MCP_PROXY_FULL_ADDRESS=http://" + host + ":" + proxyPort;
        }
        return url;
    }

    /** The last lines the Inspector wrote, for an error message. */
    String lastLines() {
        return String.join("\n", last);
    }
}
