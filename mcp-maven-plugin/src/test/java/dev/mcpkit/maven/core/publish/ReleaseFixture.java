package dev.mcpkit.maven.core.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.mcpkit.maven.core.process.ProcessRun;
import dev.mcpkit.maven.core.project.ServerProject;
import dev.mcpkit.maven.core.project.TestProjects;

/** A packaged weather server in a real git repository, as mcp:publish finds it after mvn package. */
final class ReleaseFixture {

    static final String VERSION = "1.2.0";
    static final String SCM = "https://github.com/ada/weather";

    final Path base;
    final ServerProject project;

    ReleaseFixture(Path base) throws IOException {
        this(base, VERSION);
    }

    ReleaseFixture(Path base, String version) throws IOException {
        this.base = base;
        this.project = TestProjects.weather(base, version, "Forecasts for tests", SCM);
        Path mcp = Files.createDirectories(base.resolve("target/mcp"));
        String stem = "weather-" + version;
        for (String file : List.of(stem + ".jar", stem + ".zip", stem + ".tar.gz", "jbang-catalog.json")) {
            Files.writeString(mcp.resolve(file), file + "\n");
        }
        try (OutputStream out = Files.newOutputStream(mcp.resolve(stem + ".mcpb")); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write("{\"manifest_version\":\"0.3\",\"name\":\"weather\"}".getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(mcp.resolve("server.json"), "{\"name\":\"io.github.ada/weather\",\"packages\":[{\"registryType\":\"mcpb\","
                + "\"identifier\":\"" + SCM + "/releases/download/v" + version + "/" + stem + ".mcpb\",\"fileSha256\":\"unsigned\"}]}\n");
        validated(true);
        Files.writeString(base.resolve("pom.xml"), "<project/>\n");
        Files.writeString(base.resolve(".gitignore"), "target/\n");
    }

    /** The report mcp:validate writes, passed or failed, written after the packaged jar. */
    ReleaseFixture validated(boolean passed) throws IOException {
        Path mcp = base.resolve("target/mcp");
        Path report = Files.writeString(mcp.resolve("validate-report.json"), "{\"passed\": " + passed + ", \"summary\": \"mcp:validate "
                + (passed ? "passed: 18 passed" : "FAILED: 17 passed, 1 failed") + "\", \"checks\": []}\n");
        FileTime jar = Files.getLastModifiedTime(mcp.resolve("weather-" + project.coordinates().version() + ".jar"));
        Files.setLastModifiedTime(report, FileTime.fromMillis(jar.toMillis() + 1000));
        return this;
    }

    /** git init, one commit of everything, and the tag {@code tag} (none when null) and an origin remote. */
    ReleaseFixture committed(String tag) throws IOException, InterruptedException {
        git("init", "-q", "-b", "main");
        git("add", "-A");
        git("-c", "user.name=Ada", "-c", "user.email=ada@example.org", "commit", "-q", "-m", "first");
        if (tag != null) {
            git("tag", tag);
        }
        git("remote", "add", "origin", SCM + ".git");
        return this;
    }

    void git(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessRun.Result r = ProcessRun.run(command, Map.of(), false, base, Duration.ofSeconds(30));
        if (r.exit() != 0) {
            throw new IOException(command + ": " + r.stderr());
        }
    }
}
