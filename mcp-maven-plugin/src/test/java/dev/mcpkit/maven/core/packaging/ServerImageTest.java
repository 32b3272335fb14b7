package dev.mcpkit.maven.core.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.mcpkit.McpServer;
import dev.mcpkit.maven.core.output.TextTemplates;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code mcp:package -Dmcp.image}'s outputs, built by the real image module (Jib) from a jar holding a real mcpkit
 * server: the image tar's configuration and layer are read back, the server is started as its entrypoint says, and the
 * manifests are parsed.
 */
class ServerImageTest {

    private static final Path TEST_CLASSES = Path.of("target", "test-classes").toAbsolutePath();
    private static final String MAIN = "dev.mcpkit.maven.fixtures.HttpServer";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    private Path out;
    private Path tar;
    private List<PackagedFile> written;

    @BeforeEach
    void buildTheImage() throws Exception {
        out = Files.createDirectories(tmp.resolve("target/mcp"));
        Path lib = Files.createDirectories(out.resolve("lib"));
        Path classes = Files.createDirectories(tmp.resolve("classes/dev/mcpkit/maven/fixtures"));
        Files.copy(TEST_CLASSES.resolve("dev/mcpkit/maven/fixtures/HttpServer.class"), classes.resolve("HttpServer.class"));
        Path runtime = Path.of(McpServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(runtime)) {   // the reactor's mcp-runtime/target/classes: its classes join the server's
            try (Stream<Path> files = Files.walk(runtime)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path target = tmp.resolve("classes").resolve(runtime.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
        }
        ZipWriter.write(lib.resolve("weather-1.2.0.jar"), ExecutableJar.entries(tmp.resolve("classes"),
                Files.isDirectory(runtime) ? List.of() : List.of(runtime), JarLayout.UBER, MAIN, "weather", "1.2.0"),
                Instant.parse("2026-01-02T03:04:05Z"));
        ToolProvider tool = ServiceLoader.load(ToolProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(t -> t.name().equals(ServerImage.TOOL)).findFirst().orElseThrow();
        written = new ServerImage(() -> tool, TextTemplates.builtIn()).build(new ServerImage.Request("weather", "1.2.0", lib,
                "weather-1.2.0.jar", out, "scratch", "registry.example.com/weather:1.2.0", List.of("-Xss1m"),
                Fixtures.project("Forecasts for tests", "https://github.com/ada/weather").metadata(), true));
        tar = out.resolve("weather-1.2.0-image.tar");
    }

    /** Every entry of a tar: name to bytes. */
    private static Map<String, byte[]> entries(InputStream in) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (TarArchiveInputStream archive = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry e; (e = archive.getNextEntry()) != null; ) {
                entries.put(e.getName(), archive.readAllBytes());
            }
        }
        return entries;
    }

    private JsonNode config() throws IOException {
        for (byte[] bytes : entries(Files.newInputStream(tar)).values()) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.startsWith("{") && text.contains("\"Entrypoint\"")) {
                return JSON.readTree(text).get("config");
            }
        }
        throw new AssertionError("no image configuration in " + tar);
    }

    private byte[] layer() throws IOException {
        return entries(Files.newInputStream(tar)).values().stream()
                .filter(bytes -> bytes.length > 2 && bytes[0] == 0x1f && (bytes[1] & 0xff) == 0x8b).findFirst().orElseThrow();
    }

    @Test
    void theImageRunsTheJarOverHttpAsAUserThatIsNotRootWithLabelsFromThePom() throws Exception {
        assertThat(written).extracting(PackagedFile::path).containsExactly(tar, out.resolve("deploy/kubernetes.yaml"),
                out.resolve("deploy/nginx.conf"));
        JsonNode config = config();
        List<String> entrypoint = new ArrayList<>();
        config.get("Entrypoint").forEach(word -> entrypoint.add(word.asString()));
        assertThat(entrypoint).containsExactly("java", "-XX:+DisplayVMOutputToStderr", "-Xlog:disable", "-Xlog:all=warning:stderr",
                "-XX:MaxRAMPercentage=75", "-Xss1m", "-jar", "/app/lib/weather-1.2.0.jar");
        assertThat(config.get("User").asString()).isEqualTo("65532");
        assertThat(config.get("ExposedPorts").has("8080/tcp")).isTrue();
        assertThat(config.get("WorkingDir").asString()).isEqualTo("/app");
        assertThat(config.get("Env").toString()).contains("MCP_TRANSPORT=http", "MCP_HOST=0.0.0.0", "MCP_PORT=8080", "HOME=/tmp");
        assertThat(config.get("Labels").get("org.opencontainers.image.title").asString()).isEqualTo("weather");
        assertThat(config.get("Labels").get("org.opencontainers.image.version").asString()).isEqualTo("1.2.0");
        assertThat(config.get("Labels").get("org.opencontainers.image.source").asString()).contains("github.com/ada/weather");
        assertThat(entries(new GZIPInputStream(new ByteArrayInputStream(layer())))).containsKey("app/lib/weather-1.2.0.jar");
    }

    @Test
    void theServerStartedAsTheEntrypointSaysAnswersOverHttp() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("root"));
        for (Map.Entry<String, byte[]> e : entries(new GZIPInputStream(new ByteArrayInputStream(layer()))).entrySet()) {
            Path file = root.resolve(e.getKey());
            if (!e.getKey().endsWith("/")) {
                Files.createDirectories(file.getParent());
                Files.write(file, e.getValue());
            }
        }
        JsonNode config = config();
        // the image's words, with this machine's java for the base image's and the image's /app under root
        List<String> command = new ArrayList<>();
        config.get("Entrypoint").forEach(word -> command.add(word.asString().startsWith("/app/")
                ? root + word.asString() : word.asString()));
        command.set(0, new File(System.getProperty("java.home"), "bin/java").getPath());
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.resolve("app").toFile());
        config.get("Env").forEach(pair -> {
            String[] kv = pair.asString().split("=", 2);
            builder.environment().put(kv[0], kv[1]);
        });
        // a free port and loopback here: this machine may be using 8080, and a test listens on no other address
        builder.environment().put("MCP_PORT", "0");
        builder.environment().put("MCP_HOST", "127.0.0.1");
        builder.environment().put("HOME", tmp.resolve("home").toString());
        Process server = builder.start();
        try {
            BufferedReader err = new BufferedReader(new InputStreamReader(server.getErrorStream(), StandardCharsets.UTF_8));
            URI endpoint = null;
            List<String> lines = new ArrayList<>();
            for (String line; endpoint == null && (line = err.readLine()) != null; ) {
                lines.add(line);
                Matcher m = Pattern.compile("serving MCP over Streamable HTTP at (http://\\S+)").matcher(line);
                endpoint = m.find() ? URI.create(m.group(1)) : null;
            }
            assertThat(endpoint).as("the server names its endpoint: " + lines).isNotNull();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(endpoint.resolve("/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            HttpResponse<String> init = http.send(HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                    .header("Accept", "application/json, text/event-stream").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
                                    + "\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(init.statusCode()).isEqualTo(200);
            assertThat(init.body()).contains("\"serverInfo\"");
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void onTheDefaultBaseTheEntrypointMakesAStartUpCacheOnTheFirstStartAndUsesItOnTheNext() throws Exception {
        assertThat(ServerImage.defaultBase(17)).isEqualTo("eclipse-temurin:21-jre");
        assertThat(ServerImage.defaultBase(25)).isEqualTo("eclipse-temurin:25-jre");
        ServerImage.Request request = new ServerImage.Request("weather", "1.2.0", out.resolve("lib"), "weather-1.2.0.jar", out,
                ServerImage.defaultBase(17), "weather:1.2.0", List.of(), null, true);
        List<String> words = ServerImage.entrypoint(request);
        assertThat(words).contains("-XX:SharedArchiveFile=/tmp/weather-1.2.0.jsa", "-XX:+AutoCreateSharedArchive");
        assertThat(ServerImage.entrypoint(new ServerImage.Request("weather", "1.2.0", out.resolve("lib"), "weather-1.2.0.jar", out,
                "registry.example.com/my-java:17", "weather:1.2.0", List.of(), null, true))).doesNotContain("-XX:+AutoCreateSharedArchive");

        // the flags on a JDK 19+ (Temurin 25 here): the first run writes the cache as it exits, the second maps it
        Path java25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");
        assumeThat(Files.isExecutable(java25)).as("Temurin 25 is not installed: cannot run the cache flags").isTrue();
        Path cache = tmp.resolve("cache.jsa");
        List<String> command = new ArrayList<>();
        for (String word : words) {
            command.add(word.equals("java") ? java25.toString() : word.startsWith("-XX:SharedArchiveFile=") ? "-XX:SharedArchiveFile=" + cache
                    : word.startsWith("/app/") ? out + word.substring("/app".length()) : word);
        }
        command.add("--version");
        for (int run = 1; run <= 2; run++) {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(output).isZero();
            assertThat(output).as("run " + run).contains("1.2.0").doesNotContain("rror");
            assertThat(cache).as("after run " + run).isRegularFile();
        }
    }

    @Test
    void theManifestsNameTheImageItsProbesAndTheSecretThatHoldsTheSettings() throws Exception {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object doc : new Load(LoadSettings.builder().build()).loadAllFromString(
                Files.readString(out.resolve("deploy/kubernetes.yaml")))) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) doc;
            docs.add(map);
        }
        assertThat(docs).extracting(d -> d.get("kind")).containsExactly("Deployment", "Service", "HorizontalPodAutoscaler", "Ingress");
        Map<String, Object> container = at(docs.get(0), "spec", "template", "spec", "containers", 0);
        assertThat(container.get("image")).isEqualTo("registry.example.com/weather:1.2.0");
        assertThat(at(container, "readinessProbe", "httpGet")).containsEntry("path", "/health").containsEntry("port", "http");
        assertThat(at(container, "livenessProbe", "httpGet")).containsEntry("path", "/health");
        assertThat(at(container, "ports", 0)).containsEntry("containerPort", 8080);
        assertThat(at(container, "envFrom", 0, "secretRef")).containsEntry("name", "weather-settings");
        assertThat(at(docs.get(0), "spec", "template", "spec", "securityContext")).containsEntry("runAsNonRoot", true)
                .containsEntry("runAsUser", 65532);
        assertThat(at(docs.get(1), "spec", "ports", 0)).containsEntry("targetPort", "http");
        assertThat(at(docs.get(2), "spec", "scaleTargetRef")).containsEntry("name", "weather");
        assertThat(at(docs.get(3), "metadata", "annotations"))
                .containsEntry("nginx.ingress.kubernetes.io/upstream-hash-by", "$http_mcp_session_id");
        assertThat(Files.readString(out.resolve("deploy/nginx.conf"))).contains("upstream weather {",
                "hash $http_mcp_session_id consistent;", "proxy_pass http://weather;", "proxy_buffering off;");
    }

    /** The map at a path of keys and list indexes. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> at(Map<String, Object> doc, Object... path) {
        Object node = doc;
        for (Object step : path) {
            node = step instanceof Integer ? ((List<Object>) node).get((Integer) step) : ((Map<String, Object>) node).get(step);
        }
        return (Map<String, Object>) node;
    }
}
