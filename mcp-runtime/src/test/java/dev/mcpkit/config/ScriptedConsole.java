package dev.mcpkit.config;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/** A {@link SetupConsole} that answers from a script and records everything shown, noting which reads were hidden. */
final class ScriptedConsole implements SetupConsole {

    private final Deque<String> answers;
    final StringBuilder transcript = new StringBuilder();
    final List<String> hiddenPrompts = new ArrayList<>();
    final List<String> visiblePrompts = new ArrayList<>();

    ScriptedConsole(String... answers) {
        this.answers = new ArrayDeque<>(Arrays.asList(answers));
    }

    @Override
    public String readLine(String prompt) {
        visiblePrompts.add(prompt);
        transcript.append(prompt);
        String answer = answers.poll();
        transcript.append(answer == null ? "<EOF>" : answer).append('\n');
        return answer;
    }

    @Override
    public char[] readSecret(String prompt) {
        hiddenPrompts.add(prompt);
        transcript.append(prompt).append("<hidden>\n");
        String answer = answers.poll();
        return answer == null ? null : answer.toCharArray();
    }

    @Override
    public void println(String line) {
        transcript.append(line).append('\n');
    }

    boolean exhausted() {
        return answers.isEmpty();
    }
}
