package dev.mcpkit.config;

import dev.mcpkit.Secret;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --setup}: asks for each setting (showing the current value, masked for secrets, and its
 * source), reads secrets without echo, checks each value before accepting it, then saves:
 * secrets in the OS keychain when it works, else in {@code <config dir>/.env}; everything else in
 * {@code <config dir>/.env}. That file is always written owner-only (0600). Pressing Enter keeps
 * the current value, so a re-run changes only what is re-entered. A secret moved into the keychain
 * is removed from the config {@code .env}, which would otherwise shadow it.
 */
public final class SetupFlow {

    private final SettingsModel model;
    private final ConfigEnvironment environment;

    public SetupFlow(SettingsModel model, ConfigEnvironment environment) {
        this.model = model;
        this.environment = environment;
    }

    /**
     * Runs the interactive setup.
     *
     * @return 0 when saved and every required setting is now present and valid; 1 when something
     *         is still missing, saving failed, or input ended early (then nothing is saved)
     */
    public int interactive(SetupConsole console) {
        ResolvedSettings current = new SettingsResolver(environment).resolve(model);
        console.println("Setting up " + environment.serverName() + ". Press Enter to keep the current value.");
        Map<SettingDefinition, String> changes = new LinkedHashMap<>();
        for (ResolvedSetting setting : current.all()) {
            SettingDefinition definition = setting.definition();
            console.println("");
            console.println(definition.key() + describe(definition));
            console.println("  current: " + currentValue(setting));
            while (true) {
                String value = ask(console, definition, "  new value" + (definition.secret() ? " (hidden)" : "") + ": ");
                if (value == null) {
                    console.println("");
                    console.println("Setup aborted: input ended. Nothing was saved.");
                    return 1;
                }
                if (value.isEmpty()) {
                    if (setting.status().isProblem()) {
                        console.println("  (still " + (setting.status() == SettingStatus.MISSING ? "missing" : "invalid") + ")");
                    }
                    break;
                }
                try {
                    ValueConverter.convert(definition, value);
                    changes.put(definition, value);
                    break;
                } catch (ConversionException e) {
                    console.println("  rejected: " + e.getMessage() + ". Try again, or press Enter to keep the current value.");
                }
            }
        }
        console.println("");
        List<String> report;
        try {
            report = save(changes);
        } catch (IOException | ConfigException e) {
            console.println("Setup failed: " + e.getMessage());
            return 1;
        }
        for (String line : report) {
            console.println(line);
        }
        return finish(changes.size(), console, null);
    }

    /**
     * {@code --setup --non-interactive KEY=VALUE ...}: validates every assignment first and saves
     * nothing when one is wrong.
     *
     * @return 0 saved; 1 saving failed; 2 a malformed assignment, an unknown key or an invalid value (message on {@code err})
     */
    public int nonInteractive(List<String> assignments, PrintStream out, PrintStream err) {
        Map<SettingDefinition, String> changes = new LinkedHashMap<>();
        boolean bad = false;
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                err.println("expected KEY=VALUE, got an argument without a key and '=' (argument " + (assignments.indexOf(assignment) + 1) + ")");
                bad = true;
                continue;
            }
            String key = assignment.substring(0, eq);
            SettingDefinition definition = model.find(key);
            if (definition == null) {
                err.println("unknown setting " + key + " (settings: " + keys() + ")");
                bad = true;
                continue;
            }
            String value = assignment.substring(eq + 1);
            try {
                ValueConverter.convert(definition, value);
                changes.put(definition, value);
            } catch (ConversionException e) {
                err.println(key + ": " + e.getMessage());
                bad = true;
            }
        }
        if (bad) {
            err.println("Nothing was saved. Usage: " + environment.command() + " --setup --non-interactive KEY=VALUE ...");
            return 2;
        }
        List<String> report;
        try {
            report = save(changes);
        } catch (IOException | ConfigException e) {
            err.println("Setup failed: " + e.getMessage());
            return 1;
        }
        for (String line : report) {
            out.println(line);
        }
        finish(changes.size(), null, out);
        return 0;
    }

    /** Prints the success line, or what is still missing; returns the interactive exit code. */
    private int finish(int saved, SetupConsole console, PrintStream out) {
        ResolvedSettings after = new SettingsResolver(environment).resolve(model);
        List<String> lines = new ArrayList<>();
        if (after.isComplete()) {
            lines.add("Setup complete: " + saved + " value(s) saved; " + environment.serverName() + " is fully configured.");
        } else {
            StringBuilder still = new StringBuilder();
            for (ResolvedSetting problem : after.problems()) {
                still.append(still.length() == 0 ? "" : ", ").append(problem.key());
            }
            for (String fileProblem : after.fileProblems()) {
                still.append(still.length() == 0 ? "" : ", ").append(fileProblem);
            }
            lines.add("Saved " + saved + " value(s), but the configuration is still incomplete: " + still
                    + ". Run `" + environment.command() + " --setup` again or see `" + environment.command() + " --validate-config`.");
        }
        for (String line : lines) {
            if (console != null) {
                console.println(line);
            } else {
                out.println(line);
            }
        }
        return after.isComplete() ? 0 : 1;
    }

    /** Stores the accepted values and says where each one went. */
    List<String> save(Map<SettingDefinition, String> changes) throws IOException {
        List<String> report = new ArrayList<>();
        Map<String, String> toFile = new LinkedHashMap<>();
        Set<String> removeFromFile = new HashSet<>();
        Keychain keychain = environment.keychain();
        String keychainProblem = null;
        for (Map.Entry<SettingDefinition, String> change : changes.entrySet()) {
            SettingDefinition definition = change.getKey();
            String key = definition.key();
            if (definition.secret() && keychainProblem == null) {
                try {
                    keychain.store(environment.serverName(), key, Secret.of(change.getValue()));
                    removeFromFile.add(key);
                    report.add("  " + key + " -> " + keychain.name() + " (service " + environment.serverName() + ", account " + key + ")");
                    continue;
                } catch (KeychainException e) {
                    keychainProblem = e.getMessage();
                }
            }
            toFile.put(key, change.getValue());
            report.add("  " + key + " -> " + environment.configDotEnv()
                    + (definition.secret() ? " (owner-only; keychain unavailable: " + keychainProblem + ")" : ""));
        }
        boolean fileExists = Files.exists(environment.configDotEnv());
        if (!toFile.isEmpty() || (fileExists && !removeFromFile.isEmpty())) {
            DotEnvWriter.update(environment.configDotEnv(), toFile, removeFromFile);
        }
        report.addAll(shadowWarnings(changes));
        return report;
    }

    /** Values saved where the environment, which comes first, would hide them. */
    private List<String> shadowWarnings(Map<SettingDefinition, String> changes) {
        List<String> warnings = new ArrayList<>();
        for (SettingDefinition definition : changes.keySet()) {
            String key = definition.key();
            String fromEnv = environment.environment().get(key);
            if (fromEnv != null && !fromEnv.isEmpty()) {
                warnings.add("  note: " + key + " is also set in the environment, which takes precedence over the saved value");
            }
        }
        return warnings;
    }

    /** Reads one answer, hidden for secrets; {@code null} at end of input. */
    static String ask(SetupConsole console, SettingDefinition definition, String prompt) {
        if (definition.secret()) {
            char[] chars = console.readSecret(prompt);
            if (chars == null) {
                return null;
            }
            String value = new String(chars).strip();
            Arrays.fill(chars, '\0');
            return value;
        }
        String line = console.readLine(prompt);
        return line == null ? null : line.strip();
    }

    private static String describe(SettingDefinition definition) {
        StringBuilder text = new StringBuilder();
        if (!definition.description().isEmpty()) {
            text.append(" - ").append(definition.description());
        }
        text.append(" [").append(definition.type().label());
        if (!definition.allowedValues().isEmpty()) {
            text.append(": ").append(String.join("|", definition.allowedValues()));
        }
        text.append(definition.required() ? ", required" : ", optional");
        if (definition.secret()) {
            text.append(", secret");
        }
        if (definition.defaultValue() != null) {
            text.append(", default ").append(definition.defaultValue());
        }
        return text.append(']').toString();
    }

    private static String currentValue(ResolvedSetting setting) {
        switch (setting.status()) {
            case MISSING:
            case UNSET:
                return "not set";
            case DEFAULTED:
                return setting.displayValue() + " (default)";
            case INVALID:
                return setting.displayValue() + " from " + setting.sourceDescription() + " - invalid: " + setting.problem();
            default:
                return setting.displayValue() + " from " + setting.sourceDescription();
        }
    }

    private String keys() {
        StringBuilder keys = new StringBuilder();
        for (SettingDefinition definition : model.definitions()) {
            keys.append(keys.length() == 0 ? "" : ", ").append(definition.key());
        }
        return keys.toString();
    }
}
