package dev.mcpkit.config;

import java.io.Console;
import java.lang.reflect.Method;

/** {@link SetupConsole} on {@link java.io.Console}: secrets are read with echo off ({@code readPassword}). */
public final class TerminalConsole implements SetupConsole {

    private final Console console;

    private TerminalConsole(Console console) {
        this.console = console;
    }

    /**
     * The attached terminal, or {@code null} when stdin or stdout is not one. On JDK 22+
     * {@code System.console()} exists even when redirected, so {@code Console.isTerminal()} is
     * asked too where it exists.
     */
    public static TerminalConsole attached() {
        Console console = System.console();
        if (console == null) {
            return null;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            if (!((Boolean) isTerminal.invoke(console))) {
                return null;
            }
        } catch (NoSuchMethodException e) {
            // JDK 17-21: a non-null console is a terminal.
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
        return new TerminalConsole(console);
    }

    @Override
    public String readLine(String prompt) {
        return console.readLine("%s", prompt);
    }

    @Override
    public char[] readSecret(String prompt) {
        // the prompt goes through readPassword so echo is off before it appears: type-ahead is never shown
        return console.readPassword("%s", prompt);
    }

    @Override
    public void println(String line) {
        console.writer().println(line);
        console.writer().flush();
    }
}
