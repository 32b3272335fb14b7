package dev.mcpkit.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command the way a GUI client's process starts: {@code env -i} (no inherited variables, no JAVA_HOME),
 * a PATH holding node and the few basic tools a launcher script uses but no {@code java}, and an empty HOME.
 */
final class GuiLikeEnvironment {

    private static final List<String> TOOLS = List.of("sh", "ls", "mkdir", "uname", "cat", "env");

    private final Path home;
    private final Path bin;

    private GuiLikeEnvironment(Path home, Path bin) {
        this.home = home;
        this.bin = bin;
    }

    static GuiLikeEnvironment create(Path dir) throws IOException {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        link(bin, "node", onPath("node").toRealPath());
        for (String tool : TOOLS) {
            for (String from : List.of("/bin/", "/usr/bin/")) {
                if (Files.isExecutable(Path.of(from + tool)) && !Files.exists(bin.resolve(tool))) {
                    link(bin, tool, Path.of(from + tool));
                }
            }
        }
        if (Files.exists(bin.resolve("java"))) {
            throw new IllegalStateException("the GUI-like PATH must not hold java");
        }
        return new GuiLikeEnvironment(home, bin);
    }

    private static void link(Path bin, String name, Path target) throws IOException {
        Path link = bin.resolve(name);
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, target);
    }

    /** The only directory on the PATH. */
    Path bin() {
        return bin;
    }

    Path home() {
        return home;
    }

    /** The command's stdout; stderr goes to {@code stderrFile}. Fails when the command exits non-zero. */
    String run(Path stderrFile, String... command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(List.of("/usr/bin/env", "-i", "HOME=" + home, "PATH=" + bin));
        full.addAll(List.of(command));
        Process process = new ProcessBuilder(full).redirectError(stderrFile.toFile()).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish");
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " exited " + process.exitValue() + "\nstdout: " + out
                    + "\nstderr: " + Files.readString(stderrFile));
        }
        return out;
    }

    static Path onPath(String program) {
        for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError(program + " is not on the PATH; the end-to-end test needs it");
    }
}
