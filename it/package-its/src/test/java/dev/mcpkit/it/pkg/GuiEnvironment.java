package dev.mcpkit.it.pkg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The environment a GUI client gives a server it spawns: a PATH with the usual tools but no {@code java}, a fresh
 * HOME, no JAVA_HOME (what {@code env -i PATH=... HOME=...} gives).
 */
public final class GuiEnvironment {

    private static final List<String> TOOLS = List.of("sh", "ls", "mkdir", "uname", "cat", "env");

    private GuiEnvironment() {
    }

    public static Map<String, String> create(Path dir) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("path"));
        Path home = Files.createDirectories(dir.resolve("home"));
        for (String tool : TOOLS) {
            for (String from : List.of("/bin/", "/usr/bin/")) {
                Path source = Path.of(from + tool);
                Path link = bin.resolve(tool);
                if (Files.isExecutable(source) && !Files.exists(link)) {
                    Files.createSymbolicLink(link, source);
                }
            }
        }
        if (Files.exists(bin.resolve("java"))) {
            throw new IllegalStateException("the GUI PATH must not hold java");
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", bin.toString());
        env.put("HOME", home.toString());
        return env;
    }
}
