package dev.mcpkit.assembly;

import dev.mcpkit.protocol.StopServing;

/** The server cannot serve: a mistake found while it was starting (its cause says which). */
public final class StartupFailure extends StopServing {

    private static final long serialVersionUID = 1L;

    public StartupFailure(RuntimeException cause) {
        super(cause.getMessage(), cause);
    }
}
