package dev.mcpkit.protocol;

/**
 * The classes a client's first {@code tools/call} and {@code tools/list} need that answering {@code initialize} did
 * not load. A fresh JVM reads, verifies and initializes each from the jar on first use, which made most of the first
 * call's time (JDK 17: ~4 ms, ~1 ms without them); loaded on an idle core during start-up ({@link #load()}), they are
 * out of its way. {@code FirstCallTest} fails, naming the class, when that first call or list loads one not here.
 */
public final class FirstCallClasses {

    static final String[] NAMES = {
        "dev.mcpkit.protocol.Notifications",
        "dev.mcpkit.protocol.InFlight",
        "dev.mcpkit.protocol.Dispatcher$Call",
        "dev.mcpkit.protocol.DynamicToolsets",
        "dev.mcpkit.protocol.CallContext",
        "dev.mcpkit.protocol.Pages",
        "dev.mcpkit.model.ResultMapper",
        "dev.mcpkit.json.JsonObject$Entries",
        "dev.mcpkit.json.JsonObject$Entries$1",
        "dev.mcpkit.json.JsonObject$Entries$1$1",
        "java.util.AbstractMap$SimpleEntry",
        "java.util.ArrayList$SubList",
        "java.util.NoSuchElementException",
    };

    private FirstCallClasses() {
    }

    /** Loads and initializes the classes; one that cannot be loaded is skipped (the call then loads it itself). */
    public static void load() {
        ClassLoader loader = FirstCallClasses.class.getClassLoader();
        for (String name : NAMES) {
            try {
                Class.forName(name, true, loader);
            } catch (ClassNotFoundException e) {
                // renamed without updating NAMES: FirstCallTest says which
            }
        }
    }
}
