package dev.mcpkit.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.spi.ToolProvider;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageToolTest {

    @TempDir
    Path dir;

    /** Every entry of a tar (gzipped or not): name to bytes; modes into {@code modes} when given. */
    static Map<String, byte[]> entries(InputStream in, Map<String, Integer> modes) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
                entries.put(e.getName(), tar.readAllBytes());
                if (modes != null) {
                    modes.put(e.getName(), e.getMode() & 07777);
                }
            }
        }
        return entries;
    }

    private String[] build(String... args) {
        ToolProvider tool = ServiceLoader.load(ToolProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(t -> t.name().equals(ImageTool.NAME)).findFirst().orElseThrow();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = tool.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void buildsAnOciImageTarWithTheFilesEntrypointUserPortsLabelsAndEnvironment() throws Exception {
        Path jar = Files.writeString(dir.resolve("server.jar"), "not really a jar");
        Path tar = dir.resolve("image.tar");
        String[] r = build("build", "--output", tar.toString(), "--name", "weather:1.0.0", "--base", "scratch",
                "--file", jar + "=/app/weather.jar", "--entrypoint", "java", "--entrypoint", "-jar", "--entrypoint", "/app/weather.jar",
                "--env", "MCP_TRANSPORT=http", "--label", "org.opencontainers.image.version=1.0.0", "--port", "8080",
                "--user", "65532", "--workdir", "/app", "--offline");
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).startsWith("image weather:1.0.0 sha256:");

        Map<String, byte[]> image = entries(Files.newInputStream(tar), null);
        String config = image.entrySet().stream().map(e -> new String(e.getValue(), StandardCharsets.UTF_8))
                .filter(text -> text.contains("\"Entrypoint\"")).findFirst().orElseThrow();
        assertThat(config).contains("\"Entrypoint\":[\"java\",\"-jar\",\"/app/weather.jar\"]", "\"User\":\"65532\"",
                "\"ExposedPorts\":{\"8080/tcp\":{}}", "\"org.opencontainers.image.version\":\"1.0.0\"",
                "\"Env\":[\"MCP_TRANSPORT=http\"]", "\"WorkingDir\":\"/app\"");
        byte[] layer = image.values().stream().filter(bytes -> bytes.length > 2 && bytes[0] == 0x1f && (bytes[1] & 0xff) == 0x8b)
                .findFirst().orElseThrow();
        Map<String, Integer> modes = new LinkedHashMap<>();
        Map<String, byte[]> files = entries(new GZIPInputStream(new ByteArrayInputStream(layer)), modes);
        assertThat(files).containsKey("app/weather.jar");
        assertThat(new String(files.get("app/weather.jar"), StandardCharsets.UTF_8)).isEqualTo("not really a jar");
        assertThat(modes.get("app/weather.jar")).isEqualTo(0644);

        Path again = dir.resolve("again.tar");
        String[] second = build("build", "--output", again.toString(), "--name", "weather:1.0.0", "--base", "scratch",
                "--file", jar + "=/app/weather.jar", "--entrypoint", "java", "--entrypoint", "-jar", "--entrypoint", "/app/weather.jar",
                "--env", "MCP_TRANSPORT=http", "--label", "org.opencontainers.image.version=1.0.0", "--port", "8080",
                "--user", "65532", "--workdir", "/app", "--offline");
        assertThat(second[1]).as("the same inputs give the same digest").isEqualTo(r[1].replace(tar.toString(), again.toString()));
    }

    @Test
    void aWrongCommandLineIsExitTwoSayingWhat() {
        String[] r = build("build", "--output", "x.tar");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("--output, --name and --base are required");
        assertThat(build("build", "--output", "x", "--name", "a", "--base", "scratch", "--file", "a=relative")[2])
                .contains("must be absolute");
    }
}
