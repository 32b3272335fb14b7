package dev.mcpkit.config;

import dev.mcpkit.Secret;
import dev.mcpkit.Setting;
import dev.mcpkit.SettingType;
import dev.mcpkit.classfile.Annotations;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting a server declares, and which tools need which of them. It drives {@code --help},
 * {@code --validate-config}, {@code --setup}, {@code --describe}, resolution and injection.
 *
 * <p>Declaration mistakes (duplicate keys, invalid names, a secret with a default, an unsupported
 * field type) are collected in {@link #problems()} rather than thrown one at a time, so that a
 * developer sees all of them at once; {@link #validate()} throws them together.
 */
public final class SettingsModel {

    private final Map<String, SettingDefinition> byKey = new LinkedHashMap<>();
    // tools register while serving (run-time tools) as calls read: a concurrent map of copy-on-write lists
    private final Map<String, List<String>> toolSettings = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<String> problems = new ArrayList<>();

    /** A model with the {@link Setting} fields of each target (its class and superclasses, superclass fields first). */
    public static SettingsModel scan(Object... targets) {
        SettingsModel model = new SettingsModel();
        for (Object target : targets) {
            model.scanObject(target);
        }
        return model;
    }

    /** Adds the {@link Setting} fields of {@code target}; a {@code Class} adds its static fields. */
    public SettingsModel scanObject(Object target) {
        return scanObject(target, Object.class);
    }

    /** Like {@link #scanObject(Object)}, leaving out {@code stopAt} and its superclasses (a base class without settings). */
    public SettingsModel scanObject(Object target, Class<?> stopAt) {
        Class<?> type = target instanceof Class ? (Class<?>) target : target.getClass();
        Object instance = target instanceof Class ? null : target;
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> c = type; c != null && c != stopAt && c != Object.class; c = c.getSuperclass()) {
            chain.add(0, c);
        }
        for (Class<?> c : chain) {
            for (Field field : c.getDeclaredFields()) {
                Setting setting = Annotations.setting(field);
                if (setting != null) {
                    SettingDefinition definition = fromField(field, setting, instance);
                    if (definition != null) {
                        add(definition);
                    }
                }
            }
        }
        return this;
    }

    /** Adds a setting declared in code. */
    public SettingsModel add(SettingDefinition definition) {
        String key = definition.key();
        if (!SettingDefinition.isValidKey(key)) {
            problems.add("setting key \"" + key + "\" is not a valid environment variable name"
                    + " (letters, digits and '_', not starting with a digit)");
            return this;
        }
        if (byKey.containsKey(key)) {
            problems.add("setting " + key + " is declared twice");
            return this;
        }
        if (definition.type() == null || definition.type() == SettingType.AUTO) {
            problems.add("setting " + key + " needs a concrete type");
            return this;
        }
        if (definition.secret() && definition.defaultValue() != null) {
            problems.add("setting " + key + " is secret and must not have a default value (a credential is never hard-coded)");
        }
        if (definition.type() == SettingType.ENUM && definition.allowedValues().isEmpty()) {
            problems.add("setting " + key + " is an enum without allowed values");
        }
        if (definition.defaultValue() != null && !definition.secret()) {
            try {
                ValueConverter.convert(definition, definition.defaultValue());
            } catch (ConversionException e) {
                problems.add("the default value of setting " + key + " is invalid: " + e.getMessage());
            }
        }
        byKey.put(key, definition);
        return this;
    }

    /** Records that {@code tool} needs the settings {@code keys}; a call while one is missing fails with its fix. */
    public SettingsModel toolNeeds(String tool, String... keys) {
        List<String> list = toolSettings.get(tool);
        if (list == null) {
            list = new java.util.concurrent.CopyOnWriteArrayList<>();
            toolSettings.put(tool, list);
        }
        for (String key : keys) {
            if (!list.contains(key)) {
                list.add(key);
            }
        }
        return this;
    }

    /** The settings a tool needs, in declaration order of {@link #toolNeeds}; empty when none. */
    public List<String> toolSettings(String tool) {
        List<String> keys = toolSettings.get(tool);
        return keys == null ? List.of() : Collections.unmodifiableList(keys);
    }

    public List<SettingDefinition> definitions() {
        return List.copyOf(byKey.values());
    }

    /** The definition of a key, or {@code null}. */
    public SettingDefinition find(String key) {
        return byKey.get(key);
    }

    /** Declaration mistakes found so far, including tools that need undeclared settings. */
    public List<String> problems() {
        List<String> all = new ArrayList<>(problems);
        for (Map.Entry<String, List<String>> entry : toolSettings.entrySet()) {
            for (String key : entry.getValue()) {
                if (!byKey.containsKey(key)) {
                    all.add("tool " + entry.getKey() + " needs setting " + key + ", which is not declared");
                }
            }
        }
        return all;
    }

    /** @throws SettingDeclarationException listing every declaration mistake */
    public SettingsModel validate() {
        List<String> all = problems();
        if (!all.isEmpty()) {
            throw new SettingDeclarationException(all);
        }
        return this;
    }

    /**
     * The {@code settings} entries of {@code --describe} (docs/describe-schema.json): key, description, type,
     * required, secret, default (and {@code values} for enums). Never a secret value: secrets have no default.
     */
    public List<Map<String, Object>> describeSettings() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (SettingDefinition d : byKey.values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("key", d.key());
            entry.put("description", d.description());
            entry.put("type", d.type().label());
            entry.put("required", d.required());
            entry.put("secret", d.secret());
            entry.put("default", d.secret() ? null : d.defaultValue());
            if (d.type() == SettingType.ENUM) {
                entry.put("values", new ArrayList<Object>(d.allowedValues()));
            }
            list.add(entry);
        }
        return list;
    }

    private SettingDefinition fromField(Field field, Setting setting, Object instance) {
        String key = setting.key().isEmpty() ? field.getName() : setting.key();
        String where = field.getDeclaringClass().getName() + "." + field.getName();
        boolean isStatic = Modifier.isStatic(field.getModifiers());
        if (Modifier.isFinal(field.getModifiers())) {
            problems.add("setting field " + where + " is final and cannot receive a value");
            return null;
        }
        if (!isStatic && instance == null) {
            problems.add("setting field " + where + " is not static; register an instance of its class");
            return null;
        }
        boolean optional = field.getType() == Optional.class;
        Class<?> valueClass = optional ? optionalArgument(field) : field.getType();
        SettingType inferred = valueClass == null ? null : inferType(valueClass);
        SettingType type = setting.type() == SettingType.AUTO ? inferred : setting.type();
        if (type == null) {
            problems.add("setting field " + where + " has unsupported type " + field.getGenericType().getTypeName()
                    + " (use String, Secret, int, long, boolean, Path, URL, URI, an enum, Duration or Optional of one)");
            return null;
        }
        if (setting.type() != SettingType.AUTO && valueClass != String.class && valueClass != Secret.class && inferred != type) {
            problems.add("setting field " + where + " is declared as " + type.label() + " but its Java type is "
                    + valueClass.getSimpleName());
            return null;
        }
        boolean secret = setting.secret() || valueClass == Secret.class;
        String defaultValue = Setting.NO_DEFAULT.equals(setting.defaultValue()) ? null : setting.defaultValue();
        try {
            field.setAccessible(true);
        } catch (RuntimeException e) {
            problems.add("setting field " + where + " is not accessible: " + e.getMessage());
            return null;
        }
        if (defaultValue == null && !field.getType().isPrimitive() && !optional) {
            // An initialised field (String UNITS = "metric") is a default, and for a secret a hard-coded credential.
            Object initial;
            try {
                initial = field.get(instance);
            } catch (IllegalAccessException e) {
                initial = null;
            }
            if (initial != null) {
                if (secret) {
                    problems.add("secret setting " + key + " (" + where + ") has an initial value; credentials must not be hard-coded");
                } else {
                    defaultValue = initial.toString();
                }
            }
        }
        List<String> allowed = List.of();
        Class<?> enumType = null;
        if (type == SettingType.ENUM && valueClass.isEnum()) {
            enumType = valueClass;
            allowed = constantNames(valueClass);
        }
        boolean required = setting.required() && defaultValue == null && !optional;
        return new SettingDefinition(key, setting.description(), type, required, defaultValue, secret, allowed, enumType,
                new SettingDefinition.FieldBinding(field, isStatic ? null : instance, valueClass, optional), null);
    }

    private static Class<?> optionalArgument(Field field) {
        Type generic = field.getGenericType();
        if (generic instanceof ParameterizedType) {
            Type argument = ((ParameterizedType) generic).getActualTypeArguments()[0];
            if (argument instanceof Class) {
                return (Class<?>) argument;
            }
        }
        return null;
    }

    /** The setting type of a Java field type, or {@code null} when it is not supported. */
    static SettingType inferType(Class<?> type) {
        if (type == String.class || type == Secret.class) {
            return SettingType.STRING;
        }
        if (type == int.class || type == Integer.class) {
            return SettingType.INT;
        }
        if (type == long.class || type == Long.class) {
            return SettingType.LONG;
        }
        if (type == boolean.class || type == Boolean.class) {
            return SettingType.BOOLEAN;
        }
        if (type == Path.class) {
            return SettingType.PATH;
        }
        if (type == URL.class) {
            return SettingType.URL;
        }
        if (type == URI.class) {
            return SettingType.URI;
        }
        if (type == Duration.class) {
            return SettingType.DURATION;
        }
        if (type.isEnum()) {
            return SettingType.ENUM;
        }
        return null;
    }

    static List<String> constantNames(Class<?> enumClass) {
        List<String> names = new ArrayList<>();
        for (Object constant : enumClass.getEnumConstants()) {
            names.add(((Enum<?>) constant).name());
        }
        return names;
    }
}
