package dev.mcpkit.example;

import dev.mcpkit.Content;
import dev.mcpkit.ResourceContents;
import dev.mcpkit.Tool;
import dev.mcpkit.ToolResult;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.List;

/** Tools returning every kind of content; registered on the server from another class. */
public class MediaTools {

    /** A valid 1x1 PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Tool(description = "Returns an image")
    public Content image() {
        return Content.image(PNG, "image/png");
    }

    @Tool(description = "Returns a short sound")
    public Content audio() {
        return Content.audio(wav(), "audio/wav");
    }

    @Tool(name = "embedded_resource", description = "Returns an embedded resource")
    public Content embeddedResource() {
        return Content.resource(ResourceContents.text("example://static/readme", "text/markdown", "# Everything\n"));
    }

    @Tool(name = "resource_link", description = "Returns a link to a resource")
    public Content resourceLink() {
        return Content.link("example://static/readme", "readme");
    }

    @Tool(description = "Returns text, an image and a resource in one result")
    public ToolResult mixed() {
        return ToolResult.of(List.of(Content.text("three kinds of content"), Content.image(PNG, "image/png"),
                Content.resource(ResourceContents.text("example://static/readme", "text/markdown", "# Everything\n"))));
    }

    /** 100 ms of silence, 8 kHz mono 8-bit PCM. */
    private static byte[] wav() {
        int samples = 800;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        le32(out, 36 + samples);
        out.writeBytes("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        le32(out, 16);
        le16(out, 1);
        le16(out, 1);
        le32(out, 8000);
        le32(out, 8000);
        le16(out, 1);
        le16(out, 8);
        out.writeBytes("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        le32(out, samples);
        for (int i = 0; i < samples; i++) {
            out.write(128);
        }
        return out.toByteArray();
    }

    private static void le32(ByteArrayOutputStream out, int v) {
        le16(out, v & 0xffff);
        le16(out, v >>> 16);
    }

    private static void le16(ByteArrayOutputStream out, int v) {
        out.write(v & 0xff);
        out.write((v >>> 8) & 0xff);
    }
}
