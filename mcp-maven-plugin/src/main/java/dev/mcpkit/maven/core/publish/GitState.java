package dev.mcpkit.maven.core.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.mcpkit.maven.core.process.ProcessRun;

/** What git says about the project's working tree: what a release is cut from. */
public record GitState(boolean repository, List<String> uncommitted, List<String> tagsAtHead, boolean origin) {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    public GitState {
        uncommitted = List.copyOf(uncommitted);
        tagsAtHead = List.copyOf(tagsAtHead);
    }

    /** Asks {@code git} in {@code directory}; a machine without git sees no repository. */
    public static GitState of(Path directory) throws InterruptedException {
        try {
            if (git(directory, "rev-parse", "--is-inside-work-tree").exit() != 0) {
                return new GitState(false, List.of(), List.of(), false);
            }
            ProcessRun.Result status = git(directory, "status", "--porcelain", "--untracked-files=normal");
            ProcessRun.Result tags = git(directory, "tag", "--points-at", "HEAD");
            ProcessRun.Result origin = git(directory, "remote", "get-url", "origin");
            return new GitState(true, lines(status.stdout()), lines(tags.stdout()), origin.exit() == 0);
        } catch (IOException e) {
            return new GitState(false, List.of(), List.of(), false);
        }
    }

    private static ProcessRun.Result git(Path directory, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(Arrays.asList(args));
        return ProcessRun.run(command, Map.of("GIT_TERMINAL_PROMPT", "0"), false, directory, TIMEOUT);
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
