package dev.mcpkit.jreleaser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bridge's command line, read once; every mistake is collected so that one usage message names them all. */
record Arguments(
        Path config,
        Path basedir,
        Path outputDirectory,
        boolean dryRun,
        Workflow workflow,
        boolean gitRootSearch,
        boolean debug,
        Map<String, String> environment) {

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: mcpkit-jreleaser --config <jreleaser.json> --basedir <dir> --output-directory <dir>",
            "                        [--workflow " + Workflow.names() + "]",
            "                        [--dry-run] [--git-root-search] [--debug] [--env JRELEASER_NAME=value]...",
            "  --config            JReleaser's configuration, as JSON",
            "  --basedir           the project directory (the git work tree JReleaser reads)",
            "  --output-directory  JReleaser writes under <dir>/jreleaser",
            "  --workflow          the JReleaser workflow to run (default full-release)",
            "  --dry-run           run every step locally and skip the remote ones",
            "  --git-root-search   look for the git root above --basedir",
            "  --debug             debug log lines and stack traces",
            "  --env               a JReleaser variable (a secret) kept in memory; wins over the process environment");

    /** The parsed arguments, or the mistakes that stop them. */
    sealed interface Parsed permits Valid, Invalid {
    }

    record Valid(Arguments arguments) implements Parsed {
    }

    record Invalid(List<String> mistakes) implements Parsed {
    }

    static Parsed parse(String... args) {
        List<String> mistakes = new ArrayList<>();
        Path config = null;
        Path basedir = null;
        Path outputDirectory = null;
        boolean dryRun = false;
        boolean gitRootSearch = false;
        boolean debug = false;
        Workflow workflow = Workflow.FULL_RELEASE;
        Map<String, String> environment = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--dry-run" -> dryRun = true;
                case "--git-root-search" -> gitRootSearch = true;
                case "--debug" -> debug = true;
                case "--config", "--basedir", "--output-directory", "--workflow", "--env" -> {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        mistakes.add(option + " needs a value");
                        continue;
                    }
                    String value = args[++i];
                    switch (option) {
                        case "--config" -> config = Path.of(value);
                        case "--basedir" -> basedir = Path.of(value);
                        case "--output-directory" -> outputDirectory = Path.of(value);
                        case "--workflow" -> {
                            Workflow named = Workflow.named(value).orElse(null);
                            if (named == null) {
                                mistakes.add("--workflow " + value + " is none of " + Workflow.names());
                            } else {
                                workflow = named;
                            }
                        }
                        default -> addVariable(value, environment, mistakes);
                    }
                }
                default -> mistakes.add("unknown argument " + option);
            }
        }
        if (config == null) {
            mistakes.add("--config is required");
        } else if (!Files.isRegularFile(config)) {
            mistakes.add("--config " + config + " is no file");
        }
        if (basedir == null) {
            mistakes.add("--basedir is required");
        } else if (!Files.isDirectory(basedir)) {
            mistakes.add("--basedir " + basedir + " is no directory");
        }
        if (outputDirectory == null) {
            mistakes.add("--output-directory is required");
        }
        if (!mistakes.isEmpty()) {
            return new Invalid(mistakes);
        }
        return new Valid(new Arguments(config.toAbsolutePath().normalize(), basedir.toAbsolutePath().normalize(),
                outputDirectory.toAbsolutePath().normalize(), dryRun, workflow, gitRootSearch, debug, Map.copyOf(environment)));
    }

    /** A mistake names the variable but never echoes its value: values are secrets. */
    private static void addVariable(String assignment, Map<String, String> environment, List<String> mistakes) {
        int equals = assignment.indexOf('=');
        String name = equals < 0 ? assignment : assignment.substring(0, equals);
        if (equals <= 0) {
            mistakes.add("--env " + name + " needs the form JRELEASER_NAME=value");
        } else if (!name.startsWith("JRELEASER_")) {
            mistakes.add("--env " + name + " is no JReleaser variable: its name starts with JRELEASER_");
        } else {
            environment.put(name, assignment.substring(equals + 1));
        }
    }

    /** Where JReleaser writes: under the output directory, as JReleaser's own CLI does. */
    Path jreleaserDirectory() {
        return outputDirectory.resolve("jreleaser");
    }
}
