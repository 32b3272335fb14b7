package dev.mcpkit.maven.core.launcher;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the launchers need: the server's name and version, the jar they start from {@code ../lib/},
 * the Java release it was compiled for, the JVM options to pass always, and a digest of the jar's
 * contents that keys the start-up cache: a reproducible jar keeps its timestamp and often its size
 * across rebuilds, which is all the JVM checks before trusting an archive, so without the digest a
 * rebuilt SNAPSHOT would start from the previous build's archived classes. With the main class the
 * launchers start {@code -cp <jar> <main class>} rather than {@code -jar <jar>}: the JVM then skips
 * opening the jar to read its manifest, about a millisecond of every start (mcp:package writes no
 * manifest attribute that only {@code -jar} honours).
 */
public record LauncherRequest(String name, String version, String jarName, int javaRelease, List<String> jvmOptions,
                              String jarDigest, String mainClass) {

    private static final Pattern CLASS_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*(\\.[A-Za-z_][A-Za-z0-9_$]*)*");

    /** A request without a jar digest or main class (cache files keyed by name and version only; {@code -jar}). */
    public LauncherRequest(String name, String version, String jarName, int javaRelease, List<String> jvmOptions) {
        this(name, version, jarName, javaRelease, jvmOptions, "", "");
    }

    public LauncherRequest {
        jarDigest = jarDigest == null ? "" : jarDigest.replaceAll("[^A-Za-z0-9]", "");
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("launcher name '" + name + "' must be letters, digits, '.', '_' or '-'"
                    + " (it becomes the file bin/<name>); set mcp.serverName");
        }
        if (jarName == null || !jarName.matches("[A-Za-z0-9][A-Za-z0-9._+-]*\\.jar")) {
            // the launchers embed it unquoted in places; keep it to characters no shell or cmd.exe interprets
            throw new IllegalArgumentException("jar name '" + jarName + "' must be letters, digits, '.', '_', '+' or '-' ending in .jar");
        }
        version = version == null ? "" : version.replaceAll("[\\r\\n]", " ");
        if (javaRelease < 8) {
            throw new IllegalArgumentException("Java release must be 8 or newer, not " + javaRelease);
        }
        jvmOptions = List.copyOf(jvmOptions);
        for (String option : jvmOptions) {
            if (!CmdQuoting.fitsOnALine(option)) {
                throw new IllegalArgumentException("JVM option '" + option + "' contains a line break, which the Windows launcher cannot pass on");
            }
        }
        // a name the templates could not quote safely (non-ASCII identifiers) falls back to -jar
        mainClass = mainClass == null || !CLASS_NAME.matcher(mainClass).matches() ? "" : mainClass;
    }

    /** The environment variable users set for extra JVM options: {@code WEATHER_JAVA_OPTS}. */
    public String optsVariable() {
        return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_JAVA_OPTS";
    }
}
