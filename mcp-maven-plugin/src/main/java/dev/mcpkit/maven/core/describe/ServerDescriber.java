package dev.mcpkit.maven.core.describe;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Picks how to learn a server and merges the settings declared in the plugin configuration. */
public final class ServerDescriber {

    /** How the server is asked. */
    public enum Mode {
        /** {@code --describe} when mcp-runtime is on the classpath, else a handshake. */
        AUTO,
        /** {@code <server> --describe} (servers built on mcp-runtime). */
        DESCRIBE,
        /** A real MCP handshake over stdio (any server). */
        HANDSHAKE;

        public static Mode parse(String value) {
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown describe mode '" + value + "': use auto, describe or handshake");
            }
        }
    }

    private final DescriptorReader reader;
    private final HandshakeDescriber handshake;

    public ServerDescriber() {
        this(new DescriptorReader(), new HandshakeDescriber());
    }

    ServerDescriber(DescriptorReader reader, HandshakeDescriber handshake) {
        this.reader = reader;
        this.handshake = handshake;
    }

    public ServerDescriptor describe(ServerCommand command, Mode mode, boolean runtimeOnClasspath,
                                     List<Setting> declaredSettings) throws DescribeException {
        Mode effective = mode == Mode.AUTO ? (runtimeOnClasspath ? Mode.DESCRIBE : Mode.HANDSHAKE) : mode;
        ServerDescriptor descriptor = effective == Mode.DESCRIBE
                ? reader.read(command)
                : handshake.describe(command, List.of());
        return descriptor.withSettings(merge(descriptor.settings(), declaredSettings));
    }

    /**
     * A handshake over Streamable HTTP: with the server serving at {@code endpoint}, or, when it is null, with the one
     * started from {@code command} on a free port.
     */
    public ServerDescriptor describeOverHttp(ServerCommand command, URI endpoint, List<Setting> declaredSettings)
            throws DescribeException {
        return handshake.describeOverHttp(command, endpoint, declaredSettings);
    }

    /** Declared settings add to the described ones; a declared key replaces the described one of that key. */
    static List<Setting> merge(List<Setting> described, List<Setting> declared) {
        Map<String, Setting> byKey = new LinkedHashMap<>();
        for (Setting s : described) {
            byKey.put(s.key(), s);
        }
        for (Setting s : declared) {
            byKey.put(s.key(), s);
        }
        return new ArrayList<>(byKey.values());
    }
}
