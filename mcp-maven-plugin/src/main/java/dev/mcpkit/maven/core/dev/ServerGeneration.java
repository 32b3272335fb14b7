package dev.mcpkit.maven.core.dev;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One run of the server under {@link DevSupervisor} or {@link DevProxy}: its process, a writer for its stdin, and threads that hand each
 * line of its stdout to the supervisor (with the generation it came from) and copy its stderr to the supervisor's.
 */
final class ServerGeneration {

    private final int number;
    private final Process process;
    private final OutputStream in;

    private ServerGeneration(int number, Process process) {
        this.number = number;
        this.process = process;
        this.in = process.getOutputStream();
    }

    /** Starts generation {@code number} of the server; each line it writes on stdout goes to {@code lines}. */
    static ServerGeneration start(int number, ProcessBuilder command, BiConsumer<ServerGeneration, String> lines, PrintStream err)
            throws IOException {
        return start(number, command, lines, err::println);
    }

    /** The same, with each line the server writes on stderr handed to {@code errLines}. */
    static ServerGeneration start(int number, ProcessBuilder command, BiConsumer<ServerGeneration, String> lines,
            Consumer<String> errLines) throws IOException {
        ServerGeneration generation = new ServerGeneration(number, command.start());
        daemon("mcp-dev-out-" + number, () -> generation.read(generation.process.getInputStream(), line -> lines.accept(generation, line)));
        daemon("mcp-dev-err-" + number, () -> generation.read(generation.process.getErrorStream(), errLines));
        return generation;
    }

    int number() {
        return number;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Writes one message line to the server; false when it has gone. */
    synchronized boolean send(String line) {
        try {
            in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Closes its stdin, as a client that leaves does, and waits for it to exit (ends it when it takes too long). */
    void stop(long waitMillis) {
        try {
            in.close();
        } catch (IOException e) {
            // gone already
        }
        try {
            if (!process.waitFor(waitMillis, TimeUnit.MILLISECONDS)) {
                process.destroy();
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void read(InputStream stream, Consumer<String> each) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                each.accept(line);
            }
        } catch (IOException e) {
            // the process has gone
        }
    }

    private static void daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
    }
}
