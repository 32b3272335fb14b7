package dev.mcpkit.assembly;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * How a user starts this server from a shell, for the fix lines of messages ("run `... --setup`"):
 * the packaged launcher by its path when the server runs from a distribution, {@code java -jar} for a
 * jar elsewhere, the bare name otherwise (an IDE or a test, where no command fits better). The bare
 * name alone is on nobody's PATH.
 */
final class LaunchCommand {

    private LaunchCommand() {
    }

    /** The command for the server whose class was loaded from {@code serverClass}'s code source. */
    static String of(Class<?> serverClass, String name) {
        CodeSource source = serverClass.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return name;
        }
        try {
            return of(Path.of(source.getLocation().toURI()), name, System.getProperty("os.name", "").startsWith("Windows"));
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return name;
        }
    }

    /** The command for a server loaded from {@code location} (a jar or a classes directory). */
    static String of(Path location, String name, boolean windows) {
        if (!Files.isRegularFile(location)) {
            return name;
        }
        Path dir = location.toAbsolutePath().getParent();
        String launcherName = windows ? name + ".cmd" : name;
        for (Path candidate : new Path[] {dir.resolveSibling("bin").resolve(launcherName), dir.resolve("bin").resolve(launcherName)}) {
            if (Files.isRegularFile(candidate)) {
                return quoted(candidate.toString());
            }
        }
        return "java -jar " + quoted(location.toAbsolutePath().toString());
    }

    private static String quoted(String path) {
        return path.indexOf(' ') < 0 ? path : "\"" + path + "\"";
    }
}
