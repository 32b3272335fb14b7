package dev.mcpkit.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs Maven as the new user would: their own local repository and settings, batch mode. */
final class Maven {

    private static final long TIMEOUT_MINUTES = 10;
    /** What Maven 4 reads to detect a CI system (and then behave as with {@code -B}). */
    private static final List<String> CI_VARIABLES =
            List.of("CI", "GITHUB_ACTIONS", "GITLAB_CI", "JENKINS_URL", "TEAMCITY_VERSION", "TRAVIS", "CIRCLECI");

    private final Path mvn;
    private final Path localRepository;
    private final Path settings;
    private final Path logs;
    private int runs;
    private Map<String, String> environment = Map.of();

    Maven(Path mvn, Path localRepository, Path settings, Path logs) {
        this.mvn = mvn;
        this.localRepository = localRepository;
        this.settings = settings;
        this.logs = logs;
    }

    /**
     * Maven as a new user has it: the local repository {@code e2e.repo} holding only the toolkit, and settings that
     * add nothing but, with {@code -De2e.thirdParty=outer-local}, the outer build's local repository as a remote.
     */
    static Maven forNewUser(Path work) throws IOException {
        Files.createDirectories(work);
        Path settings = work.resolve("settings.xml");
        if ("outer-local".equals(System.getProperty("e2e.thirdParty"))) {
            String url = Path.of(System.getProperty("e2e.outerRepo")).toUri().toString();
            String repo = "<id>outer-local</id><url>" + url + "</url><releases><enabled>true</enabled>"
                    + "<checksumPolicy>ignore</checksumPolicy></releases><snapshots><enabled>false</enabled></snapshots>";
            Files.writeString(settings, "<settings><profiles><profile><id>outer</id><repositories><repository>" + repo
                    + "</repository></repositories><pluginRepositories><pluginRepository>" + repo
                    + "</pluginRepository></pluginRepositories></profile></profiles>"
                    + "<activeProfiles><activeProfile>outer</activeProfile></activeProfiles></settings>\n");
        } else {
            // a new user's settings: none, so the default remote serves every third-party artifact
            Files.writeString(settings, "<settings/>\n");
        }
        return new Maven(Path.of(System.getProperty("e2e.mvn")), Path.of(System.getProperty("e2e.repo")), settings, work.resolve("logs"));
    }

    /** The arguments that give a Maven started elsewhere (by a client) the new user's settings and repository. */
    List<String> userArguments() {
        return List.of("-s", settings.toString(), "-Dmaven.repo.local=" + localRepository);
    }

    /** Runs {@code mvn -B <args>} in {@code dir}; returns stdout, fails with the log's tail on a non-zero exit. */
    String run(Path dir, String... args) throws IOException, InterruptedException {
        return run(dir, null, true, args);
    }

    /** Runs {@code mvn -B <args>} in {@code dir}, which must fail; returns stdout. */
    String fails(Path dir, String... args) throws IOException, InterruptedException {
        return run(dir, null, false, args);
    }

    /** Runs {@code mvn -B <args>} in {@code dir} with {@code environment} added to this process's; returns stdout and stderr. */
    String runWith(Path dir, Map<String, String> environment, boolean succeeds, String... args) throws IOException, InterruptedException {
        Map<String, String> before = this.environment;
        this.environment = environment;
        try {
            return run(dir, null, succeeds, args);
        } finally {
            this.environment = before;
        }
    }

    /** Runs Maven interactively (no -B), answering its prompts with {@code input}. */
    String interactive(Path dir, String input, String... args) throws IOException, InterruptedException {
        return run(dir, input, true, args);
    }

    /**
     * Runs {@code mvn <args>} in {@code dir} as a client that starts Maven itself would: {@code input} on stdin, no
     * flag added but the new user's settings and repository; returns stdout as it came, colour codes and all.
     */
    String pipe(Path dir, String input, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(mvn.toString(), "-s", settings.toString(), "-Dmaven.repo.local=" + localRepository));
        command.addAll(List.of(args));
        Files.createDirectories(logs);
        Path stderr = logs.resolve("mvn-" + (++runs) + ".err");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectError(stderr.toFile()).start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        byte[] stdout = process.getInputStream().readAllBytes();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new AssertionError("mvn " + String.join(" ", args) + " in " + dir + " failed:\n"
                    + new String(stdout, StandardCharsets.UTF_8) + "\n" + tail(Files.readString(stderr, StandardCharsets.UTF_8), 20));
        }
        return new String(stdout, StandardCharsets.UTF_8);
    }

    /**
     * Starts {@code mvn <args>} in {@code dir} and leaves it running, for a goal that serves until it is stopped:
     * stdout goes to a log, stderr is the caller's to read.
     */
    Process start(Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(mvn.toString(), "-s", settings.toString(), "-Dmaven.repo.local=" + localRepository));
        command.addAll(List.of(args));
        Files.createDirectories(logs);
        return new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(logs.resolve("mvn-" + (++runs) + ".out").toFile()).start();
    }

    private String run(Path dir, String input, boolean succeeds, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(mvn.toString(), "-ntp", "-Dstyle.color=never",
                "-s", settings.toString(), "-Dmaven.repo.local=" + localRepository));
        if (input == null) {
            command.add("-B");
        }
        command.addAll(List.of(args));
        Files.createDirectories(logs);
        Path stdout = logs.resolve("mvn-" + (++runs) + ".out");
        Path stderr = logs.resolve("mvn-" + runs + ".err");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        builder.environment().putAll(environment);
        if (input != null) {
            // a developer at a terminal: Maven 4 turns itself non-interactive when it sees a CI system's variables
            builder.environment().keySet().removeAll(CI_VARIABLES);
        }
        Process process = builder.start();
        if (input != null) {
            process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        }
        process.getOutputStream().close();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("mvn " + String.join(" ", args) + " did not finish in " + TIMEOUT_MINUTES + " minutes; see " + stdout);
        }
        String out = plain(Files.readString(stdout, StandardCharsets.UTF_8));
        if ((process.exitValue() == 0) != succeeds) {
            throw new AssertionError("mvn " + String.join(" ", args) + " in " + dir + " exited " + process.exitValue()
                    + ":\n" + tail(out, 60) + "\n" + tail(plain(Files.readString(stderr, StandardCharsets.UTF_8)), 20));
        }
        return out;
    }

    /**
     * Maven 3.8.7 as Debian packages it writes colour resets even with -B and style.color=never (its jansi has no
     * native library, so it takes a pipe for a terminal), unless the JVM gets -Djansi.noreset=true.
     */
    static String plain(String text) {
        return text.replaceAll("\u001b\\[[0-9;]*m", "");
    }

    private static String tail(String text, int lines) {
        String[] all = text.split("\n");
        return String.join("\n", List.of(all).subList(Math.max(0, all.length - lines), all.length));
    }
}
