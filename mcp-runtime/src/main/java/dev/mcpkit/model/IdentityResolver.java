package dev.mcpkit.model;

import dev.mcpkit.ServerInfo;
import dev.mcpkit.classfile.Annotations;
import dev.mcpkit.classfile.ClassBytes;
import java.io.IOException;
import java.util.Properties;

/** Works out a server's name and version from {@link ServerInfo}, the jar manifest or {@code mcp-server.properties}. */
public final class IdentityResolver {

    /** Class-path resource a build may write (name, version, title, description). */
    public static final String PROPERTIES = "mcp-server.properties";

    private IdentityResolver() {
    }

    private static final java.util.Map<Class<?>, ServerIdentity> RESOLVED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The identity of a server class; worked out once (the model and the settings both ask at start-up). */
    public static ServerIdentity resolve(Class<?> serverClass) {
        ServerIdentity id = RESOLVED.get(serverClass);
        if (id == null) {
            id = compute(serverClass);
            RESOLVED.put(serverClass, id);
        }
        return id;
    }

    private static ServerIdentity compute(Class<?> serverClass) {
        ServerInfo info = Annotations.serverInfo(serverClass);
        String manifestVersion = serverClass.getPackage() == null ? null : serverClass.getPackage().getImplementationVersion();
        String name = info == null ? null : pick(info.name());
        String version = info == null ? null : pick(info.version(), manifestVersion);
        String title = info == null ? null : pick(info.title());
        String description = info == null ? null : pick(info.description());
        if (name == null || version == null) {
            // reading a class-path resource costs time at start-up: only when the annotation and manifest leave a gap
            Properties props = load(serverClass);
            name = pick(name, props.getProperty("name"), Names.serverName(serverClass));
            version = pick(version, props.getProperty("version"), manifestVersion, "0.0.0");
            title = pick(title, props.getProperty("title"));
            description = pick(description, props.getProperty("description"));
        }
        String instructions = info == null || info.instructions().isEmpty() ? null : info.instructions();
        return new ServerIdentity(name, version, title, description, instructions);
    }

    private static Properties load(Class<?> serverClass) {
        Properties props = new Properties();
        if (serverClass.getClassLoader() == null) {
            return props;
        }
        try {
            byte[] bytes = ClassBytes.resource(serverClass, PROPERTIES);
            if (bytes != null) {
                props.load(new java.io.StringReader(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            System.err.println("mcpkit: cannot read " + PROPERTIES + ": " + e.getMessage());
        }
        return props;
    }

    private static String pick(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isEmpty() && !c.startsWith("${")) {
                return c;
            }
        }
        return null;
    }
}
