package dev.mcpkit.model;

import dev.mcpkit.Content;
import dev.mcpkit.PromptMessage;
import dev.mcpkit.PromptResult;
import dev.mcpkit.ResourceContents;
import dev.mcpkit.ToolResult;
import dev.mcpkit.json.Json;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Turns what user code returned into the results of tools/call, resources/read and prompts/get. */
public final class ResultMapper {

    private ResultMapper() {
    }

    /** The tools/call result for a tool's return value. */
    public static Map<String, Object> toolResult(Object value, boolean structured) {
        if (value instanceof ToolResult) {
            return fromToolResult((ToolResult) value);
        }
        if (value == null) {
            return Json.object("content", new ArrayList<>());
        }
        if (value instanceof Content) {
            return Json.object("content", List.of(WireFormat.content((Content) value)));
        }
        if (value instanceof List && isContentList((List<?>) value)) {
            @SuppressWarnings("unchecked")
            List<Content> list = (List<Content>) value;
            return Json.object("content", WireFormat.contents(list));
        }
        if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof Enum) {
            return text(value instanceof Enum ? ((Enum<?>) value).name() : value.toString());
        }
        Object json = TypeMapping.toJson(value);
        Map<String, Object> result = text(Json.write(json));
        if (structured && json instanceof Map) {
            result.put("structuredContent", json);
        }
        return result;
    }

    private static Map<String, Object> fromToolResult(ToolResult r) {
        Map<String, Object> result = Json.object("content", WireFormat.contents(r.content()));
        if (r.structuredContent() != null) {
            Object json = TypeMapping.toJson(r.structuredContent());
            result.put("structuredContent", json);
            if (r.content().isEmpty()) {
                result.put("content", List.of(Json.object("type", "text", "text", Json.write(json))));
            }
        }
        if (r.isError()) {
            result.put("isError", Boolean.TRUE);
        }
        return result;
    }

    /** A result with one text block. */
    public static Map<String, Object> text(String text) {
        List<Object> content = new ArrayList<>(1);
        content.add(Json.object("type", "text", "text", text));
        return Json.object("content", content);
    }

    /** A failed tool result ({@code isError: true}) with one text block. */
    public static Map<String, Object> toolError(String message) {
        Map<String, Object> r = text(message);
        r.put("isError", Boolean.TRUE);
        return r;
    }

    private static boolean isContentList(List<?> list) {
        if (list.isEmpty()) {
            return false;
        }
        for (Object o : list) {
            if (!(o instanceof Content)) {
                return false;
            }
        }
        return true;
    }

    /** The resources/read result for what a resource method returned. */
    public static Map<String, Object> resourceResult(Object value, String uri, String mimeType) {
        List<Object> contents = new ArrayList<>();
        if (value instanceof ResourceContents) {
            contents.add(WireFormat.resourceContents((ResourceContents) value));
        } else if (value instanceof List && !((List<?>) value).isEmpty() && ((List<?>) value).get(0) instanceof ResourceContents) {
            for (Object o : (List<?>) value) {
                contents.add(WireFormat.resourceContents((ResourceContents) o));
            }
        } else if (value instanceof byte[]) {
            contents.add(Json.object("uri", uri, "mimeType", mimeType.isEmpty() ? "application/octet-stream" : mimeType,
                    "blob", Base64.getEncoder().encodeToString((byte[]) value)));
        } else if (value instanceof CharSequence) {
            contents.add(Json.object("uri", uri, "mimeType", mimeType.isEmpty() ? "text/plain" : mimeType,
                    "text", value.toString()));
        } else {
            contents.add(Json.object("uri", uri, "mimeType", mimeType.isEmpty() ? "application/json" : mimeType,
                    "text", Json.write(TypeMapping.toJson(value))));
        }
        return Json.object("contents", contents);
    }

    /** The prompts/get result for what a prompt method returned. */
    public static Map<String, Object> promptResult(Object value, String description) {
        List<Object> messages = new ArrayList<>();
        String desc = description;
        if (value instanceof PromptResult) {
            PromptResult pr = (PromptResult) value;
            if (pr.description() != null) {
                desc = pr.description();
            }
            for (PromptMessage m : pr.messages()) {
                messages.add(WireFormat.promptMessage(m));
            }
        } else if (value instanceof PromptMessage) {
            messages.add(WireFormat.promptMessage((PromptMessage) value));
        } else if (value instanceof List) {
            for (Object o : (List<?>) value) {
                messages.add(o instanceof PromptMessage ? WireFormat.promptMessage((PromptMessage) o)
                        : WireFormat.promptMessage(PromptMessage.user(String.valueOf(o))));
            }
        } else {
            messages.add(WireFormat.promptMessage(PromptMessage.user(String.valueOf(value))));
        }
        return Json.object("description", desc == null || desc.isEmpty() ? null : desc, "messages", messages);
    }
}
