package dev.mcpkit.transport.http;

import com.sun.net.httpserver.Headers;
import dev.mcpkit.protocol.ArgumentHeaders;
import dev.mcpkit.protocol.RequestMeta;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headers a stateless request (MCP 2026-07-28) repeats from its body, so that proxies can route it without
 * reading the body: {@code MCP-Protocol-Version} (the version in {@code _meta}), {@code Mcp-Method}, and
 * {@code Mcp-Name} (the tool's or prompt's name, the resource's URI). A header that is missing or says something else
 * than the body is refused (-32020), so a proxy's decision and the server's can never differ. Values are compared
 * exactly once the spaces around them are trimmed; {@code =?base64?…?=} carries a value that is not plain ASCII.
 * A tool argument whose schema names a header ({@code "x-mcp-header": "Region"}) is repeated as
 * {@code Mcp-Param-Region} whenever the call gives it, and checked the same way.
 */
final class StatelessHeaders {

    static final String VERSION = "MCP-Protocol-Version";
    static final String METHOD = "Mcp-Method";
    static final String NAME = "Mcp-Name";
    private static final Pattern ENCODED = Pattern.compile("=\\?base64\\?(.*)\\?=");
    private static final Pattern BASE64 = Pattern.compile("(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?");

    private StatelessHeaders() {
    }

    /** What is wrong with the headers of {@code message}, or null when they agree with it. */
    static String mismatch(Headers headers, Map<String, Object> message) {
        Object params = message.get("params");
        String version = RequestMeta.versionIn(params);
        if (version == null) {
            return null;   // the request is refused for its _meta, which names no version
        }
        String problem = differs(headers, VERSION, version);
        if (problem == null) {
            problem = differs(headers, METHOD, String.valueOf(message.get("method")));
        }
        String named = named(message.get("method"), params);
        if (problem == null && named != null) {
            problem = differs(headers, NAME, named);
        }
        return problem;
    }

    /** What is wrong with the {@code Mcp-Param-*} headers, or null: {@code expected} by name, as {@link ArgumentHeaders} has them. */
    static String paramMismatch(Headers headers, Map<String, Object> expected) {
        for (Map.Entry<String, Object> header : expected.entrySet()) {
            String problem = differs(headers, header.getKey(), header.getValue());
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** What {@code Mcp-Name} must say for a request of {@code method}, or null when it has none. */
    private static String named(Object method, Object params) {
        String key = "tools/call".equals(method) || "prompts/get".equals(method) ? "name" : "resources/read".equals(method) ? "uri" : null;
        Object value = key == null || !(params instanceof Map) ? null : ((Map<?, ?>) params).get(key);
        return value instanceof String ? (String) value : null;
    }

    /** What is wrong with {@code header}, which must say {@code expected} (a string, number or boolean of the body), or null. */
    private static String differs(Headers headers, String header, Object expected) {
        String raw = headers.getFirst(header);
        String text = expected instanceof String ? (String) expected : String.valueOf(expected);
        if (raw == null) {
            return "Header mismatch: the " + header + " header is missing; a request of MCP 2026-07-28 sends it, equal to "
                    + shown(text) + " as in its body";
        }
        String value = decoded(raw.strip());
        if (value == null) {
            return "Header mismatch: " + header + " is not valid =?base64?...?= (standard base64 with its padding, of UTF-8)";
        }
        if (!(expected instanceof Number ? sameNumber(value, (Number) expected) : value.equals(text))) {
            return "Header mismatch: " + header + " says " + shown(value) + " and the body " + shown(text);
        }
        return null;
    }

    private static boolean sameNumber(String header, Number body) {
        try {
            return new BigDecimal(header).compareTo(new BigDecimal(body.toString())) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The value a header carries: as it is, or decoded from {@code =?base64?…?=}; null when that is malformed. */
    static String decoded(String value) {
        Matcher m = ENCODED.matcher(value);
        if (!m.matches()) {
            return value;
        }
        String encoded = m.group(1);
        if (!BASE64.matcher(encoded).matches()) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Base64.getDecoder().decode(encoded))).toString();
        } catch (CharacterCodingException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String shown(String value) {
        return "\"" + (value.length() <= 200 ? value : value.substring(0, 197) + "...") + "\"";
    }
}
