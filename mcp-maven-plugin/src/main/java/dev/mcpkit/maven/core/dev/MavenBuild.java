package dev.mcpkit.maven.core.dev;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the project again the way it was built: the Maven running {@code mcp:dev}, on the same POM, up to
 * {@code process-classes}, quietly, offline when this build is. So the compiler, its settings and the resources are the
 * project's own.
 */
public final class MavenBuild implements DevSupervisor.Build {

    private static final int SHOWN_LINES = 60;

    private final List<String> command;
    private final Path directory;

    public MavenBuild(Path mvn, Path pom, boolean offline, List<String> more) {
        List<String> c = new ArrayList<>(List.of(mvn.toString(), "-q", "-B", "-Dstyle.color=never", "-f", pom.toString()));
        if (offline) {
            c.add("-o");
        }
        c.addAll(more);
        c.add("process-classes");
        this.command = List.copyOf(c);
        this.directory = pom.toAbsolutePath().getParent();
    }

    /** The {@code mvn} of the Maven installation at {@code mavenHome} (this build's {@code maven.home}), else the one on PATH. */
    public static Path mvn(String mavenHome) {
        String name = windows() ? "mvn.cmd" : "mvn";
        if (mavenHome != null && Files.isRegularFile(Path.of(mavenHome, "bin", name))) {
            return Path.of(mavenHome, "bin", name).toAbsolutePath();
        }
        return Path.of(name);
    }

    @Override
    public String run() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File(windows() ? "NUL" : "/dev/null"))).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() == 0) {
            return null;
        }
        List<String> lines = output.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - SHOWN_LINES), lines.size()));
    }

    List<String> command() {
        return command;
    }

    private static boolean windows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }
}
