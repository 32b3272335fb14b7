package dev.mcpkit.maven.core.describe;

/** The server could not be described; the message is meant for the user and names what to fix. */
public class DescribeException extends Exception {

    public DescribeException(String message) {
        super(message);
    }

    public DescribeException(String message, Throwable cause) {
        super(message, cause);
    }
}
