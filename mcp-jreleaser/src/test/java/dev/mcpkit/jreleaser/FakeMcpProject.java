package dev.mcpkit.jreleaser;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A project directory as mcp:package and a Maven deploy to a staging directory leave it: a git repository with
 * tags v1.1.0 and v1.2.0, target/mcp with the distributions, bundle and server.json, and target/staging-deploy
 * with the Maven layout that Central takes. Small, but real files: JReleaser opens the archives.
 */
final class FakeMcpProject {
    static final String NAME = "weather-mcp";
    static final String VERSION = "1.2.0";
    static final String ROOT_ENTRY = NAME + "-" + VERSION;

    private static final Map<String, String> GIT_IDENTITY = Map.of(
            "GIT_AUTHOR_NAME", "Jane Doe", "GIT_AUTHOR_EMAIL", "jane@example.invalid",
            "GIT_COMMITTER_NAME", "Jane Doe", "GIT_COMMITTER_EMAIL", "jane@example.invalid",
            "GIT_CONFIG_NOSYSTEM", "1", "GIT_CONFIG_GLOBAL", "/dev/null");

    private FakeMcpProject() {
    }

    static Path create(Path basedir) throws IOException, InterruptedException {
        Files.createDirectories(basedir);
        initGit(basedir);
        writeDistributions(basedir.resolve("target/mcp"));
        writeStagedMavenArtifacts(basedir.resolve("target/staging-deploy/dev/example/" + NAME + "/" + VERSION));
        return basedir;
    }

    private static void initGit(Path basedir) throws IOException, InterruptedException {
        Files.writeString(basedir.resolve(".gitignore"), "target/\n");
        Files.writeString(basedir.resolve("README.md"), "# weather-mcp\n");
        git(basedir, "init", "-q", "-b", "main");
        // JReleaser reads the remote named origin even when the configuration names owner and repository
        git(basedir, "remote", "add", "origin", "https://github.com/acme/weather-mcp.git");
        git(basedir, "add", ".");
        git(basedir, "commit", "-q", "-m", "chore: first release");
        git(basedir, "tag", "v1.1.0");
        Files.writeString(basedir.resolve("README.md"), "# weather-mcp\n\nTells the weather.\n");
        git(basedir, "commit", "-q", "-am", "feat: forecast tool");
        Files.writeString(basedir.resolve("CHANGES.md"), "fixed\n");
        git(basedir, "add", "CHANGES.md");
        git(basedir, "commit", "-q", "-m", "fix: rounding of temperatures");
        git(basedir, "tag", "v" + VERSION);
    }

    private static void git(Path basedir, String... arguments) throws IOException, InterruptedException {
        String[] command = new String[arguments.length + 3];
        command[0] = "git";
        command[1] = "-c";
        command[2] = "commit.gpgsign=false";
        System.arraycopy(arguments, 0, command, 3, arguments.length);
        ExternalCommand.succeed(basedir, GIT_IDENTITY, command);
    }

    private static void writeDistributions(Path mcp) throws IOException, InterruptedException {
        Path image = mcp.resolve("image/" + ROOT_ENTRY);
        Files.createDirectories(image.resolve("bin"));
        Files.createDirectories(image.resolve("lib"));
        Path launcher = Files.writeString(image.resolve("bin/" + NAME), "#!/bin/sh\nexec java -jar \"$(dirname \"$0\")/../lib/" + ROOT_ENTRY + ".jar\" \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(image.resolve("bin/" + NAME + ".bat"), "@java -jar \"%~dp0\\..\\lib\\" + ROOT_ENTRY + ".jar\" %*\r\n");
        writeJar(image.resolve("lib/" + ROOT_ENTRY + ".jar"));
        Files.copy(image.resolve("lib/" + ROOT_ENTRY + ".jar"), mcp.resolve(ROOT_ENTRY + ".jar"));

        ExternalCommand.succeed(mcp.resolve("image"), Map.of(), "tar", "-czf", mcp.resolve(ROOT_ENTRY + ".tar.gz").toString(), ROOT_ENTRY);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(mcp.resolve(ROOT_ENTRY + ".zip")))) {
            for (String entry : new String[] {"bin/" + NAME, "bin/" + NAME + ".bat", "lib/" + ROOT_ENTRY + ".jar"}) {
                zip.putNextEntry(new ZipEntry(ROOT_ENTRY + "/" + entry));
                zip.write(Files.readAllBytes(image.resolve(entry)));
                zip.closeEntry();
            }
        }
        try (ZipOutputStream bundle = new ZipOutputStream(Files.newOutputStream(mcp.resolve(ROOT_ENTRY + ".mcpb")))) {
            bundle.putNextEntry(new ZipEntry("manifest.json"));
            bundle.write("{\"manifest_version\":\"0.2\",\"name\":\"weather-mcp\",\"version\":\"1.2.0\"}".getBytes(StandardCharsets.UTF_8));
            bundle.closeEntry();
        }
        Files.writeString(mcp.resolve("server.json"), """
                {"name": "io.github.acme/weather-mcp", "version": "1.2.0", "description": "Tells the weather"}
                """);
    }

    private static void writeStagedMavenArtifacts(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(ROOT_ENTRY + ".pom"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>dev.example</groupId>
                  <artifactId>weather-mcp</artifactId>
                  <version>1.2.0</version>
                  <name>weather-mcp</name>
                  <description>Tells the weather</description>
                  <url>https://example.com/weather-mcp</url>
                  <licenses><license><name>Apache-2.0</name></license></licenses>
                  <developers><developer><name>Jane Doe</name></developer></developers>
                  <scm><url>https://example.com/weather-mcp.git</url></scm>
                </project>
                """);
        writeJar(directory.resolve(ROOT_ENTRY + ".jar"));
        writeZip(directory.resolve(ROOT_ENTRY + "-sources.jar"), "dev/example/weather/WeatherServer.java", "class WeatherServer {}");
        writeZip(directory.resolve(ROOT_ENTRY + "-javadoc.jar"), "index.html", "<html></html>");
    }

    /** A jar with a class entry: JReleaser asks for sources and javadoc jars only beside jars that hold classes. */
    private static void writeJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "dev.example.weather.WeatherServer");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new ZipEntry("dev/example/weather/WeatherServer.class"));
            out.write(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE});
            out.closeEntry();
        }
    }

    private static void writeZip(Path file, String entry, String content) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }
}
