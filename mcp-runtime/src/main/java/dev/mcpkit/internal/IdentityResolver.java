package dev.mcpkit.internal;

import dev.mcpkit.ServerInfo;
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
        ServerInfo info = serverClass.getAnnotation(ServerInfo.class);
        Properties props = load(serverClass);
        String name = pick(info == null ? "" : info.name(), props.getProperty("name"), Names.serverName(serverClass));
        String manifestVersion = serverClass.getPackage() == null ? null : serverClass.getPackage().getImplementationVersion();
        String version = pick(info == null ? "" : info.version(), props.getProperty("version"), manifestVersion, "0.0.0");
        String title = pick(info == null ? "" : info.title(), props.getProperty("title"));
        String description = pick(info == null ? "" : info.description(), props.getProperty("description"));
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
