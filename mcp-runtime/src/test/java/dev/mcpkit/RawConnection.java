package dev.mcpkit;

import dev.mcpkit.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Sends raw JSON text to a server's dispatcher and collects every message it writes. */
final class RawConnection {

    private final LinkedBlockingQueue<String> out = new LinkedBlockingQueue<>();
    final McpEngine.Connection connection;

    RawConnection(McpServer server) {
        connection = server.attachedEngine().connect(this::received);
    }

    static RawConnection initialized(McpServer server) {
        RawConnection c = new RawConnection(server);
        c.sendLine("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
                + "\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}");
        c.next();
        c.sendLine("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
        return c;
    }

    private void received(String text) {
        if (text.indexOf('\n') >= 0) {
            throw new AssertionError("message contains a newline: " + text);
        }
        out.add(text);
    }

    /** Feeds one line to the server as if it came from stdin. */
    void sendLine(String line) {
        connection.send(line);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> next() {
        try {
            String line = out.poll(10, TimeUnit.SECONDS);
            if (line == null) {
                throw new AssertionError("no message from the server within 10 s");
            }
            return (Map<String, Object>) Json.parse(line);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** Messages that arrive within the given time. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> drain(long millis) throws InterruptedException {
        List<Map<String, Object>> list = new ArrayList<>();
        long end = System.currentTimeMillis() + millis;
        String line;
        while ((line = out.poll(Math.max(1, end - System.currentTimeMillis()), TimeUnit.MILLISECONDS)) != null) {
            list.add((Map<String, Object>) Json.parse(line));
        }
        return list;
    }

    @SuppressWarnings("unchecked")
    static int errorCode(Map<String, Object> response) {
        Map<String, Object> error = (Map<String, Object>) response.get("error");
        if (error == null) {
            throw new AssertionError("expected an error response, got " + Json.write(response));
        }
        return ((Number) error.get("code")).intValue();
    }
}
