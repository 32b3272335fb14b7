package dev.mcpkit.maven.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainClassResolverTest {

    @TempDir
    Path tmp;

    @Test
    void configuredWinsThenExecMainClassThenTheJarManifest() throws Exception {
        Path jar = tmp.resolve("app.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "com.example.FromJar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.flush();
        }

        assertThat(MainClassResolver.resolve("com.example.Configured", "com.example.Exec", jar)).isEqualTo("com.example.Configured");
        assertThat(MainClassResolver.resolve(" ", "com.example.Exec", jar)).isEqualTo("com.example.Exec");
        assertThat(MainClassResolver.resolve(null, null, jar)).isEqualTo("com.example.FromJar");
    }

    @Test
    void unknownMainClassSaysWhatToSet() {
        assertThatThrownBy(() -> MainClassResolver.resolve(null, null, tmp.resolve("missing.jar")))
                .hasMessageContaining("-Dmcp.mainClass=");
    }
}
