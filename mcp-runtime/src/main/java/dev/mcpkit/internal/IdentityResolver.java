package dev.mcpkit.internal;

import dev.mcpkit.ServerInfo;
import dev.mcpkit.internal.classfile.Annotations;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Works out a server's name and version from {@link ServerInfo}, the jar manifest or {@code mcp-server.properties}. */
public final class IdentityResolver {

    /** Class-path resource a build may write (name, version, title, description). */
    public static final String PROPERTIES = "mcp-server.properties";

    private IdentityResolver() {
    }

    public static ServerIdentity resolve(Class<?> serverClass) {
        ServerInfo info = Annotations.serverInfo(serverClass);
        String manifestVersion = serverClass.getPackage() == null ? null : serverClass.getPackage().getImplementationVersion();
        String name = info == null ? null : pick(info.name());
        String version = info == null ? null : pick(info.version(), manifestVersion);
        String title = info == null ? null : pick(info.title());
        String description = info == null ? null : pick(info.description());
        if (name == null || version == null || title == null || description == null) {
            // reading a class-path resource costs a few milliseconds: only when the annotation leaves a gap
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
        ClassLoader loader = serverClass.getClassLoader();
        if (loader == null) {
            return props;
        }
        try (InputStream in = loader.getResourceAsStream(PROPERTIES)) {
            if (in != null) {
                props.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
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
