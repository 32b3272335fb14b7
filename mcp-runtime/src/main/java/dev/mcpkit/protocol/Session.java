package dev.mcpkit.protocol;

import dev.mcpkit.LogLevel;
import dev.mcpkit.json.Json;
import dev.mcpkit.model.ModelListener;
import dev.mcpkit.model.ServerModel;
import dev.mcpkit.model.ToolDefinition;
import dev.mcpkit.model.ToolExposure;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The state of one client connection: negotiated version, client capabilities and info, log
 * level, resource subscriptions, and the channel back to the client. A request of MCP 2026-07-28 carries that state
 * itself: it is served by a view of the connection made from its {@code _meta} ({@link #forRequest}).
 */
public final class Session implements ModelListener {

    private final ServerModel model;
    private final MessageSink sink;
    private final SessionOptions options;
    private final OutboundRequests outbound;
    private final Set<String> subscriptions = ConcurrentHashMap.newKeySet();
    private final String id = SessionIds.next();
    private volatile boolean initialized;
    private volatile String protocolVersion = ProtocolVersions.LATEST;
    private volatile Map<String, Object> clientCapabilities = Map.of();
    private volatile String clientName;
    private volatile String clientVersion;
    private volatile LogLevel logLevel = LogLevel.INFO;
    private volatile ToolExposure exposure;
    private final boolean stateless;

    public Session(ServerModel model, MessageSink sink, SessionOptions options) {
        this.model = model;
        this.sink = sink;
        this.options = options;
        this.exposure = options.exposure();
        this.outbound = new OutboundRequests(sink);
        this.stateless = false;
    }

    /** The view of {@code connection} a stateless request is served in: the client as the request's {@code _meta} says. */
    private Session(Session connection, RequestMeta meta) {
        this.model = connection.model;
        this.sink = connection.sink;
        this.options = connection.options;
        this.exposure = connection.options.exposure();
        this.outbound = connection.outbound;
        this.stateless = true;
        this.protocolVersion = meta.version();
        this.clientCapabilities = meta.capabilities();
        this.clientName = meta.clientName();
        this.clientVersion = meta.clientVersion();
        this.logLevel = meta.logLevel();
    }

    /** The view of this connection that serves one request of MCP 2026-07-28. */
    Session forRequest(RequestMeta meta) {
        return new Session(this, meta);
    }

    /**
     * Whether this serves one request of MCP 2026-07-28, which carries what the server knows of its client: no
     * server-to-client requests (the request's result asks instead), no log messages unless the request asks for them.
     */
    public boolean isStateless() {
        return stateless;
    }

    /** An id for logs, unique within this process. */
    public String id() {
        return id;
    }

    public ServerModel model() {
        return model;
    }

    public SessionOptions options() {
        return options;
    }

    OutboundRequests outbound() {
        return outbound;
    }

    public void send(CharSequence message) {
        sink.send(message);
    }

    /** The answer to request {@code id} (null when the request's id could not be read). */
    void respond(CharSequence response, Object id) {
        if (id == null) {
            sink.send(response);
        } else {
            sink.respond(response, id);
        }
    }

    void unanswered(Object id) {
        sink.unanswered(id);
    }

    public void notify(String method, Map<String, Object> params) {
        sink.send(JsonRpc.notification(method, params));
    }

    /** A notification about the client's request {@code relatedRequestId}, such as its progress. */
    void notify(String method, Map<String, Object> params, Object relatedRequestId) {
        sink.send(JsonRpc.notification(method, params), relatedRequestId);
    }

    void initialized(String version, Map<String, Object> capabilities, String name, String clientVersion) {
        this.protocolVersion = version;
        this.clientCapabilities = capabilities;
        this.clientName = name;
        this.clientVersion = clientVersion;
        this.initialized = true;
        model.addListener(this);   // from now on the session hears of changes; a stateless request never does
    }

    public boolean isInitialized() {
        return initialized;
    }

    public String protocolVersion() {
        return protocolVersion;
    }

    public String clientName() {
        return clientName;
    }

    public String clientVersion() {
        return clientVersion;
    }

    public boolean clientSupports(String capability) {
        return clientCapabilities.get(capability) instanceof Map;
    }

    /** Which tools this session sees; a client of a server with dynamic toolsets can enable more. */
    public ToolExposure exposure() {
        return exposure;
    }

    /** The tools this session sees, in the model's order. */
    List<ToolDefinition> exposedTools() {
        return exposure.filter(model.tools());
    }

    /** Enables a toolset for this session; true when it was not enabled yet (the client is then told the list changed). */
    boolean enableToolset(String toolset) {
        boolean changed;
        synchronized (this) {
            ToolExposure next = exposure.enable(toolset);
            changed = next != exposure;
            exposure = next;
        }
        if (changed) {
            toolsChanged();
        }
        return changed;
    }

    /** The lowest level of log message the client wants; null for none (a stateless request that did not ask). */
    public LogLevel logLevel() {
        return logLevel;
    }

    void logLevel(LogLevel level) {
        this.logLevel = level;
    }

    /** False when the session already holds {@link SubscriptionHandler#MAX_SUBSCRIPTIONS} other subscriptions. */
    boolean subscribe(String uri) {
        synchronized (subscriptions) {
            if (subscriptions.size() >= SubscriptionHandler.MAX_SUBSCRIPTIONS && !subscriptions.contains(uri)) {
                return false;
            }
            subscriptions.add(uri);
            return true;
        }
    }

    void unsubscribe(String uri) {
        subscriptions.remove(uri);
    }

    /** Ends the session: pending server-to-client requests fail, the model stops notifying. */
    void close() {
        model.removeListener(this);
        outbound.closeAll();
    }

    @Override
    public void toolsChanged() {
        if (initialized) {
            notify("notifications/tools/list_changed", null);
        }
    }

    @Override
    public void resourcesChanged() {
        if (initialized) {
            notify("notifications/resources/list_changed", null);
        }
    }

    @Override
    public void promptsChanged() {
        if (initialized) {
            notify("notifications/prompts/list_changed", null);
        }
    }

    @Override
    public void resourceUpdated(String uri) {
        if (initialized && subscriptions.contains(uri)) {
            notify("notifications/resources/updated", Json.object("uri", uri));
        }
    }
}
