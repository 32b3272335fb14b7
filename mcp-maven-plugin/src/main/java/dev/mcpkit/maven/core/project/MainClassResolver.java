package dev.mcpkit.maven.core.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** Finds the server's main class: configured, then {@code exec.mainClass}, then the built jar's manifest. */
public final class MainClassResolver {

    private MainClassResolver() {
    }

    /** The {@code Main-Class} of a jar's manifest, or null when there is none or the jar cannot be read. */
    public static String ofJar(Path jar) {
        if (!Files.isRegularFile(jar)) {
            return null;
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String main = manifest == null ? null : manifest.getMainAttributes().getValue("Main-Class");
            return main == null || main.isBlank() ? null : main.trim();
        } catch (IOException e) {
            return null;   // an unreadable jar just gives no answer
        }
    }

    public static String resolve(String configured, String execMainClass, Path jar) {
        if (configured != null && !configured.isBlank()) {
            return configured.trim();
        }
        if (execMainClass != null && !execMainClass.isBlank()) {
            return execMainClass.trim();
        }
        String main = jar == null ? null : ofJar(jar);
        if (main != null) {
            return main;
        }
        throw new IllegalArgumentException("The server's main class is unknown: set <mainClass> in the mcp-maven-plugin"
                + " configuration or pass -Dmcp.mainClass=com.example.MyServer");
    }
}
