package dev.mcpkit.bench;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Commands that start the floor and the faulty servers from this build's class directories, as real processes. */
final class Servers {

    /** Short limits so tests of hung or faulty servers finish in about a second. */
    static final ServerProcess.Limits LIMITS = new ServerProcess.Limits(Duration.ofSeconds(1), Duration.ofSeconds(60));

    private Servers() {
    }

    static ServerSpec floor() {
        return spec("floor", FloorEchoServer.class.getName());
    }

    static ServerSpec faulty(String mode, int nth) {
        return spec(mode, FaultyEchoServer.class.getName(), mode, String.valueOf(nth));
    }

    private static ServerSpec spec(String name, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(location(FloorEchoServer.class) + File.pathSeparator + location(FaultyEchoServer.class));
        command.add(mainClass);
        command.addAll(List.of(args));
        return new ServerSpec(name, command, null);
    }

    private static String location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
