package dev.mcpkit.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchCommandTest {

    @TempDir
    Path dir;

    @Test
    void aServerInADistributionIsNamedByItsLauncherPath() throws Exception {
        Path jar = Files.createDirectories(dir.resolve("weather-1.2.0/lib")).resolve("weather-1.2.0.jar");
        Files.writeString(jar, "jar");
        Path launcher = Files.createDirectories(dir.resolve("weather-1.2.0/bin")).resolve("weather");
        Files.writeString(launcher, "#!/bin/sh");
        Files.writeString(launcher.resolveSibling("weather.cmd"), "@echo off");
        assertThat(LaunchCommand.of(jar, "weather", false)).isEqualTo(launcher.toString());
        assertThat(LaunchCommand.of(jar, "weather", true)).isEqualTo(launcher + ".cmd");
    }

    @Test
    void theJarBesideTheLaunchersAsMcpPackageWritesItIsNamedByTheLauncherToo() throws Exception {
        Path jar = Files.createDirectories(dir.resolve("target/mcp")).resolve("weather-1.2.0.jar");
        Files.writeString(jar, "jar");
        Path launcher = Files.createDirectories(dir.resolve("target/mcp/bin")).resolve("weather");
        Files.writeString(launcher, "#!/bin/sh");
        assertThat(LaunchCommand.of(jar, "weather", false)).isEqualTo(launcher.toString());
    }

    @Test
    void aJarWithoutLauncherIsRunWithJavaAndAPathWithSpacesIsQuoted() throws Exception {
        Path jar = Files.createDirectories(dir.resolve("my tools")).resolve("weather.jar");
        Files.writeString(jar, "jar");
        assertThat(LaunchCommand.of(jar, "weather", false)).isEqualTo("java -jar \"" + jar + "\"");
    }

    @Test
    void classesOutsideAJarKeepTheBareName() throws Exception {
        assertThat(LaunchCommand.of(Files.createDirectories(dir.resolve("classes")), "weather", false)).isEqualTo("weather");
        assertThat(LaunchCommand.of(LaunchCommandTest.class, "weather")).as("test classes are a directory").isEqualTo("weather");
    }
}
