package dev.mcpkit.config;

import java.util.List;
import java.util.Locale;

/**
 * {@code --validate-config}: a table of every setting (key, source, status, value masked for
 * secrets), then each problem with the exact command or file that fixes it, then a verdict.
 * {@link #exitCode()} is 0 when every required setting is present and valid, else 1.
 */
public final class ValidationReport {

    private final ResolvedSettings settings;
    private final boolean windows;

    public ValidationReport(ResolvedSettings settings) {
        this(settings, PlatformDirs.osOf(System.getProperty("os.name", "")) == PlatformDirs.Os.WINDOWS);
    }

    /** {@code windows} chooses PowerShell's {@code $env:KEY = "..."} over {@code export KEY=...} in fix hints. */
    public ValidationReport(ResolvedSettings settings, boolean windows) {
        this.settings = settings;
        this.windows = windows;
    }

    public int exitCode() {
        return settings.isComplete() ? 0 : 1;
    }

    /** The whole report, ending with a newline. */
    public String render() {
        ConfigEnvironment env = settings.environment();
        List<ResolvedSetting> all = settings.all();
        StringBuilder out = new StringBuilder();
        out.append("Configuration of ").append(env.serverName()).append('\n');
        String[][] rows = new String[all.size() + 1][];
        rows[0] = new String[] {"KEY", "SOURCE", "STATUS", "VALUE"};
        for (int i = 0; i < all.size(); i++) {
            ResolvedSetting s = all.get(i);
            rows[i + 1] = new String[] {s.key(), s.sourceDescription(), s.status().label(), s.displayValue()};
        }
        appendTable(out, rows);
        List<ResolvedSetting> problems = settings.problems();
        List<String> fileProblems = settings.fileProblems();
        if (!problems.isEmpty() || !fileProblems.isEmpty()) {
            out.append('\n').append("Problems:\n");
            for (String fileProblem : fileProblems) {
                out.append("  - ").append(fileProblem).append('\n');
                out.append("      fix: correct that line (KEY=VALUE; quote values with spaces or '#'); the file is ignored until then\n");
            }
            for (ResolvedSetting problem : problems) {
                appendProblem(out, problem, env);
            }
            int count = problems.size() + fileProblems.size();
            out.append('\n').append(count).append(count == 1 ? " problem" : " problems")
                    .append(": ").append(env.serverName()).append(" is not fully configured.\n");
        } else {
            out.append('\n').append("OK: all ").append(all.size()).append(" settings are valid.\n");
        }
        return out.toString();
    }

    private void appendProblem(StringBuilder out, ResolvedSetting problem, ConfigEnvironment env) {
        SettingDefinition d = problem.definition();
        String key = d.key();
        String example = d.secret() ? "..." : exampleValue(d);
        out.append("  - ").append(problem.problem()).append('\n');
        if (problem.status() == SettingStatus.MISSING) {
            out.append("      fix: ").append(env.command()).append(" --setup\n");
            out.append("       or: ").append(exportHint(key, example)).append("   (or in the MCP client's \"env\" for this server)\n");
            if (!d.secret()) {
                out.append("       or: add ").append(key).append('=').append(example).append(" to ").append(env.configDotEnv()).append('\n');
            }
            return;
        }
        switch (problem.source()) {
            case ENVIRONMENT:
                out.append("      fix: ").append(exportHint(key, example)).append("   (or unset it and run `")
                        .append(env.command()).append(" --setup`)\n");
                break;
            case WORKING_DIR_DOTENV:
            case CONFIG_DIR_DOTENV:
                int colon = problem.origin().lastIndexOf(':');
                out.append("      fix: edit line ").append(problem.origin().substring(colon + 1)).append(" of ")
                        .append(problem.origin().substring(0, colon)).append(" to read ").append(key).append('=').append(example).append('\n');
                break;
            case KEYCHAIN:
            case PROMPT:
                out.append("      fix: ").append(env.command()).append(" --setup\n");
                break;
            default:
                out.append("      fix: the server declares an invalid default; set ").append(key).append(" explicitly (")
                        .append(exportHint(key, example)).append(") and report it to the server's author\n");
        }
    }

    private String exportHint(String key, String example) {
        return windows ? "$env:" + key + " = \"" + example + "\"" : "export " + key + "=" + example;
    }

    /** A placeholder showing the expected form of a value. */
    static String exampleValue(SettingDefinition d) {
        switch (d.type()) {
            case INT:
            case LONG:
                return "<integer>";
            case BOOLEAN:
                return "<true|false>";
            case PATH:
                return "<path>";
            case URL:
                return "<https://...>";
            case URI:
                return "<uri>";
            case DURATION:
                return "<30s|5m|2h>";
            case ENUM:
                return "<" + String.join("|", d.allowedValues()).toLowerCase(Locale.ROOT) + ">";
            default:
                return "...";
        }
    }

    static void appendTable(StringBuilder out, String[][] rows) {
        int columns = rows[0].length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                line.append(row[c]);
                if (c < columns - 1) {
                    for (int pad = row[c].length(); pad < widths[c] + 2; pad++) {
                        line.append(' ');
                    }
                }
            }
            out.append(line).append('\n');
        }
    }
}
