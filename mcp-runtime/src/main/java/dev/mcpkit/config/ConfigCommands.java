package dev.mcpkit.config;

import java.io.PrintStream;
import java.util.List;

/**
 * The configuration flags of a server's command line as single calls, so that {@code run(args)}
 * only dispatches. Each returns the process exit code.
 */
public final class ConfigCommands {

    private ConfigCommands() {
    }

    /** {@code --validate-config}: the report on {@code out}; 0 when every required setting is present and valid, else 1. */
    public static int validateConfig(SettingsModel model, ConfigEnvironment env, PrintStream out) {
        ValidationReport report = new ValidationReport(new SettingsResolver(env).resolve(model));
        out.print(report.render());
        out.flush();
        return report.exitCode();
    }

    /**
     * {@code --setup [--non-interactive KEY=VALUE ...]}; {@code args} are the arguments after {@code --setup}.
     * Without {@code --non-interactive} it needs a terminal; without one it explains the alternative and returns 2.
     */
    public static int setup(SettingsModel model, ConfigEnvironment env, List<String> args, PrintStream out, PrintStream err) {
        return setup(model, env, args, TerminalConsole.attached(), out, err);
    }

    /** As {@link #setup(SettingsModel, ConfigEnvironment, List, PrintStream, PrintStream)} with a given console ({@code null}: none). */
    public static int setup(SettingsModel model, ConfigEnvironment env, List<String> args, SetupConsole console,
            PrintStream out, PrintStream err) {
        SetupFlow flow = new SetupFlow(model, env);
        if (!args.isEmpty() && args.get(0).equals("--non-interactive")) {
            return flow.nonInteractive(args.subList(1, args.size()), out, err);
        }
        if (!args.isEmpty()) {
            String first = args.get(0);
            int eq = first.indexOf('=');
            // KEY=VALUE may carry a secret: show the key only
            String shown = eq > 0 ? first.substring(0, eq + 1) + "..." : first;
            err.println("unexpected argument after --setup: " + shown + "; for scripts use: " + env.command()
                    + " --setup --non-interactive KEY=VALUE ...");
            return 2;
        }
        if (console == null) {
            err.println("--setup asks questions and needs a terminal; from a script use: " + env.command()
                    + " --setup --non-interactive KEY=VALUE ...");
            return 2;
        }
        return flow.interactive(console);
    }
}
