package dev.mcpkit.maven.core.mcp;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The plugin's own version, from a resource the build filters: what the plugin sends as {@code clientInfo.version}. */
public final class PluginVersion {

    private static final String RESOURCE = "plugin-version.properties";
    private static final String VERSION = read();

    private PluginVersion() {
    }

    public static String current() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = PluginVersion.class.getResourceAsStream(RESOURCE)) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            // only a build that skipped resource filtering (an IDE's) leaves it unset
            String version = properties.getProperty("version", "");
            return version.isBlank() || version.startsWith("${") ? "unknown" : version.trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
