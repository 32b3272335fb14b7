package dev.mcpkit.maven.core.install;

/** A configuration file cannot be changed safely; the message names the file and how to fix it. */
public class ConfigFileException extends Exception {

    public ConfigFileException(String message) {
        super(message);
    }

    public ConfigFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
