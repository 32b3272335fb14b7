package dev.mcpkit.maven.core.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the project's files are, and where {@code mcp:package} puts the distribution (see the plugin README):
 * {@code target/mcp/bin/<name>}, {@code bin/<name>.cmd}, {@code clients/claude-desktop.json}, {@code server.json},
 * {@code <name>-<version>.mcpb}, archives and the executable jar.
 *
 * @param jar the project's own jar ({@code target/<finalName>.jar}); it may not exist yet
 */
public record ProjectLayout(Path basedir, Path buildDirectory, Path classesDirectory, Path jar, Path mcpDirectory) {

    public Path posixLauncher(String name) {
        return mcpDirectory.resolve("bin").resolve(name);
    }

    public Path windowsLauncher(String name) {
        return mcpDirectory.resolve("bin").resolve(name + ".cmd");
    }

    public Path claudeDesktopSnippet() {
        return mcpDirectory.resolve("clients").resolve("claude-desktop.json");
    }

    public Path serverJson() {
        return mcpDirectory.resolve("server.json");
    }

    public Path readme() {
        for (String candidate : List.of("README.md", "readme.md", "README.markdown", "README")) {
            Path p = basedir.resolve(candidate);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return basedir.resolve("README.md");
    }

    /** The README's text; empty when there is none or it cannot be read (the README check reports those). */
    public String readmeText() {
        Path readme = readme();
        try {
            return Files.isRegularFile(readme) ? Files.readString(readme) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** Files directly in {@code target/mcp} (and {@code lib/}) whose name ends with one of the suffixes. */
    public List<Path> packaged(String... suffixes) {
        List<Path> found = new ArrayList<>();
        for (Path dir : List.of(mcpDirectory, mcpDirectory.resolve("lib"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(Files::isRegularFile).sorted().forEach(f -> {
                    for (String s : suffixes) {
                        if (f.getFileName().toString().endsWith(s)) {
                            found.add(f);
                            return;
                        }
                    }
                });
            } catch (IOException e) {
                // an unreadable directory holds nothing we can check
            }
        }
        return found;
    }

    /** What the jar and {@code mcp:package}'s archives take from the project: pom.xml, src/main/** and the documents. */
    public List<Path> shippedSources() throws IOException {
        List<Path> files = new ArrayList<>();
        Path pom = basedir.resolve("pom.xml");
        if (Files.isRegularFile(pom)) {
            files.add(pom);
        }
        Path main = basedir.resolve("src/main");
        if (Files.isDirectory(main)) {
            try (Stream<Path> walk = Files.walk(main)) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        if (Files.isDirectory(basedir)) {
            try (Stream<Path> list = Files.list(basedir)) {
                list.filter(f -> Files.isRegularFile(f) && DistributionDocuments.isDocument(f.getFileName().toString()))
                        .sorted().forEach(files::add);
            }
        }
        return files;
    }

    /**
     * The project's jar, the jars under target/mcp, then the zip, tar.gz and .mcpb archives: jars first, so that a
     * value is reported in the jar rather than in an archive's copy of it.
     */
    public List<Path> shippedArchives() {
        List<Path> archives = new ArrayList<>();
        if (Files.isRegularFile(jar)) {
            archives.add(jar);
        }
        for (Path p : packaged(".jar")) {
            if (!archives.contains(p)) {
                archives.add(p);
            }
        }
        archives.addAll(packaged(".zip", ".tar.gz", ".tgz", ".mcpb"));
        return archives;
    }

    /** The path relative to the project, with '/' separators, for messages. */
    public String relative(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = basedir.toAbsolutePath().normalize();
        return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
