package dev.mcpkit.model;

import dev.mcpkit.GeneratedInvoker;

/** Stands for an invoker left from an older compile: greet returned an Integer then. */
public final class InvokedTools$Stale$$McpInvoker implements GeneratedInvoker {

    @Override
    public String[] methods() {
        return new String[] {"java.lang.Integer greet(java.lang.String)"};
    }

    @Override
    public Object invoke(int index, Object target, Object[] arguments) {
        throw new AssertionError("a stale invoker must not be called");
    }
}
