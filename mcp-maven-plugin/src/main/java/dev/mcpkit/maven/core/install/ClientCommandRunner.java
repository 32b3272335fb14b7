package dev.mcpkit.maven.core.install;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.mcpkit.maven.core.clients.ClientCommands;
import dev.mcpkit.maven.core.process.Platform;
import dev.mcpkit.maven.core.process.ProcessRun;

/**
 * Runs a client's own command ({@link ClientCommands}) found on the PATH, in the project's directory (where a
 * client's project scope lives), without a shell; on Windows a {@code .cmd} goes through {@code cmd /c}.
 */
public final class ClientCommandRunner {

    private static final Duration TIME_LIMIT = Duration.ofMinutes(2);

    private final Platform platform;
    private final String path;
    private final Path directory;

    public ClientCommandRunner(Platform platform, Map<String, String> environment, Path directory) {
        this.platform = platform;
        this.path = environment.getOrDefault("PATH", environment.getOrDefault("Path", ""));
        this.directory = directory;
    }

    /** This machine's PATH. */
    public static ClientCommandRunner current(Path directory) {
        return new ClientCommandRunner(Platform.current(), System.getenv(), directory);
    }

    /** The executable on the PATH, or null. */
    public Path find(String command) {
        List<String> names = platform == Platform.WINDOWS ? List.of(command + ".exe", command + ".cmd") : List.of(command);
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : names) {
                Path candidate = dir.isEmpty() ? null : Path.of(dir).resolve(name);
                if (candidate != null && Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate.toAbsolutePath();
                }
            }
        }
        return null;
    }

    /** Runs the steps in order with {@code executable} in place of the command's name; the first step that must not fail and fails stops it. */
    public void run(ClientCommands.Plan plan, Path executable) throws ConfigFileException, InterruptedException {
        for (ClientCommands.Step step : plan.steps()) {
            List<String> words = new ArrayList<>();
            if (executable.getFileName().toString().endsWith(".cmd")) {
                words.addAll(List.of("cmd", "/c"));
            }
            words.add(executable.toString());
            words.addAll(step.words().subList(1, step.words().size()));
            ProcessRun.Result result;
            try {
                result = ProcessRun.run(words, Map.of(), false, directory, TIME_LIMIT);
            } catch (IOException e) {
                throw new ConfigFileException("could not run " + step.line() + ": " + e.getMessage(), e);
            }
            if (!step.mayFail() && (result.timedOut() || result.exit() != 0)) {
                String said = (result.stderr() + "\n" + result.stdout()).strip();
                throw new ConfigFileException(step.line() + (result.timedOut() ? " did not finish within " + TIME_LIMIT.toMinutes()
                        + " minutes" : " failed (exit " + result.exit() + ")") + (said.isEmpty() ? "" : ": " + said)
                        + "\nRun it yourself to see why, or edit the file instead with -Dmcp.clientCommand=false.", null);
            }
        }
    }
}
