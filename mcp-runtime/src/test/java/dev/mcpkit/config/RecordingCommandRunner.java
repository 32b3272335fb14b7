package dev.mcpkit.config;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Records command lines and stdin, and answers with programmed results (or "not installed"). */
final class RecordingCommandRunner implements CommandRunner {

    final List<List<String>> commands = new ArrayList<>();
    final List<String> inputs = new ArrayList<>();
    final List<Duration> timeouts = new ArrayList<>();
    private final Deque<CommandResult> results = new ArrayDeque<>();
    boolean notInstalled;

    RecordingCommandRunner answer(int exit, String stdout, String stderr) {
        results.add(new CommandResult(exit, stdout, stderr, false));
        return this;
    }

    RecordingCommandRunner answerTimeout() {
        results.add(CommandResult.timeout());
        return this;
    }

    @Override
    public CommandResult run(List<String> command, String stdin, Duration timeout) throws IOException {
        commands.add(command);
        inputs.add(stdin);
        timeouts.add(timeout);
        if (notInstalled) {
            throw new IOException("Cannot run program \"" + command.get(0) + "\": error=2, No such file or directory");
        }
        CommandResult result = results.poll();
        if (result == null) {
            throw new AssertionError("unexpected command " + command);
        }
        return result;
    }
}
