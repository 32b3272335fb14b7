package dev.mcpkit.maven.core.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.mcpkit.maven.core.process.Platform;

/**
 * The environment a GUI client such as Claude Desktop gives a server: {@code env -i}, a minimal PATH
 * without java, a fresh HOME and no JAVA_HOME. Lives in a temporary directory until closed.
 */
public final class GuiEnvironment implements AutoCloseable {

    /** Tools a launcher script may reasonably call; java is deliberately not among them. */
    private static final List<String> TOOLS = List.of("sh", "bash", "dash", "env", "ls", "cat", "dirname", "basename",
            "readlink", "uname", "sed", "grep", "awk", "tr", "head", "tail", "expr", "mkdir", "rm", "id", "pwd");

    private final Path root;
    private final Path home;
    private final Map<String, String> environment = new LinkedHashMap<>();

    /**
     * False on Windows, where this environment cannot be built (it is made of POSIX tools: env -i, /usr/bin;
     * Windows clients are not imitated yet); then {@code findings} notes that the check did not run.
     */
    public static boolean availableOrNote(Findings findings) {
        if (Platform.current() == Platform.WINDOWS) {
            findings.info("not run on Windows");
            return false;
        }
        return true;
    }

    private GuiEnvironment(Path root) throws IOException {
        this.root = root;
        this.home = Files.createDirectories(root.resolve("home"));
        Path bin = Files.createDirectories(root.resolve("path"));
        for (String tool : TOOLS) {
            for (String dir : List.of("/usr/bin", "/bin")) {
                Path target = Path.of(dir, tool);
                if (Files.isExecutable(target) && !Files.exists(bin.resolve(tool))) {
                    Files.createSymbolicLink(bin.resolve(tool), target);
                }
            }
        }
        environment.put("PATH", bin.toString());
        environment.put("HOME", home.toString());
        environment.put("TMPDIR", Files.createDirectories(root.resolve("tmp")).toString());
    }

    public static GuiEnvironment create() throws IOException {
        return new GuiEnvironment(Files.createTempDirectory("mcp-validate-gui"));
    }

    /** The whole environment; a copy the caller may add to. */
    public Map<String, String> environment() {
        return new LinkedHashMap<>(environment);
    }

    /** An empty directory to start the server in: no .env is found there. */
    public Path workingDirectory() {
        return home;
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
