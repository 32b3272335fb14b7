package dev.mcpkit;

import static dev.mcpkit.RawConnection.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProtocolTest {

    private static final String INIT = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"%s\","
            + "\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";

    @SuppressWarnings("unchecked")
    private static Map<String, Object> result(Map<String, Object> response) {
        assertThat(response).containsKey("result");
        return (Map<String, Object>) response.get("result");
    }

    @Test
    void initializeEchoesASupportedVersionAndDeclaresWhatTheServerHas() {
        RawConnection c = new RawConnection(new SampleServer());
        c.sendLine(String.format(INIT, "2025-06-18"));
        Map<String, Object> r = result(c.next());
        assertThat(r.get("protocolVersion")).isEqualTo("2025-06-18");
        assertThat(r.get("serverInfo")).isEqualTo(Map.of("name", "sample", "title", "Sample", "version", "1.2.3"));
        assertThat(r.get("instructions")).isEqualTo("Use echo.");
        assertThat((Map<String, Object>) r.get("capabilities")).containsOnlyKeys("tools", "resources", "prompts", "logging", "completions");
    }

    @Test
    void initializeWithUnknownVersionAnswersTheNewest() {
        RawConnection c = new RawConnection(new SampleServer());
        c.sendLine(String.format(INIT, "1999-01-01"));
        assertThat(result(c.next()).get("protocolVersion")).isEqualTo("2025-11-25");
    }

    @Test
    void serverWithOnlyToolsDeclaresNoResourcesPromptsOrCompletions() {
        McpServer toolsOnly = new McpServer() {
            @Tool(description = "t")
            public String t() {
                return "t";
            }
        };
        RawConnection c = new RawConnection(toolsOnly);
        c.sendLine(String.format(INIT, "2025-11-25"));
        assertThat((Map<String, Object>) result(c.next()).get("capabilities")).containsOnlyKeys("tools", "logging");
    }

    @Test
    void requestsBeforeInitializeWithoutTheStatelessMetaAreRejectedButPingIsAnswered() {
        RawConnection c = new RawConnection(new SampleServer());
        c.sendLine("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}");
        Map<String, Object> refused = c.next();
        assertThat(errorCode(refused)).isEqualTo(-32602);   // a 2026-07-28 request missing its _meta
        assertThat(refused.toString()).contains("send \"initialize\" first").contains("io.modelcontextprotocol/protocolVersion");
        c.sendLine("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}");
        assertThat(result(c.next())).isEmpty();
    }

    @Test
    void secondInitializeIsRejected() {
        RawConnection c = RawConnection.initialized(new SampleServer());
        c.sendLine(String.format(INIT, "2025-11-25"));
        assertThat(errorCode(c.next())).isEqualTo(-32600);
    }

    @Test
    void malformedJsonIsParseErrorWithItsIdWhereTheIdCanBeRead() {
        RawConnection c = RawConnection.initialized(new SampleServer());
        c.sendLine("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":");
        Map<String, Object> r = c.next();
        assertThat(errorCode(r)).isEqualTo(-32700);
        assertThat(r).containsEntry("id", 1L);
        c.sendLine("{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"id\":12");   // cut inside the id: 12 may be the start of 123
        r = c.next();
        assertThat(errorCode(r)).isEqualTo(-32700);
        assertThat(r).containsEntry("id", null);
        c.sendLine("{\"jsonrpc\":\"2.0\",\"params\":{\"a\":[1,{\"b\":\"}\\\"]\"}]},\"id\":\"x\",\"method\":}");
        r = c.next();
        assertThat(errorCode(r)).isEqualTo(-32700);
        assertThat(r).containsEntry("id", "x");
    }

    @Test
    void numberBeyondTheLimitsIsInvalidParamsForThatRequestAndServingGoesOn() {
        RawConnection c = RawConnection.initialized(new SampleServer());
        c.sendLine("{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"ping\",\"params\":{\"n\":1e999999999999}}");
        Map<String, Object> r = c.next();
        assertThat(errorCode(r)).isEqualTo(-32602);
        assertThat(r).containsEntry("id", 8L);
        assertThat(String.valueOf(r.get("error"))).contains("out of range");
        c.sendLine("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"ping\",\"params\":{\"n\":" + "7".repeat(1001) + "}}");
        r = c.next();
        assertThat(errorCode(r)).isEqualTo(-32602);
        assertThat(r).containsEntry("id", 9L);
        assertThat(String.valueOf(r.get("error"))).contains("longer than the limit of 1000");
        c.sendLine("{\"jsonrpc\":\"2.0\",\"id\":10,\"method\":\"ping\",\"params\":{\"n\":1e400,\"m\":" + "7".repeat(1000) + "}}");
        assertThat(c.next()).containsEntry("id", 10L).containsKey("result");
    }

    @Test
    void invalidRequestsGetInvalidRequest() {
        RawConnection c = RawConnection.initialized(new SampleServer());
        for (String bad : List.of("[]", "42", "\"x\"", "{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"ping\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"ping\"}", "{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"ping\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"ping\"}", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":7}",
                "{\"jsonrpc\":\"2.0\",\"id\":1}")) {
            c.sendLine(bad);
            assertThat(errorCode(c.next())).as(bad).isEqualTo(-32600);
        }
    }

    @Test
    void unknownMethodIsMethodNotFound() {
        RawConnection c = RawConnection.initialized(new SampleServer());
        c.sendLine("{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":\"tools/frobnicate\"}");
        Map<String, Object> r = c.next();
        assertThat(errorCode(r)).isEqualTo(-32601);
        assertThat(r.get("id")).isEqualTo("a");
    }

    @Test
    void paramsThatAreNotAnObjectAreInvalidParams() {
        RawConnection c = RawConnection.initialized(new SampleServer());
        c.sendLine("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/list\",\"params\":[1]}");
        assertThat(errorCode(c.next())).isEqualTo(-32602);
    }

    @Test
    void notificationsNeverGetAResponse() throws Exception {
        RawConnection c = RawConnection.initialized(new SampleServer());
        c.sendLine("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/whatever\"}");
        c.sendLine("{\"jsonrpc\":\"2.0\",\"method\":\"tools/list\"}");
        c.sendLine("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":99}}");
        assertThat(c.drain(200)).isEmpty();
    }

    @Test
    void pingAnswersEmptyResultWithTheSameId() {
        RawConnection c = RawConnection.initialized(new SampleServer());
        c.sendLine("{\"jsonrpc\":\"2.0\",\"id\":\"p-1\",\"method\":\"ping\"}");
        Map<String, Object> r = c.next();
        assertThat(r.get("id")).isEqualTo("p-1");
        assertThat(result(r)).isEmpty();
    }

    @Test
    void listsArePaginatedWithOpaqueCursorsAndABadCursorIsInvalidParams() {
        SampleServer server = new SampleServer();
        server.pageSize(4);
        try (McpTestClient client = McpTestClient.connect(server)) {
            Map<String, Object> first = client.request("tools/list", Map.of());
            assertThat((List<?>) first.get("tools")).hasSize(4);
            assertThat(first.get("nextCursor")).isInstanceOf(String.class);
            assertThat(client.listTools()).hasSizeGreaterThan(4);
            Map<String, Object> bad = Map.of("cursor", "not-a-cursor");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.request("tools/list", bad))
                    .isInstanceOfSatisfying(McpException.class, e -> assertThat(e.code()).isEqualTo(-32602));
        }
    }

    @Test
    void slowToolDoesNotBlockPing() throws Exception {
        RawConnection c = RawConnection.initialized(new SampleServer());
        c.sendLine("{\"jsonrpc\":\"2.0\",\"id\":10,\"method\":\"tools/call\",\"params\":{\"name\":\"wait_for\",\"arguments\":{\"millis\":3000}}}");
        c.sendLine("{\"jsonrpc\":\"2.0\",\"id\":11,\"method\":\"ping\"}");
        Map<String, Object> first = c.next();
        assertThat(first.get("id")).isEqualTo(11L);
        c.sendLine("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":10}}");
    }

    @Test
    void cancelledCallGetsNoResponseAndTheServerStaysResponsive() throws Exception {
        RawConnection c = RawConnection.initialized(new SampleServer());
        c.sendLine("{\"jsonrpc\":\"2.0\",\"id\":20,\"method\":\"tools/call\",\"params\":{\"name\":\"wait_for\",\"arguments\":{\"millis\":5000},"
                + "\"_meta\":{\"progressToken\":\"tok\"}}}");
        Map<String, Object> progress = c.next();
        assertThat(progress.get("method")).isEqualTo("notifications/progress");
        c.sendLine("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":20,\"reason\":\"user\"}}");
        c.sendLine("{\"jsonrpc\":\"2.0\",\"id\":21,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\",\"arguments\":{\"message\":\"still here\"}}}");
        assertThat(c.next()).as("the next request is answered").containsEntry("id", 21L);
        // close() returns once every request in flight has finished: whatever id 20 would get has been sent by then
        c.connection.close();
        assertThat(c.drain(0)).noneMatch(m -> Long.valueOf(20).equals(m.get("id")));
    }

    @Test
    void duplicateIdOfARequestInFlightIsRejected() throws Exception {
        RawConnection c = RawConnection.initialized(new SampleServer());
        String call = "{\"jsonrpc\":\"2.0\",\"id\":30,\"method\":\"tools/call\",\"params\":{\"name\":\"wait_for\",\"arguments\":{\"millis\":500}}}";
        c.sendLine(call);
        c.sendLine(call);
        Map<String, Object> first = c.next();
        assertThat(errorCode(first)).isEqualTo(-32600);
        assertThat(result(c.next()).toString()).contains("waited");
    }

    @Test
    void anyRequestReusingTheIdOfACallInFlightIsRejectedWhateverItsMethod() throws Exception {
        RawConnection c = RawConnection.initialized(new SampleServer());
        c.sendLine("{\"jsonrpc\":\"2.0\",\"id\":31,\"method\":\"tools/call\",\"params\":{\"name\":\"wait_for\",\"arguments\":{\"millis\":500}}}");
        for (String method : List.of("ping", "tools/list", "prompts/list", "resources/list", "logging/setLevel")) {
            c.sendLine("{\"jsonrpc\":\"2.0\",\"id\":31,\"method\":\"" + method + "\",\"params\":{\"level\":\"info\"}}");
            Map<String, Object> answer = c.next();
            assertThat(errorCode(answer)).as(method).isEqualTo(-32600);
            assertThat(answer).containsEntry("id", 31L);
        }
        assertThat(result(c.next()).toString()).contains("waited");
        c.sendLine("{\"jsonrpc\":\"2.0\",\"id\":31,\"method\":\"ping\"}");
        assertThat(c.next()).as("the id is free again once its call answered").containsKey("result");
    }

    @Test
    void progressNotificationsStrictlyIncreaseEvenWhenTheToolReportsBackwards() throws Exception {
        RawConnection c = RawConnection.initialized(new SampleServer());
        c.sendLine("{\"jsonrpc\":\"2.0\",\"id\":40,\"method\":\"tools/call\",\"params\":{\"name\":\"bad_progress\",\"arguments\":{},"
                + "\"_meta\":{\"progressToken\":7}}}");
        List<Map<String, Object>> msgs = c.drain(500);
        List<Object> values = msgs.stream().filter(m -> "notifications/progress".equals(m.get("method")))
                .map(m -> ((Map<?, ?>) m.get("params")).get("progress")).map(Object.class::cast).toList();
        assertThat(values).containsExactly(1L, 3L, 4L);
        List<Object> tokens = msgs.stream().filter(m -> "notifications/progress".equals(m.get("method")))
                .map(m -> ((Map<?, ?>) m.get("params")).get("progressToken")).map(Object.class::cast).toList();
        assertThat(tokens).containsOnly(7L);
    }

    @Test
    void noProgressIsSentWithoutAProgressToken() throws Exception {
        RawConnection c = RawConnection.initialized(new SampleServer());
        c.sendLine("{\"jsonrpc\":\"2.0\",\"id\":41,\"method\":\"tools/call\",\"params\":{\"name\":\"bad_progress\",\"arguments\":{}}}");
        List<Map<String, Object>> msgs = c.drain(300);
        assertThat(msgs).hasSize(1).allMatch(m -> Long.valueOf(41).equals(m.get("id")));
    }

    @Test
    void logNotificationsHonourSetLevelAndABadLevelIsInvalidParams() {
        try (McpTestClient client = McpTestClient.connect(new SampleServer())) {
            client.setLogLevel(LogLevel.ERROR);
            client.callTool("log_all", Map.of());
            assertThat(client.notifications("notifications/message")).extracting(p -> p.get("level"))
                    .containsExactly("error", "critical", "alert", "emergency");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.request("logging/setLevel", Map.of("level", "loud")))
                    .isInstanceOfSatisfying(McpException.class, e -> assertThat(e.code()).isEqualTo(-32602));
        }
    }
}
