package dev.mcpkit.maven.core.launch;

/**
 * One environment variable of a launch. A secret, or a required setting without a default, has no value:
 * each client writer renders it as that client's placeholder ({@code ${VAR}}, {@code ${input:id}}...).
 */
public record EnvVar(String key, String value, String description, boolean secret) {

    public EnvVar {
        if (secret && value != null) {
            throw new IllegalArgumentException("a secret never carries a value: " + key);
        }
    }

    public boolean isPlaceholder() {
        return value == null;
    }
}
