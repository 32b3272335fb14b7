package dev.mcpkit.maven.core.setup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** Finds the server's main class: configured, then {@code exec.mainClass}, then the built jar's manifest. */
public final class MainClassResolver {

    private MainClassResolver() {
    }

    public static String resolve(String configured, String execMainClass, Path jar) {
        if (configured != null && !configured.isBlank()) {
            return configured.trim();
        }
        if (execMainClass != null && !execMainClass.isBlank()) {
            return execMainClass.trim();
        }
        if (jar != null && Files.isRegularFile(jar)) {
            try (JarFile file = new JarFile(jar.toFile())) {
                Manifest manifest = file.getManifest();
                String main = manifest == null ? null : manifest.getMainAttributes().getValue("Main-Class");
                if (main != null && !main.isBlank()) {
                    return main.trim();
                }
            } catch (IOException e) {
                // an unreadable jar just gives no answer; the message below says what to set
            }
        }
        throw new IllegalArgumentException("The server's main class is unknown: set <mainClass> in the mcp-maven-plugin"
                + " configuration or pass -Dmcp.mainClass=com.example.MyServer");
    }
}
