package dev.mcpkit.maven.core.packaging;

import dev.mcpkit.maven.core.output.TextTemplates;
import dev.mcpkit.maven.core.project.ProjectMetadata;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * What {@code mcp:package -Dmcp.image} adds for a deployment: an OCI image of the server as a tar file (built by the
 * {@code mcp-image} module, Jib, without a Docker engine) and, beside it in {@code deploy/}, Kubernetes manifests and
 * an nginx configuration that name it. The image runs the packaged jar over Streamable HTTP on port 8080 as a user
 * that is not root, with the JVM flags of the launchers; its probes ask {@code /health}.
 */
public final class ServerImage {

    /** The tool's name in the {@code mcp-image} module. */
    public static final String TOOL = "mcpkit-image";
    public static final int PORT = 8080;
    /** The user the server runs as: not root, and the number distroless images call {@code nonroot}. */
    public static final String UID = "65532";
    static final String APP = "/app";

    /**
     * @param name      the server's name
     * @param version   its version
     * @param lib       the packaged {@code lib/} directory: the jar the launchers start (and, for a thin jar, its
     *                  dependencies)
     * @param jarName   that jar's file name
     * @param outputDir where the tar and {@code deploy/} go ({@code target/mcp})
     * @param base      the base image: one with a Java runtime, {@code scratch} for none
     * @param image     the image's reference, {@code name:tag}
     * @param offline   build without asking a registry (the base must be cached, or scratch)
     */
    public record Request(String name, String version, Path lib, String jarName, Path outputDir, String base, String image,
                          List<String> jvmOptions, ProjectMetadata metadata, boolean offline) {

        public Request {
            jvmOptions = List.copyOf(jvmOptions);
        }
    }

    /** The oldest Java of the default base: the first LTS whose JVM creates its start-up cache by itself. */
    static final int BASE_JAVA = 21;
    private static final Pattern TEMURIN_JRE = Pattern.compile("eclipse-temurin:(\\d+)-jre");

    /**
     * The default base image: the Eclipse Temurin JRE of the server's Java release, and at least {@value #BASE_JAVA}, so
     * that the image has a start-up cache (a server compiled for 17 runs on 21).
     */
    public static String defaultBase(int javaRelease) {
        return "eclipse-temurin:" + Math.max(javaRelease, BASE_JAVA) + "-jre";
    }

    /** Whether {@code base} is a default one: a JVM known to take {@code -XX:+AutoCreateSharedArchive} (JDK 19+). */
    static boolean knownToCache(String base) {
        Matcher m = TEMURIN_JRE.matcher(base);
        return m.matches() && Integer.parseInt(m.group(1)) >= BASE_JAVA;
    }

    private final Supplier<ToolProvider> tool;
    private final TextTemplates templates;

    public ServerImage(Supplier<ToolProvider> tool, TextTemplates templates) {
        this.tool = tool;
        this.templates = templates;
    }

    /** Builds the image and writes the deployment files; what it wrote, for the summary. */
    public List<PackagedFile> build(Request r) throws IOException {
        Path tar = r.outputDir().resolve(r.name() + "-" + r.version() + "-image.tar");
        List<String> args = new ArrayList<>(List.of("build", "--output", tar.toString(), "--name", r.image(), "--base", r.base(),
                "--user", UID, "--port", String.valueOf(PORT), "--workdir", APP));
        try (Stream<Path> files = Files.list(r.lib())) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                args.addAll(List.of("--file", file + "=" + APP + "/lib/" + file.getFileName()));
            }
        }
        for (String word : entrypoint(r)) {
            args.addAll(List.of("--entrypoint", word));
        }
        for (Map.Entry<String, String> e : environment().entrySet()) {
            args.addAll(List.of("--env", e.getKey() + "=" + e.getValue()));
        }
        for (Map.Entry<String, String> e : labels(r).entrySet()) {
            args.addAll(List.of("--label", e.getKey() + "=" + e.getValue()));
        }
        if (r.offline()) {
            args.add("--offline");
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = tool.get().run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        if (code != 0) {
            throw new IOException("the container image was not built: " + err.toString().strip()
                    + (r.base().equals("scratch") ? "" : " (the base image " + r.base() + " is pulled from its registry;"
                    + " -Dmcp.image.base chooses another)"));
        }
        Path deploy = Files.createDirectories(r.outputDir().resolve("deploy"));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", r.name());
        model.put("version", r.version());
        model.put("image", r.image());
        model.put("port", PORT);
        model.put("uid", UID);
        model.put("loadCommand", "docker load -i " + tar.getFileName() + " (or: skopeo copy docker-archive:" + tar.getFileName()
                + " docker://<registry>/" + r.image() + ")");
        Path kubernetes = deploy.resolve("kubernetes.yaml");
        Files.writeString(kubernetes, templates.render("kubernetes.yaml.ftl", model), StandardCharsets.UTF_8);
        Path nginx = deploy.resolve("nginx.conf");
        Files.writeString(nginx, templates.render("nginx.conf.ftl", model), StandardCharsets.UTF_8);
        return List.of(new PackagedFile(tar, "OCI image " + r.image() + " (tar)", "docker load -i " + tar.getFileName()),
                new PackagedFile(kubernetes, "Kubernetes manifests", "kubectl apply -f " + kubernetes.getFileName()),
                new PackagedFile(nginx, "nginx configuration", null));
    }

    /**
     * {@code java}, the launchers' JVM flags, the start-up cache when the base's JVM is known to make it ({@code /tmp},
     * an {@code emptyDir} in the manifests: the first start of a container writes it as the JVM exits, the next ones
     * load the server's classes from it), the project's flags, {@code -jar /app/lib/<jar>}.
     */
    static List<String> entrypoint(Request r) {
        List<String> words = new ArrayList<>(List.of("java", "-XX:+DisplayVMOutputToStderr", "-Xlog:disable",
                "-Xlog:all=warning:stderr", "-XX:MaxRAMPercentage=75"));
        if (knownToCache(r.base())) {
            words.addAll(List.of("-XX:SharedArchiveFile=/tmp/" + r.name() + "-" + r.version() + ".jsa", "-XX:+AutoCreateSharedArchive"));
        }
        words.addAll(r.jvmOptions());
        words.addAll(List.of("-jar", APP + "/lib/" + r.jarName()));
        return words;
    }

    /** Streamable HTTP on every address, port 8080; a home the server may write to (its state, the audit log). */
    static Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MCP_TRANSPORT", "http");
        env.put("MCP_HOST", "0.0.0.0");
        env.put("MCP_PORT", String.valueOf(PORT));
        env.put("HOME", "/tmp");
        return env;
    }

    /** The OCI annotations a registry shows. */
    static Map<String, String> labels(Request r) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("org.opencontainers.image.title", r.name());
        labels.put("org.opencontainers.image.version", r.version());
        ProjectMetadata m = r.metadata();
        if (m != null) {
            if (m.description() != null && !m.description().isBlank()) {
                labels.put("org.opencontainers.image.description", m.description().strip().replaceAll("\\s+", " "));
            }
            if (m.url() != null && !m.url().isBlank()) {
                labels.put("org.opencontainers.image.url", m.url());
            }
            if (m.scm() != null && m.scm().url() != null) {
                labels.put("org.opencontainers.image.source", m.scm().url());
            }
            if (!m.licenses().isEmpty() && m.licenses().get(0).name() != null) {
                labels.put("org.opencontainers.image.licenses", m.licenses().get(0).name());
            }
        }
        labels.put("dev.mcpkit.transport", "streamable-http");
        return labels;
    }
}
