package dev.mcpkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FloorEchoServerTest {

    @Test
    void initializeAnswersTheRequestedSupportedVersion() {
        Map<String, Object> r = McpMessages.parse(FloorEchoServer.answer(
                "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\"}}"));
        assertThat(r.get("id")).isEqualTo(7L);
        assertThat(((Map<?, ?>) r.get("result")).get("protocolVersion")).isEqualTo("2025-06-18");
    }

    @Test
    void initializeWithAnUnknownVersionAnswersTheNewest() {
        Map<String, Object> r = McpMessages.parse(FloorEchoServer.answer(
                "{\"jsonrpc\":\"2.0\",\"id\":\"x\",\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"1999-01-01\"}}"));
        assertThat(r.get("id")).isEqualTo("x");
        assertThat(((Map<?, ?>) r.get("result")).get("protocolVersion")).isEqualTo("2025-11-25");
    }

    @Test
    void notificationsGetNoReply() {
        assertThat(FloorEchoServer.answer(McpMessages.INITIALIZED)).isNull();
    }

    @Test
    void echoReturnsTheMessageWithQuotesBackslashesControlAndNonAsciiCharactersIntact() {
        String line = "{ \"params\" : {\"arguments\":{\"message\":\"a\\\"b\\\\c\\n\\u0001\\u00e9\u2713\"},\"name\":\"echo\"},"
                + "\"method\":\"tools/call\",\"id\":3,\"jsonrpc\":\"2.0\"}";
        Map<String, Object> r = McpMessages.parse(FloorEchoServer.answer(line));
        Map<?, ?> content = (Map<?, ?>) ((List<?>) ((Map<?, ?>) r.get("result")).get("content")).get(0);
        assertThat(content.get("text")).isEqualTo("a\"b\\c\n\u0001\u00e9\u2713");
    }

    @Test
    void echoOfTheDriversRequestPassesTheDriversCheck() {
        assertThat(McpMessages.echoProblem(McpMessages.parse(FloorEchoServer.answer(McpMessages.echoCall(42))), 42))
                .isNull();
    }

    @Test
    void unknownMethodIsMethodNotFoundAndGarbageIsParseError() {
        assertThat(FloorEchoServer.answer("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"nope\"}")).contains("-32601");
        assertThat(FloorEchoServer.answer("{\"jsonrpc\":")).contains("-32700").contains("\"id\":null");
    }
}
