package dev.mcpkit.maven.core.validate;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import dev.mcpkit.maven.core.clients.ClientConfigs;
import dev.mcpkit.maven.core.describe.JsonValue;
import dev.mcpkit.maven.core.describe.ServerCommand;
import dev.mcpkit.maven.core.describe.ServerDescriptor;
import dev.mcpkit.maven.core.describe.ServerInfo;
import dev.mcpkit.maven.core.describe.Setting;
import dev.mcpkit.maven.core.describe.Tool;
import dev.mcpkit.maven.core.launch.EnvVar;
import dev.mcpkit.maven.core.launch.LaunchSpec;
import dev.mcpkit.maven.core.launch.LaunchSpecs;
import dev.mcpkit.maven.core.launcher.LauncherRequest;
import dev.mcpkit.maven.core.launcher.LauncherWriter;
import dev.mcpkit.maven.core.output.TextTemplates;
import dev.mcpkit.maven.core.project.Coordinates;
import dev.mcpkit.maven.core.project.DeclaredVersion;
import dev.mcpkit.maven.core.project.ProjectLayout;
import dev.mcpkit.maven.core.project.ProjectMetadata;
import dev.mcpkit.maven.core.project.ServerProject;
import dev.mcpkit.maven.core.release.DeclaredRelease;
import dev.mcpkit.maven.core.validate.checks.ToolsDocs;
import tools.jackson.databind.json.JsonMapper;

/**
 * A clean project on disk that passes every check, and a mutable description of it; tests break one thing.
 * {@link #packaged} lays out target/mcp the way mcp:package does: the fixture server's jar, launchers rendered by
 * {@link LauncherWriter}, and the Claude Desktop snippet from {@link ClientConfigs}.
 */
final class ProjectFixture {

    static final String NAME = "fixture";
    static final String VERSION = "1.2.0";

    final Path base;
    String groupId = "dev.example";
    String version = VERSION;
    String pomName = "Fixture";
    String pomDescription = "A fixture MCP server";
    String url = "https://example.dev";
    int licenses = 1;
    boolean scm = true;
    int developers = 1;
    boolean organization = true;
    boolean issueManagement = true;
    /** The POM's declaration: the compiler plugin's {@code <release>}. */
    DeclaredRelease javaRelease = release("17");
    String mainClass = FixtureServer.class.getName();
    List<DeclaredVersion> versions = new ArrayList<>(List.of(
            new DeclaredVersion(DeclaredVersion.Kind.DEPENDENCY, "dev.mcpkit:mcp-runtime", "0.1.0", "0.1.0"),
            new DeclaredVersion(DeclaredVersion.Kind.PLUGIN, "org.apache.maven.plugins:maven-compiler-plugin", "3.14.1", "3.14.1")));
    List<Tool> tools = new ArrayList<>(List.of(tool("forecast",
            "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\",\"description\":\"City name\"},"
                    + "\"days\":{\"type\":\"integer\",\"description\":\"Days ahead\"}},\"required\":[\"city\"]}",
            "{\"readOnlyHint\":true}")));
    List<Setting> settings = new ArrayList<>(List.of(new Setting("API_KEY", "Key of the service", "string", true, true, null)));
    String describedVersion = VERSION;
    boolean describable = true;
    PreviousRelease previous;
    List<AllowedSecret> allowed = new ArrayList<>();
    ServerCommand classesCommand;
    Duration budget = Duration.ofSeconds(10);
    /** Fails the test when asked: only a signed bundle needs the signer. */
    BundleVerifier bundleVerifier = bundle -> {
        throw new AssertionError("the bundle verifier was asked about " + bundle);
    };

    ProjectFixture(Path base) throws IOException {
        this.base = base;
        Files.createDirectories(base.resolve("target/classes"));
        Path cls = base.resolve("target/classes/" + mainClass.replace('.', '/') + ".class");
        Files.createDirectories(cls.getParent());
        Files.write(cls, new byte[] {(byte) 0xCA, (byte) 0xFE});
        Files.writeString(base.resolve("pom.xml"), "<project><artifactId>fixture</artifactId></project>\n");
        Files.writeString(base.resolve(".env.example"), "# Key of the service\nAPI_KEY=\n");
        Files.writeString(base.resolve(".gitignore"), "target/\n.env\n");
        Files.writeString(base.resolve("README.md"), readme());
    }

    /** The protocol versions the server describes, newest first. */
    List<String> protocolVersions = List.of("2025-11-25");

    static Tool tool(String name, String schemaJson) {
        return tool(name, schemaJson, null);
    }

    /** A tool with these annotations (JSON, or null for none). */
    static Tool tool(String name, String schemaJson, String annotationsJson) {
        return new Tool(name, null, name + " tool", JsonValue.of(JsonMapper.builder().build().readTree(schemaJson)), JsonValue.absent(),
                annotationsJson == null ? JsonValue.absent() : JsonValue.of(JsonMapper.builder().build().readTree(annotationsJson)), List.of());
    }

    ServerDescriptor descriptor() {
        return new ServerDescriptor(new ServerInfo(NAME, null, describedVersion, null, null), protocolVersions, tools,
                List.of(), List.of(), List.of(), settings);
    }

    String readme() throws IOException {
        return "# fixture\n\n## Quick start\n\nRun it.\n\n## Installation\n\nUnzip.\n\n## Claude Desktop\n\n```json\n"
                + "{\"mcpServers\": {\"" + NAME + "\": {\"command\": \"/opt/fixture/bin/fixture\"}}}\n```\n\n"
                + "## Configuration\n\nSet `API_KEY`.\n\n## Troubleshooting\n\nRun --validate-config.\n\n## Tools\n\n"
                + ToolsDocs.section(descriptor(), TextTemplates.builtIn()) + "\n";
    }

    ProjectLayout layout() {
        return new ProjectLayout(base, base.resolve("target"), base.resolve("target/classes"),
                base.resolve("target/fixture-" + version + ".jar"), base.resolve("target/mcp"));
    }

    static DeclaredRelease release(String compilerRelease) {
        return new DeclaredRelease(compilerRelease, null, null, null, null);
    }

    ServerProject project() {
        ProjectMetadata metadata = new ProjectMetadata(pomName, pomDescription, url,
                Collections.nCopies(licenses, new ProjectMetadata.License("Apache-2.0", null)),
                Collections.nCopies(developers, new ProjectMetadata.Person("ada", "Ada", null, null)),
                organization ? new ProjectMetadata.Person(null, "Example", null, null) : null,
                scm ? new ProjectMetadata.Scm("https://github.com/example/fixture", null, null) : null,
                issueManagement ? new ProjectMetadata.IssueTracker("GitHub", "https://github.com/example/fixture/issues") : null);
        return new ServerProject(new Coordinates(groupId, NAME, version, "jar"), metadata, layout(), List.of(base.resolve("target/classes")),
                true, versions, javaRelease, null, Runtime.version().feature(), mainClass, null);
    }

    ProjectModel model() {
        return new ProjectModel(project(), describable ? descriptor() : null, describable ? null : "exit 1", NAME, previous,
                new LaunchSettings(ServerCommand.currentJava(), classesCommand, budget), allowed, bundleVerifier);
    }

    Path write(String relative, String text) throws IOException {
        Path file = base.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    /**
     * target/mcp as mcp:package leaves it: lib/fixture-1.2.0.jar, bin/fixture(.cmd) requiring {@code release}, and
     * clients/claude-desktop.json whose env sets FIXTURE_MODE (and a placeholder for the secret API_KEY).
     */
    ProjectFixture packaged(int release, String mode, List<String> jvmOptions) throws IOException {
        Path mcp = base.resolve("target/mcp");
        String jarName = NAME + "-" + version + ".jar";
        writeFixtureJar(mcp.resolve("lib").resolve(jarName));
        List<Path> launchers = new LauncherWriter(null).write(new LauncherRequest(NAME, version, jarName, release, jvmOptions), mcp.resolve("bin"));
        List<EnvVar> env = new ArrayList<>(LaunchSpecs.env(settings));
        env.add(new EnvVar("FIXTURE_MODE", mode, "what the fixture does wrong", false));
        LaunchSpec spec = new LaunchSpec(LaunchSpecs.launcher(launchers.get(0), settings).mode(), launchers.get(0).toString(), List.of(), env);
        Files.createDirectories(mcp.resolve("clients"));
        Files.writeString(mcp.resolve("clients/claude-desktop.json"), ClientConfigs.get("claude-desktop").snippetText(NAME, spec));
        return this;
    }

    /** A jar holding the fixture server's classes with it as Main-Class. */
    static void writeFixtureJar(Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FixtureServer.class.getName());
        Path classes;
        try {
            classes = Path.of(FixtureServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        String dir = FixtureServer.class.getPackageName().replace('.', '/');
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jos = new JarOutputStream(out, manifest);
             Stream<Path> files = Files.list(classes.resolve(dir))) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("FixtureServer")).toList()) {
                jos.putNextEntry(new JarEntry(dir + "/" + f.getFileName()));
                jos.write(Files.readAllBytes(f));
                jos.closeEntry();
            }
        }
    }

    static Findings run(Check check, ProjectModel model) throws InterruptedException {
        Findings findings = new Findings(check.id());
        check.run(model, findings);
        return findings;
    }
}
