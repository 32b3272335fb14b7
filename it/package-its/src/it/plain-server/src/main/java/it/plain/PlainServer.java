package it.plain;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A stdio MCP server written by hand, without mcp-runtime: it cannot --describe, so the plugin must shake hands. */
public final class PlainServer {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+|\"[^\"]*\")");
    private static final Pattern METHOD = Pattern.compile("\"method\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern MESSAGE = Pattern.compile("\"message\"\\s*:\\s*\"([^\"]*)\"");

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--version")) {
            System.out.println("plain 2.0.0");
            return;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            String method = group(METHOD, line);
            String id = group(ID, line);
            if (method == null || id == null) {
                continue;
            }
            String result;
            switch (method) {
                case "initialize":
                    result = "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{\"tools\":{},\"resources\":{},\"prompts\":{}},"
                            + "\"serverInfo\":{\"name\":\"plain\",\"title\":\"Plain\",\"version\":\"2.0.0\"}}";
                    break;
                case "tools/list":
                    result = "{\"tools\":[{\"name\":\"echo\",\"description\":\"Echoes the message\",\"inputSchema\":{\"type\":\"object\","
                            + "\"properties\":{\"message\":{\"type\":\"string\"}},\"required\":[\"message\"]}}]}";
                    break;
                case "tools/call":
                    String text = group(MESSAGE, line);
                    result = "{\"content\":[{\"type\":\"text\",\"text\":\"" + (text == null ? "" : text) + "\"}]}";
                    break;
                case "resources/list":
                    result = "{\"resources\":[{\"uri\":\"plain://readme\",\"name\":\"readme\",\"mimeType\":\"text/plain\"}]}";
                    break;
                case "resources/templates/list":
                    result = "{\"resourceTemplates\":[{\"uriTemplate\":\"plain://notes/{id}\",\"name\":\"notes\"}]}";
                    break;
                case "prompts/list":
                    result = "{\"prompts\":[{\"name\":\"greet\",\"description\":\"Greets someone\",\"arguments\":[{\"name\":\"who\",\"required\":true}]}]}";
                    break;
                case "ping":
                    result = "{}";
                    break;
                default:
                    send("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"error\":{\"code\":-32601,\"message\":\"Method not found\"}}");
                    continue;
            }
            send("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":" + result + "}");
        }
    }

    private static void send(String message) {
        System.out.println(message);
        System.out.flush();
    }

    private static String group(Pattern pattern, String line) {
        Matcher m = pattern.matcher(line);
        return m.find() ? m.group(1) : null;
    }
}
