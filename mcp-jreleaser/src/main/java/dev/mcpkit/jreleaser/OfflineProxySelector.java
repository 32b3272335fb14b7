package dev.mcpkit.jreleaser;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Keeps a dry run's HTTP off the network: every URL that is not on loopback goes to a proxy on a closed loopback
 * port, so the connection is refused here, nothing is resolved or sent out, and the URL is recorded. Every HTTP
 * client JReleaser uses (the JDK's URL connections, its REST clients, JGit) asks the default {@link ProxySelector};
 * JReleaser 1.25.0's Maven deployers look the signing key up on public key servers even in a dry run, and treat a
 * refusal as "not published" (a warning). The previous selector is back when this closes.
 */
final class OfflineProxySelector extends ProxySelector implements AutoCloseable {
    private static final Proxy CLOSED_PORT = new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", 1));
    private final ProxySelector previous = ProxySelector.getDefault();
    private final List<URI> refused = new CopyOnWriteArrayList<>();

    static OfflineProxySelector install() {
        OfflineProxySelector selector = new OfflineProxySelector();
        ProxySelector.setDefault(selector);
        return selector;
    }

    @Override
    public List<Proxy> select(URI uri) {
        String host = uri.getHost();
        if ("127.0.0.1".equals(host) || "localhost".equals(host)) {
            return List.of(Proxy.NO_PROXY);
        }
        refused.add(uri);
        return List.of(CLOSED_PORT);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        // the refusal is the point
    }

    List<URI> refused() {
        return List.copyOf(refused);
    }

    /** The hosts that were refused, each once, in the order they were asked for. */
    Set<String> refusedHosts() {
        Set<String> hosts = new LinkedHashSet<>();
        refused.forEach(uri -> hosts.add(uri.getHost()));
        return hosts;
    }

    @Override
    public void close() {
        ProxySelector.setDefault(previous);
    }
}
