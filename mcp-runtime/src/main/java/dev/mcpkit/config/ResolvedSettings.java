package dev.mcpkit.config;

import dev.mcpkit.Secret;
import dev.mcpkit.SettingType;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every declared setting after resolution, with its source and status, plus unreadable {@code .env} files. */
public final class ResolvedSettings {

    private final SettingsModel model;
    private final ConfigEnvironment environment;
    private final Map<String, ResolvedSetting> byKey = new LinkedHashMap<>();
    private final List<String> fileProblems;

    ResolvedSettings(SettingsModel model, ConfigEnvironment environment, List<ResolvedSetting> settings, List<String> fileProblems) {
        this.model = model;
        this.environment = environment;
        for (ResolvedSetting setting : settings) {
            byKey.put(setting.key(), setting);
        }
        this.fileProblems = List.copyOf(fileProblems);
    }

    public SettingsModel model() {
        return model;
    }

    public ConfigEnvironment environment() {
        return environment;
    }

    public List<ResolvedSetting> all() {
        return List.copyOf(byKey.values());
    }

    /** The resolved setting of a key, or {@code null} when it is not declared. */
    public ResolvedSetting get(String key) {
        return byKey.get(key);
    }

    /** The typed value of a key (see {@link ValueConverter#convert}), or {@code null}. */
    public Object value(String key) {
        ResolvedSetting setting = byKey.get(key);
        return setting == null ? null : setting.typedValue();
    }

    /** Malformed or unreadable {@code .env} files ("/path/.env:4: expected '=' after FOO"); such a file is ignored. */
    public List<String> fileProblems() {
        return fileProblems;
    }

    /** Settings that are missing or invalid. */
    public List<ResolvedSetting> problems() {
        List<ResolvedSetting> list = new ArrayList<>();
        for (ResolvedSetting setting : byKey.values()) {
            if (setting.status().isProblem()) {
                list.add(setting);
            }
        }
        return Collections.unmodifiableList(list);
    }

    /** True when every setting is present and valid and every {@code .env} file could be read. */
    public boolean isComplete() {
        return problems().isEmpty() && fileProblems.isEmpty();
    }

    /**
     * One line for stderr when the server starts with settings missing or invalid (it still serves:
     * tools that need nothing keep working), or {@code null} when all is well.
     */
    public String startupWarning() {
        List<ResolvedSetting> problems = problems();
        if (problems.isEmpty() && fileProblems.isEmpty()) {
            return null;
        }
        StringBuilder line = new StringBuilder(environment.serverName()).append(": configuration incomplete: ");
        for (int i = 0; i < problems.size(); i++) {
            ResolvedSetting setting = problems.get(i);
            line.append(i == 0 ? "" : ", ").append(setting.key()).append(setting.status() == SettingStatus.MISSING ? " missing" : " invalid");
        }
        if (!fileProblems.isEmpty()) {
            line.append(problems.isEmpty() ? "" : ", ").append(fileProblems.size()).append(" unreadable .env file(s)");
        }
        return line.append("; tools that need these settings fail until fixed (run `").append(environment.command())
                .append(" --validate-config`)").toString();
    }

    /**
     * The error text for a call of {@code tool} when a setting it needs is missing or invalid,
     * naming the setting and the fix; {@code null} when the tool can run.
     */
    public String missingForTool(String tool) {
        StringBuilder message = null;
        for (String key : model.toolSettings(tool)) {
            ResolvedSetting setting = byKey.get(key);
            if (setting == null || !setting.status().isProblem()) {
                continue;
            }
            if (message == null) {
                message = new StringBuilder("Tool ").append(tool).append(" cannot run: ");
            } else {
                message.append(' ');
            }
            if (setting.status() == SettingStatus.MISSING) {
                message.append("setting ").append(key).append(" is not configured.");
            } else {
                message.append(setting.problem()).append('.');
            }
        }
        if (message == null) {
            return null;
        }
        return message.append(" Fix: run `").append(environment.command()).append(" --setup`, or set the environment variable")
                .append(" in the client's server configuration, then restart the server.").toString();
    }

    /**
     * The text with the value of every secret setting replaced by {@code ****}, for logs of
     * unexpected failures (an exception message may quote a URL holding an API key). Values shorter
     * than four characters are left alone: masking them would garble the text and hide nothing.
     */
    public String maskSecrets(String text) {
        List<String> values = new ArrayList<>();
        for (ResolvedSetting setting : byKey.values()) {
            if (setting.definition().secret() && setting.rawValue() != null && setting.rawValue().reveal().length() >= 4) {
                values.add(setting.rawValue().reveal());
            }
        }
        values.sort(java.util.Comparator.comparingInt(String::length).reversed());   // a value holding another goes first
        String masked = text;
        for (String value : values) {
            masked = masked.replace(value, "****");
        }
        return masked;
    }

    /** Sets every field-bound setting that has a value; missing ones keep their initial value (Optional ones become empty). */
    public void injectInto() {
        for (ResolvedSetting setting : byKey.values()) {
            SettingDefinition.FieldBinding binding = setting.definition().binding();
            if (binding == null) {
                continue;
            }
            boolean hasValue = setting.status() == SettingStatus.OK || setting.status() == SettingStatus.DEFAULTED;
            Object value = hasValue ? fieldValue(setting, binding.valueClass()) : null;
            if (binding.optional()) {
                set(binding, Optional.ofNullable(value), setting);
            } else if (value != null) {
                set(binding, value, setting);
            }
        }
    }

    private static Object fieldValue(ResolvedSetting setting, Class<?> valueClass) {
        Object typed = setting.typedValue();
        if (valueClass == Secret.class) {
            return typed instanceof Secret ? typed : setting.rawValue();
        }
        if (valueClass == String.class) {
            if (typed instanceof Secret) {
                return ((Secret) typed).reveal();
            }
            return setting.definition().type() == SettingType.STRING ? typed : setting.rawValue().reveal().trim();
        }
        return typed;
    }

    private static void set(SettingDefinition.FieldBinding binding, Object value, ResolvedSetting setting) {
        Field field = binding.field();
        try {
            field.set(binding.target(), value);
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw new ConfigException("cannot set field " + field.getDeclaringClass().getName() + "." + field.getName()
                    + " for setting " + setting.key() + ": " + e.getClass().getSimpleName());
        }
    }
}
