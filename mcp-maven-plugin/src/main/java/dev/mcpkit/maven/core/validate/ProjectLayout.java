package dev.mcpkit.maven.core.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the project's files are, and where {@code mcp:package} puts the distribution (DESIGN.md §3):
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

    /** The path relative to the project, with '/' separators, for messages. */
    public String relative(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = basedir.toAbsolutePath().normalize();
        return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
