package dev.mcpkit.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A command on a real pseudo-terminal, driven like a person would: wait for a prompt, then type.
 * Uses util-linux {@code script}, so the child sees a terminal ({@code System.console()} and echo-off
 * {@code readPassword} behave as for a user) while the test reads everything the terminal shows.
 */
final class PtySession implements AutoCloseable {

    private final Process process;
    private final OutputStream keyboard;
    private final StringBuilder screen = new StringBuilder();
    private int consumed;

    private PtySession(Process process) {
        this.process = process;
        this.keyboard = process.getOutputStream();
        Thread reader = new Thread(this::readScreen, "pty-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static PtySession start(List<String> command, Path workingDir, Map<String, String> environment) throws IOException {
        StringBuilder shell = new StringBuilder();
        for (String arg : command) {
            shell.append(shell.length() == 0 ? "" : " ").append('\'').append(arg.replace("'", "'\\''")).append('\'');
        }
        ProcessBuilder builder = new ProcessBuilder("script", "-qfec", shell.toString(), "/dev/null").directory(workingDir.toFile())
                .redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);
        return new PtySession(builder.start());
    }

    private void readScreen() {
        byte[] buffer = new byte[4096];
        try (InputStream in = process.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                synchronized (screen) {
                    screen.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    screen.notifyAll();
                }
            }
        } catch (IOException e) {
            // the session ended
        }
    }

    /** Waits until {@code text} appears after what earlier expectations matched; fails after 30 s. */
    void expect(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        synchronized (screen) {
            while (true) {
                int at = screen.indexOf(text, consumed);
                if (at >= 0) {
                    consumed = at + text.length();
                    return;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || (!process.isAlive() && screen.indexOf(text, consumed) < 0 && left < TimeUnit.SECONDS.toNanos(29))) {
                    throw new AssertionError("expected \"" + text + "\" on the terminal; it shows:\n" + screen.substring(consumed));
                }
                screen.wait(100);
            }
        }
    }

    /** Types a line and Enter. */
    void type(String line) throws IOException {
        keyboard.write((line + "\r").getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
    }

    int waitFor() throws InterruptedException {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("terminal session did not end; it shows:\n" + screen());
        }
        return process.exitValue();
    }

    String screen() {
        synchronized (screen) {
            return screen.toString();
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
