package dev.mcpkit.bench;

/** A measurement that could not be completed (server died, hung, or broke the protocol); the message says why. */
final class BenchmarkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BenchmarkException(String message) {
        super(message);
    }

    BenchmarkException(String message, Throwable cause) {
        super(message, cause);
    }
}
