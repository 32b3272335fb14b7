package dev.mcpkit.model;

import dev.mcpkit.AudioContent;
import dev.mcpkit.BlobResourceContents;
import dev.mcpkit.Content;
import dev.mcpkit.EmbeddedResource;
import dev.mcpkit.ImageContent;
import dev.mcpkit.PromptMessage;
import dev.mcpkit.ResourceContents;
import dev.mcpkit.ResourceLink;
import dev.mcpkit.Role;
import dev.mcpkit.TextContent;
import dev.mcpkit.TextResourceContents;
import dev.mcpkit.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The wire (JSON) form of the public content types, and back. */
public final class WireFormat {

    private WireFormat() {
    }

    public static Map<String, Object> content(Content c) {
        if (c instanceof TextContent) {
            return Json.object("type", "text", "text", ((TextContent) c).text());
        }
        if (c instanceof ImageContent) {
            ImageContent i = (ImageContent) c;
            return Json.object("type", "image", "data", i.data(), "mimeType", i.mimeType());
        }
        if (c instanceof AudioContent) {
            AudioContent a = (AudioContent) c;
            return Json.object("type", "audio", "data", a.data(), "mimeType", a.mimeType());
        }
        if (c instanceof EmbeddedResource) {
            return Json.object("type", "resource", "resource", resourceContents(((EmbeddedResource) c).resource()));
        }
        ResourceLink l = (ResourceLink) c;
        return Json.object("type", "resource_link", "uri", l.uri(), "name", l.name(), "title", l.title(),
                "description", l.description(), "mimeType", l.mimeType());
    }

    public static List<Object> contents(List<? extends Content> list) {
        List<Object> out = new ArrayList<>(list.size());
        for (Content c : list) {
            out.add(content(c));
        }
        return out;
    }

    public static Map<String, Object> resourceContents(ResourceContents rc) {
        if (rc instanceof TextResourceContents) {
            TextResourceContents t = (TextResourceContents) rc;
            return Json.object("uri", t.uri(), "mimeType", t.mimeType(), "text", t.text());
        }
        BlobResourceContents b = (BlobResourceContents) rc;
        return Json.object("uri", b.uri(), "mimeType", b.mimeType(), "blob", b.blob());
    }

    public static Map<String, Object> promptMessage(PromptMessage m) {
        return Json.object("role", m.role().wireName(), "content", content(m.content()));
    }

    /** Parses a content block received from a client (sampling results); unknown types become text. */
    public static Content parseContent(Object json) {
        if (!(json instanceof Map)) {
            return Content.text(String.valueOf(json));
        }
        Map<?, ?> m = (Map<?, ?>) json;
        Object type = m.get("type");
        if ("image".equals(type)) {
            return new ImageContent(str(m.get("data")), str(m.get("mimeType")));
        }
        if ("audio".equals(type)) {
            return new AudioContent(str(m.get("data")), str(m.get("mimeType")));
        }
        return Content.text(m.get("text") == null ? Json.write(m) : str(m.get("text")));
    }

    public static Role parseRole(Object role) {
        return "assistant".equals(role) ? Role.ASSISTANT : Role.USER;
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
