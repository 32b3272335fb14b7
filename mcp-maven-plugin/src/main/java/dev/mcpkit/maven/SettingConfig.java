package dev.mcpkit.maven;

import dev.mcpkit.maven.core.describe.Setting;

/**
 * A setting declared in the plugin configuration, for servers that cannot describe their own settings:
 * <pre>{@code
 * <settings>
 *   <setting><key>API_KEY</key><description>Service key</description><required>true</required><secret>true</secret></setting>
 * </settings>}</pre>
 */
public class SettingConfig {

    /** Environment variable name. */
    private String key;
    /** What the value is, shown to users by clients that prompt for it. */
    private String description;
    /** Whether the server cannot start without it. */
    private boolean required;
    /** Whether it is a secret: then it only ever appears as a placeholder. */
    private boolean secret;
    /** Default value (ignored for secrets). */
    private String defaultValue;

    Setting toSetting() {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("<settings>: a <setting> has no <key>; give each setting its environment variable name");
        }
        return new Setting(key.trim(), description, "string", required, secret, secret ? null : defaultValue);
    }
}
