package dev.mcpkit.maven.core.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.mcpkit.maven.core.describe.Setting;

/** Builds the {@link LaunchSpec} of each launch mode from the server's settings. */
public final class LaunchSpecs {

    /** Without them the JVM itself may write to stdout, which carries the protocol. */
    public static final List<String> STDOUT_SAFE_JVM_FLAGS =
            List.of("-XX:+DisplayVMOutputToStderr", "-Xlog:disable", "-Xlog:all=warning:stderr");

    private LaunchSpecs() {
    }

    /** The installed launcher {@code bin/<name>}, by absolute path. */
    public static LaunchSpec launcher(Path launcher, List<Setting> settings) {
        requireAbsolute(launcher, "launcher");
        return new LaunchSpec(LaunchMode.LAUNCHER, launcher.toString(), List.of(), env(settings));
    }

    /**
     * The Windows launcher {@code bin\<name>.cmd}, through {@code cmd /c}: clients spawn without a shell, and
     * Node refuses to spawn a .cmd file directly since CVE-2024-27980 (spawn EINVAL).
     */
    public static LaunchSpec windowsLauncher(Path launcherCmd, List<Setting> settings) {
        return new LaunchSpec(LaunchMode.LAUNCHER, "cmd", List.of("/c", launcherCmd.toString()), env(settings));
    }

    /** {@code java -jar}: absolute java (GUI clients have no PATH to find it) and absolute jar. */
    public static LaunchSpec javaJar(Path java, Path jar, List<String> jvmOptions, List<Setting> settings) {
        requireAbsolute(java, "java");
        requireAbsolute(jar, "jar");
        List<String> args = new ArrayList<>(STDOUT_SAFE_JVM_FLAGS);
        args.addAll(jvmOptions);
        args.add("-jar");
        args.add(jar.toString());
        return new LaunchSpec(LaunchMode.JAVA, java.toString(), args, env(settings));
    }

    /** A JBang coordinate; JBang fetches the jar and a Java of at least {@code release}. */
    public static LaunchSpec jbang(int release, String groupId, String artifactId, String version, List<Setting> settings) {
        List<String> args = new ArrayList<>(List.of("--quiet", "--java", release + "+"));
        for (String flag : STDOUT_SAFE_JVM_FLAGS) {
            args.add("--runtime-option=" + flag);   // JBang passes these to the server's JVM: it must not write to stdout either
        }
        args.add(groupId + ":" + artifactId + ":" + version);
        return new LaunchSpec(LaunchMode.JBANG, "jbang", args, env(settings));
    }

    /** JBang on Windows is jbang.cmd, so it goes through {@code cmd /c} like the Windows launcher. */
    public static LaunchSpec windowsJbang(int release, String groupId, String artifactId, String version, List<Setting> settings) {
        LaunchSpec plain = jbang(release, groupId, artifactId, version, settings);
        List<String> args = new ArrayList<>(List.of("/c", "jbang"));
        args.addAll(plain.args());
        return new LaunchSpec(LaunchMode.JBANG, "cmd", args, plain.env());
    }

    /**
     * {@code mvn -q -f <pom> mcp:dev}, by absolute paths, with the Java of this build as {@code JAVA_HOME} (a client's
     * environment may have none); Maven's log stays off stdout, which the client reads. On Windows through
     * {@code cmd /c}, as for the other {@code .cmd} launches.
     */
    public static LaunchSpec dev(Path mvn, Path pom, Path java, List<Setting> settings) {
        requireAbsolute(pom, "pom");
        List<String> args = new ArrayList<>();
        String command = mvn.toString();
        if (command.endsWith(".cmd")) {
            args.addAll(List.of("/c", command));
            command = "cmd";
        }
        args.addAll(List.of("-q", "-B", "-Dstyle.color=never", "-Djansi.noreset=true", "-f", pom.toString(), "mcp:dev"));
        List<EnvVar> env = new ArrayList<>(env(settings));
        Path home = java.toAbsolutePath().getParent() == null ? null : java.toAbsolutePath().getParent().getParent();
        if (home != null) {
            env.add(new EnvVar("JAVA_HOME", home.toString(), "the Java that runs Maven", false));
        }
        return new LaunchSpec(LaunchMode.DEV, command, args, env);
    }

    /**
     * A server serving over Streamable HTTP at {@code url}, an absolute {@code https} URL ({@code http} on this machine
     * only: anything else would send the headers in clear).
     */
    public static LaunchSpec remote(String url, List<Header> headers) {
        java.net.URI uri;
        try {
            uri = url == null ? null : new java.net.URI(url.trim());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("mcp.url '" + url + "' is not a URL: " + e.getReason(), e);
        }
        if (uri == null || uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            throw new IllegalArgumentException("a server at a URL needs -Dmcp.url=https://host/mcp (the Streamable HTTP endpoint), not '"
                    + url + "'");
        }
        boolean loopback = List.of("localhost", "127.0.0.1", "[::1]", "::1").contains(uri.getHost());
        if ("http".equals(uri.getScheme()) && !loopback) {
            throw new IllegalArgumentException("mcp.url " + url + " is plain http to another machine: clients would send it every request"
                    + " in clear. Serve it behind https (see Remote deployment in mcpkit's README)");
        }
        return LaunchSpec.remote(uri.toString(), headers);
    }

    /**
     * Required settings and settings with a default go into the environment; secrets only as
     * placeholders. Optional settings without a default are left out: the server copes without them.
     */
    public static List<EnvVar> env(List<Setting> settings) {
        List<EnvVar> env = new ArrayList<>();
        for (Setting s : settings) {
            if (s.secret()) {
                if (s.required()) {
                    env.add(new EnvVar(s.key(), null, s.description(), true));
                }
            } else if (s.defaultValue() != null) {
                env.add(new EnvVar(s.key(), s.defaultValue(), s.description(), false));
            } else if (s.required()) {
                env.add(new EnvVar(s.key(), null, s.description(), false));
            }
        }
        return env;
    }

    private static void requireAbsolute(Path path, String what) {
        if (!path.isAbsolute()) {
            throw new IllegalArgumentException(what + " path must be absolute (a GUI client starts it from anywhere): " + path);
        }
    }
}
