package dev.mcpkit.maven.core.packaging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Java runtime for the build platform, cut to the modules the server's jar needs ({@code jdeps}, then
 * {@code jlink}) with the tools of the JDK that runs the build: the self-contained distribution's {@code runtime/},
 * which its launcher prefers to any other Java.
 */
public final class JlinkRuntime {

    private JlinkRuntime() {
    }

    /** {@code linux-x64}, {@code macos-aarch64}, {@code windows-x64}: the platform a jlink'ed runtime runs on. */
    public static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String name = os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "macos" : os.replaceAll("[^a-z0-9]", "");
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        return name + "-" + (arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch);
    }

    /** Writes the runtime into {@code output} (replaced); returns the modules it holds. */
    public static List<String> create(Path java, Path jar, int release, Path output) throws IOException {
        Path bin = java.toAbsolutePath().getParent();
        String exe = java.getFileName().toString().endsWith(".exe") ? ".exe" : "";
        Path jdeps = bin.resolve("jdeps" + exe);
        Path jlink = bin.resolve("jlink" + exe);
        if (!Files.isExecutable(jdeps) || !Files.isExecutable(jlink)) {
            throw new IllegalArgumentException("<runtime>jlink</runtime> needs a JDK with jdeps and jlink, not " + bin.getParent()
                    + ": run Maven on a JDK or set mcp.java to a JDK's bin/java");
        }
        String deps = run(List.of(jdeps.toString(), "--ignore-missing-deps", "--print-module-deps", "--multi-release",
                String.valueOf(release), jar.toString())).trim();
        List<String> modules = new ArrayList<>(deps.isEmpty() ? List.of("java.base") : List.of(deps.split(",")));
        deleteTree(output);
        // --generate-cds-archive: the base CDS archive the start-up cache builds on (and a faster start by itself)
        run(List.of(jlink.toString(), "--add-modules", String.join(",", modules), "--strip-debug", "--no-man-pages",
                "--no-header-files", "--generate-cds-archive", "--output", output.toString()));
        return modules;
    }

    private static String run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(Path.of(command.get(0)).getFileName() + " failed: " + out.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return out;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
