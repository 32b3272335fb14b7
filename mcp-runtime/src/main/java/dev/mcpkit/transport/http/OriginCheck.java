package dev.mcpkit.transport.http;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * DNS-rebinding protection: a web page in the user's browser must not reach a local server. A server bound to a
 * loopback address takes only requests whose {@code Host} names loopback; any server takes a request with an
 * {@code Origin} header only when that origin is loopback or the server's own host. Clients that are not browsers
 * send no {@code Origin}.
 */
final class OriginCheck {

    private final boolean loopbackOnly;

    OriginCheck(String boundHost) {
        this.loopbackOnly = isLoopback(boundHost);
    }

    /** Why the request is refused (403), or null. */
    String problem(String host, String origin) {
        String hostName = host == null ? null : hostName(host);
        if (loopbackOnly && (hostName == null || !isLoopbackName(hostName))) {
            return "Host " + host + " is not this local server (it answers localhost, 127.0.0.1 and [::1] only)";
        }
        if (origin == null || origin.isEmpty()) {
            return null;
        }
        String originHost;
        try {
            originHost = URI.create(origin).getHost();
        } catch (IllegalArgumentException e) {
            return "Origin " + origin + " is not a valid origin";
        }
        if (originHost == null) {
            return "Origin " + origin + " is not allowed";
        }
        originHost = originHost.toLowerCase(Locale.ROOT);
        if (isLoopbackName(originHost) || originHost.equals(hostName)) {
            return null;
        }
        return "Origin " + origin + " is not allowed";
    }

    /** The host of a Host header ({@code name}, {@code name:port}, {@code [v6]:port}), lower case. */
    static String hostName(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    private static boolean isLoopbackName(String name) {
        return name.equals("localhost") || name.equals("[::1]") || name.equals("::1") || name.startsWith("127.");
    }

    private static boolean isLoopback(String boundHost) {
        try {
            return InetAddress.getByName(boundHost).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
