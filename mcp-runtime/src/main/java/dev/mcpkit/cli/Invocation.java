package dev.mcpkit.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * What the server was asked to do on its command line.
 *
 * @param transport   {@code stdio} or {@code http}; {@code null} when {@code --transport} was not given
 * @param host        the value of {@code --host}, or {@code null}
 * @param port        the value of {@code --port}, or {@code null}
 * @param toolsets    the value of {@code --toolsets} (comma-separated names, or {@code all}), or {@code null}
 * @param readOnly    {@code true} with {@code --read-only}, else {@code null}
 * @param dynamicToolsets {@code true} with {@code --dynamic-toolsets}, else {@code null}
 * @param setupValues KEY=VALUE pairs of {@code --setup --non-interactive}
 */
public record Invocation(Action action, String transport, String host, Integer port, String toolsets, Boolean readOnly,
                         Boolean dynamicToolsets, boolean nonInteractive, List<String> setupValues) {

    /** The one thing a run does. */
    public enum Action { SERVE, VERSION, HELP, DESCRIBE, VALIDATE_CONFIG, SETUP }

    /** Parses the arguments of {@code run(args)}. */
    public static Invocation parse(String[] args) throws UsageException {
        Action action = Action.SERVE;
        String transport = null;
        String host = null;
        Integer port = null;
        String toolsets = null;
        Boolean readOnly = null;
        Boolean dynamicToolsets = null;
        boolean nonInteractive = false;
        List<String> values = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String inlineValue = null;
            int eq = a.startsWith("--") ? a.indexOf('=') : -1;
            if (eq > 0) {
                inlineValue = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            switch (a) {
                case "--version": case "-V": action = only(action, Action.VERSION, a); break;
                case "--help": case "-h": action = only(action, Action.HELP, a); break;
                case "--describe": action = only(action, Action.DESCRIBE, a); break;
                case "--validate-config": action = only(action, Action.VALIDATE_CONFIG, a); break;
                case "--setup": action = only(action, Action.SETUP, a); break;
                case "--non-interactive": nonInteractive = true; break;
                case "--transport":
                    transport = inlineValue != null ? inlineValue : value(args, ++i, a);
                    if (!transport.equals("stdio") && !transport.equals("http")) {
                        throw new UsageException("--transport must be stdio or http, not '" + transport + "'");
                    }
                    break;
                case "--host": host = inlineValue != null ? inlineValue : value(args, ++i, a); break;
                case "--toolsets": toolsets = inlineValue != null ? inlineValue : value(args, ++i, a); break;
                case "--read-only": readOnly = Boolean.TRUE; break;
                case "--dynamic-toolsets": dynamicToolsets = Boolean.TRUE; break;
                case "--port":
                    String p = inlineValue != null ? inlineValue : value(args, ++i, a);
                    try {
                        port = Integer.parseInt(p);
                    } catch (NumberFormatException e) {
                        port = -1;
                    }
                    if (port < 0 || port > 65535) {
                        throw new UsageException("--port must be a number from 0 to 65535, not '" + p + "'");
                    }
                    break;
                default:
                    if (action == Action.SETUP && nonInteractive && !a.startsWith("-") && a.indexOf('=') > 0) {
                        values.add(args[i]);
                    } else {
                        throw new UsageException("unknown option '" + args[i] + "'");
                    }
            }
        }
        if (nonInteractive && action != Action.SETUP) {
            throw new UsageException("--non-interactive only goes with --setup");
        }
        return new Invocation(action, transport, host, port, toolsets, readOnly, dynamicToolsets, nonInteractive, values);
    }

    private static Action only(Action current, Action next, String flag) throws UsageException {
        if (current != Action.SERVE) {
            throw new UsageException(flag + " cannot be combined with another action flag");
        }
        return next;
    }

    private static String value(String[] args, int i, String flag) throws UsageException {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException(flag + " needs a value");
        }
        return args[i];
    }
}
