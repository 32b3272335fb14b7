package dev.mcpkit.config;

import dev.mcpkit.Secret;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds each setting's value; the first source that has one wins and is recorded:
 * <ol>
 *   <li>the process environment;</li>
 *   <li>{@code .env} in the config directory (the user's own, written by {@code --setup});</li>
 *   <li>the OS keychain (service = server name, account = key), asked only for settings still
 *       without a value that are secret or required (optional settings with defaults would
 *       otherwise cost a process start each); when the keychain cannot be used, one debug line goes
 *       to the diagnostics stream and it is not asked again;</li>
 *   <li>{@code .env} in the working directory: last of the files, because a client may start the
 *       server in any checkout it opens, and a stranger's {@code .env} must not override what the
 *       user configured (such as the URL a stored API key is sent to);</li>
 *   <li>a prompt for required settings, only with a console and when not serving stdio (stdin then
 *       carries the protocol);</li>
 * </ol>
 * then the declared default. An empty value counts as not set, so {@code KEY=} in a {@code .env}
 * template does not hide a value further down. A malformed {@code .env} file is reported in
 * {@link ResolvedSettings#fileProblems()} and ignored as a whole.
 */
public final class SettingsResolver {

    /** Attempts at a prompt before a required setting is left missing. */
    static final int PROMPT_ATTEMPTS = 3;

    private final ConfigEnvironment environment;

    public SettingsResolver(ConfigEnvironment environment) {
        this.environment = environment;
    }

    /** Resolves without prompting (for {@code --validate-config}, {@code --setup} and tests). */
    public ResolvedSettings resolve(SettingsModel model) {
        return resolve(model, true, null);
    }

    /**
     * Resolves every setting of {@code model}.
     *
     * @param servingStdio true when the server is about to serve MCP over stdio: never prompt
     * @param console      the attached terminal ({@link TerminalConsole#attached()}), or {@code null}
     */
    /**
     * True for a value like {@code ${API_KEY}} or {@code ${input:api-key}}: a client configuration
     * whose placeholder the client did not replace. It counts as unset, so the next source is asked.
     */
    static boolean isUnexpandedPlaceholder(String value) {
        if (value.length() < 4 || !value.startsWith("${") || !value.endsWith("}")) {
            return false;
        }
        for (int i = 2; i < value.length() - 1; i++) {
            char c = value.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == ':' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    public ResolvedSettings resolve(SettingsModel model, boolean servingStdio, SetupConsole console) {
        Map<String, String> env = environment.environment();
        List<String> fileProblems = new ArrayList<>();
        DotEnvFile workingDirFile = read(environment.workingDirDotEnv(), env, fileProblems);
        DotEnvFile configFile = environment.configDotEnv().toAbsolutePath().normalize()
                .equals(environment.workingDirDotEnv().toAbsolutePath().normalize())
                ? null : read(environment.configDotEnv(), env, fileProblems);

        List<SettingDefinition> definitions = model.definitions();
        List<ResolvedSetting> resolved = new ArrayList<>(definitions.size());
        boolean keychainUsable = true;
        for (SettingDefinition definition : definitions) {
            String key = definition.key();
            String value = env.get(key);
            if (value != null && !value.isEmpty() && !isUnexpandedPlaceholder(value)) {
                resolved.add(typed(definition, value, SettingSource.ENVIRONMENT, "$" + key));
                continue;
            }
            ResolvedSetting fromFile = fromFile(definition, configFile, SettingSource.CONFIG_DIR_DOTENV);
            if (fromFile != null) {
                resolved.add(fromFile);
                continue;
            }
            ResolvedSetting fromWorkingDir = fromFile(definition, workingDirFile, SettingSource.WORKING_DIR_DOTENV);
            // --setup keeps only secrets in the keychain: a non-secret the working directory has costs no process start
            if (keychainUsable && (definition.secret() || definition.required() && fromWorkingDir == null)) {
                KeychainLookup lookup = environment.keychain().lookup(environment.serverName(), key);
                if (lookup.status() == KeychainLookup.Status.FOUND && !lookup.value().reveal().isEmpty()) {
                    resolved.add(typed(definition, lookup.value().reveal(), SettingSource.KEYCHAIN, environment.keychain().name()));
                    continue;
                }
                if (lookup.status() == KeychainLookup.Status.UNAVAILABLE) {
                    keychainUsable = false;
                    environment.diagnostics().println(environment.serverName() + ": keychain skipped: " + lookup.reason());
                }
            }
            if (fromWorkingDir != null) {
                resolved.add(fromWorkingDir);
                continue;
            }
            if (console != null && !servingStdio && definition.required()) {
                ResolvedSetting prompted = prompt(definition, console);
                if (prompted != null) {
                    resolved.add(prompted);
                    continue;
                }
            }
            ResolvedSetting missing = unresolved(definition);
            if (missing.status() == SettingStatus.MISSING && value != null && isUnexpandedPlaceholder(value)) {
                missing = new ResolvedSetting(definition, null, null, SettingSource.NONE, "", SettingStatus.MISSING,
                        placeholderProblem(key, value));
            }
            resolved.add(missing);
        }
        return new ResolvedSettings(model, environment, resolved, fileProblems);
    }

    private static DotEnvFile read(java.nio.file.Path path, Map<String, String> env, List<String> problems) {
        try {
            return DotEnvFile.read(path, env);
        } catch (DotEnvException e) {
            problems.add(e.getMessage());
        } catch (IOException e) {
            problems.add(path + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        return null;
    }

    private static ResolvedSetting fromFile(SettingDefinition definition, DotEnvFile file, SettingSource source) {
        if (file == null) {
            return null;
        }
        DotEnvEntry entry = file.get(definition.key());
        if (entry == null || entry.value().isEmpty()) {
            return null;
        }
        return typed(entry.expanded() ? definition.asSecret() : definition, entry.value(), source, file.path() + ":" + entry.line());
    }

    /** Converts a found value; a failure becomes an INVALID setting whose problem names key, source and expected type. */
    static ResolvedSetting typed(SettingDefinition definition, String value, SettingSource source, String origin) {
        try {
            Object typed = ValueConverter.convert(definition, value);
            return new ResolvedSetting(definition, Secret.of(value), typed, source, origin, SettingStatus.OK, null);
        } catch (ConversionException e) {
            String where = source == SettingSource.ENVIRONMENT ? "the environment"
                    : source.label() + (origin.isEmpty() ? "" : " (" + origin + ")");
            return new ResolvedSetting(definition, Secret.of(value), null, source, origin, SettingStatus.INVALID,
                    definition.key() + " from " + where + ": " + e.getMessage());
        }
    }

    /** Why a setting whose environment variable holds a placeholder such as {@code ${API_KEY}} counts as missing, and the fix. */
    private String placeholderProblem(String key, String placeholder) {
        return key + " is required; the environment holds the placeholder " + placeholder + ", which the client passed on"
                + " without replacing it (VS Code replaces ${input:...} and ${env:...}, Claude Code ${VAR}; other clients"
                + " pass the text as it is): put the value itself in the client's env block, or run `" + environment.command()
                + " --setup`";
    }

    private static ResolvedSetting unresolved(SettingDefinition definition) {
        if (definition.defaultValue() != null) {
            Object typed;
            try {
                typed = ValueConverter.convert(definition, definition.defaultValue());
            } catch (ConversionException e) {
                return new ResolvedSetting(definition, null, null, SettingSource.DEFAULT, "", SettingStatus.INVALID,
                        "the declared default of " + definition.key() + " is invalid: " + e.getMessage());
            }
            return new ResolvedSetting(definition, Secret.of(definition.defaultValue()), typed, SettingSource.DEFAULT, "",
                    SettingStatus.DEFAULTED, null);
        }
        if (definition.required()) {
            return new ResolvedSetting(definition, null, null, SettingSource.NONE, "", SettingStatus.MISSING,
                    definition.key() + " is required and not set");
        }
        return new ResolvedSetting(definition, null, null, SettingSource.NONE, "", SettingStatus.UNSET, null);
    }

    private static ResolvedSetting prompt(SettingDefinition definition, SetupConsole console) {
        String label = definition.key() + (definition.description().isEmpty() ? "" : " (" + definition.description() + ")") + ": ";
        for (int attempt = 0; attempt < PROMPT_ATTEMPTS; attempt++) {
            String value = SetupFlow.ask(console, definition, label);
            if (value == null || value.isEmpty()) {
                return null;
            }
            ResolvedSetting setting = typed(definition, value, SettingSource.PROMPT, "");
            if (setting.status() == SettingStatus.OK) {
                return setting;
            }
            console.println("  rejected: " + setting.problem());
        }
        return null;
    }
}
